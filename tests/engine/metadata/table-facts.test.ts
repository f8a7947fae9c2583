import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDataset } from '../../../electron/engine/datasets/catalog';
import { computeTableFacts } from '../../../electron/engine/metadata/table-facts';
import { validateDataset } from '../../../electron/engine/metadata/validate-dataset';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addDataset, tempWorkspace } from './helpers';

let workspace: Workspace;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, cleanup } = tempWorkspace());

  // A printed table: merged sector cells, a total row, spelling variants,
  // notation keys, local dates, numbers typed as text, an empty column.
  addDataset(
    workspace,
    'sucia',
    [
      { name: 'sector', label: 'Sector', type: 'text' },
      { name: 'estado', label: 'Estado', type: 'text' },
      { name: 'emisiones', label: 'Emisiones (t)', type: 'number', mismatches: 3 },
      { name: 'fecha', label: 'Fecha', type: 'text' },
      { name: 'monto', label: 'Monto', type: 'text' },
      { name: 'vacia', label: 'Vacía', type: 'text' },
    ],
    [
      ['Energía', 'Jalisco', 10, '31/12/2020', '1,234.50', null],
      [null, 'JALISCO ', 'ND', '15/01/2021', '2,000', null],
      [null, 'Jalisco', 12, '01/02/2021', '300', null],
      ['Transporte', 'Sonora', '-', '01/03/2021', '45.5', null],
      [null, 'Sonora', 7, '2021-04-01', '12 %', null],
      ['Transporte', 'Sonora', 8, '01/05/2021', '7', null],
      ['Total', null, 'NE', null, '3,600', null],
      ['Transporte', 'Sonora', 8, '01/05/2021', '7', null],
    ],
  );
});

afterEach(() => cleanup());

describe('data-quality facts computed in SQLite', () => {
  it('counts what the quality rules need, column by column', () => {
    const facts = computeTableFacts(workspace, getDataset(workspace, 'sucia'));
    const byName = Object.fromEntries(facts.columns.map((c) => [c.name, c]));

    expect(facts.rows).toBe(8);
    expect(facts.duplicateRows).toBe(1);
    expect(facts.duplicateExamples).toEqual([8]);
    expect(byName.sector.blankRuns).toBe(3);
    expect(byName.sector.totalRows).toEqual([7]);
    expect(byName.estado.untrimmed).toBe(1);
    expect(byName.estado.nearDuplicates).toEqual([['Jalisco', 'JALISCO ']]);
    expect(byName.emisiones.markers).toEqual({ ND: 1, '-': 1, NE: 1 });
    expect(byName.fecha.nonIsoDates).toBe(6);
    expect(byName.fecha.nonIsoDatePattern).toBe('dd/MM/yyyy');
    expect(byName.monto.numericText).toBe(8);
    expect(byName.vacia.nonEmpty).toBe(0);
  });

  it('turns the facts into findings that offer the fixing operations', () => {
    const report = validateDataset(workspace, 'sucia', { profiles: ['data-quality'] });
    const ops = Object.fromEntries(
      report.findings.map((f) => [f.rule, f.fix?.kind === 'operation' ? f.fix.step.op : null]),
    );

    expect(ops).toMatchObject({
      'quality.total-rows': 'remove-rows',
      'quality.duplicate-rows': 'remove-duplicates',
      'quality.merged-cells': 'fill-down',
      'quality.notation-keys': 'to-number',
      'quality.dates-not-iso': 'to-date',
      'quality.numbers-as-text': 'to-number',
      'quality.empty-column': 'delete-columns',
      'quality.whitespace': 'trim',
      'quality.near-duplicate-categories': 'map-values',
    });
    expect(report.counts.error).toBe(1);
  });
});
