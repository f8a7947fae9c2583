import { FichaError } from '../../../shared/errors';
import type { CommentTarget } from '../../../shared/review/types';
import type { Command } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha comment WS DATASET --text TEXT`: comments on a dataset, a field, a column or a row. */
export const commentCommand: Command = {
  name: 'comment',
  summary: {
    es: 'Comenta un conjunto, un campo de la ficha, una columna o una fila; responde o resuelve hilos.',
    en: 'Comments on a dataset, a ficha field, a column or a row; replies to or resolves threads.',
  },
  usage:
    'comment WS DATASET [--field F | --column C | --row N] [--reply THREAD] --text TEXT [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [
    {
      name: 'text',
      kind: 'string',
      value: 'TEXT',
      summary: { es: 'el comentario', en: 'the comment' },
    },
    {
      name: 'field',
      kind: 'string',
      value: 'F',
      summary: { es: 'campo de la ficha (title…)', en: 'ficha field (title…)' },
    },
    { name: 'column', kind: 'string', value: 'C', summary: { es: 'columna', en: 'column' } },
    {
      name: 'row',
      kind: 'number',
      value: 'N',
      summary: { es: 'fila (desde 1)', en: 'row (from 1)' },
    },
    {
      name: 'reply',
      kind: 'string',
      value: 'THREAD',
      summary: { es: 'responde a un hilo', en: 'reply to a thread' },
    },
    {
      name: 'resolve',
      kind: 'string',
      value: 'THREAD',
      summary: { es: 'marca un hilo como resuelto', en: 'mark a thread resolved' },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const resolve = options.string('resolve');
    const text = options.string('text');
    if (!resolve && !text)
      throw new FichaError('ARGUMENT_MISSING', {
        argument: '--text',
        usage: 'ficha comment WS DATASET --text TEXT',
      });

    const targets = ['field', 'column', 'row'].filter((name) => options.has(name));
    if (targets.length > 1) {
      throw new FichaError('OPTION_INVALID', {
        option: '--field/--column/--row',
        reason: 'choose one',
      });
    }
    const target: CommentTarget | undefined = options.has('field')
      ? { kind: 'field', field: options.string('field') ?? '' }
      : options.has('column')
        ? { kind: 'column', column: options.string('column') ?? '' }
        : options.has('row')
          ? { kind: 'row', row: options.number('row') ?? 0 }
          : undefined;

    const result = await withWorkspace(
      context,
      args[0],
      { ifLocked: 'readOnly' },
      async (session) => {
        if (resolve) return session.call('review.resolve', { dataset: args[1], threadId: resolve });
        return session.call('review.comment', {
          dataset: args[1],
          text: text ?? '',
          target,
          replyTo: options.string('reply'),
        });
      },
    );

    if (io.json) io.printJson(result);
    else if ('resolved' in result)
      io.out(`${io.t({ es: 'Hilo resuelto', en: 'Thread resolved' })}: ${result.resolved}\n`);
    else {
      io.out(`${result.threadId}\n`);
      if (result.pending) {
        io.say({
          es: 'Alguien edita este espacio: el comentario quedó junto al archivo y se integrará al abrirlo.',
          en: 'Someone is editing this workspace: the comment waits beside the file and merges when it is opened.',
        });
      }
    }
    return 0;
  },
};
