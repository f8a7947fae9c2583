import type { DatasetFacts } from '../review/catalog';
import type { Workspace } from '../workspace/workspace';
import { getFicha } from './ficha-store';

/**
 * The facts the review catalog and calendar read from a dataset's ficha
 * (a FactsReader for electron/engine/review/catalog.ts).
 */
export function fichaFacts(workspace: Workspace, datasetId: string): DatasetFacts | null {
  const name = workspace.db
    .prepare('SELECT name FROM datasets WHERE id = ?')
    .pluck()
    .get(datasetId) as string | undefined;
  if (name === undefined) return null;
  const { ficha } = getFicha(workspace, name);
  return {
    title: ficha.title,
    area: ficha.area,
    description: ficha.description,
    periodicity: ficha.periodicity,
    updateMonths: ficha.updateMonths,
    modified: ficha.modified,
  };
}
