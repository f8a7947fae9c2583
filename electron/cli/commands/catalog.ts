import { catalogFormats } from '../../../shared/api/export';
import type { Command } from '../command';
import { exitCodes } from '../command';
import { workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha catalog WS --format F`: prints the catalog of the whole workspace. */
export const catalogCommand: Command = {
  name: 'catalog',
  summary: {
    es: 'Imprime el catálogo de todo el espacio de trabajo como data.json (el del portal) o DCAT-AP.',
    en: "Prints the whole workspace's catalog as data.json (the portal's) or DCAT-AP.",
  },
  usage: `catalog WS [--format ${catalogFormats.join('|')}]`,
  arguments: [workspaceArgument],
  options: [
    {
      name: 'format',
      kind: 'string',
      value: 'F',
      summary: {
        es: `${catalogFormats.join(', ')} (datajson por omisión)`,
        en: `${catalogFormats.join(', ')} (datajson by default)`,
      },
    },
  ],
  json: false,
  async run(context) {
    const { args, io, options } = context;
    const format = (options.string('format') ?? 'datajson') as (typeof catalogFormats)[number];
    const serialization = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('export.catalog', { format }),
    );
    io.out(serialization.text);
    return exitCodes.ok;
  },
};
