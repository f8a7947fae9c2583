import type * as XLSX from 'xlsx';
import { sheetjs } from '../lazy-modules';
import statesFile from '../../../resources/vocabularies/inegi-states.json';

/** The years the sample's table has a column for. */
export const sampleYears = [2018, 2019, 2020, 2021, 2022];

/**
 * The sample sheet's two header rows (1-based). The sample's import states
 * them, as a person would in the wizard, so the first run shows the table
 * right even where detection would take the row of years for data.
 */
export const sampleHeaderRows: [number, number] = [4, 5];

/** Title of the sample table, as its first row says. */
export const sampleTitle =
  'Generación estimada de residuos sólidos urbanos por entidad federativa, 2018-2022';

/**
 * A workbook shaped like the institute's own: two title rows, a two-row
 * header whose top row is merged over the years, one row per state with
 * its INEGI key as text (leading zero kept), a "Total nacional" row, notes
 * and source below the table, and a METADATOS sheet. The figures come from
 * a fixed seed, so every build makes the same file; they are not official.
 */
export function buildSampleWorkbook(): Buffer {
  const { utils, write } = sheetjs();
  const book = utils.book_new();
  utils.book_append_sheet(book, dataSheet(), 'Residuos');
  utils.book_append_sheet(book, metadataSheet(), 'METADATOS');
  return write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

function dataSheet(): XLSX.WorkSheet {
  const random = seeded(20_241_203);
  const states = statesFile.states.map((state) => {
    const base = 200 + random() * 4800;
    const yearly = sampleYears.map((_, i) => {
      // A few gaps, written as the institute writes them.
      if (random() < 0.04) return 'ND';
      return Math.round(base * (1 + 0.025 * i + (random() - 0.5) * 0.04) * 10) / 10;
    });
    return [state.key, state.name, ...yearly, Math.round(base * 1150 + random() * 50_000)];
  });
  const totals = sampleYears.map(
    (_, i) => Math.round(states.reduce((sum, row) => sum + numberOr0(row[2 + i]), 0) * 10) / 10,
  );

  const rows: (string | number | null)[][] = [
    [sampleTitle],
    ['(miles de toneladas por año)'],
    [],
    [
      'Clave INEGI',
      'Entidad federativa',
      'Generación anual (miles de toneladas)',
      null,
      null,
      null,
      null,
      'Población 2020 (habitantes)',
    ],
    [null, null, ...sampleYears, null],
    ...states,
    [null, 'Total nacional', ...totals, states.reduce((sum, row) => sum + numberOr0(row[7]), 0)],
    [],
    ['Notas: ND = no disponible. Las cifras de 2022 son preliminares.'],
    ['Fuente: datos generados por Ficha para el ejemplo; no son cifras oficiales.'],
  ];

  const sheet = sheetjs().utils.aoa_to_sheet(rows);
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 7 } },
    { s: { r: 3, c: 0 }, e: { r: 4, c: 0 } },
    { s: { r: 3, c: 1 }, e: { r: 4, c: 1 } },
    { s: { r: 3, c: 2 }, e: { r: 3, c: 6 } },
    { s: { r: 3, c: 7 }, e: { r: 4, c: 7 } },
  ];
  return sheet;
}

function metadataSheet(): XLSX.WorkSheet {
  return sheetjs().utils.aoa_to_sheet([
    ['Campo', 'Valor'],
    ['Título', sampleTitle],
    [
      'Descripción',
      'Estimación anual de residuos sólidos urbanos por entidad federativa. Datos de ejemplo.',
    ],
    ['Palabras clave', 'residuos, residuos sólidos urbanos, medio ambiente, entidades federativas'],
    ['Periodicidad', 'Anual'],
    ['Cobertura geográfica', 'Nacional, por entidad federativa'],
    ['Licencia', 'Libre uso MX'],
  ]);
}

function numberOr0(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

/** A small deterministic generator (mulberry32), so the sample never changes. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
