import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot, seriousViolations } from './support/browser';
import { writeInstituteWorkbook, writeLargeCsv } from './support/fixtures';
import { ficha, importBefore, serve, tempFolder } from './support/host';
import type { ServedWorkspace } from './support/host';

describe('accessibility of the main screens (axe-core)', () => {
  const folder = tempFolder('a11y');
  const workspace = path.join(folder.dir, 'a11y.ficha');
  let browser: Browser;
  let host: ServedWorkspace;
  let page: Page;

  beforeAll(async () => {
    await ficha('init', workspace);
    const csv = writeLargeCsv(folder.dir, 500);
    host = await importBefore(workspace, csv, 'muestra', () => serve(workspace));
    browser = await launch();
    ({ page } = await openPage(browser, host.url));
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    folder.cleanup();
  });

  it('finds no serious violation in the workspace view', async () => {
    await page.getByRole('button', { name: /^Abrir .*muestra/ }).waitFor();
    await screenshot(page, 'workspace');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds no serious violation in the import wizard', async () => {
    await page.getByRole('button', { name: 'Importar hoja o CSV' }).click();
    await page.locator('#wizard-file').setInputFiles(writeInstituteWorkbook(folder.dir).file);
    await page.getByTestId('detected-header').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancelar', exact: true }).click();
  });

  it('finds no serious violation in the grid and its column panel', async () => {
    await page.getByRole('button', { name: /^Abrir .*muestra/ }).click();
    await page.getByRole('grid').waitFor();
    await page.locator('[role=gridcell]').first().waitFor();
    await page.getByRole('grid').focus();
    await page.keyboard.press('ArrowDown');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds no serious violation in the Vista DCAT tab', async () => {
    await page.getByRole('tab', { name: 'Vista DCAT' }).click();
    await page.getByRole('tabpanel').locator('pre').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
