import { FichaError } from '../../../shared/errors';
import type { Command } from '../command';
import { requiredOption, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha plan WS --title T`: adds a dataset to the inventory before any file exists. */
export const planCommand: Command = {
  name: 'plan',
  summary: {
    es: 'Agrega al inventario un conjunto planeado, antes de tener el archivo.',
    en: 'Adds a planned dataset to the inventory, before any file exists.',
  },
  usage:
    'plan WS --title T [--area A] [--periodicity P] [--months 3,9] [--publication YYYY-MM] [--json]',
  arguments: [workspaceArgument],
  options: [
    {
      name: 'title',
      kind: 'string',
      value: 'T',
      summary: { es: 'nombre del conjunto', en: 'dataset name' },
    },
    {
      name: 'area',
      kind: 'string',
      value: 'A',
      summary: { es: 'área responsable', en: 'responsible area' },
    },
    {
      name: 'description',
      kind: 'string',
      value: 'TEXT',
      summary: { es: '¿de qué es?', en: 'what it is about' },
    },
    {
      name: 'periodicity',
      kind: 'string',
      value: 'P',
      summary: { es: 'R/P1Y, R/P1M, irregular…', en: 'R/P1Y, R/P1M, irregular…' },
    },
    {
      name: 'months',
      kind: 'string',
      value: 'M,M',
      summary: { es: 'meses de actualización (1-12)', en: 'update months (1-12)' },
    },
    {
      name: 'publication',
      kind: 'string',
      value: 'YYYY-MM',
      summary: { es: 'fecha estimada de publicación', en: 'estimated publication' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const title = requiredOption(options, 'title', planCommand);
    const months = (options.string('months') ?? '')
      .split(',')
      .map((month) => month.trim())
      .filter(Boolean)
      .map(Number);
    if (months.some((month) => !Number.isInteger(month) || month < 1 || month > 12)) {
      throw new FichaError('OPTION_INVALID', {
        option: '--months',
        reason: 'months are numbers from 1 to 12',
      });
    }

    const planned = await withWorkspace(context, args[0], {}, (session) =>
      session.call('inventory.plan', {
        title,
        area: options.string('area'),
        description: options.string('description'),
        periodicity: options.string('periodicity'),
        updateMonths: months,
        estimatedPublication: options.string('publication'),
      }),
    );
    if (io.json) io.printJson(planned);
    else io.out(`${planned.id}\n`);
    return 0;
  },
};
