import { machineNameOf } from '../../metadata/machine-name';
import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

const machineReadable = /^[a-z_][a-z0-9_]*$/;
const placeholder = /^(col(umna|umn)?|field|campo|unnamed|sin_nombre|f)_?\d*$/;

/**
 * Column names that a program can use: lowercase ASCII snake_case, and
 * descriptive rather than "columna_3".
 */
export const columnNames: Rule = {
  id: 'column-names',
  title: say('Nombres de columna legibles por máquina', 'Machine-readable column names'),
  check(subject) {
    const findings: RuleFinding[] = [];
    const taken = new Set(subject.columns.map((c) => c.name));
    for (const column of subject.columns) {
      const readable = machineReadable.test(column.name) && column.name.length <= 63;
      if (readable && !placeholder.test(column.name)) continue;
      const suggestion = machineNameOf(column.label || column.name);
      const usable =
        suggestion !== column.name && !taken.has(suggestion) && !placeholder.test(suggestion);
      findings.push({
        location: { column: column.name },
        message: readable
          ? say(
              `«${column.name}» no dice qué contiene; dele un nombre descriptivo.`,
              `«${column.name}» does not say what it holds; give it a descriptive name.`,
            )
          : say(
              `«${column.name}» no es un nombre legible por máquina (minúsculas ASCII y _).`,
              `«${column.name}» is not a machine-readable name (lowercase ASCII and _).`,
            ),
        ...(usable
          ? {
              fix: {
                kind: 'operation' as const,
                step: { op: 'rename-column', column: column.name, to: suggestion },
              },
            }
          : {}),
      });
    }
    return findings;
  },
};
