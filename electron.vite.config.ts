// Builds the desktop app: main (with the engine's worker as a second
// entry), the sandboxed preload, and the React renderer, into out/.
// `npx electron-vite build` needs no Electron binary.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/host/content-security-policy';

const root = __dirname;

/**
 * Writes the policy into the built index.html as a meta tag too, so the
 * page keeps it wherever it is loaded from; the development server keeps
 * its own page, whose inline scripts a strict policy would block.
 */
function metaContentSecurityPolicy(): Plugin {
  return {
    name: 'ficha-meta-csp',
    apply: 'build',
    transformIndexHtml(html) {
      // Browsers ignore frame-ancestors in a meta tag (and warn); the header carries it.
      const policy = contentSecurityPolicy.replace(/; frame-ancestors [^;]+/, '');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
      const withoutOld = html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, '');
      return withoutOld.replace(
        /<meta charset="utf-8"\s*\/?>/i,
        (charset) => `${charset}\n    ${meta}`,
      );
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          worker: resolve(root, 'electron/engine/jobs/worker.ts'),
          'import-worker': resolve(root, 'electron/engine/import/pipeline/import-worker.ts'),
          'export-worker': resolve(root, 'electron/engine/export/export-worker.ts'),
        },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: '/',
    plugins: [react(), metaContentSecurityPolicy()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      sourcemap: true,
      rollupOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
