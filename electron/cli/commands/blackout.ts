import { FichaError } from '../../../shared/errors';
import type { Command } from '../command';
import { workspaceArgument } from '../common';
import { formatTable } from '../table-format';
import { withWorkspace } from '../workspace-session';

/** `ficha blackout WS`: periods of restricted communication (an electoral blackout, say). */
export const blackoutCommand: Command = {
  name: 'blackout',
  summary: {
    es: 'Periodos de comunicación restringida (veda electoral): lista, agrega (--add INICIO:FIN) o quita (--remove ID).',
    en: 'Periods of restricted communication (electoral blackout): list, add (--add START:END) or remove (--remove ID).',
  },
  usage: 'blackout WS [--add YYYY-MM-DD:YYYY-MM-DD [--reason T]] [--remove ID] [--json]',
  arguments: [workspaceArgument],
  options: [
    {
      name: 'add',
      kind: 'string',
      value: 'START:END',
      summary: { es: 'agrega un periodo', en: 'add a period' },
    },
    { name: 'reason', kind: 'string', value: 'T', summary: { es: 'motivo', en: 'reason' } },
    {
      name: 'remove',
      kind: 'string',
      value: 'ID',
      summary: { es: 'quita un periodo', en: 'remove a period' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const add = options.string('add');
    const remove = options.string('remove');
    const range = add?.split(':');
    if (add && range?.length !== 2) {
      throw new FichaError('OPTION_INVALID', {
        option: '--add',
        reason: 'use START:END, e.g. 2027-04-01:2027-06-06',
      });
    }

    const blackouts = await withWorkspace(
      context,
      args[0],
      { readOnly: !add && !remove },
      async (session) => {
        if (range)
          await session.call('promote.addBlackout', {
            start: range[0],
            end: range[1],
            reason: options.string('reason') ?? '',
          });
        if (remove) await session.call('promote.removeBlackout', { id: remove });
        return session.call('promote.blackouts', {});
      },
    );
    if (io.json) {
      io.printJson(blackouts);
      return 0;
    }
    const rows = blackouts.map((b) => [b.start, b.end, b.reason, b.id]);
    const headers =
      io.language === 'es' ? ['inicio', 'fin', 'motivo', 'id'] : ['start', 'end', 'reason', 'id'];
    io.out(formatTable(headers, rows, ['left', 'left', 'left', 'left']));
    return 0;
  },
};
