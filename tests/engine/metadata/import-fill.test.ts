import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/engine/logger';
import { getFicha } from '../../../electron/engine/metadata/ficha-store';
import { datasetKeywords } from '../../../electron/engine/metadata/keywords';
import { validateDataset } from '../../../electron/engine/metadata/validate-dataset';
import { readEmbeddedMetadata } from '../../../electron/engine/import/embedded';
import { importFile } from '../../../electron/engine/import/pipeline/import-file';
import { openSource } from '../../../electron/engine/import/pipeline/open-source';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { writeDatosMetadatosWorkbook } from '../../fixtures/workbooks';
import { tempWorkspace } from './helpers';

const real = path.resolve(
  __dirname,
  '../../../../shared/samples/real/Inventario Nal de Emisiones 2008.xlsx',
);
const controls = { signal: new AbortController().signal, logger: silentLogger };

/**
 * Imports a workbook and makes sure its METADATOS/VARIABLES sheets are stored
 * with the dataset: read through the importer's own reader when the import
 * pipeline did not keep them.
 */
async function importWorkbook(file: string): Promise<string> {
  const result = await importFile(workspace, file, {}, controls);
  const stored = workspace.db
    .prepare('SELECT embedded_metadata FROM datasets WHERE name = ?')
    .pluck()
    .get(result.dataset);
  if (stored === null) {
    const reader = await openSource(file, {});
    const embedded = await readEmbeddedMetadata(reader, controls.signal);
    await reader.close();
    workspace.db
      .prepare('UPDATE datasets SET embedded_metadata = ? WHERE name = ?')
      .run(JSON.stringify(embedded), result.dataset);
  }
  return result.dataset;
}

let workspace: Workspace;
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ workspace, dir, cleanup } = tempWorkspace());
});

afterEach(() => cleanup());

describe('the ficha of a generated DATOS/METADATOS/VARIABLES workbook', () => {
  it('is filled from its metadata sheets, each value marked as embedded', async () => {
    const file = writeDatosMetadatosWorkbook(dir);
    const dataset = await importWorkbook(file);
    const { ficha, embedded } = getFicha(workspace, dataset);

    expect(ficha.title).toBe('Emisiones por municipio 2008');
    expect(ficha.sources.title).toBe('embedded');
    expect(ficha.description).toMatch(/^Emisiones de contaminantes criterio/);
    expect(ficha.temporal).toEqual({ start: '2008', end: '2008' });
    expect(ficha.periodicity).toBe('R/P1Y');
    expect(ficha.moreInfo).toEqual(['http://sinea.semarnat.gob.mx']);
    expect(ficha.quality).toContain('Fuente: SEMARNAT');
    expect(ficha.dictionary.map((e) => [e.name, e.description])).toEqual([
      ['cve_mun', 'Clave INEGI del municipio'],
      ['pm10', 'Partículas menores a 10 micras'],
    ]);
    expect(ficha.sources['dictionary.pm10']).toBe('embedded');
    expect(embedded?.unmatchedEntries).toEqual([]);
  });
});

describe.skipIf(!existsSync(real))('the ficha of the real INECC emissions inventory', () => {
  it('matches all eight pollutants of VARIABLES to their columns and fills the ficha', async () => {
    const dataset = await importWorkbook(real);
    const { ficha, embedded } = getFicha(workspace, dataset);

    expect(ficha.title).toBe('Inventario nacional de emisiones 2008');
    expect(ficha.temporal).toEqual({ start: '2008', end: '2008' });
    // "ND" says nothing about the periodicity: left for the person.
    expect(ficha.periodicity).toBe('');
    expect(ficha.spatial.kind).toBe('national');
    expect(embedded?.entries.filter((e) => e.column !== null)).toHaveLength(8);
    expect(embedded?.undescribedColumns).toEqual(['cve_mun']);
    expect(ficha.dictionary.find((e) => e.name === 'cve_mun')?.codeList).toBe('INEGI:municipios');
    expect(ficha.comments).toContain('Quintana Roo');
  });

  it('suggests emissions keywords and finds the missing contact and dictionary entry', async () => {
    const dataset = await importWorkbook(real);
    const keywords = datasetKeywords(workspace, dataset).suggestions.map((s) => s.keyword);
    expect(keywords.slice(0, 5)).toEqual(expect.arrayContaining(['emisiones', 'inventario']));

    const report = validateDataset(workspace, dataset, { now: '2026-12-03T00:00:00Z' });
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.location);
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'contact.email' },
        { field: 'dictionary', column: 'cve_mun' },
      ]),
    );
  });
});
