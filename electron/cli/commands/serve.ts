import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command, CommandContext } from '../command';
import { workspaceArgument } from '../common';
import { createHost } from '../../host/create-host';

/** `ficha serve WS`: the interface and the API on 127.0.0.1, behind a per-run token. */
export const serveCommand: Command = {
  name: 'serve',
  summary: {
    es: 'Sirve el espacio de trabajo en el navegador (solo en 127.0.0.1, con token).',
    en: 'Serves the workspace to a browser (127.0.0.1 only, with a token).',
  },
  usage: 'serve WS [--port N] [--read-only] [--open] [--allow-dir DIR]',
  arguments: [workspaceArgument],
  options: [
    {
      name: 'port',
      kind: 'number',
      value: 'N',
      summary: { es: 'puerto (uno libre si se omite)', en: 'port (a free one when omitted)' },
    },
    {
      name: 'read-only',
      kind: 'boolean',
      summary: { es: 'rechaza toda solicitud que escriba', en: 'refuse every request that writes' },
    },
    {
      name: 'open',
      kind: 'boolean',
      summary: { es: 'abre la dirección en el navegador', en: 'open the address in the browser' },
    },
    {
      name: 'allow-dir',
      kind: 'list',
      value: 'DIR',
      summary: {
        es: 'carpeta cuyos archivos se pueden importar por ruta (además de los subidos)',
        en: 'folder whose files may be imported by path (besides uploaded ones)',
      },
    },
  ],
  json: false,
  async run(context) {
    const { args, io, options, logger } = context;
    const staticDir = findRenderer(context.env);
    if (!staticDir) {
      io.say({
        es: 'La interfaz no está construida (out/renderer); ejecute «npm run build». Solo se sirve la API.',
        en: 'The interface is not built (out/renderer); run `npm run build`. Only the API is served.',
      });
    }

    const host = await createHost({
      workspacePath: path.resolve(args[0]),
      workerPath: path.join(__dirname, 'worker.cjs'),
      staticDir: staticDir ?? path.join(__dirname, 'renderer-missing'),
      port: options.number('port'),
      readOnly: options.boolean('read-only'),
      allowedDirs: options.list('allow-dir').map((dir) => path.resolve(dir)),
      logger,
    });

    io.out(`${host.url}\n`);
    io.say({
      es: `Ficha sirve ${path.basename(args[0])}${options.boolean('read-only') ? ' (solo lectura)' : ''}. Abra la dirección de arriba; Ctrl-C para terminar.`,
      en: `Ficha is serving ${path.basename(args[0])}${options.boolean('read-only') ? ' (read-only)' : ''}. Open the address above; Ctrl-C to stop.`,
    });
    if (options.boolean('open')) openInBrowser(host.url, logger);

    await untilAborted(context);
    await host.close();
    return 0;
  },
};

function untilAborted(context: CommandContext): Promise<void> {
  return new Promise((resolve) => {
    if (context.signal.aborted) resolve();
    else context.signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** The built renderer: FICHA_RENDERER_DIR, or out/renderer above this file. */
function findRenderer(env: NodeJS.ProcessEnv): string | null {
  if (env.FICHA_RENDERER_DIR) return env.FICHA_RENDERER_DIR;
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'out', 'renderer');
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
    const sibling = path.join(dir, 'renderer');
    if (path.basename(dir) === 'out' && existsSync(path.join(sibling, 'index.html')))
      return sibling;
    dir = path.dirname(dir);
  }
  return null;
}

/** Tries the platform's opener; a machine without one just keeps the printed address. */
function openInBrowser(url: string, logger: CommandContext['logger']): void {
  const [command, ...args] =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""', url]
        : ['xdg-open', url];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () =>
      logger.warn('[serve] no browser opener found; open the address by hand'),
    );
    child.unref();
  } catch {
    logger.warn('[serve] no browser opener found; open the address by hand');
  }
}
