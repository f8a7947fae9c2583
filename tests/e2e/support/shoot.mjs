// Opens a page in Debian's Chromium and writes screenshots, for looking at
// the interface during development. Run: node tests/e2e/support/shoot.mjs URL OUTDIR
import { chromium } from 'playwright-core';

const [url, out = 'test-results/dev'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
page.on('console', (m) => console.log('[console]', m.type(), m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
await page.goto(url);
await page.waitForTimeout(800);
await page.screenshot({ path: `${out}/workspace.png` });
await page
  .getByRole('button', { name: /Inventario/ })
  .first()
  .click();
await page.waitForTimeout(800);
await page.screenshot({ path: `${out}/grid.png` });
await page.getByRole('grid').focus();
await page.keyboard.press('Control+End');
await page.waitForTimeout(600);
await page.screenshot({ path: `${out}/grid-end.png` });
await page.getByRole('button', { name: /Volver/ }).click();
await page.getByRole('button', { name: /Importar hoja/ }).click();
await page.setInputFiles('input[type=file]', {
  name: 'emisiones.xlsx',
  mimeType: 'application/octet-stream',
  buffer: Buffer.from('x'),
});
await page.waitForTimeout(800);
await page.screenshot({ path: `${out}/wizard.png` });
await browser.close();
