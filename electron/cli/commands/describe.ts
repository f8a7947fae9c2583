import type { Command } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import { formatTable, showValue } from '../table-format';
import { withWorkspace } from '../workspace-session';
import { counted } from '../counted';

/** `ficha describe WS DATASET`: row count and a profile of each column. */
export const describeCommand: Command = {
  name: 'describe',
  summary: {
    es: 'Describe un conjunto: filas y, por columna, nombre, etiqueta, tipo, no vacíos, distintos y ejemplos.',
    en: 'Describes a dataset: rows and, per column, name, label, type, non-empty, distinct and examples.',
  },
  usage: 'describe WS DATASET [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [],
  json: true,
  async run(context) {
    const { args, io } = context;
    const description = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('dataset.describe', { dataset: args[1] }),
    );

    if (io.json) {
      io.printJson(description);
      return 0;
    }
    const spanish = io.language === 'es';
    const { dataset } = description;
    io.out(`${dataset.name}: ${dataset.title}\n`);
    io.out(
      `${counted(description.rows, 'rows', io.language)}, ` +
        `${counted(description.columns.length, 'columns', io.language)}` +
        `${dataset.sourceFile ? ` (${dataset.sourceFile})` : ''}\n\n`,
    );
    const headers = spanish
      ? ['columna', 'etiqueta', 'tipo', 'no vacíos', 'distintos', 'ejemplos']
      : ['column', 'label', 'type', 'non-empty', 'distinct', 'examples'];
    const rows = description.columns.map((c) => [
      c.name,
      c.label,
      c.mismatches > 0 ? `${c.type} (${c.mismatches}!)` : c.type,
      c.nonEmpty.toLocaleString('en-US'),
      c.distinct.toLocaleString('en-US'),
      c.examples.map(showValue).join(' | '),
    ]);
    io.out(formatTable(headers, rows, ['left', 'left', 'left', 'right', 'right']));
    if (description.notes.length > 0) {
      io.out(
        `\n${spanish ? 'Notas' : 'Notes'}:\n${description.notes.map((n) => `  ${n}`).join('\n')}\n`,
      );
    }
    return 0;
  },
};
