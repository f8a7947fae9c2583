import { readField } from '../../metadata/field-paths';
import { say, stringsOption } from '../options';
import type { Rule, RuleFinding } from '../types';

const isoDate =
  /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Tells whether text is an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time). */
export function isIsoDate(text: string): boolean {
  if (!isoDate.test(text)) return false;
  if (text.length < 10) return true;
  const date = new Date(`${text.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text.slice(0, 10);
}

/** Date fields that hold ISO 8601 dates, as DCAT-AP's xsd:date ranges ask. */
export const dcatDateValues: Rule = {
  id: 'dcat-date-values',
  title: say('Fechas en ISO 8601', 'Dates in ISO 8601'),
  check(subject, options) {
    const fields = stringsOption(options, 'fields', [
      'issued',
      'modified',
      'temporal.start',
      'temporal.end',
    ]);
    const findings: RuleFinding[] = [];
    for (const field of fields) {
      const value = readField(subject.ficha, field);
      if (typeof value !== 'string' || value.trim() === '' || isIsoDate(value.trim())) continue;
      findings.push({
        location: { field },
        message: say(
          `«${value}» no es una fecha ISO 8601 (AAAA, AAAA-MM o AAAA-MM-DD).`,
          `«${value}» is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD).`,
        ),
      });
    }
    return findings;
  },
};
