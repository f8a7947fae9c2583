import type { ExportPlan } from '../../../shared/api/export';
import { quoteIdent } from '../db/quote';
import { getDataset } from '../datasets/catalog';
import type { DatasetRecord } from '../datasets/catalog';
import type { Workspace } from '../workspace/workspace';

/** CKAN's default upload limit, the portal profile's unless one says otherwise. */
export const DEFAULT_UPLOAD_LIMIT = 10 * 1024 * 1024;

/** Most files a split may make. */
export const MAX_SPLIT_PARTS = 200;

/**
 * Estimates the CSV's size in SQLite (the bytes of every cell, separators
 * and line endings; quotes aside) and, when it passes the upload limit,
 * which columns would split it into files under the limit.
 */
export function planExport(
  workspace: Workspace,
  datasetRef: string,
  limitBytes = DEFAULT_UPLOAD_LIMIT,
): ExportPlan {
  const dataset = getDataset(workspace, datasetRef);
  const bytes = estimateBytes(workspace, dataset);
  const overLimit = bytes > limitBytes;

  return {
    dataset: dataset.name,
    rows: dataset.rowCount,
    estimatedBytes: bytes,
    limitBytes,
    overLimit,
    splitCandidates: overLimit ? splitCandidates(workspace, dataset, limitBytes) : [],
  };
}

/** The SQL of one row's CSV size in bytes, without quotes. */
export function rowBytesSql(dataset: DatasetRecord): string {
  const cells = dataset.columns.map(
    (c) => `length(CAST(coalesce(${quoteIdent(c.name)}, '') AS BLOB))`,
  );
  return `(${cells.join(' + ') || '0'} + ${Math.max(dataset.columns.length - 1, 0) + 2})`;
}

function estimateBytes(workspace: Workspace, dataset: DatasetRecord): number {
  const header = dataset.columns.reduce((sum, c) => sum + Buffer.byteLength(c.name) + 1, 1);
  const sum = workspace.db
    .prepare(
      `SELECT coalesce(sum(${rowBytesSql(dataset)}), 0) FROM ${quoteIdent(dataset.tableName)}`,
    )
    .pluck()
    .get() as number;
  return header + sum;
}

function splitCandidates(workspace: Workspace, dataset: DatasetRecord, limit: number) {
  const table = quoteIdent(dataset.tableName);
  const distinct = dataset.columns.map((c) => `count(DISTINCT ${quoteIdent(c.name)})`).join(', ');
  const counts = workspace.db
    .prepare(`SELECT ${distinct} FROM ${table}`)
    .raw(true)
    .get() as number[];
  const fitting = dataset.columns.filter((_, i) => counts[i] >= 2 && counts[i] <= MAX_SPLIT_PARTS);

  const candidates = fitting.map((column) => {
    const largest = workspace.db
      .prepare(
        `SELECT max(part) FROM (SELECT sum(${rowBytesSql(dataset)}) AS part FROM ${table}
         GROUP BY ${quoteIdent(column.name)})`,
      )
      .pluck()
      .get() as number;
    return {
      column: column.name,
      parts: counts[dataset.columns.indexOf(column)],
      largestBytes: largest,
    };
  });
  return candidates
    .filter((c) => c.largestBytes <= limit)
    .sort((a, b) => a.parts - b.parts || a.column.localeCompare(b.column))
    .slice(0, 5);
}
