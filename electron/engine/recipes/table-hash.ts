import { createHash } from 'node:crypto';
import { getDataset } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';

/**
 * A SHA-256 of a dataset's table as it stands: column names, labels and
 * types, then every row in order with each value's storage class, so two
 * tables hash alike only when they are the same cell for cell.
 */
export function tableHash(workspace: Workspace, datasetRef: string): string {
  const dataset = getDataset(workspace, datasetRef);
  const hash = createHash('sha256');
  hash.update(JSON.stringify(dataset.columns.map((c) => [c.name, c.label, c.type, c.unit])));

  const columns = dataset.columns.map((c) => quoteIdent(c.name));
  if (columns.length === 0) return hash.digest('hex');
  const typed = columns.map((c) => `typeof(${c}), ${c}`).join(', ');
  const rows = workspace.db
    .prepare(`SELECT ${typed} FROM ${quoteIdent(dataset.tableName)} ORDER BY rowid`)
    .raw()
    .iterate() as Iterable<unknown[]>;
  for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
  return hash.digest('hex');
}
