import { readFileSync } from 'node:fs';
import { FichaError } from '../../../shared/errors';
import { fieldLabel } from '../../../shared/metadata/field-labels';
import { fichaFieldPaths, readField } from '../../../shared/metadata/field-paths';
import { fichaSchema } from '../../../shared/metadata/model';
import type { Ficha } from '../../../shared/metadata/model';
import type { Command } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import type { CliIo } from '../io';
import { withWorkspace } from '../workspace-session';

/** Splits `FIELD=VALUE` at the first equals sign. */
export function parseAssignment(text: string): { field: string; value: string } {
  const equals = text.indexOf('=');
  if (equals <= 0) {
    throw new FichaError('OPTION_INVALID', {
      option: '--set',
      reason: `«${text}» is not FIELD=VALUE`,
    });
  }
  return { field: text.slice(0, equals).trim(), value: text.slice(equals + 1) };
}

/** `ficha meta WS DATASET`: shows the ficha; sets fields or a whole ficha from a JSON file. */
export const metaCommand: Command = {
  name: 'meta',
  summary: {
    es: 'Muestra o cambia la ficha (metadatos) de un conjunto; cada valor dice de dónde vino.',
    en: "Shows or changes a dataset's ficha (metadata); each value says where it came from.",
  },
  usage: 'meta WS DATASET [--set FIELD=VALUE]... [--from FICHA.json] [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'set',
      kind: 'list',
      value: 'FIELD=VALUE',
      summary: {
        es: 'cambia un campo (title, keywords=a,b, contact.email, periodicity=R/P1Y…; vea docs/ficha.md)',
        en: 'set a field (title, keywords=a,b, contact.email, periodicity=R/P1Y…; see docs/ficha.md)',
      },
    },
    {
      name: 'from',
      kind: 'string',
      value: 'FICHA.json',
      summary: {
        es: 'reemplaza la ficha con la de un archivo JSON',
        en: 'replace the ficha with one from a JSON file',
      },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const sets = options.list('set').map(parseAssignment);
    const from = options.string('from');
    const writes = sets.length > 0 || from !== undefined;

    const record = await withWorkspace(context, args[0], { readOnly: !writes }, async (session) => {
      if (from !== undefined) {
        await session.call('metadata.set', { dataset: args[1], ficha: readFichaFile(from) });
      }
      if (sets.length > 0)
        return session.call('metadata.setFields', { dataset: args[1], fields: sets });
      return session.call('metadata.get', { dataset: args[1] });
    });

    if (io.json) {
      io.printJson(record);
      return 0;
    }
    printFicha(io, record.ficha);
    if (record.embedded && record.embedded.unmatchedEntries.length > 0) {
      io.say({
        es: `Variables de ${record.embedded.sheets.join(', ')} sin columna: ${record.embedded.unmatchedEntries.join(', ')}`,
        en: `Variables of ${record.embedded.sheets.join(', ')} with no column: ${record.embedded.unmatchedEntries.join(', ')}`,
      });
    }
    return 0;
  },
};

function readFichaFile(file: string): Ficha {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FichaError('FILE_NOT_FOUND', { file });
    throw new FichaError('FILE_UNREADABLE', { file, reason: code ?? 'it is not valid JSON' });
  }

  // A file written by `ficha meta --json` wraps the ficha in a record.
  const body = (json as { ficha?: unknown }).ficha ?? json;
  const parsed = fichaSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FichaError('FILE_UNREADABLE', {
      file,
      reason: `${issue.path.join('.')}: ${issue.message}`,
    });
  }
  return parsed.data;
}

/** Prints one line per field: label, value, and where the value came from. */
function printFicha(io: CliIo, ficha: Ficha): void {
  const spanish = io.language === 'es';
  for (const path of fichaFieldPaths) {
    const value = readField(ficha, path);
    const shown = show(value);
    if (shown === '') continue;
    const source = ficha.sources[path];
    const label = spanish ? fieldLabel(path).es : fieldLabel(path).en;
    io.out(`${path.padEnd(18)} ${shown}${source ? `  [${source}]` : ''}   (${label})\n`);
  }
  ficha.distributions.forEach((distribution, index) => {
    const url =
      distribution.downloadURL || (spanish ? '(sin URL de descarga)' : '(no download URL)');
    io.out(`${`distributions.${index}`.padEnd(18)} ${distribution.title}  ${url}\n`);
  });
  io.out(
    `${'dictionary'.padEnd(18)} ${ficha.dictionary.length} ${spanish ? 'columnas' : 'columns'}, ` +
      `${ficha.dictionary.filter((e) => e.description !== '').length} ${spanish ? 'descritas' : 'described'}\n`,
  );
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') {
    const spatial = value as { kind?: string; codes?: string[]; text?: string };
    if (spatial.kind === 'text') return spatial.text ?? '';
    if (spatial.kind === 'national') return 'national';
    return `${spatial.kind}:${(spatial.codes ?? []).join(',')}`;
  }
  return String(value).replace(/\n/g, ' / ');
}
