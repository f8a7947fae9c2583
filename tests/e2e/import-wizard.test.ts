import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot } from './support/browser';
import { writeInstituteWorkbook } from './support/fixtures';
import { ficha, serve, tempFolder } from './support/host';
import type { ServedWorkspace } from './support/host';

describe('the import wizard in the browser', () => {
  const folder = tempFolder('wizard');
  let browser: Browser;
  let host: ServedWorkspace;

  beforeAll(async () => {
    await ficha('init', `${folder.dir}/wizard.ficha`);
    host = await serve(`${folder.dir}/wizard.ficha`);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    folder.cleanup();
  });

  it('imports a workbook with title rows and a two-row merged header', async () => {
    const workbook = writeInstituteWorkbook(folder.dir, 24);
    const { page, errors } = await openPage(browser, host.url);

    await expect.poll(() => page.getByText('Todavía no hay conjuntos de datos').count()).toBe(1);
    await screenshot(page, 'workspace-empty');

    await page.getByRole('button', { name: 'Importar hoja o CSV' }).click();
    await page.locator('#wizard-file').setInputFiles(workbook.file);
    const detected = page.getByTestId('detected-header');
    await detected.waitFor();
    await expect.poll(() => detected.textContent()).toContain('filas 3 a 4');
    expect(await page.locator('tr.role-title').count()).toBe(2);
    expect(await page.locator('tr.role-header').count()).toBe(2);
    await screenshot(page, 'import-wizard');

    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    const done = page.getByText(/Se importaron .* filas/);
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toContain(`${workbook.rows} filas`);

    await page.getByRole('button', { name: 'Abrir el conjunto' }).click();
    await page.getByRole('grid').waitFor();
    await expect
      .poll(() => page.locator('.row-count').textContent())
      .toBe(`${workbook.rows} filas`);
    await page.getByRole('grid').focus();
    await page.keyboard.press('Control+End');
    const last = page.getByRole('rowheader', { name: String(workbook.rows), exact: true });
    await last.waitFor();
    await screenshot(page, 'imported-workbook');
    expect(errors).toEqual([]);
  });

  it('moves the header with a click on a preview row and re-reads the table', async () => {
    const workbook = writeInstituteWorkbook(folder.dir, 10);
    const { page } = await openPage(browser, host.url);

    await page.getByRole('button', { name: 'Importar hoja o CSV' }).click();
    await page.locator('#wizard-file').setInputFiles(workbook.file);
    const detected = page.getByTestId('detected-header');
    await expect.poll(() => detected.textContent()).toContain('filas 3 a 4');

    await page.getByLabel('Fin del encabezado').check();
    await page.locator('tr[data-row="5"]').click();
    await expect.poll(() => detected.textContent()).toContain('filas 3 a 5');
    expect(await page.locator('tr.role-header').count()).toBe(3);

    await page.getByRole('button', { name: 'Volver a lo detectado' }).click();
    await expect.poll(() => detected.textContent()).toContain('filas 3 a 4');
  });
});
