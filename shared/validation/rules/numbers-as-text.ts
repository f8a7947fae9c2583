import { numberOption, say } from '../options';
import type { Rule, RuleFinding } from '../types';

/** Text columns that are mostly numbers (with separators, units or percent signs). */
export const numbersAsText: Rule = {
  id: 'numbers-as-text',
  title: say('Números guardados como texto', 'Numbers stored as text'),
  check(subject, options) {
    const share = numberOption(options, 'minShare', 0.8);
    const types = new Map(subject.columns.map((c) => [c.name, c.type]));
    const findings: RuleFinding[] = [];
    for (const column of subject.table?.columns ?? []) {
      if (types.get(column.name) !== 'text' || column.nonEmpty === 0) continue;
      if (column.numericText / column.nonEmpty < share) continue;
      findings.push({
        location: { column: column.name },
        message: say(
          `«${column.name}» guarda ${column.numericText} números como texto.`,
          `«${column.name}» stores ${column.numericText} numbers as text.`,
        ),
        fix: {
          kind: 'operation',
          step: { op: 'to-number', column: column.name, decimal: '.', thousands: ',' },
        },
      });
    }
    return findings;
  },
};
