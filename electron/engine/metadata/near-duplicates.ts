import { foldText } from '../../../shared/vocabularies/fold';

/**
 * Groups distinct values that fold to the same key (case, accents, spaces
 * and punctuation ignored); each group lists the most frequent spelling
 * first. Only groups with more than one spelling are returned.
 */
export function nearDuplicateGroups(values: { v: string; n: number }[]): string[][] {
  const groups = new Map<string, { v: string; n: number }[]>();
  for (const value of values) {
    const key = foldText(value.v)
      .replace(/[.\s]+/g, ' ')
      .trim();
    if (key === '') continue;
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => group.sort((a, b) => b.n - a.n || a.v.localeCompare(b.v)).map((g) => g.v));
}
