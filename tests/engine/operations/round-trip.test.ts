import { describe, expect, it } from 'vitest';
import { operationIds, parseStep, step, stepLabel } from '../../../shared/operations';
import type { StepInput } from '../../../shared/operations';
import { engineOperations } from '../../../electron/engine/operations';

/** One example of every operation, as a recipe file would hold it. */
export const examples: StepInput[] = [
  { op: 'blank-down', column: 'g' },
  { op: 'change-case', column: 'e', case: 'title' },
  { op: 'combine-date', year: 'y', month: 'm', day: 'd', into: 'fecha' },
  { op: 'convert-type', column: 'v', to: 'integer', onInvalid: 'flag', flagColumn: 'v_nota' },
  { op: 'delete-columns', columns: ['a', 'b'] },
  { op: 'duplicate-column', column: 'a', to: 'a2' },
  { op: 'extract-unit', column: 'c', unit: 'kg' },
  { op: 'fill-down', column: 'g' },
  { op: 'inegi-municipality', column: 'municipio', state: 'estado', shortInto: 'cve_mun' },
  { op: 'inegi-state', column: 'estado' },
  { op: 'keep-rows', where: { column: 'e', in: ['Colima'] } },
  { op: 'map-values', column: 'e', map: { 'Edo. de México': 'México', x: null } },
  { op: 'merge-columns', columns: ['a', 'b'], into: 'ab', separator: ' - ' },
  { op: 'normalize', column: 'e', form: 'NFKC' },
  { op: 'pivot', key: 'anio', value: 'valor' },
  { op: 'remove-accents', column: 'e' },
  { op: 'remove-blank-columns' },
  { op: 'remove-blank-rows' },
  { op: 'remove-duplicates', columns: ['a'] },
  { op: 'remove-rows', where: { column: 'c', matches: '^total' } },
  { op: 'rename-column', column: 'a', to: 'estado', label: 'Estado' },
  { op: 'rename-columns', renames: [{ column: 'a', label: 'Año' }] },
  { op: 'reorder-columns', columns: ['b', 'a'] },
  { op: 'replace', column: 'e', find: '\\s+', replace: ' ', regex: true },
  { op: 'set-description', column: 'c', description: 'Emisiones', unit: 'Gg' },
  { op: 'set-label', column: 'c', label: 'Emisiones' },
  { op: 'split-code-name', column: 'categoria', code: 'clave', name: 'nombre' },
  { op: 'split-column', column: 'lugar', separator: ',', into: ['estado', 'municipio'] },
  { op: 'to-date', column: 'f', format: 'dd/MM/yyyy', filters: [{ column: 'f', op: 'notEmpty' }] },
  {
    op: 'to-number',
    column: 'v',
    decimal: ',',
    thousands: '.',
    missing: ['NE', 'NO'],
    flagColumn: 'nota',
  },
  { op: 'trim', column: 'e' },
  { op: 'unpivot', columns: ['c_1990', 'c_1991'], key: 'anio', value: 'valor' },
];

describe('operations as JSON', () => {
  it('has an example here for every operation', () => {
    expect(examples.map((e) => e.op).sort()).toEqual([...operationIds].sort());
  });

  it('has an engine plan for every operation of shared/', () => {
    expect(Object.keys(engineOperations).sort()).toEqual([...operationIds].sort());
  });

  it.each(examples.map((e) => [e.op, e]))(
    'round-trips %s through JSON unchanged',
    (_op, example) => {
      const parsed = step.parse(example);
      const again = step.parse(JSON.parse(JSON.stringify(parsed)));
      expect(again).toEqual(parsed);
    },
  );

  it.each(examples.map((e) => [e.op, e]))('labels %s in Spanish and English', (_op, example) => {
    const label = stepLabel(step.parse(example));
    expect(label.es.length).toBeGreaterThan(3);
    expect(label.en.length).toBeGreaterThan(3);
    expect(label.es).not.toBe(label.en);
  });

  it('counts in the singular and the plural', () => {
    const mapOne = { op: 'map-values', column: 'e', map: { Edomex: 'México' } };
    const one = stepLabel(step.parse(mapOne));
    const two = stepLabel(step.parse({ op: 'map-values', column: 'e', map: { a: 'b', c: 'd' } }));
    const unpivot = stepLabel(
      step.parse({ op: 'unpivot', columns: ['y2019'], key: 'k', value: 'v' }),
    );

    expect(one).toEqual({ es: 'Cambiar 1 valor en «e»', en: 'Change 1 value in «e»' });
    expect(two.es).toBe('Cambiar 2 valores en «e»');
    expect(unpivot.es).toBe('Pasar 1 columna a filas («k», «v»)');
  });

  it('names the field of a bad step', () => {
    const result = parseStep({ op: 'to-number', column: 'v', decimal: ';' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].path).toBe('decimal');
  });

  it('refuses a split with both a separator and a pattern', () => {
    expect(
      parseStep({ op: 'split-column', column: 'a', separator: ',', pattern: 'x', into: ['b'] }).ok,
    ).toBe(false);
  });
});
