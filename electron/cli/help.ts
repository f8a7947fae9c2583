import type { Command, OptionSpec } from './command';
import { commonOptions, jsonOption } from './common';
import type { CliIo } from './io';

/** Every option a command accepts: its own, --json if it prints JSON, and the common ones. */
export function allOptions(command: Command): OptionSpec[] {
  return [...command.options, ...(command.json ? [jsonOption] : []), ...commonOptions];
}

/** The help of one command, as `ficha CMD --help` prints it. */
export function commandHelp(command: Command, io: CliIo): string {
  const spanish = io.language === 'es';
  const label = (spec: OptionSpec) =>
    `${spec.name === 'help' ? '-h, ' : ''}--${spec.name}${spec.value ? ` ${spec.value}` : ''}`;
  const options = allOptions(command);
  const width = Math.max(
    ...command.arguments.map((a) => a.name.length),
    ...options.map((o) => label(o).length),
  );

  const lines = [`${spanish ? 'Uso' : 'Usage'}: ficha ${command.usage}`, '', io.t(command.summary)];
  if (command.arguments.length > 0) {
    lines.push('', spanish ? 'Argumentos:' : 'Arguments:');
    for (const argument of command.arguments) {
      lines.push(`  ${argument.name.padEnd(width)}  ${io.t(argument.summary)}`);
    }
  }
  lines.push('', spanish ? 'Opciones:' : 'Options:');
  for (const option of options)
    lines.push(`  ${label(option).padEnd(width)}  ${io.t(option.summary)}`);
  return `${lines.join('\n')}\n`;
}

/** The list of commands, as `ficha --help` prints it. */
export function generalHelp(commands: readonly Command[], io: CliIo, version: string): string {
  const spanish = io.language === 'es';
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [
    `ficha ${version}: ${
      spanish
        ? 'prepara conjuntos de datos para un portal de datos abiertos, sin conexión.'
        : 'prepares datasets for an open-data portal, offline.'
    }`,
    '',
    `${spanish ? 'Uso' : 'Usage'}: ficha ${spanish ? 'COMANDO' : 'COMMAND'} [ARGS] [--json] [--quiet]`,
    '',
    spanish ? 'Comandos:' : 'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${io.t(c.summary)}`),
    '',
    spanish
      ? 'Ayuda de un comando: ficha COMANDO --help. Códigos de salida: 0 bien, 1 una revisión falló, 2 entrada o uso incorrecto, cancelado o error esperado.'
      : 'Help on a command: ficha COMMAND --help. Exit codes: 0 ok, 1 a check failed, 2 bad input or usage, cancelled, or an expected error.',
  ];
  return `${lines.join('\n')}\n`;
}
