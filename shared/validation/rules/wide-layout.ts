import { numberOption, say } from '../options';
import type { Rule } from '../types';

const yearLike = /^(c_|a_|anio_|ano_|year_|y)?(19|20)\d{2}$/;

/** Tells whether a column name or label is a year (2008, "anio_2010", "c_2015"). */
export function isYearColumn(name: string, label: string): boolean {
  return yearLike.test(name) || /^\s*(19|20)\d{2}\s*$/.test(label);
}

/**
 * Years spread over columns (a wide layout for printing); one observation
 * per row needs them unpivoted into a year column and a value column.
 */
export const wideLayout: Rule = {
  id: 'wide-layout',
  title: say('Años como columnas', 'Years as columns'),
  check(subject, options) {
    const min = numberOption(options, 'minColumns', 3);
    const years = subject.columns.filter((c) => isYearColumn(c.name, c.label)).map((c) => c.name);
    if (years.length < min) return [];
    return [
      {
        location: { column: years[0] },
        message: say(
          `${years.length} columnas son años (${years[0]}…${years[years.length - 1]}); pase a formato largo: una columna de año y una de valor.`,
          `${years.length} columns are years (${years[0]}…${years[years.length - 1]}); unpivot into one year column and one value column.`,
        ),
        fix: {
          kind: 'operation',
          step: { op: 'unpivot', columns: years, key: 'anio', value: 'valor' },
        },
      },
    ];
  },
};
