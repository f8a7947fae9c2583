import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { es } from '../../renderer/src/i18n/es';
import { isLocale, pickBilingual, translate } from '../../renderer/src/i18n';
import { formatBytes, formatCount, formatDate, formatNumber } from '../../renderer/src/i18n/format';

describe('the message catalogs', () => {
  it('have the same keys in Spanish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
  });

  it('use the same placeholders in both languages', () => {
    // A plural placeholder ({n|fila|filas}) names the same value as {n};
    // each language may need it a different number of times.
    const names = (text: string) => [
      ...new Set([...text.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort()),
    ];
    for (const key of Object.keys(es) as (keyof typeof es)[]) {
      expect(names(en[key]), key).toEqual(names(es[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('es-MX', 'workspace.count', { n: 3 })).toBe('3 conjuntos de datos');
    expect(translate('en', 'workspace.count')).toBe('{n} {n|dataset|datasets}');
  });

  it('says one in the singular and other counts in the plural', () => {
    expect(translate('es-MX', 'workspace.count', { n: 1 })).toBe('1 conjunto de datos');
    expect(translate('es-MX', 'dataset.summary', { rows: '1,000', columns: 1 })).toBe(
      '1,000 filas · 1 columna',
    );
    expect(translate('es-MX', 'wizard.done', { rows: 1, dataset: 'x' })).toBe(
      'Se importó 1 fila en x.',
    );
    expect(translate('en', 'wizard.done', { rows: 0, dataset: 'x' })).toBe(
      '0 rows were imported into x.',
    );
  });

  it('picks the side of a bilingual engine message that fits the language', () => {
    const message = { es: 'hola', en: 'hello' };
    expect(pickBilingual('es-MX', message)).toBe('hola');
    expect(pickBilingual('en', message)).toBe('hello');
  });

  it('recognises only the two interface languages', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('es-MX')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});

describe('formatting in the chosen language', () => {
  it('groups counts the way each language does', () => {
    expect(formatCount('es-MX', 1234567)).toBe('1,234,567');
    expect(formatCount('en', 100000)).toBe('100,000');
  });

  it('shows cell numbers without grouping so years stay years', () => {
    expect(formatNumber('es-MX', 2020)).toBe('2020');
    expect(formatNumber('en', 0.125)).toBe('0.125');
  });

  it('writes sizes with a unit', () => {
    expect(formatBytes('en', 512)).toBe('512 B');
    expect(formatBytes('en', 1536)).toBe('1.5 KB');
  });

  it('shows an ISO date on its own day in every time zone', () => {
    expect(formatDate('en', '2024-01-01')).toContain('2024');
    expect(formatDate('en', '2024-01-01')).toContain('1');
    expect(formatDate('es-MX', '2024-12-31')).toContain('31');
  });

  it('passes text that is not a date through', () => {
    expect(formatDate('en', 'ND')).toBe('ND');
  });
});
