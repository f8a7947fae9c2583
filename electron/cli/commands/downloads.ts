import type { Command } from '../command';
import { workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha downloads WS FILE.csv`: attaches download counts exported from the portal. */
export const downloadsCommand: Command = {
  name: 'downloads',
  summary: {
    es: 'Adjunta los conteos de descargas del portal (CSV con columnas conjunto y descargas, y opcionalmente periodo).',
    en: 'Attaches the portal’s download counts (a CSV with dataset and downloads columns, optionally a period).',
  },
  usage: 'downloads WS FILE.csv [--json]',
  arguments: [
    workspaceArgument,
    { name: 'FILE', summary: { es: 'CSV de descargas', en: 'downloads CSV' } },
  ],
  options: [],
  json: true,
  async run(context) {
    const { args, io } = context;
    const report = await withWorkspace(context, args[0], {}, (session) =>
      session.call('inventory.downloads', { file: args[1] }),
    );
    if (io.json) {
      io.printJson(report);
      return 0;
    }
    io.out(
      io.t({ es: `${report.matched} filas adjuntadas`, en: `${report.matched} rows attached` }) +
        '\n',
    );
    if (report.unmatched.length > 0) {
      io.say({
        es: `Sin conjunto que coincida: ${report.unmatched.join(', ')}`,
        en: `No matching dataset: ${report.unmatched.join(', ')}`,
      });
    }
    return 0;
  },
};
