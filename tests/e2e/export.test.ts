import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../engine/export/zip-reader';
import { launch, openPage, screenshot, seriousViolations } from './support/browser';
import { writeLargeCsv } from './support/fixtures';
import { ficha, importBefore, serve, tempFolder } from './support/host';
import type { ServedWorkspace } from './support/host';

describe('previewing the DCAT record and exporting the package from the browser', () => {
  const folder = tempFolder('export');
  const workspace = path.join(folder.dir, 'paquete.ficha');
  const title = 'Registros de emisiones por municipio, 2020';
  let browser: Browser;
  let host: ServedWorkspace;
  let page: Page;
  let errors: string[];

  const document = () => page.locator('.dcat-document .code-view');

  beforeAll(async () => {
    await ficha('init', workspace);
    await ficha('defaults', workspace, '--set', 'publisher.name=Instituto de Prueba');
    const csv = writeLargeCsv(folder.dir, 120);
    host = await importBefore(workspace, csv, 'registros', () => serve(workspace));
    browser = await launch();
    ({ page, errors } = await openPage(browser, host.url));
    await page.getByRole('button', { name: /^Abrir .*registros/ }).click();
    await page.getByRole('grid').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    folder.cleanup();
  });

  it('shows the record as Turtle and as JSON-LD, with its conformance', async () => {
    await page.getByRole('tab', { name: 'Vista DCAT' }).click();
    await expect.poll(() => document().textContent()).toContain('dcat:Dataset');
    expect(await document().textContent()).toContain('@prefix dcat:');
    expect(await page.locator('.dcat-document .tok-iri').count()).toBeGreaterThan(0);
    await page.getByText('Este conjunto aún no se ha exportado').waitFor();
    await screenshot(page, 'vista-dcat');

    await page.getByRole('button', { name: 'DCAT (JSON-LD)' }).click();
    await expect.poll(() => document().textContent()).toContain('"@context"');
    expect(await page.locator('.dcat-document .tok-key').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Conformidad' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('updates the preview when the ficha title is edited, before it is saved', async () => {
    await page.getByRole('tab', { name: 'Ficha' }).click();
    await page.locator('#ficha-field-title').fill(title);
    await page.getByRole('tab', { name: 'Vista DCAT' }).click();
    await page.getByRole('button', { name: 'DCAT (Turtle)' }).click();

    await expect.poll(() => document().textContent()).toContain(`"${title}"`);
    await page.getByText('Muestra la ficha con cambios sin guardar.').waitFor();

    await page.getByRole('tab', { name: 'Ficha' }).click();
    await page.getByRole('button', { name: 'Guardar la ficha' }).click();
    await page.getByRole('button', { name: 'Guardar la ficha' }).waitFor();
  });

  it('refuses to export over errors until a draft is asked for, then exports', async () => {
    await page.getByRole('tab', { name: 'Exportar' }).click();
    const start = page.getByRole('button', { name: 'Exportar paquete' });
    await start.waitFor();
    await page.getByText(/La validación encontró errores: \d+/).waitFor();
    expect(await start.isDisabled()).toBe(true);
    await page.getByText(/dentro del límite del portal/).waitFor();

    await page.getByLabel(/Exportar como borrador/).check();
    await page.getByRole('button', { name: 'Exportar borrador' }).click();
    await page.getByRole('heading', { name: 'Borrador listo' }).waitFor();
    await page.getByRole('table', { name: 'Archivos del paquete' }).waitFor();
    expect(await page.getByRole('cell', { name: 'SHA256SUMS' }).count()).toBe(1);
    await page
      .getByText(/versión .* · filas: 120/)
      .first()
      .waitFor();
    await screenshot(page, 'exportar');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('downloads a zip holding the whole package', async () => {
    const outcome = page.getByRole('region', { name: 'Borrador listo' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      outcome.getByRole('button', { name: 'Descargar .zip' }).click(),
    ]);
    const saved = path.join(folder.dir, 'descargas', download.suggestedFilename());
    mkdirSync(path.dirname(saved), { recursive: true });
    await download.saveAs(saved);

    const entries = await readZip(saved);
    const names = entries.map((entry) => path.basename(entry.name));
    expect(download.suggestedFilename()).toMatch(/^registros-v.*-borrador\.zip$/);
    for (const name of [
      'registros.csv',
      'registros-diccionario.csv',
      'dcat.jsonld',
      'dcat.ttl',
      'data.json',
      'datapackage.json',
      'ficha.html',
      'recipe.json',
      'validation.json',
      'SHA256SUMS',
    ]) {
      expect(names).toContain(name);
    }
    const turtle = entries.find((entry) => entry.name.endsWith('/dcat.ttl'))!;
    expect(turtle.bytes.toString('utf8')).toContain(`"${title}"`);
    const sums = entries.find((entry) => entry.name.endsWith('/SHA256SUMS'))!;
    expect(sums.bytes.toString('utf8')).toContain('registros.csv');
    expect(readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('shows no difference between the preview and the export just made', async () => {
    await page.getByRole('tab', { name: 'Vista DCAT' }).click();
    await page.getByText('Sin cambios desde esa exportación.').waitFor();
  });

  it('shows the lines a later edit changes since the export', async () => {
    await page.getByRole('tab', { name: 'Ficha' }).click();
    await page.locator('#ficha-field-title').fill('Registros de emisiones, versión revisada');
    await page.getByRole('tab', { name: 'Vista DCAT' }).click();
    await page.getByText(/líneas añadidas: [1-9]/).waitFor();
    await page.getByRole('button', { name: 'Ver diferencias' }).click();

    const added = await page.locator('.diff-added').allTextContents();
    const removed = await page.locator('.diff-removed').allTextContents();
    expect(added.join('\n')).toContain('versión revisada');
    expect(removed.join('\n')).toContain(`"${title}"`);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
