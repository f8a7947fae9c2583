import { fieldLabel } from '../../metadata/field-labels';
import { isFilled, readField } from '../../metadata/field-paths';
import { say, stringsOption } from '../options';
import type { Rule, RuleFinding } from '../types';

/**
 * Fields that must be filled, named by path in the profile: `fields` for
 * the dataset ("title", "contact.email", "dictionary", "distributions"…)
 * and `distributionFields` for each distribution ("downloadURL"…).
 */
export const requiredFields: Rule = {
  id: 'required-fields',
  title: say('Campos obligatorios llenos', 'Required fields filled in'),
  check(subject, options) {
    const findings: RuleFinding[] = [];
    const { ficha } = subject;

    for (const path of stringsOption(options, 'fields', [])) {
      if (isFilled(readField(ficha, path))) continue;
      const label = fieldLabel(path);
      findings.push({
        location: { field: path },
        message: say(`Falta «${label.es}».`, `${label.en} is missing.`),
      });
    }

    const perFile = stringsOption(options, 'distributionFields', []);
    ficha.distributions.forEach((distribution, index) => {
      for (const key of perFile) {
        if (isFilled(readField(distribution, key))) continue;
        const label = fieldLabel(`distribution.${key}`);
        const name = distribution.title || distribution.id;
        findings.push({
          location: { field: `distributions.${index}.${key}` },
          message: say(
            `Al recurso «${name}» le falta «${label.es}».`,
            `Distribution «${name}» lacks ${label.en}.`,
          ),
        });
      }
    });
    return findings;
  },
};
