import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/** Columns without a single value, which only add noise. */
export const emptyColumn: Rule = {
  id: 'empty-column',
  title: say('Columnas vacías', 'Empty columns'),
  check(subject) {
    if (!subject.table || subject.table.rows === 0) return [];
    const findings: RuleFinding[] = [];
    for (const column of subject.table.columns) {
      if (column.nonEmpty > 0) continue;
      findings.push({
        location: { column: column.name },
        message: say(
          `La columna «${column.name}» está vacía.`,
          `Column «${column.name}» is empty.`,
        ),
        fix: { kind: 'operation', step: { op: 'delete-columns', columns: [column.name] } },
      });
    }
    return findings;
  },
};
