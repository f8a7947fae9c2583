import { writeFileSync } from 'node:fs';
import { recipeText } from '../../engine/recipes/recipe-file';
import type { Command } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha recipe WS DATASET [--output FILE]`: prints or saves a dataset's recipe. */
export const recipeCommand: Command = {
  name: 'recipe',
  summary: {
    es: 'Imprime la receta de un conjunto (ajustes de importación y pasos) como JSON.',
    en: "Prints a dataset's recipe (import settings and steps) as JSON.",
  },
  usage: 'recipe WS DATASET [--output FILE] [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'output',
      kind: 'string',
      value: 'FILE',
      summary: { es: 'guarda la receta en FILE', en: 'save the recipe to FILE' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const recipe = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('operations.recipe', { dataset: args[1] }),
    );
    const output = options.string('output');
    if (output) {
      writeFileSync(output, recipeText(recipe));
      if (io.json) io.printJson({ file: output, steps: recipe.steps.length });
      else io.say({ es: `Receta guardada en ${output}.`, en: `Recipe saved to ${output}.` });
      return 0;
    }
    if (io.json) io.printJson(recipe);
    else io.out(recipeText(recipe));
    return 0;
  },
};
