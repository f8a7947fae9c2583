import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot } from './support/browser';
import { writeLargeCsv } from './support/fixtures';
import { ficha, importBefore, serve, tempFolder } from './support/host';
import type { ServedWorkspace } from './support/host';

describe('a workspace served read-only', () => {
  const folder = tempFolder('read-only');
  const workspace = path.join(folder.dir, 'revision.ficha');
  let browser: Browser;
  let host: ServedWorkspace;

  beforeAll(async () => {
    await ficha('init', workspace);
    const writer = await importBefore(workspace, writeLargeCsv(folder.dir, 50), 'muestra', () =>
      serve(workspace),
    );
    await writer.stop();
    host = await serve(workspace, '--read-only');
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    folder.cleanup();
  });

  it('says so and offers no import, while the data stays browsable', async () => {
    const { page } = await openPage(browser, host.url);
    await page.getByText('Solo lectura', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Importar hoja o CSV' }).count()).toBe(0);

    await page.getByRole('button', { name: /^Abrir .*muestra/ }).click();
    await expect.poll(() => page.locator('.row-count').textContent()).toBe('50 filas');
    await screenshot(page, 'read-only');
  });
});
