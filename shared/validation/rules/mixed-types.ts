import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/** Columns whose values do not all fit the column's type. */
export const mixedTypes: Rule = {
  id: 'mixed-types',
  title: say('Tipos mezclados en una columna', 'Mixed types in a column'),
  check(subject) {
    const findings: RuleFinding[] = [];
    for (const column of subject.columns) {
      if (column.mismatches === 0 || column.type === 'text') continue;
      findings.push({
        location: { column: column.name },
        message: say(
          `${column.mismatches} valores de «${column.name}» no son de tipo ${column.type}.`,
          `${column.mismatches} values of «${column.name}» are not of type ${column.type}.`,
        ),
      });
    }
    return findings;
  },
};
