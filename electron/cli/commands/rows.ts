import type { Command } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import { formatTable, showValue } from '../table-format';
import { withWorkspace } from '../workspace-session';

/** `ficha rows WS DATASET`: prints a window of rows, values typed as stored. */
export const rowsCommand: Command = {
  name: 'rows',
  summary: {
    es: 'Muestra filas de un conjunto (una ventana: --offset y --limit).',
    en: "Prints a window of a dataset's rows (--offset and --limit).",
  },
  usage: 'rows WS DATASET [--offset N] [--limit N] [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'offset',
      kind: 'number',
      value: 'N',
      summary: { es: 'filas a saltar desde el inicio (0)', en: 'rows to skip from the start (0)' },
    },
    {
      name: 'limit',
      kind: 'number',
      value: 'N',
      summary: { es: 'filas a mostrar (20; hasta 10000)', en: 'rows to print (20; up to 10000)' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const window = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('dataset.rows', {
        dataset: args[1],
        offset: options.number('offset') ?? 0,
        limit: options.number('limit') ?? 20,
      }),
    );

    if (io.json) {
      io.printJson(window);
      return 0;
    }
    const rows = window.rows.map((row, i) => [String(window.rowIds[i]), ...row.map(showValue)]);
    io.out(formatTable(['#', ...window.columns], rows, ['right']));
    const last = window.offset + window.rows.length;
    io.say({
      es: `Filas ${window.rows.length > 0 ? window.offset + 1 : 0} a ${last} de ${window.total}.`,
      en: `Rows ${window.rows.length > 0 ? window.offset + 1 : 0} to ${last} of ${window.total}.`,
    });
    return 0;
  },
};
