import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../../electron/engine/import/layout';
import type { MergeRange, RawCell } from '../../../../electron/engine/import/source';

const merge = (
  startRow: number,
  startColumn: number,
  endRow: number,
  endColumn: number,
): MergeRange => ({
  startRow,
  startColumn,
  endRow,
  endColumn,
});

describe('detectLayout', () => {
  it('finds a one-row header at the top of a plain table', () => {
    const head: RawCell[][] = [
      ['CVE_MUN', 'PM10', 'SO2'],
      ['01001', 1449.97, 671.73],
      ['01002', 290.4, 37.6],
    ];
    const layout = detectLayout(head, []);

    expect(layout.region.headerRows).toEqual([1, 1]);
    expect(layout.region.dataRows).toEqual([2, 3]);
    expect(layout.region.titleRows).toBeNull();
    expect(layout.headers).toEqual([
      { label: 'CVE_MUN', sourceColumn: 1 },
      { label: 'PM10', sourceColumn: 2 },
      { label: 'SO2', sourceColumn: 3 },
    ]);
    expect(layout.context.labelColumns).toEqual([1]);
    expect(layout.context.numericColumns).toEqual([2, 3]);
  });

  it('keeps title rows above a merged two-row header as notes and joins group headers', () => {
    const head: RawCell[][] = [
      ['Inventario de emisiones 2015', null, null, null, null],
      ['Gigagramos por año', null, null, null, null],
      [],
      ['Estado', 'Municipio', 'Emisiones', null, null],
      [null, null, 'CO2', 'CH4', 'N2O'],
      ['Aguascalientes', 'Aguascalientes', 10.5, 2, 0.1],
      ['Aguascalientes', 'Asientos', 1.5, 0.2, 0.01],
      ['Total', null, 12, 2.2, 0.11],
      [],
      ['Fuente: INECC', null, null, null, null],
    ];
    const merges = [
      merge(1, 1, 1, 5),
      merge(2, 1, 2, 5),
      merge(4, 1, 5, 1),
      merge(4, 2, 5, 2),
      merge(4, 3, 4, 5),
    ];
    const layout = detectLayout(head, merges);

    expect(layout.region.titleRows).toEqual([1, 2]);
    expect(layout.titleNotes).toEqual(['Inventario de emisiones 2015', 'Gigagramos por año']);
    expect(layout.region.headerRows).toEqual([4, 5]);
    expect(layout.headers.map((header) => header.label)).toEqual([
      'Estado',
      'Municipio',
      'Emisiones – CO2',
      'Emisiones – CH4',
      'Emisiones – N2O',
    ]);
    expect(layout.region.dataRows).toEqual([6, 8]);
    expect(layout.region.totalRows).toEqual([8]);
    expect(layout.region.noteRows).toEqual([10, 10]);
    expect(layout.tailNotes).toEqual(['Fuente: INECC']);
  });

  it('forward-fills an unmerged group header across blanks within its group', () => {
    const head: RawCell[][] = [
      ['Estado', 'Emisiones', null, null, 'Población'],
      [null, 'CO2', 'CH4', 'N2O', null],
      ['Colima', 1, 2, 3, 700000],
      ['Jalisco', 4, 5, 6, 8000000],
    ];
    const layout = detectLayout(head, []);

    expect(layout.region.headerRows).toEqual([1, 2]);
    expect(layout.headers.map((header) => header.label)).toEqual([
      'Estado',
      'Emisiones – CO2',
      'Emisiones – CH4',
      'Emisiones – N2O',
      'Población',
    ]);
  });

  it('joins two merged groups over a full row of sub-headers', () => {
    const head: RawCell[][] = [
      [null, 'Emisiones', null, 'Absorciones', null],
      ['Estado', 'CO2', 'CH4', 'CO2', 'CH4'],
      ['Colima', 1, 2, 3, 4],
    ];
    const layout = detectLayout(head, [merge(1, 2, 1, 3), merge(1, 4, 1, 5)]);

    expect(layout.region.headerRows).toEqual([1, 2]);
    expect(layout.headers.map((header) => header.label)).toEqual([
      'Estado',
      'Emisiones – CO2',
      'Emisiones – CH4',
      'Absorciones – CO2',
      'Absorciones – CH4',
    ]);
  });

  it('reads a title written in two adjacent cells as a title, not a group header', () => {
    const head: RawCell[][] = [
      ['Cuadro 3.1', 'Emisiones por estado'],
      ['Estado', 'CO2', 'CH4', 'N2O', 'HFC'],
      ['Colima', 1, 2, 3, 4],
      ['Jalisco', 3, 4, 5, 6],
    ];
    const layout = detectLayout(head, []);

    expect(layout.region.titleRows).toEqual([1, 1]);
    expect(layout.region.headerRows).toEqual([2, 2]);
    expect(layout.titleNotes).toEqual(['Cuadro 3.1 Emisiones por estado']);
  });

  it('joins a units row to its header with a space', () => {
    const head: RawCell[][] = [
      ['Año', 'CO2', 'CH4'],
      [null, '(Gg)', '(Gg)'],
      [1990, 100, 20],
      [1991, 110, 21],
    ];
    const layout = detectLayout(head, []);

    expect(layout.region.headerRows).toEqual([1, 2]);
    expect(layout.headers.map((header) => header.label)).toEqual(['Año', 'CO2 (Gg)', 'CH4 (Gg)']);
  });

  it('skips blank leading rows and columns and spacer columns', () => {
    const head: RawCell[][] = [
      [],
      [],
      [null, null, 'Clave', null, 'Nombre'],
      [null, null, '01', null, 'Aguascalientes'],
      [null, null, '02', null, 'Baja California'],
    ];
    const layout = detectLayout(head, []);

    expect(layout.region.firstColumn).toBe(3);
    expect(layout.region.lastColumn).toBe(5);
    expect(layout.region.headerRows).toEqual([3, 3]);
    expect(layout.region.dataRows).toEqual([4, 5]);
    expect(layout.headers).toEqual([
      { label: 'Clave', sourceColumn: 3 },
      { label: 'Nombre', sourceColumn: 5 },
    ]);
  });

  it('does not take the first row of an all-text table as a second header row', () => {
    const head: RawCell[][] = [
      ['Responsable', 'Nombre del conjunto', 'Plataforma'],
      ['DG de medio ambiente', 'Tipos de vegetación', 'excel'],
      ['DG de adultos mayores', 'Montos', 'excel'],
    ];
    const layout = detectLayout(head, []);

    expect(layout.region.headerRows).toEqual([1, 1]);
    expect(layout.region.dataRows).toEqual([2, 3]);
  });

  it('follows header, skip and last-row overrides', () => {
    const head: RawCell[][] = [
      ['Título', null],
      ['a', 'b'],
      ['x', 1],
      ['y', 2],
      ['z', 3],
    ];
    expect(detectLayout(head, [], { headerRows: [2, 2] }).region.dataRows).toEqual([3, 5]);
    expect(detectLayout(head, [], { skipRows: 1 }).region.headerRows).toEqual([2, 2]);
    expect(detectLayout(head, [], { skipRows: 1 }).region.titleRows).toBeNull();

    const cut = detectLayout(head, [], { lastRow: 4 });
    expect(cut.region.dataRows).toEqual([3, 4]);
    expect(cut.region.noteRows).toEqual([5, 5]);
  });

  it('handles a head of hundreds of thousands of rows', () => {
    const head: RawCell[][] = [['clave', 'valor']];
    for (let index = 0; index < 300_000; index++) head.push([`0${index}`, index]);
    const layout = detectLayout(head, []);

    expect(layout.region.dataRows).toEqual([2, 300_001]);
  });

  it('gives an empty layout for a blank head', () => {
    const layout = detectLayout([[], [null, '']], []);
    expect(layout.headers).toEqual([]);
    expect(layout.region.dataRows[1]).toBeLessThan(layout.region.dataRows[0]);
  });
});
