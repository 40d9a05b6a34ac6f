import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type Request, type Response } from 'express';

/** Where `npm run build` puts the cockpit's static assets (Vite's output), from dist/services/orchestrator/src/cockpit. */
export const COCKPIT_DIR = join(__dirname, '..', '..', '..', '..', 'cockpit');
export const COCKPIT_PATH = '/cockpit';

/**
 * Serves the web cockpit at /cockpit: static files only, no CDN (the page loads nothing from
 * elsewhere), and its API calls go to this same origin with the key the operator signed in with.
 * The assets themselves carry no secret, so they need no key. Without a build it answers a
 * problem+json 404 that says how to build it.
 */
export function serveCockpit(app: INestApplication, dir = COCKPIT_DIR): void {
  const built = existsSync(join(dir, 'index.html'));
  app.use(COCKPIT_PATH, (req: Request, res: Response, next: () => void) => {
    if (!built) {
      res.status(404).type('application/problem+json').send({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'the cockpit is not built: run `npm run build` (it builds apps/cockpit into dist/cockpit)',
      });
      return;
    }
    // /cockpit → /cockpit/ so that the page's relative asset paths resolve.
    if (req.originalUrl === COCKPIT_PATH) {
      res.redirect(301, `${COCKPIT_PATH}/`);
      return;
    }
    res.setHeader('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'");
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  if (built) app.use(COCKPIT_PATH, express.static(dir, { index: 'index.html', fallthrough: false, maxAge: '1h' }));
}
