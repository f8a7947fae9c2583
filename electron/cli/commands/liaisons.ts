import type { Command } from '../command';
import { workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha liaisons WS [--set A,B]`: who may mark datasets published. */
export const liaisonsCommand: Command = {
  name: 'liaisons',
  summary: {
    es: 'Muestra o fija quiénes son enlaces de datos abiertos (nombres o correos); solo ellos marcan conjuntos como publicados.',
    en: 'Shows or sets the open-data liaisons (names or e-mails); only they mark datasets published.',
  },
  usage: 'liaisons WS [--set NAME_OR_EMAIL,…] [--json]',
  arguments: [workspaceArgument],
  options: [
    {
      name: 'set',
      kind: 'string',
      value: 'A,B',
      summary: {
        es: 'lista separada por comas; vacía para que cualquiera actúe como enlace',
        en: 'comma-separated list; empty lets anyone act as liaison',
      },
    },
  ],
  json: true,
  async run(context) {
    const { args, io, options } = context;
    const set = options.has('set')
      ? (options.string('set') ?? '')
          .split(',')
          .map((person) => person.trim())
          .filter(Boolean)
      : null;

    const result = await withWorkspace(context, args[0], { readOnly: set === null }, (session) =>
      set === null
        ? session.call('review.liaisons', {})
        : session.call('review.setLiaisons', { liaisons: set }),
    );
    if (io.json) io.printJson(result);
    else if (result.liaisons.length === 0) {
      io.out(
        io.t({
          es: 'Sin enlaces definidos: cualquiera puede actuar como enlace.\n',
          en: 'No liaisons set: anyone may act as liaison.\n',
        }),
      );
    } else io.out(`${result.liaisons.join('\n')}\n`);
    return 0;
  },
};
