import { existsSync } from 'node:fs';
import { createEngineClient } from '../engine/jobs/engine-client';
import type { Engine } from '../engine/jobs/engine';
import { createLocalEngine } from '../engine/jobs/local-engine';
import type { Logger } from '../engine/logger';
import { defaultActor } from '../engine/workspace/actor';
import { openWorkspace } from '../engine/workspace/open-workspace';
import type { Host, HostServerOptions } from './create-host-server';
import { createHostServer } from './create-host-server';

/** How `ficha serve` serves a workspace. */
export interface HostOptions extends Omit<HostServerOptions, 'engine'> {
  workspacePath: string;
  /** The built engine worker; without it the engine runs in this thread. */
  workerPath?: string;
}

/**
 * Opens a workspace (in the engine's worker thread when it is built, in
 * this thread otherwise) and serves it on 127.0.0.1. A read-only host opens
 * the workspace read-only, so it never takes the edit lock. Any other host
 * opens it as the desktop app does: for editing, or read-only with the
 * holder named when someone else edits it, and the page may take over.
 */
export async function createHost(options: HostOptions): Promise<Host> {
  const { workspacePath, workerPath, ...serverOptions } = options;
  const engine = await openEngine(
    workspacePath,
    workerPath,
    options.readOnly ?? false,
    options.logger,
  );

  try {
    const host = await createHostServer({ ...serverOptions, engine });
    return {
      ...host,
      async close() {
        await host.close();
        await engine.close();
      },
    };
  } catch (error) {
    await engine.close();
    throw error;
  }
}

async function openEngine(
  workspacePath: string,
  workerPath: string | undefined,
  readOnly: boolean,
  logger: Logger,
): Promise<Engine> {
  const actor = defaultActor();
  const ifLocked = 'readOnly' as const;
  if (workerPath && existsSync(workerPath)) {
    return createEngineClient({ workerPath, workspacePath, readOnly, ifLocked, actor, logger });
  }
  const workspace = openWorkspace(workspacePath, { readOnly, ifLocked, actor, logger });
  return createLocalEngine({ workspace, actor, logger, readOnly });
}

export type { Host } from './create-host-server';
