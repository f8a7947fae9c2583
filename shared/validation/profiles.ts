import { FichaError } from '../errors';
import dataQuality from './profiles/data-quality.json';
import datosGobMx from './profiles/datos-gob-mx.json';
import dcatAp3 from './profiles/dcat-ap-3.json';
import decree from './profiles/decree.json';
import { profileSchema } from './profile';
import type { Profile } from './profile';

/** The profiles shipped with Ficha, in the order they run by default. */
export const builtinProfiles: readonly Profile[] = [datosGobMx, dcatAp3, dataQuality, decree].map(
  (json) => profileSchema.parse(json),
);

/** Ids of the profiles run when none is named. */
export const defaultProfileIds: readonly string[] = builtinProfiles.map((p) => p.id);

/** Finds a shipped profile by id; throws OPTION_INVALID naming the known ones. */
export function builtinProfile(id: string): Profile {
  const profile = builtinProfiles.find((p) => p.id === id);
  if (!profile) {
    throw new FichaError('OPTION_INVALID', {
      option: 'profile',
      reason: `unknown profile ${id}; use one of ${defaultProfileIds.join(', ')}`,
    });
  }
  return profile;
}

/** Reads a profile an institution wrote (already parsed JSON); throws OPTION_INVALID when malformed. */
export function parseProfile(json: unknown, source = 'profile'): Profile {
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FichaError('OPTION_INVALID', {
      option: source,
      reason: `${issue.path.join('.') || 'profile'}: ${issue.message}`,
    });
  }
  return parsed.data;
}
