import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot, seriousViolations } from './support/browser';
import { ficha, importBefore, serve, tempFolder } from './support/host';
import type { ServedWorkspace } from './support/host';

const years = [1990, 1991, 1992, 1993, 1994, 1995];
const categories = 8;

/**
 * Writes a wide inventory: category code and name, one column per year
 * with some "NE" notation keys, and a row summing every category whose
 * label the importer does not take for a total (so the person removes it).
 */
function writeWideInventory(dir: string): string {
  const lines = [`clave_categoria,categoria,${years.join(',')}`];
  for (let i = 1; i <= categories; i += 1) {
    const values = years.map((year, y) => ((i + y) % 7 === 0 ? 'NE' : String(i * 100 + y)));
    lines.push(`${String(i).padStart(2, '0')},Categoría ${i},${values.join(',')}`);
  }
  const sums = years.map((_, y) => String(categories * (categories + 1) * 50 + categories * y));
  lines.push(`TOT,Todas las categorías,${sums.join(',')}`);
  const file = path.join(dir, 'inventario.csv');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe('cleaning a wide inventory from the interface', () => {
  const folder = tempFolder('cleaning');
  const workspace = path.join(folder.dir, 'cleaning.ficha');
  let browser: Browser;
  let host: ServedWorkspace;
  let page: Page;
  let errors: string[];

  const rowCount = () => page.locator('.row-count').textContent();

  beforeAll(async () => {
    await ficha('init', workspace);
    const csv = writeWideInventory(folder.dir);
    host = await importBefore(workspace, csv, 'inventario', () => serve(workspace));
    browser = await launch();
    ({ page, errors } = await openPage(browser, host.url));
    await page.getByRole('button', { name: /^Abrir .*inventario/ }).click();
    await page.getByRole('grid').waitFor();
    await page.locator('[role=gridcell]').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    folder.cleanup();
  });

  it('opens the wide table with its total row', async () => {
    await expect.poll(rowCount).toBe(`${categories + 1} filas`);
  });

  it('removes the total row from the column menu after a preview', async () => {
    const button = page.getByRole('button', { name: 'Operaciones de la columna clave_categoria' });
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Operaciones de la columna clave_categoria' });
    await menu.waitFor();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('End');
    const item = menu.getByRole('menuitem', { name: 'Quitar filas donde es igual a…' });
    await expect.poll(() => item.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Valor').fill('TOT');
    await dialog.locator('.column-op-preview').getByText('(se quita)').waitFor();
    await screenshot(page, 'cleaning-preview-dialog');
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Aplicar' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(rowCount).toBe(`${categories} filas`);
  });

  it('unpivots the year columns from the suggestion into a long table', async () => {
    await page.getByRole('tab', { name: 'Limpieza' }).click();
    const suggestion = page.locator('.cleaning-suggestions li').filter({ hasText: /son años/ });
    await suggestion.getByRole('button', { name: 'Vista previa' }).click();
    await page.locator('.cleaning-preview').waitFor();
    await suggestion.getByRole('button', { name: 'Aplicar' }).click();
    await page.locator('.cleaning-steps li').nth(2).waitFor();
    await screenshot(page, 'cleaning-tab');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Datos' }).click();
    await expect.poll(rowCount).toBe(`${categories * years.length} filas`);
    await page.getByRole('button', { name: /^Operaciones de la columna (año|anio)$/i }).waitFor();
  });

  // The suggestion applied two steps (unpivot, then the value column to numbers) as one
  // history entry: one undo gives the wide table back, one redo the long table.
  it('undoes the two-step suggestion with one undo and redoes it with one redo', async () => {
    const summary = () => page.locator('.dataset-head p').textContent();
    await page.getByRole('tab', { name: 'Limpieza' }).click();
    const undone = page.locator('.cleaning-steps li.undone');
    await page.locator('.cleaning-steps li').filter({ hasText: '2 pasos juntos' }).waitFor();
    await page.getByRole('button', { name: 'Deshacer' }).click();
    await expect.poll(() => undone.count()).toBe(1);
    await expect.poll(summary).toBe(`${categories} filas · ${2 + years.length} columnas`);
    await page.getByRole('tab', { name: 'Datos' }).click();
    await expect.poll(rowCount).toBe(`${categories} filas`);
    await page.getByRole('button', { name: 'Operaciones de la columna 1990' }).waitFor();

    await page.getByRole('tab', { name: 'Limpieza' }).click();
    await page.getByRole('button', { name: 'Rehacer' }).click();
    await expect.poll(() => undone.count()).toBe(0);
    await page.getByRole('tab', { name: 'Datos' }).click();
    await expect.poll(rowCount).toBe(`${categories * years.length} filas`);
    await page.getByRole('button', { name: /^Operaciones de la columna (año|anio)$/i }).waitFor();
    expect(errors).toEqual([]);
  });

  it('limits an operation to the rows checked in the facet panel', async () => {
    const total = categories * years.length;
    await page.locator('[role=row][aria-rowindex="2"] [role=gridcell][aria-colindex="3"]').click();
    const facet = page.locator('.facet-box');
    await facet.getByRole('checkbox', { name: /^Categoría 1\b/ }).check();
    await expect.poll(rowCount).toBe(`${years.length} de ${total} filas`);

    await page.getByRole('button', { name: 'Operaciones de la columna categoria' }).click();
    await page.getByRole('menuitem', { name: 'MAYÚSCULAS…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText(`Solo se aplicará a las filas filtradas (${years.length} filas).`)
      .waitFor();
    await dialog.locator('.column-op-preview').getByText('CATEGORÍA 1').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Aplicar' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(rowCount).toBe(`${total} filas`);
    await page.locator('[role=row][aria-rowindex="2"] [role=gridcell][aria-colindex="3"]').click();
    await facet.getByRole('checkbox', { name: /^CATEGORÍA 1\b/ }).waitFor();
    await facet.getByRole('checkbox', { name: /^Categoría 2\b/ }).waitFor();
    await screenshot(page, 'cleaning-facet');
    expect(errors).toEqual([]);
  });

  it('shows in the dialog why a step is refused, and applies nothing', async () => {
    await page.getByRole('button', { name: 'Operaciones de la columna categoria' }).click();
    await page.getByRole('menuitem', { name: 'Renombrar…' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Nombre nuevo (minúsculas, sin acentos)').inputValue()).toBe(
      'categoria',
    );
    await dialog.getByLabel('Nombre nuevo (minúsculas, sin acentos)').fill('Año');
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('button', { name: 'Aplicar' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Nombre nuevo (minúsculas, sin acentos)').fill('nombre_categoria');
    await dialog.getByRole('alert').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.row-count').textContent()).toBe('48 filas');
  });

  it('goes back to the wide table and unpivots the years through the column menu', async () => {
    await page.getByRole('tab', { name: 'Limpieza' }).click();
    const removedTotal = page.locator('.cleaning-steps li').nth(1);
    await removedTotal.getByRole('button', { name: 'Volver aquí' }).click();
    await page.getByRole('tab', { name: 'Datos' }).click();
    await expect.poll(rowCount).toBe(`${categories} filas`);

    await page.getByRole('button', { name: 'Operaciones de la columna 1990' }).click();
    await page.getByRole('menuitem', { name: 'Pasar columnas a filas…' }).click();
    const dialog = page.getByRole('dialog');
    for (const year of years) {
      expect(
        await dialog.getByRole('checkbox', { name: String(year), exact: true }).isChecked(),
      ).toBe(true);
    }
    expect(await dialog.getByRole('checkbox', { name: 'categoria', exact: true }).isChecked()).toBe(
      false,
    );
    expect(await dialog.getByLabel('Nombre de la columna con los valores').inputValue()).toBe(
      'valor',
    );
    await dialog.getByLabel('Nombre de la columna con los encabezados').fill('anio');
    await dialog.getByText(`${years.length} columnas elegidas`).waitFor();
    await dialog
      .locator('.column-op-preview')
      .getByText(/Categoría 1 \| 1990 \| 100/)
      .waitFor();
    await screenshot(page, 'cleaning-unpivot-dialog');
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Aplicar' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(rowCount).toBe(`${categories * years.length} filas`);
    await page.getByRole('button', { name: 'Operaciones de la columna anio' }).waitFor();
    expect(errors).toEqual([]);
  });
});
