import { FichaError } from '../../shared/errors';
import type { ArgumentSpec, OptionSpec } from './command';

/** The workspace argument most commands take first. */
export const workspaceArgument: ArgumentSpec = {
  name: 'WS',
  summary: { es: 'el archivo del espacio de trabajo (.ficha)', en: 'the workspace file (.ficha)' },
};

/** The dataset argument: its name (or id) in the workspace. */
export const datasetArgument: ArgumentSpec = {
  name: 'DATASET',
  summary: {
    es: 'el nombre del conjunto de datos (vea «ficha datasets»)',
    en: 'the dataset name (see `ficha datasets`)',
  },
};

/** Options every command has. */
export const commonOptions: OptionSpec[] = [
  {
    name: 'quiet',
    kind: 'boolean',
    summary: { es: 'sin mensajes ni progreso en stderr', en: 'no messages or progress on stderr' },
  },
  {
    name: 'take-over',
    kind: 'boolean',
    summary: {
      es: 'toma el candado de edición que dejó una aplicación cerrada de golpe',
      en: 'take over the edit lock left by an app that crashed',
    },
  },
  {
    name: 'help',
    kind: 'boolean',
    summary: { es: 'muestra esta ayuda', en: 'show this help' },
  },
];

/** The --json option of commands that print a JSON document. */
export const jsonOption: OptionSpec = {
  name: 'json',
  kind: 'boolean',
  summary: {
    es: 'imprime un solo documento JSON en stdout',
    en: 'print one JSON document on stdout',
  },
};

/**
 * The value of an option a command cannot do without; ARGUMENT_MISSING,
 * quoting the command's usage, when it is absent or empty.
 */
export function requiredOption(
  options: { string(name: string): string | undefined },
  name: string,
  command: { usage: string },
): string {
  const value = options.string(name);
  if (!value) {
    throw new FichaError('ARGUMENT_MISSING', {
      argument: `--${name}`,
      usage: `ficha ${command.usage}`,
    });
  }
  return value;
}
