import { foldForKey, keyMethods } from './keys';
import { levenshtein } from './levenshtein';

/** The ways near-identical values are grouped. */
export const clusterMethods = [
  'fingerprint',
  'ngram-fingerprint',
  'phonetic',
  'levenshtein',
] as const;

/** One of the clustering methods. */
export type ClusterMethod = (typeof clusterMethods)[number];

/** A distinct value of a column with how many rows hold it. */
export interface ValueCount {
  value: string;
  count: number;
}

/** Values that probably mean the same thing, with the one suggested to keep. */
export interface Cluster {
  key: string;
  values: ValueCount[];
  /** The most frequent value (ties go to the first in order). */
  suggested: string;
  rows: number;
}

/** Options of nearest-neighbour clustering. */
export interface NeighbourOptions {
  /** Largest edit distance between two values of a cluster. */
  radius?: number;
  /** Length of the substrings used to block comparisons. */
  blockSize?: number;
}

/** Groups values by the chosen method; only groups of two or more values are returned. */
export function clusterValues(
  values: readonly ValueCount[],
  method: ClusterMethod,
  options: NeighbourOptions = {},
): Cluster[] {
  const groups =
    method === 'levenshtein' ? neighbourGroups(values, options) : keyGroups(values, method);
  return groups
    .filter((group) => group.values.length > 1)
    .map((group) => finish(group.key, group.values))
    .sort(
      (a, b) => b.values.length - a.values.length || b.rows - a.rows || (a.key < b.key ? -1 : 1),
    );
}

function keyGroups(values: readonly ValueCount[], method: Exclude<ClusterMethod, 'levenshtein'>) {
  const keyOf = keyMethods[method];
  const groups = new Map<string, ValueCount[]>();
  for (const entry of values) {
    const key = keyOf(entry.value);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups].map(([key, members]) => ({ key, values: members }));
}

/**
 * Nearest neighbour by edit distance on folded values. Comparing every pair
 * is quadratic, so only values sharing a substring of `blockSize` letters
 * (or short values of similar length) are compared; pairs within the
 * radius are joined transitively.
 */
function neighbourGroups(values: readonly ValueCount[], options: NeighbourOptions) {
  const radius = options.radius ?? 1;
  const blockSize = options.blockSize ?? 3;
  const folded = values.map((entry) => foldForKey(entry.value));
  const parent = values.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));

  const compared = new Set<string>();
  for (const members of blocks(folded, blockSize).values()) {
    if (members.length < 2 || members.length > 2000) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x], members[y]];
        const pair = i < j ? `${i}:${j}` : `${j}:${i}`;
        if (compared.has(pair)) continue;
        compared.add(pair);
        if (levenshtein(folded[i], folded[j], radius) <= radius) parent[find(i)] = find(j);
      }
    }
  }

  const groups = new Map<number, ValueCount[]>();
  values.forEach((entry, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), entry]);
  });
  return [...groups].map(([root, members]) => ({ key: folded[root], values: members }));
}

function blocks(folded: readonly string[], size: number): Map<string, number[]> {
  const result = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const members = result.get(key);
    if (!members) result.set(key, [i]);
    else if (members[members.length - 1] !== i) members.push(i);
  };
  folded.forEach((text, i) => {
    if (text.length <= size + 1) {
      add(`#length${text.length}`, i);
      add(`#length${text.length + 1}`, i);
    }
    for (let k = 0; k + size <= text.length; k++) add(text.slice(k, k + size), i);
  });
  return result;
}

function finish(key: string, values: ValueCount[]): Cluster {
  const sorted = [...values].sort((a, b) => b.count - a.count);
  return {
    key,
    values: sorted,
    suggested: sorted[0].value,
    rows: values.reduce((sum, v) => sum + v.count, 0),
  };
}
