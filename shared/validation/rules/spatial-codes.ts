import { findPlace } from '../../metadata/spatial-places';
import { say } from '../options';
import type { Rule } from '../types';

/**
 * Spatial coverage by states or municipalities names at least one place,
 * each by an INEGI key the catalogue knows (two digits for a state, five
 * for a municipality). Keys that lost their leading zero are restored by
 * the fix, and keys that name nothing are dropped.
 */
export const spatialCodes: Rule = {
  id: 'spatial-codes',
  title: say('Claves INEGI de la cobertura geográfica', 'INEGI keys of the spatial coverage'),
  check(subject) {
    const spatial = subject.ficha.spatial;
    if (spatial.kind !== 'states' && spatial.kind !== 'municipalities') return [];
    const states = spatial.kind === 'states';
    const location = { field: 'spatial.codes' };
    if (spatial.codes.length === 0) {
      return [
        {
          location,
          message: states
            ? say('Elija al menos una entidad.', 'Choose at least one state.')
            : say('Elija al menos un municipio.', 'Choose at least one municipality.'),
        },
      ];
    }

    const width = states ? 2 : 5;
    const padded = spatial.codes.map((c) => (/^\d+$/.test(c) ? c.padStart(width, '0') : c));
    const known = padded.filter((c) => c.length === width && findPlace(c) !== null);
    const unknown = spatial.codes.filter((_, i) => !known.includes(padded[i]));
    const changed =
      known.length !== spatial.codes.length || known.some((c, i) => c !== spatial.codes[i]);
    if (!changed) return [];

    const codes = [...new Set(known)].sort();
    const fix = { kind: 'field' as const, field: 'spatial', value: { ...spatial, codes } };
    if (unknown.length === 0) {
      return [
        {
          location,
          message: say(
            'Algunas claves INEGI perdieron el cero inicial.',
            'Some INEGI keys lost their leading zero.',
          ),
          fix,
        },
      ];
    }
    const list = unknown.map((c) => `«${c}»`).join(', ');
    return [
      {
        location,
        message: states
          ? say(
              `${list} no son claves INEGI de entidad (01 a 32).`,
              `${list} are not INEGI state keys (01 to 32).`,
            )
          : say(
              `${list} no son claves INEGI de municipio del catálogo.`,
              `${list} are not INEGI municipality keys of the catalogue.`,
            ),
        fix,
      },
    ];
  },
};
