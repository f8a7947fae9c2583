import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  defaultSheet,
  parseDictionarySheet,
  parseMetadataSheet,
  readEmbeddedMetadata,
  settleRoles,
  sheetRole,
} from '../../../../electron/engine/import/embedded';
import { openWorkbookReader } from '../../../../electron/engine/import/workbook';
import { writeDatosMetadatosWorkbook } from '../../../fixtures/workbooks';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const signal = new AbortController().signal;

describe('sheet roles', () => {
  it('reads DATOS, METADATOS and VARIABLES by name, whatever the case and accents', () => {
    expect(sheetRole('DATOS', [])).toBe('data');
    expect(sheetRole('Metadatos', [])).toBe('metadata');
    expect(sheetRole('METADATOS ', [])).toBe('metadata');
    expect(sheetRole('Variables', [])).toBe('dictionary');
    expect(sheetRole('Diccionario de datos', [])).toBe('dictionary');
    expect(sheetRole('Ficha técnica', [])).toBe('metadata');
  });

  it('recognises a data dictionary and a metadata sheet by their content', () => {
    const dictionary = [['Campo', 'Descripción', 'Tipo', 'Valores posibles']];
    expect(sheetRole('Hoja2', dictionary)).toBe('dictionary');

    const metadata = [
      ['Fuente', 'INECC'],
      ['Periodicidad', 'Anual'],
      ['Nivel de desagregación', 'Estatal'],
    ];
    expect(sheetRole('Hoja3', metadata)).toBe('metadata');

    expect(
      sheetRole('Hoja1', [
        ['Año', 'CO2'],
        [1990, 10],
      ]),
    ).toBe('data');
    expect(sheetRole('Hoja4', [])).toBe('other');
  });

  it('makes other table-like sheets "other" when one is named as the data', () => {
    const roles = settleRoles([
      { name: 'DATOS', role: 'data' },
      { name: 'Referencias', role: 'data' },
      { name: 'METADATOS', role: 'metadata' },
    ]);
    expect(roles).toEqual(['data', 'other', 'metadata']);
  });

  it('chooses the data sheet by default, not the metadata sheet before it', () => {
    const chosen = defaultSheet([
      { name: 'Metadatos', role: 'metadata', rows: 9 },
      { name: 'DATOS', role: 'data', rows: 3 },
    ] as const);
    expect(chosen?.name).toBe('DATOS');
  });
});

describe('metadata and dictionary sheets', () => {
  it('reads key/value rows, leaving out the header and joining extra cells', () => {
    const fields = parseMetadataSheet([
      ['Metadato', 'Descripción'],
      ['Fuente', 'SEMARNAT'],
      [],
      ['Notas', 'Primera nota.', 'Segunda nota.'],
      ['Dataset base', null],
    ]);
    expect(fields).toEqual([
      { key: 'Fuente', value: 'SEMARNAT' },
      { key: 'Notas', value: 'Primera nota. Segunda nota.' },
      { key: 'Dataset base', value: '' },
    ]);
  });

  it('reads dictionary entries with type, values and unit when present', () => {
    const entries = parseDictionarySheet([
      ['Diccionario de datos'],
      [
        'Nombre de la variable',
        'Definición',
        'Tipo de dato',
        'Valores posibles',
        'Unidad de medida',
      ],
      ['cve_ent', 'Clave de la entidad', 'Texto', '01 a 32', null],
      ['co2', 'Emisiones de CO2', 'Número', null, 'Gg'],
      [null, 'fila sin nombre'],
    ]);
    expect(entries).toEqual([
      { name: 'cve_ent', description: 'Clave de la entidad', type: 'Texto', values: '01 a 32' },
      { name: 'co2', description: 'Emisiones de CO2', type: 'Número', unit: 'Gg' },
    ]);
  });

  it('reads the metadata of a DATOS + METADATOS + VARIABLES workbook', async () => {
    const reader = await openWorkbookReader(writeDatosMetadatosWorkbook(dir));
    const metadata = await readEmbeddedMetadata(reader, signal);
    await reader.close();

    expect(metadata?.sheets).toEqual(['Metadatos', 'VARIABLES']);
    expect(metadata?.fields).toContainEqual({ key: 'Fuente', value: 'SEMARNAT' });
    expect(metadata?.fields).toContainEqual({ key: 'Disponibilidad Temporal', value: '2008' });
    expect(metadata?.dictionary).toEqual([
      { name: 'CVE_MUN', description: 'Clave INEGI del municipio' },
      { name: 'PM10', description: 'Partículas menores a 10 micras' },
    ]);
  });
});

const shared = path.resolve(__dirname, '../../../../../shared');
const inventory = path.join(shared, 'samples/real/Inventario Nal de Emisiones 2008.xlsx');
const template = path.join(shared, 'samples/templates/inventario_general_de_datos.xlsx');

describe.skipIf(!existsSync(inventory))('the real INECC inventory workbook', () => {
  it('finds DATOS as data, METADATOS, VARIABLES and leaves Referencias aside', async () => {
    const reader = await openWorkbookReader(inventory);
    const roles = reader.sheets().map((sheet) => [sheet.name, sheet.role]);
    const metadata = await readEmbeddedMetadata(reader, signal);
    await reader.close();

    expect(roles).toEqual([
      ['DATOS', 'data'],
      ['METADATOS', 'metadata'],
      ['VARIABLES', 'dictionary'],
      ['Referencias', 'other'],
    ]);
    expect(metadata?.fields[0]).toEqual({
      key: 'Nombre del Dataset',
      value: 'INVENTARIO NACIONAL DE EMISIONES 2008',
    });
    expect(metadata?.fields.find((field) => field.key === 'Fuente')?.value).toBe('SEMARNAT');
    expect(metadata?.dictionary.map((entry) => entry.name)).toEqual([
      'PM10',
      'PM2.5',
      'SO2',
      'CO',
      'NOX',
      'COV',
      'NH3',
      'Carbón Negro',
    ]);
  });
});

describe.skipIf(!existsSync(template))('the data inventory template', () => {
  it('reads its "Diccionario de datos" sheet as a dictionary', async () => {
    const reader = await openWorkbookReader(template);
    const sheets = reader.sheets();
    const metadata = await readEmbeddedMetadata(reader, signal);
    await reader.close();

    expect(sheets.map((sheet) => sheet.role)).toEqual(['data', 'dictionary']);
    expect(metadata?.dictionary[0]).toEqual({
      name: 'Responsable',
      description: 'Área responsable',
    });
    expect(metadata?.dictionary).toHaveLength(8);
  });
});
