import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/engine/dispatch';
import type { HandlerContext } from '../../../electron/engine/handlers/context';
import { silentLogger } from '../../../electron/engine/logger';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import type { ExportResult } from '../../../shared/api/export';
import type { DownloadFile } from '../../../shared/api/review';
import { inventoryColumns } from '../../../shared/inventory/template';
import type { AuditLine, ChangeReport } from '../../../shared/review/types';
import { addEmissions, tempWorkspace } from '../export/helpers';

let workspace: Workspace;
let dir: string;
let out: string;
let cleanup: () => void;

function context(on: Workspace = workspace): HandlerContext {
  return {
    workspace: on,
    actor: on.actor,
    logger: silentLogger,
    signal: new AbortController().signal,
    progress: () => {},
  };
}

async function call<T>(name: string, params: unknown, on: Workspace = workspace): Promise<T> {
  const result = await dispatch(name, params, context(on));
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}`);
  return result.value as T;
}

beforeEach(() => {
  ({ workspace, dir, out, cleanup } = tempWorkspace());
  addEmissions(workspace);
});

afterEach(() => cleanup());

describe('changes since the last export', () => {
  it('reports none before the first export', async () => {
    const report = await call<ChangeReport>('review.changes', {
      dataset: 'emisiones',
      since: 'export',
    });
    expect(report.since).toEqual({ kind: 'none', at: null });
  });

  it('compares with what the last export wrote, apart from the approval', async () => {
    await call<ExportResult>('export.run', { dataset: 'emisiones', out });
    const untouched = await call<ChangeReport>('review.changes', {
      dataset: 'emisiones',
      since: 'export',
    });
    expect(untouched.since.kind).toBe('export');
    expect(untouched.fields).toEqual([]);

    await call('metadata.setFields', {
      dataset: 'emisiones',
      fields: [{ field: 'title', value: 'Emisiones municipales 2008-2009' }],
    });
    await call('operations.apply', {
      dataset: 'emisiones',
      steps: [{ op: 'rename-column', column: 'fuente', to: 'tipo_fuente' }],
    });
    const report = await call<ChangeReport>('review.changes', {
      dataset: 'emisiones',
      since: 'export',
    });

    expect(report.fields.map((change) => change.field)).toContain('title');
    expect(report.fields.find((change) => change.field === 'title')?.after).toBe(
      'Emisiones municipales 2008-2009',
    );
    expect(report.columns.added).toEqual(['tipo_fuente']);
    expect(report.columns.removed).toEqual(['fuente']);
    expect(report.steps.added).toHaveLength(1);
    expect(report.rows).toEqual({ before: 4, after: 4 });

    // Without an approval, the other side of the switch has nothing to compare with.
    const sinceApproval = await call<ChangeReport>('review.changes', { dataset: 'emisiones' });
    expect(sinceApproval.since.kind).toBe('none');
  });

  it('takes the newest export as the point of comparison', async () => {
    await call('export.run', { dataset: 'emisiones', out });
    await call('metadata.setFields', {
      dataset: 'emisiones',
      fields: [{ field: 'title', value: 'Segunda versión' }],
    });
    await call('export.run', { dataset: 'emisiones', out });

    const report = await call<ChangeReport>('review.changes', {
      dataset: 'emisiones',
      since: 'export',
    });
    expect(report.fields).toEqual([]);
  });
});

describe('the audit log through the dispatcher', () => {
  it('filters by kind and by person, and exports the same lines as CSV', async () => {
    await call('metadata.setFields', {
      dataset: 'emisiones',
      fields: [{ field: 'title', value: 'Otro título' }],
    });
    await call('export.run', { dataset: 'emisiones', out });
    await call('review.setStatus', { dataset: 'emisiones', to: 'en-revision' });

    const exports = await call<AuditLine[]>('review.log', { kind: 'export' });
    expect(exports.map((line) => line.action)).toEqual(['export.run']);
    const metadata = await call<AuditLine[]>('review.log', { kind: 'metadata' });
    expect(metadata.every((line) => line.action.startsWith('metadata.'))).toBe(true);
    expect(metadata.length).toBeGreaterThan(0);
    const statuses = await call<AuditLine[]>('review.log', {
      kind: 'status',
      dataset: 'emisiones',
    });
    expect(statuses.map((line) => line.action)).toEqual(['review.status']);

    const mine = await call<AuditLine[]>('review.log', { person: 'PRUEBA@inecc.gob.mx' });
    const all = await call<AuditLine[]>('review.log', {});
    expect(mine).toHaveLength(all.length);
    expect(await call<AuditLine[]>('review.log', { person: 'Nadie' })).toEqual([]);

    const { csv, lines } = await call<{ csv: string; lines: number }>('review.logCsv', {
      kind: 'export',
    });
    expect(lines).toBe(1);
    const table = XLSX.utils.sheet_to_json<string[]>(
      XLSX.read(csv, { type: 'string', raw: true }).Sheets.Sheet1,
      { header: 1, raw: false },
    );
    expect(table[0]).toEqual(['fecha', 'persona', 'correo', 'accion', 'conjunto', 'detalle']);
    expect(table[1].slice(1, 5)).toEqual([
      'Prueba',
      'prueba@inecc.gob.mx',
      'export.run',
      'emisiones',
    ]);
  });

  it('files actions no kind lists under "other"', async () => {
    const other = await call<AuditLine[]>('review.log', { kind: 'other' });
    expect(other.map((line) => line.action)).not.toContain('dataset.import');
    const imports = await call<AuditLine[]>('review.log', { kind: 'import' });
    expect(imports.map((line) => line.action)).toContain('workspace.create');
  });
});

describe('review bundles as downloads', () => {
  it('sends the bundle as bytes that open as a workspace and merge back', async () => {
    const bundle = await call<DownloadFile & { rows: number }>('review.bundleFile', {
      dataset: 'emisiones',
    });
    expect(bundle.name).toBe('emisiones-revision.ficha');
    expect(bundle.rows).toBe(4);

    const file = path.join(dir, bundle.name);
    writeFileSync(file, Buffer.from(bundle.base64, 'base64'));
    const outside = openWorkspace(file, {
      actor: { name: 'Raúl Revisor', email: 'raul@inecc.gob.mx' },
      logger: silentLogger,
    });
    await call('review.comment', { dataset: 'emisiones', text: 'Revisar la fecha' }, outside);
    outside.close();

    const merged = await call<{ comments: number }>('review.merge', { file });
    expect(merged.comments).toBe(1);
    const log = await call<AuditLine[]>('review.log', { kind: 'review' });
    expect(log.find((line) => line.action === 'review.bundle')?.detail.out).toBe(
      'emisiones-revision.ficha (descarga)',
    );
  });
  it('bundles a dataset imported from a file without carrying the file along', async () => {
    const csv = path.join(dir, 'estados.csv');
    writeFileSync(csv, 'clave,nombre\n01,Aguascalientes\n02,Baja California\n');
    await call('import.run', { file: csv });

    const bundle = await call<DownloadFile & { rows: number }>('review.bundleFile', {
      dataset: 'estados',
    });

    expect(bundle.rows).toBe(2);
    const file = path.join(dir, bundle.name);
    writeFileSync(file, Buffer.from(bundle.base64, 'base64'));
    const outside = openWorkspace(file, { actor: workspace.actor, logger: silentLogger });
    const row = outside.db.prepare('SELECT name, source_id FROM datasets').all();
    outside.close();
    expect(row).toEqual([{ name: 'estados', source_id: null }]);
  });
});

describe('inventory files as downloads', () => {
  it('sends the inventory as CSV in the template’s columns and as XLSX with the plan', async () => {
    const csv = await call<DownloadFile>('inventory.file', { part: 'inventory', format: 'csv' });
    expect(csv.name).toBe('inventario.csv');
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = XLSX.utils.sheet_to_json<string[]>(
      XLSX.read(text.slice(1), { type: 'string', raw: true }).Sheets.Sheet1,
      { header: 1, raw: false },
    );
    expect(rows[0]).toEqual([...inventoryColumns]);
    expect(rows).toHaveLength(2);

    const xlsx = await call<DownloadFile>('inventory.file', { part: 'inventory', format: 'xlsx' });
    const book = XLSX.read(Buffer.from(xlsx.base64, 'base64'));
    expect(book.SheetNames).toEqual(['Inventario', 'Plan y calendario']);

    const plan = await call<DownloadFile>('inventory.file', { part: 'plan', format: 'csv' });
    expect(plan.name).toBe('plan-y-calendario.csv');
    const planText = Buffer.from(plan.base64, 'base64').toString('utf8');
    expect(planText.split('\r\n')[0]).toBe(
      '\uFEFFConjunto,Responsable,Estado,Periodicidad,Meses de actualización,' +
        'Última actualización,Próxima actualización,Atrasado',
    );
  });

  it('refuses an unknown part at the boundary', async () => {
    const result = await dispatch('inventory.file', { part: 'todo', format: 'csv' }, context());
    expect(result.ok).toBe(false);
  });
});
