import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/** Issued and modified dates that are not after today. */
export const modifiedNotFuture: Rule = {
  id: 'modified-not-future',
  title: say('Fechas no futuras', 'Dates not in the future'),
  check(subject) {
    const today = subject.now.slice(0, 10);
    const findings: RuleFinding[] = [];
    for (const field of ['modified', 'issued'] as const) {
      const value = subject.ficha[field].trim();
      if (value === '' || value.slice(0, 10) <= today) continue;
      findings.push({
        location: { field },
        message: say(
          `La fecha ${value} está en el futuro (hoy es ${today}).`,
          `Date ${value} is in the future (today is ${today}).`,
        ),
        fix: { kind: 'field', field, value: today },
      });
    }
    return findings;
  },
};
