import { writeFileSync } from 'node:fs';
import { auditLogCsv } from '../../engine/review/audit-log';
import type { Command } from '../command';
import { workspaceArgument } from '../common';
import { formatTable } from '../table-format';
import { withWorkspace } from '../workspace-session';

/** `ficha log WS`: the workspace's audit log, who did what and when. */
export const logCommand: Command = {
  name: 'log',
  summary: {
    es: 'Muestra la bitácora del espacio: quién hizo qué y cuándo; --out la exporta como CSV.',
    en: 'Shows the workspace’s audit log: who did what and when; --out exports it as CSV.',
  },
  usage: 'log WS [--dataset D] [--limit N] [--out FILE.csv] [--json]',
  arguments: [workspaceArgument],
  options: [
    {
      name: 'dataset',
      kind: 'string',
      value: 'D',
      summary: { es: 'solo un conjunto', en: 'one dataset only' },
    },
    {
      name: 'limit',
      kind: 'number',
      value: 'N',
      summary: { es: 'líneas (1000)', en: 'lines (1000)' },
    },
    {
      name: 'out',
      kind: 'string',
      value: 'FILE.csv',
      summary: { es: 'escribe la bitácora en CSV', en: 'write the log as CSV' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const lines = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('review.log', {
        dataset: options.string('dataset'),
        limit: options.number('limit') ?? 1000,
      }),
    );

    const out = options.string('out');
    if (out) {
      writeFileSync(out, auditLogCsv(lines), 'utf8');
      io.say({ es: `Bitácora escrita en ${out}`, en: `Audit log written to ${out}` });
    }
    if (io.json) {
      io.printJson(lines);
      return 0;
    }
    if (!out) {
      const rows = lines.map((line) => [
        line.at.slice(0, 19).replace('T', ' '),
        line.actor.name,
        line.action,
        line.dataset ?? '',
      ]);
      const headers =
        io.language === 'es'
          ? ['fecha', 'persona', 'acción', 'conjunto']
          : ['when', 'who', 'action', 'dataset'];
      io.out(formatTable(headers, rows, ['left', 'left', 'left', 'left']));
    }
    return 0;
  },
};
