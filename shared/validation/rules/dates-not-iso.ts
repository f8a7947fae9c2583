import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/** Dates written as text in a local format (31/12/2020) instead of ISO 8601. */
export const datesNotIso: Rule = {
  id: 'dates-not-iso',
  title: say('Fechas que no están en ISO 8601', 'Dates not in ISO 8601'),
  check(subject) {
    const findings: RuleFinding[] = [];
    for (const column of subject.table?.columns ?? []) {
      if (column.nonIsoDates === 0) continue;
      const format = column.nonIsoDatePattern ?? 'dd/MM/yyyy';
      findings.push({
        location: { column: column.name },
        message: say(
          `${column.nonIsoDates} fechas de «${column.name}» no están en ISO 8601 (AAAA-MM-DD).`,
          `${column.nonIsoDates} dates of «${column.name}» are not in ISO 8601 (YYYY-MM-DD).`,
        ),
        fix: { kind: 'operation', step: { op: 'to-date', column: column.name, format } },
      });
    }
    return findings;
  },
};
