import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot } from './support/browser';
import { ficha, importBefore, serve, tempFolder } from './support/host';
import type { ServedWorkspace } from './support/host';

const rows = 1_000_000;

function writeMillionCsv(dir: string): string {
  const lines = ['folio,clave,valor'];
  for (let i = 1; i <= rows; i += 1)
    lines.push(`${i},${String(i % 2458).padStart(5, '0')},${i % 997}`);
  const file = path.join(dir, 'millon.csv');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function firstColumn(page: Page, row: number) {
  return page.locator(`[role=row][aria-rowindex="${row + 1}"] [role=gridcell][aria-colindex="2"]`);
}

describe('the grid at 1,000,000 rows', () => {
  const folder = tempFolder('million');
  const workspace = path.join(folder.dir, 'millon.ficha');
  let browser: Browser;
  let host: ServedWorkspace;
  let page: Page;

  beforeAll(async () => {
    await ficha('init', workspace);
    host = await importBefore(workspace, writeMillionCsv(folder.dir), 'millon', () =>
      serve(workspace),
    );
    browser = await launch();
    ({ page } = await openPage(browser, host.url));
    await page.getByRole('button', { name: /^Abrir .*millon/ }).click();
    await firstColumn(page, 1).filter({ hasText: '1' }).waitFor();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    folder.cleanup();
  });

  it('keeps the scroll space under the browsers’ height limit', async () => {
    const height = await page.getByRole('grid').evaluate((grid) => grid.scrollHeight);
    expect(height).toBeLessThan(10_000_000);
    expect(height).toBeGreaterThan(1_000_000);
  });

  it('shows the last row at the bottom of the scroll bar', async () => {
    const started = Date.now();
    await page.getByRole('grid').evaluate((grid) => grid.scrollTo({ top: grid.scrollHeight }));
    await expect.poll(() => firstColumn(page, rows).textContent()).toBe(String(rows));
    console.log(`[e2e] last of 1,000,000 rows shown ${Date.now() - started} ms after the scroll`);
    expect(await page.getByRole('rowheader', { name: '1,000,000', exact: true }).count()).toBe(1);
    await screenshot(page, 'grid-million-end');
  });

  it('lands on the row asked for in the middle of the table', async () => {
    const started = Date.now();
    await page.getByLabel('Ir a la fila').fill('654321');
    await page.getByRole('button', { name: 'Ir', exact: true }).click();
    await expect.poll(() => firstColumn(page, 654_321).textContent()).toBe('654321');
    console.log(`[e2e] row 654,321 shown ${Date.now() - started} ms after go-to`);
  });

  it('walks the rows with the keyboard across the compressed space', async () => {
    await page.getByRole('grid').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('PageDown');
    const active = await page.getByRole('grid').getAttribute('aria-activedescendant');
    expect(active).toMatch(/^grid-cell-6543\d\d-0$/);
    const row = Number(active!.split('-')[2]) + 1;
    await expect.poll(() => firstColumn(page, row).textContent()).toBe(String(row));
  });
});
