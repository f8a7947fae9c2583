import { findPeriodicity } from '../../vocabularies/periodicities';
import { numberOption, say } from '../options';
import type { Rule } from '../types';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Decree: timely data, updated as the declared periodicity promises. The
 * last modification plus the periodicity (and a grace period) must not be
 * before today.
 */
export const decreeTimely: Rule = {
  id: 'decree-timely',
  title: say(
    'Oportunos (al día con su periodicidad)',
    'Timely (up to date with their periodicity)',
  ),
  check(subject, options) {
    const grace = numberOption(options, 'graceDays', 30);
    const periodicity = findPeriodicity(subject.ficha.periodicity);
    if (!periodicity) {
      return [
        {
          location: { field: 'periodicity' },
          message: say(
            'Sin una periodicidad de la lista no se puede saber si los datos están al día.',
            'Without a periodicity from the list, timeliness cannot be judged.',
          ),
        },
      ];
    }
    if (periodicity.days === null) return [];

    const last = subject.ficha.modified || subject.ficha.issued;
    if (last === '') {
      return [
        {
          location: { field: 'modified' },
          message: say(
            'Indique la fecha de la última modificación.',
            'Give the date of the last modification.',
          ),
        },
      ];
    }
    const due = Date.parse(padDate(last)) + (periodicity.days + grace) * dayMs;
    if (Number.isNaN(due) || due >= Date.parse(subject.now)) return [];
    const dueDate = new Date(due).toISOString().slice(0, 10);
    return [
      {
        location: { field: 'modified' },
        message: say(
          `Con periodicidad ${periodicity.label.es.toLowerCase()} y última modificación ${last}, la actualización venció el ${dueDate}.`,
          `With a ${periodicity.label.en.toLowerCase()} periodicity and last modified ${last}, an update was due on ${dueDate}.`,
        ),
      },
    ];
  },
};

/** Reads YYYY and YYYY-MM as the end of that year or month would be too lenient; use the start. */
function padDate(text: string): string {
  if (/^\d{4}$/.test(text)) return `${text}-01-01T00:00:00Z`;
  if (/^\d{4}-\d{2}$/.test(text)) return `${text}-01T00:00:00Z`;
  return text.length === 10 ? `${text}T00:00:00Z` : text;
}
