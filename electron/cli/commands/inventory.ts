import { FichaError } from '../../../shared/errors';
import { statusLabels } from '../../../shared/review/status';
import type { Command } from '../command';
import { workspaceArgument } from '../common';
import { formatTable } from '../table-format';
import { withWorkspace } from '../workspace-session';
import { counted } from '../counted';

/** `ficha inventory WS`: the institution's catalog, or its export in the portal's template. */
export const inventoryCommand: Command = {
  name: 'inventory',
  summary: {
    es: 'Muestra el inventario de la institución o lo exporta (CSV o XLSX) con las columnas de la plantilla del portal.',
    en: 'Shows the institution’s inventory or exports it (CSV or XLSX) in the portal template’s columns.',
  },
  usage: 'inventory WS [--out FILE.csv|FILE.xlsx] [--area A] [--status S] [--json]',
  arguments: [workspaceArgument],
  options: [
    {
      name: 'out',
      kind: 'string',
      value: 'FILE',
      summary: { es: 'archivo .csv o .xlsx a escribir', en: '.csv or .xlsx file to write' },
    },
    {
      name: 'area',
      kind: 'string',
      value: 'A',
      summary: { es: 'solo un área', en: 'one area only' },
    },
    {
      name: 'status',
      kind: 'string',
      value: 'S',
      summary: { es: 'solo un estado', en: 'one status only' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const out = options.string('out');
    if (out && !/\.(csv|xlsx)$/i.test(out)) {
      throw new FichaError('OPTION_INVALID', {
        option: '--out',
        reason: 'use a .csv or .xlsx file',
      });
    }

    const { entries, written } = await withWorkspace(
      context,
      args[0],
      { readOnly: true },
      async (session) => ({
        entries: await session.call('inventory.catalog', {}),
        written: out ? await session.call('inventory.export', { out }) : null,
      }),
    );

    const area = options.string('area');
    const status = options.string('status');
    const shown = entries.filter(
      (entry) => (!area || entry.area === area) && (!status || entry.status === status),
    );
    if (written)
      io.say({
        es: `Inventario escrito en ${written.file} (${counted(written.rows, 'rows', 'es')})`,
        en: `Inventory written to ${written.file} (${counted(written.rows, 'rows', 'en')})`,
      });

    if (io.json) {
      io.printJson(written ? { ...written, entries: shown } : shown);
      return 0;
    }
    const spanish = io.language === 'es';
    const rows = shown.map((entry) => [
      entry.title,
      entry.area,
      io.t(statusLabels[entry.status]),
      entry.periodicity,
      entry.lastUpdate ?? '',
      `${entry.nextDue ?? ''}${entry.overdue ? (spanish ? ' (atrasado)' : ' (overdue)') : ''}`,
      entry.downloads === null ? '' : String(entry.downloads),
    ]);
    const headers = spanish
      ? ['conjunto', 'área', 'estado', 'periodicidad', 'última', 'próxima', 'descargas']
      : ['dataset', 'area', 'status', 'periodicity', 'last', 'next due', 'downloads'];
    io.out(formatTable(headers, rows, ['left', 'left', 'left', 'left', 'left', 'left', 'right']));
    return 0;
  },
};
