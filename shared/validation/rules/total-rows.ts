import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/** Computed "Total" rows inside the table, which the guide forbids. */
export const totalRows: Rule = {
  id: 'total-rows',
  title: say('Filas de totales', 'Total rows'),
  check(subject) {
    const findings: RuleFinding[] = [];
    for (const column of subject.table?.columns ?? []) {
      if (column.totalRows.length === 0) continue;
      findings.push({
        location: { column: column.name, row: column.totalRows[0] },
        message: say(
          `${column.totalRows.length} filas de «${column.name}» son totales calculados; quítelas, se pueden recalcular.`,
          `${column.totalRows.length} rows of «${column.name}» are computed totals; remove them, they can be recomputed.`,
        ),
        fix: {
          kind: 'operation',
          step: {
            op: 'remove-rows',
            where: { column: column.name, matches: '^\\s*(gran\\s+)?total\\b' },
          },
        },
      });
    }
    return findings;
  },
};
