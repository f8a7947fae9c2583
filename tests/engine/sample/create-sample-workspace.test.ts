import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RowWindow } from '../../../shared/table';
import { createLocalEngine } from '../../../electron/engine/jobs/local-engine';
import { silentLogger } from '../../../electron/engine/logger';
import type { SampleWorkspace } from '../../../electron/engine/sample/create-sample-workspace';
import { createSampleWorkspace } from '../../../electron/engine/sample/create-sample-workspace';
import { sampleYears } from '../../../electron/engine/sample/sample-workbook';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';

const actor = { name: 'Prueba', email: '' };
let dir: string;
let sample: SampleWorkspace;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ficha-sample-'));
  sample = await createSampleWorkspace({ folder: dir, actor, logger: silentLogger, csvRows: 500 });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rows(dataset: string): Promise<RowWindow> {
  const workspace = openWorkspace(sample.workspacePath, { readOnly: true, actor });
  const engine = createLocalEngine({ workspace, actor, logger: silentLogger, readOnly: true });
  try {
    const result = await engine.call('dataset.rows', { dataset, limit: 1000 });
    if (!result.ok) throw new Error(result.error.code);
    return result.value as RowWindow;
  } finally {
    await engine.close();
  }
}

describe('the sample workspace', () => {
  it('holds the sample workbook and the long CSV as two datasets', () => {
    expect(sample.datasets).toEqual(['residuos-por-entidad', 'emisiones-por-municipio']);
  });

  it('has one row per state, without the total row, keys with their leading zero', async () => {
    const table = await rows('residuos-por-entidad');
    expect(table.total).toBe(32);
    expect(table.rows[0][0]).toBe('01');
    expect(table.rows.some((row) => row.includes('Total nacional'))).toBe(false);
  });

  it('makes one column per year from the two-row header', async () => {
    const table = await rows('residuos-por-entidad');
    for (const year of sampleYears) {
      expect(table.columns.some((column) => column.endsWith(String(year)))).toBe(true);
    }
  });

  it('imports the CSV with every row and five-digit municipality keys', async () => {
    const table = await rows('emisiones-por-municipio');
    expect(table.total).toBe(500);
    const key = table.columns.indexOf('clave_municipio');
    expect(table.rows.every((row) => /^\d{5}$/.test(String(row[key])))).toBe(true);
  });
});
