import type { HistoryView } from '../../../shared/operations/results';
import type { Command } from '../command';
import type { CliIo } from '../io';
import { datasetArgument, workspaceArgument } from '../common';
import { formatTable } from '../table-format';
import { withWorkspace } from '../workspace-session';

/** Prints a history as a table; the current point is marked with `>`, undone steps with `~`. */
export function printHistory(io: CliIo, view: HistoryView): void {
  const spanish = io.language === 'es';
  const headers = spanish
    ? ['', 'paso', 'operación', 'quién', 'cuándo', 'filas']
    : ['', 'step', 'operation', 'who', 'when', 'rows'];
  const rows = [
    [view.point === 0 ? '>' : '', '0', spanish ? '(como se importó)' : '(as imported)', '', '', ''],
    ...view.steps.map((s) => [
      s.seq === view.point ? '>' : s.undone ? '~' : '',
      String(s.seq),
      io.t(s.label),
      s.actor,
      s.at.slice(0, 19).replace('T', ' '),
      s.rows.toLocaleString('en-US'),
    ]),
  ];
  io.out(formatTable(headers, rows, ['left', 'right', 'left', 'left', 'left', 'right']));
}

/** `ficha history WS DATASET`: the steps applied to a dataset, with who and when. */
export const historyCommand: Command = {
  name: 'history',
  summary: {
    es: 'Muestra los pasos aplicados a un conjunto, con quién y cuándo, y el punto actual.',
    en: 'Shows the steps applied to a dataset, with who and when, and the current point.',
  },
  usage: 'history WS DATASET [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [],
  json: true,
  async run(context) {
    const { args, io } = context;
    const view = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('operations.history', { dataset: args[1] }),
    );
    if (io.json) io.printJson(view);
    else printHistory(io, view);
    return 0;
  },
};
