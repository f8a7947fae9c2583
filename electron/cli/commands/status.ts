import { FichaError } from '../../../shared/errors';
import { datasetStatuses, isDatasetStatus, statusLabels } from '../../../shared/review/status';
import type { Command } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha status WS DATASET [--set STATUS]`: shows or moves a dataset's review status. */
export const statusCommand: Command = {
  name: 'status',
  summary: {
    es: 'Muestra el estado de revisión de un conjunto o lo cambia (borrador, en-revision, aprobado…).',
    en: 'Shows a dataset’s review status or changes it (borrador, en-revision, aprobado…).',
  },
  usage: 'status WS DATASET [--set STATUS] [--note TEXT] [--portal-url URL] [--as ROLE] [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'set',
      kind: 'string',
      value: 'STATUS',
      summary: {
        es: `nuevo estado: ${datasetStatuses.join(', ')}`,
        en: `new status: ${datasetStatuses.join(', ')}`,
      },
    },
    {
      name: 'note',
      kind: 'string',
      value: 'TEXT',
      summary: { es: 'nota del cambio', en: 'note on the change' },
    },
    {
      name: 'portal-url',
      kind: 'string',
      value: 'URL',
      summary: {
        es: 'página del conjunto en el portal (al publicar)',
        en: 'the dataset’s portal page (when publishing)',
      },
    },
    {
      name: 'as',
      kind: 'string',
      value: 'ROLE',
      summary: {
        es: 'actuar como author, reviewer o liaison',
        en: 'act as author, reviewer or liaison',
      },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const target = options.string('set');
    if (target !== undefined && !isDatasetStatus(target)) {
      throw new FichaError('OPTION_INVALID', {
        option: '--set',
        reason: `use one of ${datasetStatuses.join(', ')}`,
      });
    }
    const role = options.string('as');
    if (role !== undefined && !['author', 'reviewer', 'liaison'].includes(role)) {
      throw new FichaError('OPTION_INVALID', {
        option: '--as',
        reason: 'use author, reviewer or liaison',
      });
    }

    // A reviewer may act while someone else edits: the change waits beside the file.
    const state = await withWorkspace(
      context,
      args[0],
      { ifLocked: 'readOnly' },
      async (session) => {
        if (target) {
          await session.call('review.setStatus', {
            dataset: args[1],
            to: target,
            note: options.string('note'),
            portalUrl: options.string('portal-url'),
            as: role as 'author' | 'reviewer' | 'liaison' | undefined,
          });
        }
        return session.call('review.state', { dataset: args[1] });
      },
    );

    if (io.json) {
      io.printJson(state);
      return 0;
    }
    const label = (status: keyof typeof statusLabels) => io.t(statusLabels[status]);
    io.out(`${args[1]}: ${label(state.status)}\n`);
    if (state.portalUrl) io.out(`${state.portalUrl}\n`);
    const next = state.next.map((status) => `${status} (${label(status)})`).join(', ');
    io.out(`${io.t({ es: 'Puede pasar a', en: 'Can move to' })} [${state.role}]: ${next || '—'}\n`);
    if (state.history.some((event) => event.pending)) {
      io.say({
        es: 'Hay cambios en espera: se aplicarán cuando quien edita vuelva a abrir el espacio.',
        en: 'Changes are waiting: they apply when the editor next opens the workspace.',
      });
    }
    return 0;
  },
};
