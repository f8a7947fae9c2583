import path from 'node:path';

/** Where electron-vite puts the pieces, relative to out/main. */
export const builtPaths = {
  preload: path.join(__dirname, '../preload/index.js'),
  renderer: path.join(__dirname, '../renderer'),
  worker: path.join(__dirname, 'worker.js'),
};

/** The development server's URL when run by `electron-vite dev`. */
export const devServerUrl: string | undefined = process.env.ELECTRON_RENDERER_URL;

/** The page every workspace window loads. */
export const rendererUrl = devServerUrl ?? 'app://ficha/index.html';
