// Builds the renderer for the e2e rig (npm run build:web → out/web). Same sources and CSP as
// the app build, except connect-src: in tests window.api is a fetch to the loopback bridge that
// serves this page, so 'self' is allowed here — and only here (the app keeps connect-src 'none').
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(__dirname, '../../renderer');

const bridgeCsp: Plugin = {
  name: 'e2e-bridge-csp',
  transformIndexHtml(html) {
    if (!html.includes("connect-src 'none'")) throw new Error('renderer/index.html CSP changed: update the e2e transform');
    return html.replace("connect-src 'none'", "connect-src 'self'");
  },
};

export default defineConfig({
  root,
  base: './',
  plugins: [react(), bridgeCsp],
  build: {
    // AR_WEB_OUT lets parallel runs on one checkout build without emptying each other's out/web
    outDir: resolve(__dirname, '../..', process.env.AR_WEB_OUT ?? 'out/web'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4000,
  },
});
