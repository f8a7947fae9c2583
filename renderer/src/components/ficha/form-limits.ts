import { builtinProfiles } from '../../../../shared/validation/profiles';
import { fieldLimits, measureOf } from '../../../../shared/validation/field-limits';
import type { ProfileFieldLimit } from '../../../../shared/validation/field-limits';

const byField = fieldLimits(builtinProfiles);

/**
 * The counters of the form, by field path, with the limits the shipped
 * profiles' rules check (`ckanName` counts the CKAN name made from the title).
 */
export const formLimits: Readonly<Record<string, ProfileFieldLimit>> = Object.fromEntries(
  Object.entries(byField).flatMap(([path, limits]) =>
    limits.map((limit) => [limit.measure === 'ckan-name' ? 'ckanName' : path, limit]),
  ),
);

/** The counter props of a field for its current value; none when no rule limits it. */
export function formLimit(key: string, value: string): { limit?: number; count?: number } {
  const limit = formLimits[key];
  return limit ? { limit: limit.max, count: measureOf(limit.measure, value) } : {};
}
