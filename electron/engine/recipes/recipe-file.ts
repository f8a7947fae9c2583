import { FichaError } from '../../../shared/errors';
import type { RecipeFile } from '../../../shared/operations/results';
import { getDataset } from '../datasets/catalog';
import type { Workspace } from '../workspace/workspace';
import { parseSteps } from './apply-steps';
import { currentPoint, readHistory } from './history-store';

/**
 * The recipe of a dataset: the import settings it was read with and the
 * steps applied to it (undone ones left out), in order.
 */
export function recipeOf(workspace: Workspace, datasetRef: string): RecipeFile {
  const dataset = getDataset(workspace, datasetRef);
  const history = readHistory(workspace.db, dataset.id);
  const point = currentPoint(history);
  return {
    ficha: 'recipe',
    version: 1,
    import: dataset.importSettings,
    steps: history.filter((row) => row.seq <= point).map((row) => row.step),
  };
}

/** Writes a recipe as the file people keep: two-space JSON, a newline at the end. */
export function recipeText(recipe: RecipeFile): string {
  return `${JSON.stringify(recipe, null, 2)}\n`;
}

/**
 * Reads and validates a recipe file's text: the envelope first
 * (RECIPE_INVALID), then every step (STEP_INVALID naming the step).
 */
export function parseRecipe(text: string, file = 'receta'): RecipeFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FichaError('RECIPE_INVALID', { file, reason: (error as Error).message });
  }
  const envelope = data as Partial<RecipeFile> | null;
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    throw new FichaError('RECIPE_INVALID', { file, reason: 'not a JSON object' });
  }
  if (envelope.ficha !== 'recipe') {
    throw new FichaError('RECIPE_INVALID', { file, reason: '"ficha" must be "recipe"' });
  }
  if (envelope.version !== 1) {
    throw new FichaError('RECIPE_INVALID', {
      file,
      reason: `version ${String(envelope.version)} is not supported (1 is)`,
    });
  }
  if (!Array.isArray(envelope.steps)) {
    throw new FichaError('RECIPE_INVALID', { file, reason: '"steps" must be an array' });
  }
  const importSettings = envelope.import;
  if (
    importSettings !== undefined &&
    (typeof importSettings !== 'object' || importSettings === null)
  ) {
    throw new FichaError('RECIPE_INVALID', { file, reason: '"import" must be an object' });
  }
  const steps = parseSteps(envelope.steps);
  return importSettings
    ? { ficha: 'recipe', version: 1, import: importSettings, steps }
    : { ficha: 'recipe', version: 1, steps };
}
