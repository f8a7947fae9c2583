import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { FichaError } from '../../../shared/errors';
import type { Actor } from '../handlers/context';

/**
 * The person using Ficha on this computer, asked once at first run and
 * kept per user (not per workspace), so the desktop app, the web host and
 * the CLI stamp changes with the same name.
 */
export interface Profile {
  name: string;
  email: string;
  area: string;
}

/** Where the profile lives: the user's configuration folder for Ficha. */
export function profilePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FICHA_PROFILE) return env.FICHA_PROFILE;
  const home = env.HOME || env.USERPROFILE || homedir();
  if (process.platform === 'win32') {
    return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Ficha', 'profile.json');
  }
  if (process.platform === 'darwin') {
    return path.join(home, 'Library', 'Application Support', 'Ficha', 'profile.json');
  }
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'ficha', 'profile.json');
}

/** Reads the profile; null when the person has not said who they are yet. */
export function readProfile(env: NodeJS.ProcessEnv = process.env): Profile | null {
  try {
    const data = JSON.parse(readFileSync(profilePath(env), 'utf8')) as Partial<Profile>;
    if (typeof data.name !== 'string' || !data.name.trim()) return null;
    return {
      name: data.name.trim(),
      email: String(data.email ?? '').trim(),
      area: String(data.area ?? '').trim(),
    };
  } catch {
    return null;
  }
}

/** Saves the profile, whole or not at all. */
export function writeProfile(profile: Profile, env: NodeJS.ProcessEnv = process.env): Profile {
  const clean = {
    name: profile.name.trim(),
    email: profile.email.trim(),
    area: profile.area.trim(),
  };
  if (!clean.name)
    throw new FichaError('OPTION_INVALID', { option: 'name', reason: 'say your name' });
  if (clean.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(clean.email)) {
    throw new FichaError('OPTION_INVALID', {
      option: 'email',
      reason: `${clean.email} is not an e-mail address`,
    });
  }

  const file = profilePath(env);
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(clean, null, 2)}\n`);
  renameSync(temp, file);
  return clean;
}

/** The profile as the actor changes are stamped with. */
export function profileActor(profile: Profile): Actor {
  return { name: profile.name, email: profile.email, area: profile.area || undefined };
}
