import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';

/** The states the generated data cycles through. */
export const states = [
  'Aguascalientes',
  'Baja California',
  'Campeche',
  'Chiapas',
  'Jalisco',
  'Michoacán',
];

/**
 * Writes a workbook shaped like the institute's: two title rows, a
 * two-row header whose first row has merged group cells, data rows, and
 * a note below. Returns its path and how many data rows it holds.
 */
export function writeInstituteWorkbook(dir: string, dataRows = 24): { file: string; rows: number } {
  const aoa: (string | number | null)[][] = [
    ['Inventario Nacional de Emisiones', null, null, null, null],
    ['Emisiones por entidad federativa, 2008', null, null, null, null],
    ['Entidad', 'Clave', 'Emisiones (t)', null, null],
    [null, null, 'CO2', 'NOx', 'SO2'],
  ];
  for (let i = 0; i < dataRows; i += 1) {
    aoa.push([
      states[i % states.length],
      String(i + 1).padStart(2, '0'),
      1000 + i * 17,
      200 + i,
      40 + (i % 7),
    ]);
  }
  aoa.push([null, null, null, null, null]);
  aoa.push([
    'Fuente: Secretaría de Medio Ambiente, datos generados para pruebas.',
    null,
    null,
    null,
    null,
  ]);

  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 4 } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: 4 } },
    { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
    { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } },
    { s: { r: 2, c: 2 }, e: { r: 2, c: 4 } },
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Emisiones');
  const file = path.join(dir, 'emisiones-2008.xlsx');
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return { file, rows: dataRows };
}

/**
 * Writes a CSV of `rows` rows whose `valor` column falls as the rows go
 * on, so that sorting it ascending puts the last row first.
 */
export function writeLargeCsv(dir: string, rows: number): string {
  const lines = ['folio,entidad,municipio,valor,fecha,emision_t'];
  for (let i = 0; i < rows; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    // A skewed, repeatable spread, as emissions are: many small sources, few large ones.
    const emission = Math.round(Math.exp(((i * 7919) % 1000) / 160) * 10) / 10;
    lines.push(
      `${i + 1},${states[i % states.length]},${String(i % 570).padStart(3, '0')},${rows - i}.5,2020-${month}-${day},${emission}`,
    );
  }
  const file = path.join(dir, 'registros.csv');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
