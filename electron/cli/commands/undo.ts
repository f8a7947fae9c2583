import type { Command } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';
import { printHistory } from './history';

/** `ficha undo WS DATASET [--steps N | --to POINT]`: goes back in a dataset's history. */
export const undoCommand: Command = {
  name: 'undo',
  summary: {
    es: 'Deshace el último paso (o N pasos, o vuelve a un punto del historial) sin repetir la receta.',
    en: 'Undoes the last step (or N steps, or goes back to a point of the history) without replaying.',
  },
  usage: 'undo WS DATASET [--steps N] [--to POINT] [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'steps',
      kind: 'number',
      value: 'N',
      summary: { es: 'cuántos pasos deshacer (1)', en: 'how many steps to undo (1)' },
    },
    {
      name: 'to',
      kind: 'number',
      value: 'POINT',
      summary: {
        es: 'ir a ese punto del historial (0 = como se importó)',
        en: 'go to that point of the history (0 = as imported)',
      },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const to = options.number('to');
    const view = await withWorkspace(context, args[0], {}, (session) =>
      to !== undefined
        ? session.call('operations.goto', { dataset: args[1], point: to })
        : session.call('operations.undo', {
            dataset: args[1],
            steps: options.number('steps') ?? 1,
          }),
    );
    if (io.json) io.printJson(view);
    else printHistory(io, view);
    return 0;
  },
};
