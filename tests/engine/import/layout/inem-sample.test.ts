import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyRow, detectLayout } from '../../../../electron/engine/import/layout';

const shared = path.resolve(__dirname, '../../../../../shared');
const inem = path.join(shared, 'samples/real/INEM-2005-Resumen-por-fuentes.csv');

describe.skipIf(!existsSync(inem))('layout of the INEM 2005 summary (real file)', () => {
  // Read in beforeAll: a skipped describe's body still runs when tests are collected.
  let grid: (string | null)[][] = [];
  beforeAll(() => {
    const text = readFileSync(inem, 'latin1');
    grid = Papa.parse<string[]>(text, { skipEmptyLines: false }).data.map((row) =>
      row.map((cell) => (cell === '' ? null : cell)),
    );
  });

  it('finds the header, the data, the unlabelled total and the notes', () => {
    const layout = detectLayout(grid, []);

    expect(layout.region.headerRows).toEqual([1, 1]);
    expect(layout.headers).toHaveLength(9);
    expect(layout.headers[2].label).toBe('PM10');
    expect(layout.region.dataRows).toEqual([2, 6]);
    expect(layout.region.totalRows).toEqual([6]);
    expect(layout.region.noteRows?.[0]).toBe(7);
    expect(layout.tailNotes[0]).toBe('Notas:');
    expect(layout.tailNotes[1]).toBe('Cantidades en toneladas.');
  });

  it('classifies each row after the header', () => {
    const layout = detectLayout(grid, []);
    const kinds = grid
      .slice(1, 9)
      .map((row, index) => classifyRow(row, { ...layout.context, afterNote: index >= 6 }));
    expect(kinds).toEqual(['data', 'data', 'data', 'data', 'total', 'note', 'note', 'note']);
  });
});

const emissions = path.join(shared, 'samples/real/em_2004.csv');

describe.skipIf(!existsSync(emissions))(
  'layout of the RETC 2004 emissions file (real, tab-separated)',
  () => {
    it('takes the first row as the header over sparse numeric columns, with no totals', () => {
      const text = readFileSync(emissions, 'utf8');
      const grid = Papa.parse<string[]>(text, { delimiter: '\t', preview: 500 }).data.map((row) =>
        row.map((cell) => (cell === '' ? null : cell)),
      );
      const layout = detectLayout(grid, []);

      expect(layout.region.headerRows).toEqual([1, 1]);
      expect(layout.headers).toHaveLength(18);
      expect(layout.headers[4].label).toBe('Descripción');
      expect(layout.region.totalRows).toEqual([]);
      expect(layout.region.noteRows).toBeNull();
      expect(layout.context.numericColumns).toContain(9);
    });
  },
);
