import { writeFileSync } from 'node:fs';
import { auditKinds, isAuditKind } from '../../../shared/review/audit-kinds';
import { FichaError } from '../../../shared/errors';
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
  usage: 'log WS [--dataset D] [--person P] [--kind K] [--limit N] [--out FILE.csv] [--json]',
  arguments: [workspaceArgument],
  options: [
    {
      name: 'dataset',
      kind: 'string',
      value: 'D',
      summary: { es: 'solo un conjunto', en: 'one dataset only' },
    },
    {
      name: 'person',
      kind: 'string',
      value: 'P',
      summary: { es: 'solo una persona (nombre o correo)', en: 'one person only (name or e-mail)' },
    },
    {
      name: 'kind',
      kind: 'string',
      value: 'K',
      summary: {
        es: `solo un tipo: ${auditKinds.join(', ')}`,
        en: `one kind: ${auditKinds.join(', ')}`,
      },
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
    const kind = options.string('kind');
    if (kind !== undefined && !isAuditKind(kind)) {
      throw new FichaError('OPTION_INVALID', {
        option: '--kind',
        reason: `use one of ${auditKinds.join(', ')}`,
      });
    }

    const lines = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('review.log', {
        dataset: options.string('dataset'),
        person: options.string('person'),
        kind,
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
