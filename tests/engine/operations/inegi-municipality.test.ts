import { describe, expect, it } from 'vitest';
import { previewStep } from '../../../electron/engine/operations/preview';
import { listHistory } from '../../../electron/engine/recipes/history';
import { parseStep, stepLabel } from '../../../shared/operations';
import { addTable, tempWorkspace } from '../recipes/fixture';
import { tableOut } from './run';

describe('inegi-municipality', () => {
  it('adds five- and three-digit keys and the official name, using a state column', () => {
    const out = tableOut(
      [
        ['estado', 'text'],
        ['municipio', 'text'],
        ['casos', 'integer'],
      ],
      [
        ['Jalisco', 'ZAPOPAN', 10],
        ['Edo. de México', 'Mpio. de Toluca', 4],
        ['CDMX', 'Benito Juarez', 7],
        ['23', 'Benito Juárez', 2],
        ['Nuevo León', 'Gral. Escobedo', 1],
        ['Oaxaca', 'San Juan Mixtepec', 3],
        ['Jalisco', 'Monterrey', 5],
        ['Atlántida', 'Zapopan', 6],
        ['Jalisco', null, 8],
      ],
      [
        {
          op: 'inegi-municipality',
          column: 'municipio',
          state: 'estado',
          shortInto: 'cve_mun',
          canonicalName: 'municipio_inegi',
        },
      ],
    );
    expect(out.columns).toEqual([
      'estado',
      'municipio',
      'cvegeo',
      'cve_mun',
      'municipio_inegi',
      'casos',
    ]);
    expect(out.rows.map((r) => r[2])).toEqual([
      '14120',
      '15106',
      '09014',
      '23005',
      '19021',
      null,
      null,
      null,
      null,
    ]);
    expect(out.rows[0].slice(2, 5)).toEqual(['14120', '120', 'Zapopan']);
    expect(out.rows[4][4]).toBe('General Escobedo');
    expect(out.rows.map((r) => r[5])).toEqual([10, 4, 7, 2, 1, 3, 5, 6, 8]);

    const report = out.result.applied[0].report;
    expect(report.counts).toEqual({ ambiguous: 1, unmatched: 2 });
    expect(report.examples).toEqual([
      'San Juan Mixtepec (Oaxaca)',
      'Monterrey (Jalisco)',
      'Zapopan (Atlántida)',
    ]);
  });

  it('works inside one fixed state when the table has no state column', () => {
    const out = tableOut(
      [['alcaldia', 'text']],
      [['Cuauhtémoc'], ['Alcaldía Iztapalapa'], ['Gustavo A. Madero'], ['Zapopan']],
      [{ op: 'inegi-municipality', column: 'alcaldia', stateKey: '09', into: 'clave' }],
    );
    expect(out.columns).toEqual(['alcaldia', 'clave']);
    expect(out.rows.map((r) => r[1])).toEqual(['09015', '09007', '09005', null]);
    expect(out.result.applied[0].report.counts).toEqual({ unmatched: 1 });
  });

  it('reports names shared by several states as ambiguous when no state is given', () => {
    const out = tableOut(
      [['municipio', 'text']],
      [['Benito Juárez'], ['Zapopan'], ['Benito Juárez']],
      [{ op: 'inegi-municipality', column: 'municipio' }],
    );
    expect(out.rows.map((r) => r[1])).toEqual([null, '14120', null]);
    expect(out.result.applied[0].report).toEqual({
      counts: { ambiguous: 2 },
      examples: ['Benito Juárez'],
    });
  });

  it('refuses a step that names both a state column and a fixed state, or a bad key', () => {
    const both = parseStep({ op: 'inegi-municipality', column: 'm', state: 'e', stateKey: '14' });
    expect(both.ok).toBe(false);
    const bad = parseStep({ op: 'inegi-municipality', column: 'm', stateKey: '33' });
    expect(bad.ok).toBe(false);
  });

  it('labels the step in both languages and keeps the defaults in the recipe', () => {
    const parsed = parseStep({ op: 'inegi-municipality', column: 'municipio', state: 'estado' });
    if (!parsed.ok) throw new Error('expected a valid step');
    expect(parsed.step).toMatchObject({ into: 'cvegeo' });
    expect(stepLabel(parsed.step)).toEqual({
      es: 'Agregar la clave INEGI de municipio de «municipio»',
      en: 'Add INEGI municipality keys from «municipio»',
    });
  });

  it('fails naming the column when the state column is missing', () => {
    expect(() =>
      tableOut(
        [['municipio', 'text']],
        [['Zapopan']],
        [{ op: 'inegi-municipality', column: 'municipio', state: 'estado' }],
      ),
    ).toThrow(/estado/);
  });

  it('previews the keys and the unmatched names without applying the step', () => {
    const { workspace, cleanup } = tempWorkspace();
    try {
      addTable(
        workspace,
        'd',
        [
          ['estado', 'text'],
          ['municipio', 'text'],
        ],
        [
          ['Jalisco', 'Zapopan'],
          ['Jalisco', 'Springfield'],
        ],
      );
      const preview = previewStep(workspace, 'd', {
        op: 'inegi-municipality',
        column: 'municipio',
        state: 'estado',
      });
      expect(preview.columnsAfter).toEqual(['estado', 'municipio', 'cvegeo']);
      expect(preview.reads).toEqual(['municipio', 'estado']);
      expect(preview.writes).toEqual(['cvegeo']);
      expect(preview.rows.map((r) => r.after)).toEqual([
        ['Jalisco', 'Zapopan', '14120'],
        ['Jalisco', 'Springfield', null],
      ]);
      expect(preview.report.counts).toEqual({ unmatched: 1 });
      expect(listHistory(workspace, 'd').steps).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
