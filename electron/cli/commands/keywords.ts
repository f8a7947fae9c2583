import type { Command } from '../command';
import { datasetArgument, workspaceArgument } from '../common';
import { withWorkspace } from '../workspace-session';

/** `ficha keywords WS DATASET`: ranked keyword suggestions in Spanish. */
export const keywordsCommand: Command = {
  name: 'keywords',
  summary: {
    es: 'Sugiere palabras clave a partir del título, la descripción, las columnas, las notas y los valores frecuentes.',
    en: 'Suggests keywords from the title, description, columns, notes and frequent values.',
  },
  usage: 'keywords WS DATASET [--json]',
  arguments: [workspaceArgument, datasetArgument],
  options: [],
  json: true,
  async run(context) {
    const { args, io } = context;
    const result = await withWorkspace(context, args[0], { readOnly: true }, (session) =>
      session.call('keywords.suggest', { dataset: args[1] }),
    );

    if (io.json) {
      io.printJson(result);
      return 0;
    }
    for (const s of result.suggestions) {
      io.out(`${s.keyword}${s.controlled ? ' *' : ''}\t${s.score}\t${s.sources.join(',')}\n`);
    }
    for (const warning of result.warnings) io.say(warning);
    return 0;
  },
};
