import { FichaError } from '../../../shared/errors';
import { aggregates } from '../../../shared/promote/types';
import type { Aggregate, KeyFigureSpec } from '../../../shared/promote/types';
import type { Command } from '../command';
import { datasetArgument, requiredOption, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** The figure the options ask for: undefined for the default, null for none. */
function figureOption(options: {
  has(name: string): boolean;
  string(name: string): string | undefined;
  boolean(name: string): boolean;
}): KeyFigureSpec | null | undefined {
  if (options.boolean('no-figure')) return null;
  if (!options.has('aggregate') && !options.has('column')) return undefined;
  const aggregate = (options.string('aggregate') ?? 'sum') as Aggregate;
  if (!aggregates.includes(aggregate)) {
    throw new FichaError('OPTION_INVALID', {
      option: '--aggregate',
      reason: `use ${aggregates.join(', ')}`,
    });
  }
  return {
    column: options.string('column') ?? '',
    aggregate,
    by: options.string('by'),
    latestOf: options.string('latest'),
  };
}

/** `ficha promote WS DATASET --out DIR`: the communication kit of a dataset. */
export const promoteCommand: Command = {
  name: 'promote',
  summary: {
    es: 'Prepara el kit de difusión: tarjeta (HTML y PNG), textos, cita y enlace.',
    en: 'Prepares the communication kit: card (HTML and PNG), texts, citation and link.',
  },
  usage:
    'promote WS DATASET --out DIR [--column C --aggregate sum|avg|count|max|min [--by COL] [--latest YEAR_COL] | --no-figure] [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'out',
      kind: 'string',
      value: 'DIR',
      summary: { es: 'carpeta del kit', en: 'the kit’s folder' },
    },
    {
      name: 'column',
      kind: 'string',
      value: 'C',
      summary: { es: 'columna de la cifra clave', en: 'key figure column' },
    },
    {
      name: 'aggregate',
      kind: 'string',
      value: 'A',
      summary: { es: 'sum, avg, count, max o min', en: 'sum, avg, count, max or min' },
    },
    {
      name: 'by',
      kind: 'string',
      value: 'COL',
      summary: { es: 'desglose por categoría', en: 'breakdown by category' },
    },
    {
      name: 'latest',
      kind: 'string',
      value: 'YEAR_COL',
      summary: {
        es: 'solo el año más reciente de esta columna',
        en: 'only the latest year of this column',
      },
    },
    {
      name: 'no-figure',
      kind: 'boolean',
      summary: { es: 'tarjeta sin cifra clave', en: 'card without a key figure' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const out = requiredOption(options, 'out', promoteCommand);

    const kit = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('promote.kit', { dataset: args[1], out, figure: figureOption(options) }),
    );
    if (io.json) {
      io.printJson({
        dataset: kit.dataset,
        out,
        files: kit.files,
        texts: kit.texts,
        figure: kit.figure,
      });
      return 0;
    }
    io.out(`${kit.files.map((file) => `${out}/${file}`).join('\n')}\n\n${kit.texts.line}\n`);
    if (!kit.facts.url) {
      io.say({
        es: 'Aún no hay enlace al portal: márquelo publicado con su URL («ficha status --set publicado --portal-url») o llene landingPage.',
        en: 'No portal link yet: mark it published with its URL (`ficha status --set publicado --portal-url`) or fill landingPage.',
      });
    }
    return 0;
  },
};
