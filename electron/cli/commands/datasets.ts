import type { Command } from '../command';
import { workspaceArgument } from '../common';
import { formatTable } from '../table-format';
import { withWorkspace } from '../workspace-session';

/** `ficha datasets WS`: lists the workspace's datasets. */
export const datasetsCommand: Command = {
  name: 'datasets',
  summary: {
    es: 'Lista los conjuntos de datos del espacio de trabajo.',
    en: 'Lists the datasets in the workspace.',
  },
  usage: 'datasets WS [--json]',
  arguments: [workspaceArgument],
  options: [],
  json: true,
  async run(context) {
    const { args, io } = context;
    const datasets = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('datasets.list', {}),
    );

    if (io.json) {
      io.printJson({ datasets });
    } else if (datasets.length === 0) {
      io.say({
        es: 'El espacio de trabajo no tiene conjuntos de datos.',
        en: 'The workspace has no datasets.',
      });
    } else {
      const spanish = io.language === 'es';
      const headers = spanish
        ? ['nombre', 'filas', 'columnas', 'estado', 'archivo', 'actualizado']
        : ['name', 'rows', 'columns', 'status', 'file', 'updated'];
      const rows = datasets.map((d) => [
        d.name,
        d.rows.toLocaleString('en-US'),
        String(d.columns),
        d.status,
        d.sourceFile ?? '',
        d.updatedAt.slice(0, 16).replace('T', ' '),
      ]);
      io.out(formatTable(headers, rows, ['left', 'right', 'right']));
    }
    return 0;
  },
};
