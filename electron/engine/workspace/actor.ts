import { userInfo } from 'node:os';
import type { Actor } from '../handlers/context';

/**
 * The person acting when a face does not say: FICHA_USER and FICHA_EMAIL
 * from the environment, else the operating system's user name.
 */
export function defaultActor(env: NodeJS.ProcessEnv = process.env): Actor {
  let name = env.FICHA_USER?.trim() ?? '';
  if (!name) {
    try {
      name = userInfo().username;
    } catch {
      name = 'desconocido';
    }
  }
  return { name, email: env.FICHA_EMAIL?.trim() ?? '' };
}
