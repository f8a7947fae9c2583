import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, screenshot, seriousViolations } from './support/browser';
import { ficha, serve, tempFolder } from './support/host';
import type { ServedWorkspace } from './support/host';

// `ficha` and `ficha serve` stamp and lock with FICHA_USER / FICHA_EMAIL from the environment.
function actAs(name: string, email: string) {
  process.env.FICHA_USER = name;
  process.env.FICHA_EMAIL = email;
}

describe('a workspace someone else edits, with open comments', () => {
  const folder = tempFolder('lock');
  const workspace = path.join(folder.dir, 'compartido.ficha');
  const saved = { user: process.env.FICHA_USER, email: process.env.FICHA_EMAIL };
  let browser: Browser;
  let editor: ServedWorkspace | undefined;
  let reader: ServedWorkspace | undefined;

  beforeAll(async () => {
    const csv = path.join(folder.dir, 'emisiones.csv');
    const lines = ['anio,estado,toneladas'];
    for (const [index, state] of ['Jalisco', 'Sonora', 'Yucatán', 'Colima'].entries())
      lines.push(`2020,${state},${100 + index}`);
    writeFileSync(csv, `${lines.join('\n')}\n`);

    actAs('Ana López', 'ana@inecc.gob.mx');
    await ficha('init', workspace);
    await ficha('import', workspace, csv, '--name', 'emisiones');
    const comment = (...target: string[]) =>
      ficha('comment', workspace, 'emisiones', ...target, '--text', `Revisar ${target.join(' ')}`);
    await comment('--column', 'estado');
    await comment('--column', 'estado');
    await comment('--row', '2');
    await comment('--field', 'title');
    await comment('--field', 'keywords');
    await comment('--field', 'spatial');
    await comment();

    // Ana's host holds the edit lock; Luis's, started next, finds it locked.
    editor = await serve(workspace);
    actAs('Luis Gómez', 'luis@inecc.gob.mx');
    reader = await serve(workspace);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await reader?.stop();
    await editor?.stop();
    for (const [key, value] of [
      ['FICHA_USER', saved.user],
      ['FICHA_EMAIL', saved.email],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    folder.cleanup();
  });

  it('marks the grid and the ficha where comments are open, and follows new ones', async () => {
    const { page, errors } = await openPage(browser, reader!.url);
    await page.getByRole('button', { name: /^Abrir .*emisiones/ }).click();

    const column = page.getByRole('button', { name: 'Columna estado: 2 comentarios abiertos' });
    await column.waitFor();
    await page.getByRole('button', { name: 'Fila 2: 1 comentario abierto' }).waitFor();
    await page.getByRole('button', { name: 'Todo el conjunto: 1 comentario abierto' }).waitFor();
    expect(await column.textContent()).toBe('2');

    // From a focused cell, Tab reaches the dataset's mark, then its column's and its row's.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.locator('#grid-cell-1-1').click();
    for (const label of [
      'Todo el conjunto: 1 comentario abierto',
      'Columna estado: 2 comentarios abiertos',
      'Fila 2: 1 comentario abierto',
    ]) {
      await page.keyboard.press('Tab');
      await expect.poll(focused).toBe(label);
    }
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Comentarios abiertos · Fila 2' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('Fila 2: 1 comentario abierto');

    // A click opens the threads without sorting the column, and leads to the Revisión tab.
    await column.click();
    const popover = page.getByRole('dialog', { name: 'Comentarios abiertos · Columna estado' });
    await popover.getByText('Revisar --column estado').first().waitFor();
    expect(await page.locator('[aria-sort="ascending"]').count()).toBe(0);
    await screenshot(page, 'comment-marks-grid');
    expect(await seriousViolations(page)).toEqual([]);
    await popover.getByRole('button', { name: 'Ver en Revisión' }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Revisión' }).getAttribute('aria-selected'))
      .toBe('true');

    // The tab opens at the column's newest thread, with the cursor in its reply box.
    const arrivedAt = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('.thread-arrived')?.querySelector('.thread-target')
            ?.textContent,
      );
    await expect.poll(arrivedAt).toContain('Columna estado');

    // A comment added here marks its column when the person goes back to the data.
    const form = page.locator('.comment-form');
    await form.getByRole('combobox').first().selectOption('column');
    await form.getByRole('combobox').nth(1).selectOption('toneladas');
    await form.getByLabel('Comentario', { exact: true }).fill('¿CO2 equivalente?');
    await page.getByRole('button', { name: 'Agregar comentario' }).click();
    await page.locator('.thread-target').getByText('Columna toneladas').waitFor();
    await page.getByRole('tab', { name: 'Datos' }).click();
    await page.getByRole('button', { name: 'Columna toneladas: 1 comentario abierto' }).waitFor();

    await page.getByRole('tab', { name: 'Ficha', exact: true }).click();
    const field = page.getByRole('button', { name: 'Campo «Título»: 1 comentario abierto' });
    await field.waitFor();
    await field.scrollIntoViewIfNeeded();
    await screenshot(page, 'comment-marks-ficha');
    // Fields drawn by their own components (keyword chips, the spatial picker) are marked too.
    for (const name of ['Palabras clave', 'Cobertura geográfica']) {
      await page.getByRole('button', { name: `Campo «${name}»: 1 comentario abierto` }).waitFor();
    }
    await page.getByRole('tab', { name: 'Diccionario' }).click();
    await page
      .locator('.ficha-dictionary')
      .getByRole('button', { name: 'Columna estado: 2 comentarios abiertos' })
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('names who holds the lock and since when, and takes it over after a warning', async () => {
    const { page, errors } = await openPage(browser, reader!.url);

    const banner = page.getByRole('region', { name: 'Solo lectura' });
    await banner
      .getByText(/^Abierto en solo lectura: lo edita Ana López \(ana@inecc\.gob\.mx\) desde el \d/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Importar hoja o CSV' }).count()).toBe(0);
    await screenshot(page, 'lock-banner');
    expect(await seriousViolations(page)).toEqual([]);

    // Cancel first: nothing changes.
    await banner.getByRole('button', { name: 'Tomar el control' }).click();
    const question = page.getByRole('alertdialog', {
      name: '¿Tomar el control de este espacio de trabajo?',
    });
    await question.getByText(/puede perder los cambios que no haya guardado/).waitFor();
    await screenshot(page, 'lock-take-over-question');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await question.count()).toBe(0);
    const lock = () => JSON.parse(readFileSync(`${workspace}.lock`, 'utf8')) as { name: string };
    expect(lock().name).toBe('Ana López');

    await banner.getByRole('button', { name: 'Tomar el control' }).click();
    await question.getByRole('button', { name: 'Sí, tomar el control' }).click();
    await page
      .getByRole('status')
      .getByText('Ahora usted edita este espacio de trabajo.')
      .waitFor();
    await page.getByRole('button', { name: 'Importar hoja o CSV' }).waitFor();
    expect(await page.locator('.top-bar .badge-warning').count()).toBe(0);
    expect(lock().name).toBe('Luis Gómez');

    // The comment Luis left while reading was merged into the workspace on the take-over.
    const threads = JSON.parse(await ficha('comments', workspace, 'emisiones', '--json')) as {
      comments: { text: string; pending: boolean }[];
    }[];
    const merged = threads.flatMap((thread) => thread.comments);
    expect(merged.find((c) => c.text === '¿CO2 equivalente?')?.pending).toBe(false);
    expect(errors).toEqual([]);
  });

  it('refuses the next change of the editor whose lock was taken, and says who has it', async () => {
    const { page, errors } = await openPage(browser, editor!.url);
    await page.getByRole('button', { name: /^Abrir .*emisiones/ }).click();
    await page.getByRole('tab', { name: 'Revisión' }).click();
    const form = page.locator('.comment-form');
    await form.getByLabel('Comentario', { exact: true }).fill('Residuos peligrosos');
    await page.getByRole('button', { name: 'Agregar comentario' }).click();

    await page
      .getByRole('alert')
      .getByText(/tomó el control/)
      .waitFor();
    await page
      .getByRole('region', { name: 'Solo lectura' })
      .getByText(/lo edita Luis Gómez \(luis@inecc\.gob\.mx\)/)
      .waitFor();
    await screenshot(page, 'lock-taken-from-editor');
    expect(await ficha('comments', workspace, 'emisiones')).not.toContain('Residuos peligrosos');
    expect(errors).toEqual([]);
  });
});
