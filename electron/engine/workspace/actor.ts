import { userInfo } from 'node:os';
import type { Actor } from '../handlers/context';
import { profileActor, readProfile } from './profile';

/**
 * The person acting when a face does not say: FICHA_USER and FICHA_EMAIL
 * from the environment (scripts), else the profile the person filled at
 * first run, else the operating system's user name.
 */
export function defaultActor(env: NodeJS.ProcessEnv = process.env): Actor {
  const fromEnv = env.FICHA_USER?.trim();
  if (fromEnv) return { name: fromEnv, email: env.FICHA_EMAIL?.trim() ?? '' };

  const profile = readProfile(env);
  if (profile) return profileActor(profile);

  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = 'desconocido';
  }
  return { name, email: env.FICHA_EMAIL?.trim() ?? '' };
}
