import type { Command } from '../command';
import { datasetArgument, requiredOption, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha bundle WS DATASET --out FILE`: a review copy of one dataset for someone outside the shared folder. */
export const bundleCommand: Command = {
  name: 'bundle',
  summary: {
    es: 'Escribe una copia de revisión de un conjunto para quien no tiene acceso a la carpeta compartida.',
    en: 'Writes a review copy of one dataset for someone outside the shared folder.',
  },
  usage: 'bundle WS DATASET --out FILE.ficha [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'out',
      kind: 'string',
      value: 'FILE',
      summary: { es: 'archivo de la copia', en: 'the copy’s file' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const out = requiredOption(options, 'out', bundleCommand);

    const result = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('review.bundle', { dataset: args[1], out }),
    );
    if (io.json) io.printJson(result);
    else io.out(`${result.file}\n`);
    io.say({
      es: 'Envíe el archivo a quien revisa; sus comentarios vuelven con «ficha merge-review».',
      en: 'Send the file to the reviewer; their comments come back with `ficha merge-review`.',
    });
    return 0;
  },
};
