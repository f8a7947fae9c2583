import { createRequire } from 'node:module';
import path from 'node:path';
import { resvg } from '../lazy-modules';

/** The fonts the card is drawn with, shipped with the app so no system font or network is needed. */
function fontFiles(): string[] {
  const require = createRequire(__filename);
  const folder = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => path.join(folder, file));
}

/** Renders the card's SVG to PNG at its own size, offline. */
export function renderCardPng(svg: string): Buffer {
  const renderer = new (resvg().Resvg)(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
  });
  return renderer.render().asPng();
}
