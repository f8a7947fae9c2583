import type { DecimalSeparator } from './parse-number';

// Unambiguous forms: "12,5", "1.234,56", "0,001" read only with a decimal
// comma; "12.5", "1,234.56", "0.001" only with a decimal point. "1,234"
// and "1.234" could be either and do not vote.
const commaDecimal =
  /^[-+(]?\d{1,3}(?:\.\d{3})+,\d+\)?%?$|^[-+(]?\d+,(?:\d{1,2}|\d{4,})\)?%?$|^[-+(]?0,\d+$/;
const pointDecimal =
  /^[-+(]?\d{1,3}(?:,\d{3})+\.\d+\)?%?$|^[-+(]?\d+\.(?:\d{1,2}|\d{4,})\)?%?$|^[-+(]?0\.\d+$/;
const ambiguousComma = /^[-+]?\d{1,3},\d{3}$/;

/**
 * Detects the file's decimal separator from sample values by counting the
 * forms that only one reading allows. With no evidence, a file delimited
 * by `;` that writes "1,234" is read with decimal commas (the Windows
 * setting in Spanish), and anything else with a decimal point.
 */
export function detectDecimal(
  samples: Iterable<string>,
  delimiter: string | null,
): DecimalSeparator {
  let comma = 0;
  let point = 0;
  let ambiguous = 0;
  for (const raw of samples) {
    const text = raw.trim().replace(/[\u00a0\u202f ]/g, '');
    if (text.length === 0 || text.length > 30) continue;
    if (commaDecimal.test(text)) comma++;
    else if (pointDecimal.test(text)) point++;
    else if (ambiguousComma.test(text)) ambiguous++;
  }

  if (comma !== point) return comma > point ? ',' : '.';
  return delimiter === ';' && ambiguous > 0 ? ',' : '.';
}
