import { findPeriodicity, periodicities } from '../../vocabularies/periodicities';
import { say } from '../options';
import type { Rule } from '../types';

/** A periodicity from the portal's list (R/P1Y, irregular…). */
export const periodicityKnown: Rule = {
  id: 'periodicity-known',
  title: say('Periodicidad de la lista del portal', "Periodicity from the portal's list"),
  check(subject) {
    const value = subject.ficha.periodicity.trim();
    if (value === '') return [];
    const known = findPeriodicity(value);
    if (known?.value === value) return [];
    const list = periodicities.map((p) => p.value).join(', ');
    return [
      {
        location: { field: 'periodicity' },
        message: say(
          `La periodicidad «${value}» no está en la lista del portal (${list}).`,
          `Periodicity «${value}» is not on the portal's list (${list}).`,
        ),
        ...(known
          ? { fix: { kind: 'field' as const, field: 'periodicity', value: known.value } }
          : {}),
      },
    ];
  },
};
