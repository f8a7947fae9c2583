import type { Command } from '../command';
import { workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha merge-review WS FILE`: brings a reviewer's comments and decisions back from a bundle. */
export const mergeReviewCommand: Command = {
  name: 'merge-review',
  summary: {
    es: 'Integra los comentarios y decisiones de una copia de revisión al espacio de trabajo.',
    en: 'Merges the comments and decisions of a review copy into the workspace.',
  },
  usage: 'merge-review WS FILE [--json]',
  arguments: [
    workspaceArgument,
    {
      name: 'FILE',
      summary: { es: 'la copia de revisión (.ficha)', en: 'the review copy (.ficha)' },
    },
  ],
  options: [],
  json: true,
  async run(context) {
    const { args, io } = context;
    const report = await withWorkspace(context, args[0], {}, (session) =>
      session.call('review.merge', { file: args[1] }),
    );
    if (io.json) {
      io.printJson(report);
      return 0;
    }
    io.out(
      io.t({
        es: `${report.dataset}: ${report.comments} comentarios, ${report.resolutions} resoluciones, ${report.statusChanges} cambios de estado`,
        en: `${report.dataset}: ${report.comments} comments, ${report.resolutions} resolutions, ${report.statusChanges} status changes`,
      }) + '\n',
    );
    if (report.refused > 0) {
      io.say({
        es: `${report.refused} cambios de estado ya no aplicaban; quedaron como comentarios.`,
        en: `${report.refused} status changes no longer applied; they were kept as comments.`,
      });
    }
    return 0;
  },
};
