import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/**
 * Notation keys and missing markers (NE, ND, "-", "<0.0005") inside a
 * numeric column, which turn numbers into text.
 */
export const notationKeys: Rule = {
  id: 'notation-keys',
  title: say('Claves de notación en columnas numéricas', 'Notation keys in numeric columns'),
  check(subject) {
    const findings: RuleFinding[] = [];
    for (const column of subject.table?.columns ?? []) {
      const markers = Object.keys(column.markers);
      if (markers.length === 0) continue;
      const count = Object.values(column.markers).reduce((a, b) => a + b, 0);
      findings.push({
        location: { column: column.name },
        message: say(
          `«${column.name}» mezcla números con ${count} claves (${markers.join(', ')}); déjelas vacías y guarde la clave en una columna de bandera.`,
          `«${column.name}» mixes numbers with ${count} keys (${markers.join(', ')}); empty them and keep the key in a flag column.`,
        ),
        fix: {
          kind: 'operation',
          step: {
            op: 'to-number',
            column: column.name,
            decimal: '.',
            missing: markers,
            flagColumn: `${column.name}_bandera`,
          },
        },
      });
    }
    return findings;
  },
};
