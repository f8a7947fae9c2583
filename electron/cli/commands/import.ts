import path from 'node:path';
import { FichaError } from '../../../shared/errors';
import { encodings } from '../../../shared/import';
import type { Encoding, ImportOptions, ImportResult } from '../../../shared/import';
import type { ImportWarning } from '../../../shared/table';
import type { ArgumentSpec, Command, CommandContext, OptionSpec } from '../command';
import { workspaceArgument } from '../common';
import type { CliIo } from '../io';
import { formatTable } from '../table-format';
import { withWorkspace } from '../workspace-session';
import { counted } from '../counted';

/** The source file argument of `import` and `inspect`. */
export const fileArgument: ArgumentSpec = {
  name: 'FILE',
  summary: {
    es: 'el archivo a leer: XLSX, XLSM, XLS, ODS, CSV, TSV o TXT delimitado',
    en: 'the file to read: XLSX, XLSM, XLS, ODS, CSV, TSV or delimited TXT',
  },
};

/** Options that override what the importer detects. */
export const detectionOptions: OptionSpec[] = [
  {
    name: 'sheet',
    kind: 'string',
    value: 'NAME|NUMBER',
    summary: {
      es: 'la hoja a leer (nombre o número desde 1)',
      en: 'the sheet to read (name or number from 1)',
    },
  },
  {
    name: 'header-rows',
    kind: 'string',
    value: 'A-B',
    summary: { es: 'filas del encabezado, p. ej. 3-4', en: 'header rows, e.g. 3-4' },
  },
  {
    name: 'skip-rows',
    kind: 'number',
    value: 'N',
    summary: { es: 'filas a saltar antes del encabezado', en: 'rows to skip before the header' },
  },
  {
    name: 'encoding',
    kind: 'string',
    value: 'E',
    summary: {
      es: 'codificación: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1',
      en: 'encoding: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1',
    },
  },
  {
    name: 'delimiter',
    kind: 'string',
    value: 'D',
    summary: { es: 'delimitador: , ; tab |', en: 'delimiter: , ; tab |' },
  },
];

const encodingAliases: Record<string, Encoding> = {
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  utf16: 'utf-16le',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  cp1252: 'windows-1252',
  win1252: 'windows-1252',
  latin1: 'iso-8859-1',
  'latin-1': 'iso-8859-1',
  'iso8859-1': 'iso-8859-1',
};
const delimiterAliases: Record<string, string> = {
  tab: '\t',
  '\\t': '\t',
  comma: ',',
  coma: ',',
  semicolon: ';',
  'punto-y-coma': ';',
  pipe: '|',
};

/** Reads the detection overrides given on the command line into import options. */
export function readDetectionOptions(context: CommandContext): ImportOptions {
  const { options } = context;
  const result: ImportOptions = {};

  const sheet = options.string('sheet');
  if (sheet !== undefined) result.sheet = /^\d+$/.test(sheet) ? Number(sheet) : sheet;

  const header = options.string('header-rows');
  if (header !== undefined) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(header.trim());
    const [start, end] = match ? [Number(match[1]), Number(match[2] ?? match[1])] : [0, 0];
    if (!match || start < 1 || end < start) {
      throw new FichaError('OPTION_INVALID', {
        option: '--header-rows',
        reason: 'use A-B, e.g. 3-4',
      });
    }
    result.headerRows = [start, end];
  }

  const skip = options.number('skip-rows');
  if (skip !== undefined) {
    if (!Number.isInteger(skip) || skip < 0) {
      throw new FichaError('OPTION_INVALID', {
        option: '--skip-rows',
        reason: 'use a whole number',
      });
    }
    result.skipRows = skip;
  }

  const encoding = options.string('encoding');
  if (encoding !== undefined) result.encoding = readEncoding(encoding);

  const delimiter = options.string('delimiter');
  if (delimiter !== undefined) {
    const chosen = delimiterAliases[delimiter.toLowerCase()] ?? delimiter;
    if (chosen.length !== 1) {
      throw new FichaError('OPTION_INVALID', { option: '--delimiter', reason: 'use , ; tab or |' });
    }
    result.delimiter = chosen;
  }
  return result;
}

function readEncoding(text: string): Encoding {
  const lower = text.trim().toLowerCase();
  const known = (encodings as readonly string[]).includes(lower) ? (lower as Encoding) : undefined;
  const encoding = known ?? encodingAliases[lower];
  if (!encoding) throw new FichaError('ENCODING_UNKNOWN', { encoding: text });
  return encoding;
}

/** Prints warnings on stderr, one line each, in the CLI's language. */
export function sayWarnings(io: CliIo, warnings: readonly ImportWarning[]): void {
  for (const warning of warnings) io.say(`! ${io.t(warning.message)}`);
}

/** `ficha import WS FILE`: imports one sheet of a file as a new dataset. */
export const importCommand: Command = {
  name: 'import',
  summary: {
    es: 'Importa una hoja de cálculo o un CSV como un conjunto de datos nuevo.',
    en: 'Imports a spreadsheet or a CSV as a new dataset.',
  },
  usage:
    'import WS FILE [--sheet NAME|NUMBER] [--header-rows A-B] [--skip-rows N] [--encoding E] ' +
    '[--delimiter D] [--name NAME] [--json]',
  arguments: [workspaceArgument, fileArgument],
  options: [
    ...detectionOptions,
    {
      name: 'name',
      kind: 'string',
      value: 'NAME',
      summary: {
        es: 'nombre del conjunto (a-z, 0-9, _ y -); por omisión, el del archivo',
        en: 'dataset name (a-z, 0-9, _ and -); the file name by default',
      },
    },
  ],
  json: true,
  async run(context) {
    const { args, io } = context;
    const options = readDetectionOptions(context);
    const name = context.options.string('name');
    const file = path.resolve(args[1]);

    const result = await withWorkspace(context, args[0], {}, (session) =>
      session.call('import.run', { file, ...options, ...(name ? { name } : {}) }),
    );

    if (io.json) {
      io.printJson(result);
      return 0;
    }
    printImport(io, result);
    return 0;
  },
};

function printImport(io: CliIo, result: ImportResult): void {
  const spanish = io.language === 'es';
  const rowCount = counted(result.rows, 'rows', io.language);
  const columnCount = counted(result.columns.length, 'columns', io.language);
  io.out(
    spanish
      ? `Se ${result.rows === 1 ? 'importó' : 'importaron'} ${rowCount} ` +
          `en «${result.dataset}» (${columnCount}).\n\n`
      : `Imported ${rowCount} into "${result.dataset}" (${columnCount}).\n\n`,
  );
  const headers = spanish ? ['columna', 'etiqueta', 'tipo'] : ['column', 'label', 'type'];
  const rows = result.columns.map((c) => [
    c.name,
    c.label,
    c.mismatches > 0 ? `${c.type} (${c.mismatches}!)` : c.type,
  ]);
  io.out(formatTable(headers, rows));
  if (result.notes.length > 0) {
    io.out(`\n${spanish ? 'Notas' : 'Notes'}:\n${result.notes.map((n) => `  ${n}`).join('\n')}\n`);
  }
  sayWarnings(io, result.warnings);
}
