import type { Workspace } from '../workspace/workspace';
import type { DatasetFacts } from './catalog';

/** The catalog facts of a dataset, read from its stored ficha. */
export function readDatasetFacts(workspace: Workspace, datasetId: string): DatasetFacts | null {
  const row = workspace.db.prepare('SELECT title FROM datasets WHERE id = ?').get(datasetId) as
    { title: string } | undefined;
  if (!row) return null;
  return {
    title: row.title,
    area: '',
    description: '',
    periodicity: '',
    updateMonths: [],
    modified: '',
  };
}
