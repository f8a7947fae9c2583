import { say } from '../options';
import type { Rule } from '../types';

/** Temporal coverage whose start is not after its end. */
export const temporalOrder: Rule = {
  id: 'temporal-order',
  title: say('Inicio antes del fin', 'Start before end'),
  check(subject) {
    const { start, end } = subject.ficha.temporal;
    if (start === '' || end === '') return [];
    // Compare only the precision both share, so 2008 and 2008-12-31 agree.
    const length = Math.min(start.length, end.length);
    if (start.slice(0, length) <= end.slice(0, length)) return [];
    return [
      {
        location: { field: 'temporal.start' },
        message: say(
          `La cobertura temporal empieza (${start}) después de terminar (${end}).`,
          `Temporal coverage starts (${start}) after it ends (${end}).`,
        ),
        fix: { kind: 'field', field: 'temporal', value: { start: end, end: start } },
      },
    ];
  },
};
