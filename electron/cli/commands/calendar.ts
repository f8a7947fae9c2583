import { monthNamesEn, monthNamesEs } from '../../../shared/months';
import type { Command } from '../command';
import { workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

const monthNames = { es: monthNamesEs, en: monthNamesEn };

/** `ficha calendar WS [--year Y]`: the updates due in each month of a year. */
export const calendarCommand: Command = {
  name: 'calendar',
  summary: {
    es: 'Calendario de actualizaciones: qué conjuntos deben actualizarse cada mes del año.',
    en: 'Update calendar: which datasets fall due in each month of the year.',
  },
  usage: 'calendar WS [--year Y] [--json]',
  arguments: [workspaceArgument],
  options: [
    {
      name: 'year',
      kind: 'number',
      value: 'Y',
      summary: { es: 'año (el actual)', en: 'year (the current one)' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const calendar = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('inventory.calendar', { year: options.number('year') }),
    );

    if (io.json) {
      io.printJson(calendar);
      return 0;
    }
    const names = monthNames[io.language];
    io.out(`${calendar.year}\n`);
    for (const month of calendar.months) {
      if (month.entries.length === 0) continue;
      io.out(`\n${names[month.month - 1]}\n`);
      for (const entry of month.entries) {
        const late = entry.overdue ? io.t({ es: ' (atrasado)', en: ' (overdue)' }) : '';
        io.out(
          `  ${entry.title}${entry.area ? ` — ${entry.area}` : ''}${entry.due ? ` · ${entry.due}` : ''}${late}\n`,
        );
      }
    }
    return 0;
  },
};
