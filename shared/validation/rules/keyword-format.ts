import { numberOption, say, stringOption } from '../options';
import type { FieldLimit, Rule, RuleFinding } from '../types';

/**
 * Each keyword within the portal's length and character limits (CKAN tags:
 * 2 to 100 characters; letters, digits, spaces and `- _ .`).
 */
export const keywordFormat: Rule = {
  id: 'keyword-format',
  title: say('Formato de las palabras clave', 'Keyword format'),
  check(subject, options) {
    const min = numberOption(options, 'min', 2);
    const { max } = keywordLimit(options);
    const pattern = new RegExp(stringOption(options, 'pattern', '^[\\p{L}\\p{N} ._-]+$'), 'u');
    const findings: RuleFinding[] = [];

    subject.ficha.keywords.forEach((keyword, index) => {
      const field = `keywords.${index}`;
      const length = [...keyword].length;
      if (length < min || length > max) {
        findings.push({
          location: { field },
          message: say(
            `La palabra clave «${keyword}» mide ${length} caracteres; debe medir de ${min} a ${max}.`,
            `Keyword «${keyword}» is ${length} characters long; it must be ${min} to ${max}.`,
          ),
        });
      }
      if (!pattern.test(keyword)) {
        const cleaned = keyword
          .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        findings.push({
          location: { field },
          message: say(
            `La palabra clave «${keyword}» tiene caracteres no permitidos; use letras, dígitos, espacios y - _ .`,
            `Keyword «${keyword}» has characters that are not allowed; use letters, digits, spaces and - _ .`,
          ),
          fix: { kind: 'field', field, value: cleaned },
        });
      }
    });
    return findings;
  },
  limits: (options) => ({ keywords: keywordLimit(options) }),
};

function keywordLimit(options: Record<string, unknown>): FieldLimit {
  return { max: numberOption(options, 'max', 100), measure: 'each' };
}
