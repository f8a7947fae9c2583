import type { Command } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';
import { printHistory } from './history';

/** `ficha redo WS DATASET [--steps N]`: reapplies undone steps. */
export const redoCommand: Command = {
  name: 'redo',
  summary: {
    es: 'Rehace el último paso deshecho (o N pasos).',
    en: 'Redoes the last undone step (or N steps).',
  },
  usage: 'redo WS DATASET [--steps N] [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'steps',
      kind: 'number',
      value: 'N',
      summary: { es: 'cuántos pasos rehacer (1)', en: 'how many steps to redo (1)' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const view = await withWorkspace(context, args[0], {}, (session) =>
      session.call('operations.redo', { dataset: args[1], steps: options.number('steps') ?? 1 }),
    );
    if (io.json) io.printJson(view);
    else printHistory(io, view);
    return 0;
  },
};
