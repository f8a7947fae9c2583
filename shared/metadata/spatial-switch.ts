import type { Spatial } from './model';

/**
 * The coverage after a person picks another kind. Widening keeps the
 * choice (the states of the chosen municipalities); narrowing starts empty
 * (the picker filters by the first chosen state); national and free text
 * hold no keys; coming back from those restores the keys chosen `earlier`
 * for that kind. The text is kept whatever the kind.
 */
export function switchSpatialKind(
  spatial: Spatial,
  kind: Spatial['kind'],
  earlier: readonly string[] = [],
): Spatial {
  if (kind === spatial.kind) return spatial;
  const states = [...new Set(spatial.codes.map((code) => code.slice(0, 2)))];
  let codes: string[];
  if (kind === 'national' || kind === 'text') codes = [];
  else if (spatial.kind === 'municipalities') codes = states;
  else if (spatial.kind === 'states') codes = [];
  else codes = [...earlier];
  return { ...spatial, kind, codes };
}
