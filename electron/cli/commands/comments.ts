import type { CommentTarget } from '../../../shared/review/types';
import type { Command } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

function describeTarget(target: CommentTarget): string {
  if (target.kind === 'field') return `campo ${target.field}`;
  if (target.kind === 'column') return `columna ${target.column}`;
  if (target.kind === 'row') return `fila ${target.row}`;
  return 'conjunto';
}

/** `ficha comments WS DATASET`: the comment threads of a dataset. */
export const commentsCommand: Command = {
  name: 'comments',
  summary: {
    es: 'Lista los hilos de comentarios de un conjunto (abiertos; --all incluye los resueltos).',
    en: 'Lists a dataset’s comment threads (open ones; --all includes resolved).',
  },
  usage: 'comments WS DATASET [--all] [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'all',
      kind: 'boolean',
      summary: { es: 'incluye hilos resueltos', en: 'include resolved threads' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const threads = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('review.comments', {
        dataset: args[1],
        includeResolved: options.boolean('all'),
      }),
    );

    if (io.json) {
      io.printJson(threads);
      return 0;
    }
    if (threads.length === 0)
      io.say({ es: 'No hay comentarios abiertos.', en: 'No open comments.' });
    for (const thread of threads) {
      const state = thread.resolved ? ' [resuelto]' : '';
      io.out(`# ${thread.id} (${describeTarget(thread.target)})${state}\n`);
      for (const comment of thread.comments) {
        const pending = comment.pending ? ' (en espera)' : '';
        io.out(
          `  ${comment.at.slice(0, 16).replace('T', ' ')} ${comment.author.name}${pending}: ${comment.text}\n`,
        );
      }
    }
    return 0;
  },
};
