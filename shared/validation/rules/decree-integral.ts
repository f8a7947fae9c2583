import { fieldLabel } from '../../metadata/field-labels';
import { isFilled, readField } from '../../metadata/field-paths';
import { say, stringsOption } from '../options';
import type { Rule } from '../types';

const defaultFields = [
  'title',
  'description',
  'keywords',
  'periodicity',
  'contact.email',
  'license',
];

/** Decree: integral data, published with their metadata and a dictionary for every column. */
export const decreeIntegral: Rule = {
  id: 'decree-integral',
  title: say('Integrales (con sus metadatos)', 'Integral (with their metadata)'),
  check(subject, options) {
    const fields = stringsOption(options, 'fields', defaultFields);
    const missing = fields.filter((f) => !isFilled(readField(subject.ficha, f)));
    const described = new Set(
      subject.ficha.dictionary.filter((e) => e.description.trim() !== '').map((e) => e.name),
    );
    const undescribed = subject.columns.filter((c) => !described.has(c.name)).length;
    if (missing.length === 0 && undescribed === 0) return [];

    const names = missing.map((f) => fieldLabel(f));
    const es = [
      ...names.map((n) => n.es),
      ...(undescribed ? [`${undescribed} columnas sin describir`] : []),
    ];
    const en = [
      ...names.map((n) => n.en),
      ...(undescribed ? [`${undescribed} undescribed columns`] : []),
    ];
    return [
      {
        location: { field: missing[0] ?? 'dictionary' },
        message: say(`Faltan metadatos: ${es.join(', ')}.`, `Metadata missing: ${en.join(', ')}.`),
      },
    ];
  },
};
