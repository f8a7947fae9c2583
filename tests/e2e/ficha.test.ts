import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot, seriousViolations } from './support/browser';
import { findState } from '../../shared/operations/values/states';
import { municipalities } from '../../shared/vocabularies/municipalities';
import { states, writeLargeCsv } from './support/fixtures';
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
    await page.getByRole('button', { name: /^Abrir .*registros/ }).click();
    await page.getByRole('grid').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    folder.cleanup();
  });

  /** The dataset's saved record as DCAT-AP Turtle, through the host's API. */
  async function dcat(): Promise<string> {
    const url = new URL(host.url);
    const response = await fetch(`${url.origin}/api/call/export.serialize`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${url.searchParams.get('token')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ dataset: 'registros', format: 'turtle' }),
    });
    const result = (await response.json()) as { ok: boolean; value: { text: string } };
    return result.ok ? result.value.text : '';
  }

  it('shows where values came from and the errors still to fix', async () => {
    await page.getByRole('tab', { name: 'Ficha' }).click();
    await page.getByLabel(/Correo de contacto/).waitFor();
    expect(await page.getByLabel(/Correo de contacto/).inputValue()).toBe('datos@inecc.gob.mx');
    await expect
      .poll(() => page.locator('.ficha-findings .ficha-error').count())
      .toBeGreaterThan(0);

    // A column's finding opens the Diccionario tab on that column's description.
    const undescribed = page.locator('.ficha-finding', { hasText: '«folio»' }).first();
    await undescribed.getByRole('button', { name: 'Ir' }).click();
    const description = page.getByLabel('folio: descripción');
    await expect.poll(() => description.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.getByRole('tab', { name: 'Ficha' }).click();
  });

  it('reaches no errors once the description, periodicity and dictionary are filled', async () => {
    await page
      .getByLabel('Descripción', { exact: true })
      .fill('Registros de emisiones por municipio. Cantidades en toneladas.');
    await page.getByLabel(/^Periodicidad/).selectOption('R/P1Y');
    await page.getByRole('button', { name: 'Guardar la ficha' }).click();

    await page.getByRole('tab', { name: 'Diccionario' }).click();
    for (const column of ['folio', 'entidad', 'municipio', 'valor', 'fecha', 'emision_t']) {
      await page.getByLabel(`${column}: descripción`).fill(`Descripción de ${column}`);
    }
    await page.getByRole('button', { name: 'Guardar el diccionario' }).click();

    await page.getByText('Sin errores.').waitFor();
    await screenshot(page, 'ficha-dictionary');
    await page.getByRole('tab', { name: 'Ficha' }).click();
    await page.getByText('Sin errores.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the municipalities read from the file in the spatial picker', async () => {
    const coverage = page.getByRole('group', { name: /Cobertura geográfica/ });
    expect(await coverage.getByRole('radio', { name: 'Municipios' }).isChecked()).toBe(true);
    await expect.poll(() => coverage.getByText('del archivo').count()).toBe(1);
    const chosen = coverage
      .getByRole('list', { name: 'Municipios elegidos' })
      .getByRole('listitem');
    expect(await chosen.count()).toBe(fileMunicipalities().length);
    expect(await chosen.first().textContent()).toContain(fileMunicipalities()[0]);
  });

  it('picks two states, then a municipality, and the DCAT record names them', async () => {
    const coverage = page.getByRole('group', { name: /Cobertura geográfica/ });
    await coverage.getByRole('radio', { name: 'Nacional' }).check();
    await coverage.getByRole('radio', { name: 'Entidades' }).check();
    await page.getByText('Elija al menos una entidad.').waitFor();

    // "Ir" moves the focus to the search box of the picker.
    const finding = page.locator('.ficha-finding', { hasText: 'Elija al menos una entidad.' });
    await finding.getByRole('button', { name: 'Ir' }).click();
    const search = page.getByRole('combobox', { name: /Buscar entidad/ });
    await expect.poll(() => search.evaluate((e) => e === document.activeElement)).toBe(true);

    await search.fill('jalis');
    await page.keyboard.press('Enter');
    await search.fill('09');
    await page.getByRole('option', { name: '09 Ciudad de México' }).click();
    await search.fill('zac');
    await page.keyboard.press('Enter');
    await search.fill('');
    await page.keyboard.press('Backspace');
    const chips = coverage.getByRole('list', { name: 'Entidades elegidas' }).getByRole('listitem');
    await expect
      .poll(() => chips.allTextContents())
      .toEqual(['09 Ciudad de México×', '14 Jalisco×']);
    expect(await page.getByText('Elija al menos una entidad.').count()).toBe(0);
    await search.focus();
    await search.fill('ciudad');
    await screenshot(page, 'ficha-spatial-states');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // The Vista DCAT tab previews the draft: each state a Location with its name and key.
    await page.getByRole('tab', { name: 'Vista DCAT' }).click();
    await page.getByRole('button', { name: 'DCAT (Turtle)' }).click();
    const preview = page.locator('.dcat-document');
    await expect.poll(() => preview.textContent()).toContain('"INEGI:14"');
    expect(await preview.textContent()).toContain('"Ciudad de México"@es');
    await page.getByRole('tab', { name: 'Ficha' }).click();

    await page.getByRole('button', { name: 'Guardar la ficha' }).click();
    await expect.poll(() => dcat().then((t) => t.includes('INEGI:14'))).toBe(true);
    const states = await dcat();
    expect(states).toContain('"Ciudad de México"@es');
    expect(states).toContain('"Jalisco"@es');

    await coverage.getByRole('radio', { name: 'Municipios' }).check();
    expect(await coverage.getByLabel('Entidad de los municipios').inputValue()).toBe('09');
    const municipality = page.getByRole('combobox', { name: /Buscar municipio/ });
    await municipality.fill('coyoa');
    await page.keyboard.press('Enter');
    const picked = coverage.getByRole('list', { name: 'Municipios elegidos' });
    await picked.getByText('09003 Coyoacán').waitFor();
    expect(await picked.getByRole('listitem').allTextContents()).toEqual(['09003 Coyoacán×']);
    await screenshot(page, 'ficha-spatial-municipality');
    await page.getByRole('button', { name: 'Guardar la ficha' }).click();
    await expect.poll(() => dcat().then((t) => t.includes('INEGI:09003'))).toBe(true);
    expect(await dcat()).toContain('"Coyoacán, Ciudad de México"@es');
  });

  it('fixes a keyword with forbidden characters from the validation panel', async () => {
    const box = page.getByLabel('Palabras clave');
    await box.fill('calidad del aire!');
    await page.keyboard.press('Enter');
    const finding = page.locator('.ficha-finding', { hasText: 'caracteres no permitidos' });
    await finding.waitFor();
    await finding.getByRole('button', { name: 'Corregir' }).click();
    await page.getByRole('button', { name: 'Quitar calidad del aire' }).waitFor();
    expect(await finding.count()).toBe(0);
  });
});

/** The INEGI keys the generated CSV's entidad and municipio columns name (catalogue ones only). */
function fileMunicipalities(): string[] {
  const keys = new Set<string>();
  for (let i = 0; i < 200; i += 1) {
    const state = findState(states[i % states.length])!.key;
    keys.add(`${state}${String(i % 570).padStart(3, '0')}`);
  }
  const known = new Set(municipalities.map((m) => m.key));
  return [...keys].filter((k) => known.has(k)).sort();
}
