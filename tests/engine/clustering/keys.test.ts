import { describe, expect, it } from 'vitest';
import { clusterValues } from '../../../electron/engine/clustering/cluster';
import {
  fingerprint,
  ngramFingerprint,
  spanishPhonetic,
} from '../../../electron/engine/clustering/keys';
import { levenshtein } from '../../../electron/engine/clustering/levenshtein';

describe('clustering keys', () => {
  it('makes the same fingerprint regardless of order, case, accents and punctuation', () => {
    expect(fingerprint('Edo. de México')).toBe(fingerprint('méxico, EDO DE'));
    expect(fingerprint('Jalisco')).not.toBe(fingerprint('Colima'));
  });

  it('makes the same n-gram fingerprint when spaces slip', () => {
    expect(ngramFingerprint('San Luis Potosí')).toBe(ngramFingerprint('SanLuis Potosi'));
  });

  it('gives Spanish homophones one phonetic key', () => {
    expect(spanishPhonetic('Veracruz')).toBe(spanishPhonetic('Beracrus'));
    expect(spanishPhonetic('Xalapa')).toBe(spanishPhonetic('Jalapa'));
    expect(spanishPhonetic('Hidalgo')).toBe(spanishPhonetic('Idalgo'));
    expect(spanishPhonetic('Yucatán')).toBe(spanishPhonetic('Llucatan'));
    expect(spanishPhonetic('Colima')).not.toBe(spanishPhonetic('Sonora'));
  });

  it('measures edit distance and gives up past the limit', () => {
    expect(levenshtein('mexico', 'mexco')).toBe(1);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('a', 'abcdef', 2)).toBe(3);
  });
});

describe('clusters', () => {
  const values = [
    { value: 'Michoacán', count: 10 },
    { value: 'michoacan', count: 2 },
    { value: 'Michoacan ', count: 1 },
    { value: 'Michocán', count: 1 },
    { value: 'Jalisco', count: 5 },
  ];

  it('groups by fingerprint and suggests the most frequent value', () => {
    const [cluster, ...rest] = clusterValues(values, 'fingerprint');
    expect(rest).toEqual([]);
    expect(cluster.suggested).toBe('Michoacán');
    expect(cluster.values.map((v) => v.value)).toEqual(['Michoacán', 'michoacan', 'Michoacan ']);
    expect(cluster.rows).toBe(13);
  });

  it('groups a typo by nearest neighbour within the radius', () => {
    const clusters = clusterValues(values, 'levenshtein', { radius: 1 });
    expect(clusters[0].values.map((v) => v.value)).toContain('Michocán');
    expect(clusters.flatMap((c) => c.values).some((v) => v.value === 'Jalisco')).toBe(false);
  });
});
