import { FichaError } from '../../../shared/errors';
import type { UpdateReport } from '../../../shared/operations/results';
import type { Command } from '../command';
import type { CliIo } from '../io';
import { datasetArgument, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** Parses `--map old=new` options into the recipe's name → the new file's name. */
export function parseColumnMap(values: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1) {
      throw new FichaError('OPTION_INVALID', {
        option: '--map',
        reason: `«${value}»: use OLD=NEW`,
      });
    }
    map[value.slice(0, at)] = value.slice(at + 1);
  }
  return map;
}

function printReport(io: CliIo, report: UpdateReport): void {
  const es = io.language === 'es';
  const list = (names: string[]) => (names.length ? names.join(', ') : '—');
  io.out(
    [
      `${es ? 'filas' : 'rows'}: ${report.rowsBefore} → ${report.rowsAfter} ` +
        `(+${report.rowsAdded} −${report.rowsRemoved})`,
      `${es ? 'columnas nuevas' : 'columns appeared'}: ${list(report.columnsAppeared)}`,
      `${es ? 'columnas que ya no están' : 'columns vanished'}: ${list(report.columnsVanished)}`,
      ...report.failedSteps.map(
        (f) => `${es ? 'paso' : 'step'} ${f.step} (${f.op}): ${io.t(f.reason)}`,
      ),
      '',
    ].join('\n'),
  );
  io.say(
    report.applied
      ? { es: `${report.dataset} se actualizó.`, en: `${report.dataset} was updated.` }
      : {
          es: `${report.dataset} no se cambió: hay pasos que ya no se aplican (use --map VIEJO=NUEVO si una columna cambió de nombre).`,
          en: `${report.dataset} was not changed: some steps no longer apply (use --map OLD=NEW if a column was renamed).`,
        },
  );
}

/** `ficha update WS DATASET FILE`: imports a new version of the source and replays the recipe. */
export const updateCommand: Command = {
  name: 'update',
  summary: {
    es: 'Importa una nueva versión del archivo con los mismos ajustes y repite la receta; nada se reemplaza si un paso falla.',
    en: 'Imports a new version of the file with the same settings and replays the recipe; nothing is replaced if a step fails.',
  },
  usage: 'update WS DATASET FILE [--map OLD=NEW]... [--json]',
  arguments: [
    workspaceArgument,
    datasetArgument,
    {
      name: 'FILE',
      summary: { es: 'la nueva versión del archivo', en: 'the new version of the file' },
    },
  ],
  options: [
    {
      name: 'map',
      kind: 'list',
      value: 'OLD=NEW',
      summary: {
        es: 'la columna que la receta llama OLD se llama NEW en el archivo nuevo',
        en: 'the column the recipe calls OLD is called NEW in the new file',
      },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const map = parseColumnMap(options.list('map'));
    const report = await withWorkspace(context, args[0], {}, (session) =>
      session.call('operations.update', { dataset: args[1], file: args[2], map }),
    );
    if (io.json) io.printJson(report);
    else printReport(io, report);
    return report.applied ? 0 : 1;
  },
};
