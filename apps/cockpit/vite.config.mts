import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `npm run build` runs this after `nest build`: static assets into dist/cockpit, served by the
// orchestrator at /cockpit. Relative base: no CDN, no absolute origin, works offline.
export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  resolve: { alias: { '@cutover/orchestrator-client': here('../../libs/orchestrator-client/src/index.ts') } },
  build: { outDir: here('../../dist/cockpit'), emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  logLevel: 'warn',
});
