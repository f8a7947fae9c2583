import type { Command } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import { formatTable } from '../table-format';
import { withWorkspace } from '../workspace-session';

/** `ficha dictionary WS DATASET`: shows the data dictionary, or reads it from a CSV. */
export const dictionaryCommand: Command = {
  name: 'dictionary',
  summary: {
    es: 'Muestra el diccionario de datos de un conjunto o lo lee de un CSV (name, description, label, type, unit).',
    en: "Shows a dataset's data dictionary or reads it from a CSV (name, description, label, type, unit).",
  },
  usage: 'dictionary WS DATASET [--from FILE.csv] [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'from',
      kind: 'string',
      value: 'FILE.csv',
      summary: {
        es: 'lee las descripciones de un CSV con las columnas name y description',
        en: 'read descriptions from a CSV with the columns name and description',
      },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const from = options.string('from');

    const result = await withWorkspace(
      context,
      args[0],
      { readOnly: from === undefined },
      async (session) => {
        if (from === undefined)
          return { entries: await session.call('dictionary.get', { dataset: args[1] }) };
        return session.call('dictionary.import', { dataset: args[1], file: from });
      },
    );

    if (io.json) {
      io.printJson(from === undefined ? result.entries : result);
      return 0;
    }
    const spanish = io.language === 'es';
    const headers = spanish
      ? ['columna', 'etiqueta', 'tipo', 'unidad', 'descripción']
      : ['column', 'label', 'type', 'unit', 'description'];
    const rows = result.entries.map((e) => [
      e.name,
      e.label,
      e.type,
      e.unit,
      shorten(e.description),
    ]);
    io.out(formatTable(headers, rows, ['left', 'left', 'left', 'left', 'left']));
    if ('unmatched' in result && result.unmatched.length > 0) {
      io.say({
        es: `Sin columna en la tabla: ${result.unmatched.join(', ')}`,
        en: `No column in the table: ${result.unmatched.join(', ')}`,
      });
    }
    return 0;
  },
};

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
