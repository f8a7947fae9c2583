import { ckanName } from '../metadata/ckan-name';
import type { Profile } from './profile';
import { rules } from './rules';
import { firstSentence } from './rules/description-first-sentence';
import type { FieldLimit, LimitMeasure } from './types';

/** A limit on a field, with the rule entry that sets it. */
export interface ProfileFieldLimit extends FieldLimit {
  /** The finding id of the profile entry ("portal.title-length"). */
  rule: string;
}

/**
 * The length limits the enabled rules of the profiles set on form fields,
 * by field path, so the form counts against the same numbers the rules
 * check. A field limited twice the same way keeps the stricter limit.
 */
export function fieldLimits(profiles: readonly Profile[]): Record<string, ProfileFieldLimit[]> {
  const limits: Record<string, ProfileFieldLimit[]> = {};
  for (const profile of profiles) {
    for (const entry of profile.rules) {
      const rule = rules[entry.rule];
      if (!entry.enabled || !rule?.limits) continue;
      for (const [path, limit] of Object.entries(rule.limits(entry.options))) {
        const list = (limits[path] ??= []);
        const same = list.find((l) => l.measure === limit.measure);
        const item = { ...limit, rule: entry.id ?? rule.id };
        if (!same) list.push(item);
        else if (limit.max < same.max) list.splice(list.indexOf(same), 1, item);
      }
    }
  }
  return limits;
}

/** What a limit counts in a value: characters of the text, its first sentence or CKAN name. */
export function measureOf(measure: LimitMeasure, value: string): number {
  if (measure === 'first-sentence') return [...firstSentence(value)].length;
  if (measure === 'ckan-name') return ckanName(value).length;
  return [...value.trim()].length;
}
