import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot } from './support/browser';
import { ficha, serve, tempFolder } from './support/host';
import type { ServedWorkspace } from './support/host';

describe('the interface’s language', () => {
  const folder = tempFolder('language');
  const workspace = path.join(folder.dir, 'language.ficha');
  let browser: Browser;
  let host: ServedWorkspace;

  beforeAll(async () => {
    await ficha('init', workspace);
    host = await serve(workspace);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    folder.cleanup();
  });

  it('starts in Spanish, switches to English and remembers it', async () => {
    const { page } = await openPage(browser, host.url);
    await page.getByRole('heading', { name: 'Conjuntos de datos', exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es-MX');

    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('heading', { name: 'Datasets', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Import sheet or CSV' }).count()).toBe(1);
    expect(await page.getByText('No datasets yet').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'workspace-english');

    await page.reload();
    await page.getByRole('heading', { name: 'Datasets', exact: true }).waitFor();
    expect(await page.getByLabel('Language').inputValue()).toBe('en');
  });
});
