import { numberOption, say } from '../options';
import type { FieldLimit, Rule } from '../types';

/** The first sentence of a description, up to its first full stop. */
export function firstSentence(text: string): string {
  const match = /^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim());
  return (match ? match[0] : text).trim();
}

/** A first sentence short enough for the portal's summary (77 characters by default). */
export const descriptionFirstSentence: Rule = {
  id: 'description-first-sentence',
  title: say('Primera oración de la descripción', 'First sentence of the description'),
  check(subject, options) {
    const { max } = sentenceLimit(options);
    const sentence = firstSentence(subject.ficha.description);
    const length = [...sentence].length;
    if (length <= max) return [];
    return [
      {
        location: { field: 'description' },
        message: say(
          `La primera oración mide ${length} caracteres; el portal muestra ${max} en los resúmenes.`,
          `The first sentence is ${length} characters long; the portal's summaries show ${max}.`,
        ),
      },
    ];
  },
  limits: (options) => ({ description: sentenceLimit(options) }),
};

function sentenceLimit(options: Record<string, unknown>): FieldLimit {
  return { max: numberOption(options, 'max', 77), measure: 'first-sentence' };
}
