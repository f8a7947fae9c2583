import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/** Values with spaces at either end, which break joins and facets. */
export const whitespace: Rule = {
  id: 'whitespace',
  title: say('Espacios al inicio o al final', 'Leading or trailing spaces'),
  check(subject) {
    const findings: RuleFinding[] = [];
    for (const column of subject.table?.columns ?? []) {
      if (column.untrimmed === 0) continue;
      findings.push({
        location: { column: column.name },
        message: say(
          `${column.untrimmed} valores de «${column.name}» tienen espacios al inicio o al final.`,
          `${column.untrimmed} values of «${column.name}» have leading or trailing spaces.`,
        ),
        fix: { kind: 'operation', step: { op: 'trim', column: column.name } },
      });
    }
    return findings;
  },
};
