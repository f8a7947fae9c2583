import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot } from './support/browser';
import { writeLargeCsv } from './support/fixtures';
import { ficha, importBefore, repoRoot, serve, tempFolder } from './support/host';
import type { ServedWorkspace } from './support/host';

const rows = 100_000;

// The text of a body cell by its row (1-based, as numbered) and column (1-based).
function cell(page: Page, row: number, column: number) {
  return page.locator(
    `[role=row][aria-rowindex="${row + 1}"] [role=gridcell][aria-colindex="${column + 1}"]`,
  );
}

describe('the grid on a 100,000-row dataset', () => {
  const folder = tempFolder('grid');
  const workspace = path.join(folder.dir, 'grid.ficha');
  let browser: Browser;
  let host: ServedWorkspace;
  let page: Page;

  beforeAll(async () => {
    await ficha('init', workspace);
    const csv = writeLargeCsv(folder.dir, rows);
    host = await importBefore(workspace, csv, 'registros', () => serve(workspace));
    browser = await launch();
    ({ page } = await openPage(browser, host.url));
    await page.getByRole('button', { name: /^Abrir .*registros/ }).click();
    await page.getByRole('grid').waitFor();
    await cell(page, 1, 1).filter({ hasText: '1' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    folder.cleanup();
  });

  it('shows the row count and the first rows', async () => {
    expect(await page.locator('.row-count').textContent()).toBe('100,000 filas');
    expect(await page.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(rows + 1));
    expect(await cell(page, 1, 4).textContent()).toBe('100000.5');

    await cell(page, 3, 6).click();
    await page.locator('.histogram rect').first().waitFor();
    expect(await page.locator('#panel-heading').textContent()).toBe('emision_t');
    expect(await page.locator('.histogram rect').count()).toBeGreaterThan(1);
    await page.getByText('Calculando perfil…').waitFor({ state: 'hidden' });
    await page.locator('.histogram rect').first().waitFor();
    await screenshot(page, 'grid');
    mkdirSync(path.join(repoRoot, 'docs', 'screenshots'), { recursive: true });
    copyFileSync(
      path.join(repoRoot, 'test-results', 'screenshots', 'grid.png'),
      path.join(repoRoot, 'docs', 'screenshots', 'ficha-grid.png'),
    );
  });

  it('reaches the last row with Ctrl+End and shows its number', async () => {
    await page.getByRole('grid').focus();
    await page.keyboard.press('Control+End');
    const last = page.getByRole('rowheader', { name: '100,000', exact: true });
    await last.waitFor();
    await expect.poll(() => cell(page, rows, 1).textContent()).toBe(String(rows));
    await screenshot(page, 'grid-last-row');
  });

  it('moves the focused cell with the keyboard and announces it', async () => {
    await page.keyboard.press('Control+Home');
    const grid = page.getByRole('grid');
    await expect.poll(() => grid.getAttribute('aria-activedescendant')).toBe('grid-cell-0-0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => grid.getAttribute('aria-activedescendant')).toBe('grid-cell-1-1');
    await page.keyboard.press('End');
    await expect.poll(() => grid.getAttribute('aria-activedescendant')).toBe('grid-cell-1-5');
    expect(await page.locator('#panel-heading').textContent()).toBe('emision_t');
  });

  it('reaches the last row by scrolling the scroll bar to the bottom', async () => {
    await page.keyboard.press('Control+Home');
    await cell(page, 1, 1).waitFor();
    await page.getByRole('grid').evaluate((grid) => grid.scrollTo({ top: grid.scrollHeight }));
    await expect.poll(() => cell(page, rows, 1).textContent()).toBe(String(rows));
  });

  it('jumps to a row typed in the go-to box', async () => {
    await page.getByLabel('Ir a la fila').fill('54321');
    await page.getByRole('button', { name: 'Ir', exact: true }).click();
    await expect.poll(() => cell(page, 54_321, 1).textContent()).toBe('54321');
  });

  it('sorts a column in SQLite when its header is clicked', async () => {
    await page.getByRole('columnheader', { name: /^valor/ }).click();
    await expect.poll(() => cell(page, 1, 4).textContent()).toBe('1.5');
    expect(await page.getByRole('columnheader', { name: /^valor/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );

    await page.getByRole('columnheader', { name: /^valor/ }).click();
    await expect.poll(() => cell(page, 1, 4).textContent()).toBe('100000.5');
  });

  it('filters a column in SQLite from the column panel', async () => {
    await page.getByRole('columnheader', { name: /^entidad/ }).click();
    // The panel's filter form is the selected column's: wait for it, as a person would.
    await expect.poll(() => page.locator('#panel-heading').textContent()).toMatch(/entidad/i);
    await page.getByLabel('Condición').selectOption('equals');
    await page.getByLabel('Valor', { exact: true }).fill('Jalisco');
    await page.getByRole('button', { name: 'Aplicar filtro' }).click();
    await expect
      .poll(() => page.locator('.row-count').textContent())
      .toMatch(/^16,66\d de 100,000 filas$/);
    await expect.poll(() => cell(page, 1, 2).textContent()).toBe('Jalisco');
    await screenshot(page, 'grid-filtered');
  });

  it('says so when no row matches, and shows every row again when filters are cleared', async () => {
    await page.getByLabel('Valor', { exact: true }).fill('Atlántida');
    await page.getByRole('button', { name: 'Aplicar filtro' }).click();
    await page.getByText('Ninguna fila cumple los filtros.').waitFor();

    await page.getByRole('button', { name: 'Quitar filtros' }).click();
    await expect.poll(() => page.locator('.row-count').textContent()).toBe('100,000 filas');
  });
});
