import { FichaError } from '../../../shared/errors';
import type { Step } from '../../../shared/operations';
import type { ClusterResult } from '../../../shared/operations/results';
import { getDataset } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import { clusterValues } from './cluster';
import type { Cluster, ClusterMethod, NeighbourOptions, ValueCount } from './cluster';

/** Distinct text values above this count are not clustered by nearest neighbour. */
const MAX_NEIGHBOUR_VALUES = 50_000;

/**
 * Clusters a column's distinct text values (counted in SQLite) by the
 * chosen method, and drafts the map-values step that would merge every
 * cluster into its suggested value.
 */
export function columnClusters(
  workspace: Workspace,
  datasetRef: string,
  columnName: string,
  method: ClusterMethod,
  options: NeighbourOptions = {},
): ClusterResult {
  const dataset = getDataset(workspace, datasetRef);
  if (!dataset.columns.some((c) => c.name === columnName)) {
    throw new FichaError('COLUMN_NOT_FOUND', { dataset: dataset.name, column: columnName });
  }
  const c = quoteIdent(columnName);
  const values = workspace.db
    .prepare(
      `SELECT ${c} AS value, count(*) AS count FROM ${quoteIdent(dataset.tableName)}
       WHERE typeof(${c}) = 'text' GROUP BY ${c} ORDER BY min(rowid)`,
    )
    .all() as ValueCount[];
  if (method === 'levenshtein' && values.length > MAX_NEIGHBOUR_VALUES) {
    throw new FichaError('OPTION_INVALID', {
      option: '--method',
      reason: `${values.length} distinct values are too many for levenshtein; use fingerprint first`,
    });
  }

  const clusters = clusterValues(values, method, options);
  return { column: columnName, method, clusters, step: mergeStep(columnName, clusters) };
}

/** The map-values step that merges clusters into their chosen values. */
export function mergeStep(
  column: string,
  clusters: readonly Cluster[],
  chosen: Record<string, string> = {},
): Step | null {
  const map: Record<string, string> = {};
  for (const cluster of clusters) {
    const keep = chosen[cluster.key] ?? cluster.suggested;
    for (const { value } of cluster.values) if (value !== keep) map[value] = keep;
  }
  if (Object.keys(map).length === 0) return null;
  return { op: 'map-values', column, map };
}
