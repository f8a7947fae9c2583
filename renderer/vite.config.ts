import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Run from the repository's root. A plain Vite build of the renderer alone, for the browser face and the
// end-to-end tests when the desktop build (electron.vite.config.ts) is not
// wanted. Output goes where electron-vite puts the renderer.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
  },
});
