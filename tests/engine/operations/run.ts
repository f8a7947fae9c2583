import type { StepInput } from '../../../shared/operations';
import type { CellValue } from '../../../shared/table';
import { getDataset } from '../../../electron/engine/datasets/catalog';
import type { ApplyResult } from '../../../shared/operations/results';
import { applySteps } from '../../../electron/engine/recipes/apply-steps';
import type { FixtureColumn } from '../recipes/fixture';
import { addTable, readTable, tempWorkspace } from '../recipes/fixture';

/** A table in, steps applied, the table out (with its catalog and what the steps reported). */
export function tableOut(
  columns: FixtureColumn[],
  rows: CellValue[][],
  steps: StepInput[],
): {
  columns: string[];
  rows: CellValue[][];
  catalog: ReturnType<typeof getDataset>['columns'];
  result: ApplyResult;
} {
  const { workspace, cleanup } = tempWorkspace();
  try {
    addTable(workspace, 't', columns, rows);
    const result = applySteps(workspace, 't', steps);
    const table = readTable(workspace, 't');
    return { ...table, catalog: getDataset(workspace, 't').columns, result };
  } finally {
    cleanup();
  }
}
