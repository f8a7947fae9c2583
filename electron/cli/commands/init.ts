import { createWorkspace } from '../../engine/workspace/create-workspace';
import { defaultActor } from '../../engine/workspace/actor';
import type { Command } from '../command';
import { workspaceArgument } from '../common';

/** `ficha init WS`: creates an empty workspace file. */
export const initCommand: Command = {
  name: 'init',
  summary: {
    es: 'Crea un espacio de trabajo vacío (un archivo SQLite); nunca sobrescribe.',
    en: 'Creates an empty workspace (one SQLite file); never overwrites.',
  },
  usage: 'init WS [--json]',
  arguments: [workspaceArgument],
  options: [],
  json: true,
  async run({ args, io, env, logger }) {
    const [file] = args;
    const workspace = createWorkspace(file, { actor: defaultActor(env), logger });
    const schemaVersion = workspace.schemaVersion;
    workspace.close();

    if (io.json) io.printJson({ workspace: file, schemaVersion });
    else io.say({ es: `Se creó el espacio de trabajo ${file}.`, en: `Created workspace ${file}.` });
    return 0;
  },
};
