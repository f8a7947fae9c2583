import type { Command } from '../command';
import { datasetArgument, requiredOption, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha original WS DATASET --out PATH`: the file a dataset was imported from, back out. */
export const originalCommand: Command = {
  name: 'original',
  summary: {
    es: 'Escribe el archivo del que se importó un conjunto, tal como lo guarda el espacio de trabajo.',
    en: 'Writes the file a dataset was imported from, as the workspace keeps it.',
  },
  usage: 'original WS DATASET --out FILE|FOLDER [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'out',
      kind: 'string',
      value: 'FILE|FOLDER',
      summary: {
        es: 'archivo a escribir, o carpeta donde escribirlo con su nombre original',
        en: 'the file to write, or a folder to write it into under its original name',
      },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const out = requiredOption(options, 'out', originalCommand);

    const result = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('dataset.original', { dataset: args[1], out }),
    );
    if (io.json) io.printJson(result);
    else io.out(`${result.file}\n`);
    io.say({
      es: `Copia verificada de ${result.fileName} (SHA-256 ${result.sha256.slice(0, 12)}…).`,
      en: `Verified copy of ${result.fileName} (SHA-256 ${result.sha256.slice(0, 12)}…).`,
    });
    return 0;
  },
};
