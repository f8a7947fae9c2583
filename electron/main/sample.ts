import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../engine/logger';
import { createSampleWorkspace } from '../engine/sample/create-sample-workspace';
import { defaultActor } from '../engine/workspace/actor';

/**
 * The sample workspace in the person's profile, made on first use: its
 * path, or null when it could not be made (the reason goes to the log).
 */
export async function ensureSampleWorkspace(
  userData: string,
  logger: Logger,
): Promise<string | null> {
  const folder = path.join(userData, 'ejemplo');
  const file = path.join(folder, 'ejemplo.ficha');
  if (existsSync(file)) return file;

  try {
    mkdirSync(folder, { recursive: true });
    const sample = await createSampleWorkspace({ folder, actor: defaultActor(), logger });
    return sample.workspacePath;
  } catch (error) {
    logger.error('[sample] could not create the sample workspace', error);
    return null;
  }
}
