import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot, seriousViolations } from './support/browser';
import { ficha, serve, tempFolder } from './support/host';
import type { ServedWorkspace } from './support/host';

// The CLI and `ficha serve` take the person from FICHA_USER, and the profile
// from FICHA_PROFILE; both are set here so nothing outside the temp folder is touched.
function actAs(name: string) {
  process.env.FICHA_USER = name;
}

// openPage answers the first-run question with "later"; this test answers it itself.
async function openFresh(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 860 },
    locale: 'es-MX',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

describe('a reviewer and a communicator in the browser', () => {
  const folder = tempFolder('review');
  const workspace = path.join(folder.dir, 'equipo.ficha');
  const saved = { user: process.env.FICHA_USER, profile: process.env.FICHA_PROFILE };
  let browser: Browser;
  let host: ServedWorkspace | undefined;

  beforeAll(async () => {
    process.env.FICHA_PROFILE = path.join(folder.dir, 'profile.json');
    const csv = path.join(folder.dir, 'emisiones.csv');
    const lines = ['anio,estado,toneladas'];
    for (const year of [2019, 2020, 2021])
      for (const [state, base] of [
        ['Jalisco', 120],
        ['Sonora', 80],
        ['Yucatán', 45],
      ] as const)
        lines.push(`${year},${state},${base + year - 2019}`);
    writeFileSync(csv, `${lines.join('\n')}\n`);

    actAs('Ana Autora');
    await ficha('init', workspace);
    await ficha('import', workspace, csv, '--name', 'emisiones');
    await ficha('status', workspace, 'emisiones', '--set', 'en-revision');
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    process.env.FICHA_USER = saved.user;
    process.env.FICHA_PROFILE = saved.profile;
    if (saved.user === undefined) delete process.env.FICHA_USER;
    if (saved.profile === undefined) delete process.env.FICHA_PROFILE;
    folder.cleanup();
  });

  it('lets a reviewer on a read-only host comment on a column and approve, both pending', async () => {
    actAs('Raúl Revisor');
    host = await serve(workspace, '--read-only');
    const { page, errors } = await openFresh(browser, host.url);

    // First run: the profile is asked for, then named in the top bar.
    const dialog = page.getByRole('dialog', { name: '¿Quién trabaja en Ficha?' });
    await dialog.getByLabel('Nombre').fill('Raúl Revisor');
    await dialog.getByLabel('Área').fill('Inventarios');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('button', { name: 'Trabajando como Raúl Revisor' }).waitFor();

    await page.getByRole('button', { name: /^Abrir .*emisiones/ }).click();
    await page.getByRole('tab', { name: 'Revisión' }).click();
    await page.getByRole('button', { name: 'Pasar a «Aprobado»' }).waitFor();

    await page.getByLabel('Sobre').selectOption('column');
    await page.getByLabel(/^Columna/).selectOption('toneladas');
    await page
      .getByLabel('Comentario', { exact: true })
      .fill('¿Las toneladas son de CO2 equivalente?');
    await page.getByRole('button', { name: 'Agregar comentario' }).click();
    await page.locator('.thread-target').getByText('Columna toneladas').waitFor();

    await page.getByLabel('Nota para el cambio de estado (opcional)').fill('Revisado, listo.');
    await page.getByRole('button', { name: 'Pasar a «Aprobado»' }).click();
    await page
      .locator('.review-history')
      .getByText(/En revisión → Aprobado, por Raúl/)
      .waitFor();

    // The host is read-only: both wait beside the workspace and say so.
    await expect.poll(() => page.locator('.review-pending').count()).toBe(2);
    await page
      .getByRole('status')
      .getByText(/Otra persona está editando/)
      .waitFor();
    await screenshot(page, 'review-tab');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    await host.stop();
    host = undefined;
  });

  it('makes a card in the Difusión tab and records a promotion inside a blackout', async () => {
    actAs('Ana Autora');
    await ficha('whoami', '--name', 'Ana Autora', '--area', 'Emisiones');
    await ficha('blackout', workspace, '--add', '2020-01-01:2035-12-31', '--reason', 'Veda');
    host = await serve(workspace);
    const { page, errors } = await openPage(browser, host.url);

    await page.getByRole('button', { name: /^Abrir .*emisiones/ }).click();
    await page.getByRole('tab', { name: 'Difusión' }).click();
    const card = page.locator('img.card-preview');
    await card.waitFor();
    const first = await card.getAttribute('src');

    await page.getByLabel('Cifra clave').selectOption('max');
    await page.getByLabel(/^Columna/).selectOption('toneladas');
    await page.getByLabel('Desglosar por').selectOption('estado');
    await page.getByRole('button', { name: 'Actualizar la tarjeta' }).click();
    await expect.poll(() => card.getAttribute('src')).not.toBe(first);
    expect(decodeURIComponent((await card.getAttribute('src')) ?? '')).toContain('Jalisco');
    await page.getByText(/^Cifra clave: .+ = /).waitFor();

    // The card downloads as the PNG the engine rendered offline.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Descargar la tarjeta \(PNG/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('emisiones-tarjeta.png');
    const saved = await download.path();
    const png = readFileSync(saved);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    await page.getByLabel('Canal').fill('X');
    await page.getByLabel('Enlace a la publicación').fill('https://x.com/inecc/status/1');
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    const question = page.getByRole('alertdialog');
    await question.getByText(/veda/).waitFor();
    // The question takes the focus: Enter answers it from the keyboard.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Sí, registrar');
    await page.keyboard.press('Enter');

    const row = page.locator('.promote-panel table tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('en veda');
    expect(await ficha('promotions', workspace, '--json')).toContain(
      'https://x.com/inecc/status/1',
    );
    await page.getByRole('button', { name: 'Preparar el informe bimestral' }).click();
    const report = page.getByRole('link', { name: 'Descargar el informe bimestral (HTML)' });
    expect(await report.getAttribute('href')).toMatch(/^blob:/);
    // Periods of restricted communication are kept in the same tab.
    const blackouts = page.getByRole('region', { name: 'Periodos de comunicación restringida' });
    await blackouts.getByText(/Veda/).waitFor();
    await blackouts.getByLabel('Inicio', { exact: true }).fill('2036-03-01');
    await blackouts.getByLabel('Fin', { exact: true }).fill('2036-06-07');
    await blackouts.getByLabel('Motivo', { exact: true }).fill('Veda electoral 2036');
    await blackouts.getByRole('button', { name: 'Agregar periodo' }).click();
    await blackouts.getByText(/Veda electoral 2036/).waitFor();
    expect(await ficha('blackout', workspace, '--json')).toContain('2036-03-01');

    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'promote-tab');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the inventory with progress and calendar, and adds a planned dataset', async () => {
    host ??= await serve(workspace);
    const { page, errors } = await openPage(browser, host.url);

    await page.getByRole('button', { name: 'Inventario' }).click();
    await page.getByRole('heading', { name: 'Inventario institucional' }).waitFor();
    await page.locator('.catalog-table').getByRole('button', { name: 'emisiones' }).waitFor();

    await page.getByLabel('Título').fill('Residuos peligrosos');
    await page.getByLabel('Área responsable').fill('Residuos');
    await page.getByLabel('Publicación estimada').fill('2027-03');
    await page.getByRole('button', { name: 'Agregar al inventario' }).click();
    const planned = page.locator('.catalog-table tr', { hasText: 'Residuos peligrosos' });
    await planned.getByText('Planeado').waitFor();

    await page.getByLabel(/^Área/).first().selectOption('Residuos');
    await expect.poll(() => page.locator('.catalog-table tbody tr').count()).toBe(1);

    const report = page.getByRole('link', { name: /informe imprimible/ });
    expect(await report.getAttribute('href')).toMatch(/^blob:/);
    await page.getByRole('meter', { name: 'Avance de Toda la institución' }).waitFor();
    await page.getByLabel('Año', { exact: true }).fill('2027');
    await expect.poll(() => page.locator('.calendar-month').count()).toBe(12);
    await screenshot(page, 'inventory');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('compares with the last export, passes a bundle out and back, and reads the log', async () => {
    await host?.stop();
    host = undefined;
    actAs('Ana Autora');
    await ficha(
      'export',
      workspace,
      'emisiones',
      '--out',
      path.join(folder.dir, 'paquetes'),
      '--force',
      // The stopped host leaves its lock behind; taking it over is what a person would do here.
      '--take-over',
    );
    await ficha('meta', workspace, 'emisiones', '--set', 'title=Emisiones estatales 2019-2021');
    host = await serve(workspace);
    const { page, errors } = await openPage(browser, host.url);

    await page.getByRole('button', { name: /^Abrir .*emisiones/ }).click();
    await page.getByRole('tab', { name: 'Revisión' }).click();
    const changes = page.getByRole('region', { name: 'Qué cambió' });
    await changes.getByLabel('La última exportación').check();
    await changes.getByText(/^Desde la exportación del /).waitFor();
    const row = changes.locator('.changes-table tr', { hasText: 'Emisiones estatales 2019-2021' });
    await row.waitFor();

    // The bundle downloads, a reviewer outside comments on it, and it merges back.
    const bundleBox = page.getByRole('region', { name: 'Paquete de revisión' });
    await bundleBox.getByRole('button', { name: 'Preparar el paquete de revisión' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      bundleBox.getByRole('link', { name: /Descargar el paquete de revisión/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('emisiones-revision.ficha');
    const bundle = path.join(folder.dir, 'emisiones-revision.ficha');
    await download.saveAs(bundle);
    actAs('Eva Externa');
    await ficha('comment', bundle, 'emisiones', '--text', 'Falta la unidad de medida');
    actAs('Ana Autora');
    await bundleBox.getByLabel('Incorporar un paquete revisado (.ficha)').setInputFiles(bundle);
    await bundleBox.getByText(/Se incorporaron 1 comentarios/).waitFor();
    await page.locator('.threads').getByText('Falta la unidad de medida').waitFor();
    await screenshot(page, 'review-changes-since-export');
    expect(await seriousViolations(page)).toEqual([]);

    // The inventory's files, its audit log and its liaisons.
    await page
      .getByRole('button', { name: /Volver/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Inventario' }).click();
    await page.getByRole('button', { name: 'Preparar los archivos' }).click();
    const [inventoryCsv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Inventario (CSV)' }).click(),
    ]);
    const text = readFileSync(await inventoryCsv.path(), 'utf8');
    expect(text.split('\r\n')[0]).toContain('Nombre del conjunto');
    expect(text).toContain('Emisiones estatales 2019-2021');

    const counts = path.join(folder.dir, 'descargas.csv');
    writeFileSync(counts, 'Conjunto,Periodo,Descargas\nemisiones,2026-10,1204\nOtro,2026-10,5\n');
    await page.getByLabel('Adjuntar un CSV de descargas').setInputFiles(counts);
    await page.getByText(/Sin coincidencia: Otro/).waitFor();
    const catalogRow = page.locator('.catalog-table tr', { hasText: 'emisiones' });
    await catalogRow.getByText('1,204').waitFor();

    await page.getByRole('tab', { name: 'Bitácora' }).click();
    const log = page.getByRole('region', { name: 'Bitácora del espacio' });
    await log.getByText('Exportó el paquete').waitFor();
    await log.getByLabel('Tipo').selectOption({ label: 'Cambios de estado' });
    await expect.poll(() => log.getByText('Exportó el paquete').count()).toBe(0);
    await log
      .getByText(/Borrador → En revisión/)
      .first()
      .waitFor();
    await log.getByLabel('Persona').selectOption('Ana Autora');
    await log.getByRole('button', { name: 'Preparar la bitácora en CSV' }).click();
    const [logCsv] = await Promise.all([
      page.waitForEvent('download'),
      log.getByRole('link', { name: 'Descargar la bitácora (CSV)' }).click(),
    ]);
    const logText = readFileSync(await logCsv.path(), 'utf8');
    expect(logText).toContain('Ana Autora,,review.status,emisiones');
    expect(logText).not.toContain('export.run');
    await screenshot(page, 'audit-log');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Enlaces' }).click();
    await page.getByLabel('Nombre o correo del enlace').fill('Lucía Enlace');
    await page.getByRole('button', { name: 'Agregar enlace' }).click();
    await page.getByRole('button', { name: 'Quitar a Lucía Enlace' }).waitFor();
    expect(errors).toEqual([]);
    await host.stop();
    host = undefined;
    expect(await ficha('liaisons', workspace, '--json')).toContain('Lucía Enlace');
  });
});
