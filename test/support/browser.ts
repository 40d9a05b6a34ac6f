import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. */
export function noBrowserReason(): string | null {
  return existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH); .ci/run installs it`;
}

/** Screenshots go here (git-ignored). */
export const TEST_OUTPUT = join(__dirname, '..', '..', '..', 'test-output');

/**
 * Headless Chromium for a closed network: no proxy, every host name but loopback unresolvable,
 * no background requests (updates, sync, safe browsing, metrics), so a page that tried a CDN
 * would fail visibly instead of waiting on the network.
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', // root in CI containers
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--no-proxy-server',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
      '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,SafeBrowsing',
      '--metrics-recording-only',
    ],
  });
}
