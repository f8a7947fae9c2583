import { ckanName } from '../../metadata/ckan-name';
import { numberOption, say } from '../options';
import type { FieldLimit, Rule } from '../types';

/** The CKAN name made from the title within the portal's limit (100 characters). */
export const ckanNameLength: Rule = {
  id: 'ckan-name-length',
  title: say('Nombre CKAN dentro del límite', 'CKAN name within the limit'),
  check(subject, options) {
    const { max } = nameLimit(options);
    const name = ckanName(subject.ficha.title);
    if (name.length <= max) return [];
    return [
      {
        location: { field: 'title' },
        message: say(
          `El nombre CKAN derivado del título mide ${name.length} caracteres; el máximo es ${max}. Acorte el título.`,
          `The CKAN name made from the title is ${name.length} characters; the limit is ${max}. Shorten the title.`,
        ),
      },
    ];
  },
  limits: (options) => ({ title: nameLimit(options) }),
};

function nameLimit(options: Record<string, unknown>): FieldLimit {
  return { max: numberOption(options, 'max', 100), measure: 'ckan-name' };
}
