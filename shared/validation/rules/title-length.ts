import { numberOption, say } from '../options';
import type { FieldLimit, Rule } from '../types';

/** A title the portal shows whole (it cut titles past 77 characters). */
export const titleLength: Rule = {
  id: 'title-length',
  title: say('Longitud del título', 'Title length'),
  check(subject, options) {
    const { max } = titleLimit(options);
    const length = [...subject.ficha.title.trim()].length;
    if (length <= max) return [];
    return [
      {
        location: { field: 'title' },
        message: say(
          `El título mide ${length} caracteres; el portal muestra ${max}.`,
          `The title is ${length} characters long; the portal shows ${max}.`,
        ),
      },
    ];
  },
  limits: (options) => ({ title: titleLimit(options) }),
};

function titleLimit(options: Record<string, unknown>): FieldLimit {
  return { max: numberOption(options, 'max', 77), measure: 'text' };
}
