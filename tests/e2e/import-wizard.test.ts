import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot } from './support/browser';
import { writeInstituteWorkbook, writeLargeCsv } from './support/fixtures';
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

describe('the import wizard with text files and errors', () => {
  const folder = tempFolder('wizard-text');
  let browser: Browser;
  let host: ServedWorkspace;

  beforeAll(async () => {
    await ficha('init', `${folder.dir}/text.ficha`);
    host = await serve(`${folder.dir}/text.ficha`);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    folder.cleanup();
  });

  it('lets a person override the delimiter of a CSV and see the columns change', async () => {
    const file = path.join(folder.dir, 'municipios.csv');
    writeFileSync(file, 'clave;nombre;poblacion\n001;Aguascalientes;948990\n002;Asientos;51536\n');
    const { page } = await openPage(browser, host.url);

    await page.getByRole('button', { name: 'Importar hoja o CSV' }).click();
    await page.locator('#wizard-file').setInputFiles(file);
    const columns = page.locator('section[aria-labelledby="columns-heading"] tbody tr');
    await expect.poll(() => columns.count()).toBe(3);

    await page.getByLabel('Separador', { exact: true }).selectOption(',');
    await expect.poll(() => columns.count()).toBe(1);
    await page.getByLabel('Separador', { exact: true }).selectOption(';');
    await expect.poll(() => columns.count()).toBe(3);

    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await page.getByText('Se importaron 2 filas en municipios.').waitFor();

    // The workspace keeps the file: its name in the list downloads the same bytes.
    const list = await openPage(browser, host.url);
    const [download] = await Promise.all([
      list.page.waitForEvent('download'),
      list.page
        .getByRole('button', { name: 'Descargar el archivo original municipios.csv' })
        .click(),
    ]);
    const saved = path.join(folder.dir, 'descargado.csv');
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe('municipios.csv');
    expect(readFileSync(saved).equals(readFileSync(file))).toBe(true);
    expect(list.errors).toEqual([]);
  });

  it('shows an engine error as a readable message with what to try, never a stack', async () => {
    const file = path.join(folder.dir, 'vacio.csv');
    writeFileSync(file, '');
    const { page, errors } = await openPage(browser, host.url);

    await page.getByRole('button', { name: 'Importar hoja o CSV' }).click();
    await page.locator('#wizard-file').setInputFiles(file);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('vacio.csv');
    expect(text).not.toMatch(/\bat .*\.(js|ts|cjs):\d+|SQLITE|TypeError/);
    await screenshot(page, 'import-error');

    expect(errors).toEqual([]);
  });

  it('cancels a long import from its progress bar and leaves the workspace as it was', async () => {
    const file = writeLargeCsv(folder.dir, 600_000);
    const { page } = await openPage(browser, host.url);

    await page.getByRole('button', { name: 'Importar hoja o CSV' }).click();
    await page.locator('#wizard-file').setInputFiles(file);
    await page.getByTestId('detected-header').waitFor();
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await page.getByRole('progressbar').waitFor();
    await screenshot(page, 'import-progress');
    await page.getByRole('button', { name: 'Cancelar la importación' }).click();

    await page.getByText('La importación se canceló').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Cerrar el asistente' }).click();
    expect(await page.getByRole('button', { name: /^Abrir .*registros/ }).count()).toBe(0);
  });
});
