import { numberOption, say } from '../options';
import type { Rule } from '../types';

/** Enough keywords for people to find the dataset (three by default). */
export const keywordCount: Rule = {
  id: 'keyword-count',
  title: say('Suficientes palabras clave', 'Enough keywords'),
  check(subject, options) {
    const min = numberOption(options, 'min', 3);
    const count = subject.ficha.keywords.length;
    if (count >= min) return [];
    return [
      {
        location: { field: 'keywords' },
        message: say(
          `Hay ${count} palabras clave; se recomiendan al menos ${min}. Vea las sugerencias.`,
          `There are ${count} keywords; at least ${min} are recommended. See the suggestions.`,
        ),
      },
    ];
  },
};
