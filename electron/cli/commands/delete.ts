import type { Command } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha delete WS DATASET`: removes a dataset from the workspace. */
export const deleteCommand: Command = {
  name: 'delete',
  summary: {
    es: 'Borra un conjunto de datos del espacio de trabajo (con su tabla y su archivo de origen).',
    en: 'Deletes a dataset from the workspace (its table and its source file).',
  },
  usage: 'delete WS DATASET [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [],
  json: true,
  async run(context) {
    const { args, io } = context;
    const result = await withWorkspace(context, args[0], {}, (session) =>
      session.call('dataset.delete', { dataset: args[1] }),
    );

    if (io.json) io.printJson(result);
    else io.say({ es: `Se borró ${result.deleted}.`, en: `Deleted ${result.deleted}.` });
    return 0;
  },
};
