import { readFileSync } from 'node:fs';
import { FichaError } from '../../../shared/errors';
import type { ApplyResult } from '../../../shared/operations/results';
import { parseRecipe } from '../../engine/recipes/recipe-file';
import type { Command } from '../command';
import type { CliIo } from '../io';
import { datasetArgument, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';
import { counted } from '../counted';

/** Reads a recipe file, or fails with FILE_NOT_FOUND / RECIPE_INVALID. */
export function readRecipeFile(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new FichaError('FILE_NOT_FOUND', { file });
  }
  return parseRecipe(text, file);
}

function printApplied(io: CliIo, result: ApplyResult): void {
  for (const step of result.applied) {
    const counts = Object.entries(step.report.counts)
      .map(([kind, n]) => `${kind}: ${n}`)
      .join(', ');
    io.out(
      `${String(step.seq).padStart(3)}  ${io.t(step.label)}${counts ? `  (${counts})` : ''}\n`,
    );
  }
  const shape = (language: 'es' | 'en') =>
    [
      counted(result.rows, 'rows', language),
      counted(result.columns.length, 'columns', language),
    ].join(', ');
  io.say({ es: `${result.dataset}: ${shape('es')}.`, en: `${result.dataset}: ${shape('en')}.` });
}

/** `ficha apply WS DATASET RECIPE.json`: applies a recipe's steps to a dataset. */
export const applyCommand: Command = {
  name: 'apply',
  summary: {
    es: 'Aplica los pasos de una receta a un conjunto; si un paso falla, la tabla queda como estaba.',
    en: "Applies a recipe's steps to a dataset; if a step fails the table is left as it was.",
  },
  usage: 'apply WS DATASET RECIPE.json [--json]',
  arguments: [
    workspaceArgument,
    datasetArgument,
    { name: 'RECIPE.json', summary: { es: 'el archivo de receta', en: 'the recipe file' } },
  ],
  options: [],
  json: true,
  async run(context) {
    const { args, io } = context;
    const recipe = readRecipeFile(args[2]);
    const result = await withWorkspace(context, args[0], {}, (session) =>
      session.call('operations.apply', { dataset: args[1], steps: recipe.steps }),
    );
    if (io.json) io.printJson(result);
    else printApplied(io, result);
    return 0;
  },
};
