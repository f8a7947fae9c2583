import { numberOption, say } from '../options';
import type { Rule, RuleFinding } from '../types';

/** Blank runs under a value in a category column: what merged cells leave behind. */
export const mergedCells: Rule = {
  id: 'merged-cells',
  title: say('Restos de celdas combinadas', 'Merged-cell remains'),
  check(subject, options) {
    const minRuns = numberOption(options, 'minBlanks', 2);
    const findings: RuleFinding[] = [];
    for (const column of subject.table?.columns ?? []) {
      if (column.blankRuns < minRuns) continue;
      findings.push({
        location: { column: column.name },
        message: say(
          `«${column.name}» tiene ${column.blankRuns} celdas vacías bajo un valor, como deja una celda combinada; rellénelas hacia abajo.`,
          `«${column.name}» has ${column.blankRuns} blank cells under a value, as merged cells leave; fill them down.`,
        ),
        fix: { kind: 'operation', step: { op: 'fill-down', column: column.name } },
      });
    }
    return findings;
  },
};
