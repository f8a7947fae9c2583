import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { FichaError } from '../../../shared/errors';
import { transaction } from '../db/transaction';
import { recordAudit } from '../workspace/audit';
import type { Workspace } from '../workspace/workspace';

/** What attaching a download-count CSV did. */
export interface DownloadsReport {
  matched: number;
  unmatched: string[];
}

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Finds the first header among the candidates, tolerant of case and accents. */
function findColumn(headers: string[], candidates: string[]): string | null {
  return headers.find((header) => candidates.includes(fold(header))) ?? null;
}

/**
 * Attaches download counts exported from the portal (a CSV with a dataset
 * column — name, identifier or title — and a count column, optionally a
 * period) to the workspace's datasets. Counts for the same dataset and
 * period replace the previous ones; rows that match no dataset are listed.
 */
export function attachDownloads(workspace: Workspace, file: string): DownloadsReport {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    throw new FichaError('FILE_NOT_FOUND', { file });
  }

  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const headers = parsed.meta.fields ?? [];
  const datasetColumn = findColumn(headers, [
    'dataset',
    'conjunto',
    'identifier',
    'identificador',
    'nombre',
    'name',
    'titulo',
    'title',
  ]);
  const countColumn = findColumn(headers, ['descargas', 'downloads', 'count', 'total', 'conteo']);
  const periodColumn = findColumn(headers, ['periodo', 'period', 'mes', 'month', 'fecha', 'date']);
  if (!datasetColumn || !countColumn) {
    throw new FichaError('OPTION_INVALID', {
      option: 'downloads',
      file,
      reason:
        'the CSV needs a dataset column (conjunto, dataset, nombre…) and a count column (descargas, downloads…)',
    });
  }

  const datasets = workspace.db.prepare('SELECT id, name, title FROM datasets').all() as {
    id: string;
    name: string;
    title: string;
  }[];
  const lookup = new Map<string, string>();
  for (const dataset of datasets) {
    for (const key of [dataset.id, dataset.name, dataset.title]) lookup.set(fold(key), dataset.id);
  }

  const report: DownloadsReport = { matched: 0, unmatched: [] };
  const upsert = workspace.db.prepare(
    'INSERT INTO downloads (dataset_id, period, count) VALUES (?, ?, ?) ' +
      'ON CONFLICT (dataset_id, period) DO UPDATE SET count = excluded.count',
  );
  transaction(workspace.db, () => {
    for (const row of parsed.data) {
      const key = row[datasetColumn] ?? '';
      const id = lookup.get(fold(key));
      const count = Number(String(row[countColumn] ?? '').replace(/[,\s]/g, ''));
      if (!id || !Number.isFinite(count)) {
        if (key) report.unmatched.push(key);
        continue;
      }
      upsert.run(id, periodColumn ? (row[periodColumn] ?? 'total') : 'total', Math.round(count));
      report.matched += 1;
    }
    recordAudit(workspace, {
      action: 'inventory.downloads',
      detail: { file, ...report, unmatched: report.unmatched.length },
    });
  });
  return report;
}
