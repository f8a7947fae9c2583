import { findCategory } from '../../vocabularies/themes';
import { say } from '../options';
import type { Rule } from '../types';

/** A portal category from the list, by its Spanish label or id. */
export const categoryKnown: Rule = {
  id: 'category-known',
  title: say('Categoría de la lista del portal', "Category from the portal's list"),
  check(subject) {
    const value = subject.ficha.category.trim();
    if (value === '') return [];
    const known = findCategory(value);
    if (known && known.label.es === value) return [];
    return [
      {
        location: { field: 'category' },
        message: say(
          `La categoría «${value}» no está en la lista del portal.`,
          `Category «${value}» is not on the portal's list.`,
        ),
        ...(known
          ? { fix: { kind: 'field' as const, field: 'category', value: known.label.es } }
          : {}),
      },
    ];
  },
};
