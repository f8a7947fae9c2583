import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDataset, touchDataset } from '../../../electron/engine/datasets/catalog';
import { SCHEMA_VERSION } from '../../../electron/engine/db/schema';
import { quoteIdent } from '../../../electron/engine/db/quote';
import { silentLogger } from '../../../electron/engine/logger';
import { computeTableFacts, TABLE_FACTS_KIND } from '../../../electron/engine/metadata/table-facts';
import { openWorkspace } from '../../../electron/engine/workspace/open-workspace';
import type { Workspace } from '../../../electron/engine/workspace/workspace';
import { addDataset, tempWorkspace } from './helpers';

let workspace: Workspace;
let dir: string;
let cleanup: () => void;
const opened: Workspace[] = [];

beforeEach(() => {
  ({ workspace, dir, cleanup } = tempWorkspace());
  addDataset(
    workspace,
    'emisiones',
    [
      { name: 'estado', label: 'Estado', type: 'text' },
      { name: 'valor', label: 'Valor', type: 'number' },
    ],
    [
      ['Jalisco', 1],
      ['JALISCO ', 2],
      ['Jalisco', 1],
    ],
  );
});

afterEach(() => {
  opened.splice(0).forEach((w) => w.close());
  cleanup();
});

function reopen(options: { readOnly?: boolean } = {}): Workspace {
  const again = openWorkspace(join(dir, 'prueba.ficha'), {
    logger: silentLogger,
    readOnly: options.readOnly,
  });
  opened.push(again);
  return again;
}

/** The SQL a workspace's connection prepares while `fn` runs. */
function preparedSql(ws: Workspace, fn: () => void): string[] {
  const prepare = vi.spyOn(ws.db, 'prepare');
  fn();
  const sql = prepare.mock.calls.map((call) => String(call[0]));
  prepare.mockRestore();
  return sql;
}

function storedRows(ws: Workspace) {
  return ws.db.prepare('SELECT dataset_id, kind, revision FROM fact_cache').all();
}

describe('table facts stored in the workspace', () => {
  it('are read by a second connection without scanning the table again', () => {
    const record = getDataset(workspace, 'emisiones');
    const facts = computeTableFacts(workspace, record);
    workspace.close();

    const second = reopen();
    const again = getDataset(second, 'emisiones');
    let read: unknown;
    const sql = preparedSql(second, () => (read = computeTableFacts(second, again)));

    expect(read).toEqual(facts);
    expect(sql.some((s) => s.includes(quoteIdent(again.tableName)))).toBe(false);
    expect(storedRows(second)).toEqual([
      { dataset_id: record.id, kind: TABLE_FACTS_KIND, revision: record.revision },
    ]);
  });

  it('are measured again, and overwritten, once the table changes', () => {
    const before = getDataset(workspace, 'emisiones');
    expect(computeTableFacts(workspace, before).duplicateRows).toBe(1);
    workspace.db.transaction(() => {
      workspace.db.prepare(`DELETE FROM ${quoteIdent(before.tableName)} WHERE rowid = 3`).run();
      touchDataset(workspace, before.id, { rowCount: 2 });
    })();

    const after = getDataset(workspace, 'emisiones');
    let facts = computeTableFacts(workspace, before);
    const sql = preparedSql(workspace, () => (facts = computeTableFacts(workspace, after)));

    expect(sql.some((s) => s.includes(quoteIdent(after.tableName)))).toBe(true);
    expect(facts.duplicateRows).toBe(0);
    expect(facts.rows).toBe(2);
    expect(storedRows(workspace)).toEqual([
      { dataset_id: after.id, kind: TABLE_FACTS_KIND, revision: after.revision },
    ]);
  });

  it('are not stored by a read-only workspace, which still computes them', () => {
    workspace.close();
    const reader = reopen({ readOnly: true });

    const facts = computeTableFacts(reader, getDataset(reader, 'emisiones'));

    expect(facts.rows).toBe(3);
    expect(storedRows(reader)).toEqual([]);
  });

  it('go with the dataset when it is deleted', () => {
    const record = getDataset(workspace, 'emisiones');
    computeTableFacts(workspace, record);

    workspace.db.prepare('DELETE FROM datasets WHERE id = ?').run(record.id);

    expect(storedRows(workspace)).toEqual([]);
  });
});

describe('migration 7', () => {
  it('adds the fact cache to a version 6 workspace and keeps its datasets', () => {
    workspace.close();
    const file = join(dir, 'prueba.ficha');
    const old = new Database(file);
    old.exec('DROP TABLE fact_cache');
    // And what migration 8 added after it.
    old.exec('ALTER TABLE source_chunks DROP COLUMN codec');
    old.pragma('user_version = 6');
    old.close();

    const migrated = reopen();

    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION);
    expect(migrated.backup).toBe(`${file}.bak-v6`);
    expect(storedRows(migrated)).toEqual([]);
    expect(getDataset(migrated, 'emisiones').rowCount).toBe(3);
  });
});
