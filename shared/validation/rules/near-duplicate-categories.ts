import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/**
 * Category values written in several ways ("Jalisco", "JALISCO",
 * "jalísco"); the fix maps every variant to the most frequent spelling,
 * which the engine lists first.
 */
export const nearDuplicateCategories: Rule = {
  id: 'near-duplicate-categories',
  title: say('Categorías casi duplicadas', 'Near-duplicate categories'),
  check(subject) {
    const findings: RuleFinding[] = [];
    for (const column of subject.table?.columns ?? []) {
      if (column.nearDuplicates.length === 0) continue;
      const map: Record<string, string> = {};
      for (const [keep, ...variants] of column.nearDuplicates) {
        for (const variant of variants) map[variant] = keep;
      }
      const example = column.nearDuplicates[0].map((v) => `«${v}»`).join(', ');
      findings.push({
        location: { column: column.name },
        message: say(
          `«${column.name}» escribe ${column.nearDuplicates.length} valores de varias formas, p. ej. ${example}.`,
          `«${column.name}» writes ${column.nearDuplicates.length} values in several ways, e.g. ${example}.`,
        ),
        fix: { kind: 'operation', step: { op: 'map-values', column: column.name, map } },
      });
    }
    return findings;
  },
};
