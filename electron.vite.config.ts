// electron-vite: main, preload and renderer → out/main, out/preload, out/renderer.
// Builds offline (no Electron binary needed). package.json "type": "commonjs" → CJS output.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const NATIVE_VAULT_MODULE = 'better-sqlite3-multiple-ciphers';

export default defineConfig({
  main: {
    // the SQLCipher module's SHA-256, computed by scripts/dist.mjs after building it; the packaged
    // app refuses any other module (electron/shell/native-integrity.ts). '' for npm start.
    define: { __ARCHIVE_ROOM_NATIVE_SHA256__: JSON.stringify(process.env.ARCHIVE_ROOM_NATIVE_SHA256 ?? '') },
    build: {
      outDir: 'out/main',
      // Bundle every JS dependency into main.js so the packaged app needs no node_modules except
      // the SQLCipher binding (native: loaded from resources/native, its JS from node_modules).
      externalizeDeps: false,
      rolldownOptions: {
        input: { main: resolve(__dirname, 'electron/main.ts') },
        external: [NATIVE_VAULT_MODULE, /^better-sqlite3-multiple-ciphers\//],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': contract + zod are bundled in, one file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { preload: resolve(__dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // Everything inline-free (CSP script-src 'self'): no inline module-preload polyfill.
      modulePreload: { polyfill: false },
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
