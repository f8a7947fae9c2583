import { datasetFormats } from '../../../shared/api/export';
import type { Command } from '../command';
import { exitCodes } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha dcat WS DATASET --format F`: prints one serialization of the dataset's record. */
export const dcatCommand: Command = {
  name: 'dcat',
  summary: {
    es: 'Imprime el registro del conjunto como DCAT-AP (JSON-LD o Turtle), data.json, datapackage.json o CKAN.',
    en: "Prints the dataset's record as DCAT-AP (JSON-LD or Turtle), data.json, datapackage.json or CKAN.",
  },
  usage: `dcat WS DATASET [--format ${datasetFormats.join('|')}]`,
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'format',
      kind: 'string',
      value: 'F',
      summary: {
        es: `${datasetFormats.join(', ')} (jsonld por omisión)`,
        en: `${datasetFormats.join(', ')} (jsonld by default)`,
      },
    },
  ],
  json: false,
  async run(context) {
    const { args, io, options } = context;
    const format = (options.string('format') ?? 'jsonld') as (typeof datasetFormats)[number];
    const serialization = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('export.serialize', { dataset: args[1], format }),
    );
    io.out(serialization.text);
    return exitCodes.ok;
  },
};
