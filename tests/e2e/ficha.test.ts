import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot, seriousViolations } from './support/browser';
import { writeLargeCsv } from './support/fixtures';
import { ficha, importBefore, serve, tempFolder } from './support/host';
import type { ServedWorkspace } from './support/host';

describe('filling a ficha in the browser', () => {
  const folder = tempFolder('ficha');
  const workspace = path.join(folder.dir, 'ficha.ficha');
  let browser: Browser;
  let host: ServedWorkspace;
  let page: Page;

  beforeAll(async () => {
    await ficha('init', workspace);
    await ficha(
      'defaults',
      workspace,
      '--set',
      'publisher.name=Instituto Nacional de Ecología y Cambio Climático',
      '--set',
      'contact.email=datos@inecc.gob.mx',
      '--set',
      'urlPattern=https://datos.inecc.gob.mx/{dataset}/{file}',
    );
    const csv = writeLargeCsv(folder.dir, 200);
    host = await importBefore(workspace, csv, 'registros', () => serve(workspace));
    browser = await launch();
    ({ page } = await openPage(browser, host.url));
    await page.getByRole('button', { name: /registros/ }).click();
    await page.getByRole('grid').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    folder.cleanup();
  });

  it('shows where values came from and the errors still to fix', async () => {
    await page.getByRole('tab', { name: 'Ficha' }).click();
    await page.getByLabel(/Correo de contacto/).waitFor();
    expect(await page.getByLabel(/Correo de contacto/).inputValue()).toBe('datos@inecc.gob.mx');
    await expect
      .poll(() => page.locator('.ficha-findings .ficha-error').count())
      .toBeGreaterThan(0);
  });

  it('reaches no errors once the description, periodicity and dictionary are filled', async () => {
    await page
      .getByLabel(/^Descripción/)
      .fill('Registros de emisiones por municipio. Cantidades en toneladas.');
    await page.getByLabel(/^Periodicidad/).selectOption('R/P1Y');
    await page.getByRole('button', { name: 'Guardar la ficha' }).click();

    await page.getByRole('tab', { name: 'Diccionario' }).click();
    for (const column of ['folio', 'entidad', 'municipio', 'valor', 'fecha', 'emision_t']) {
      await page.getByLabel(`${column}: description`).fill(`Descripción de ${column}`);
    }
    await page.getByRole('button', { name: 'Guardar el diccionario' }).click();

    await page.getByText('Sin errores.').waitFor();
    await screenshot(page, 'ficha-dictionary');
    await page.getByRole('tab', { name: 'Ficha' }).click();
    await page.getByText('Sin errores.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
