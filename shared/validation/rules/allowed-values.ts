import { fieldLabel } from '../../metadata/field-labels';
import { readField } from '../../metadata/field-paths';
import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/**
 * Fields whose values must come from a list given in the profile, as a
 * portal's ckanext-scheming choices declare: `{choices: {field: [values]}}`.
 */
export const allowedValues: Rule = {
  id: 'allowed-values',
  title: say('Valores de la lista permitida', 'Values from the allowed list'),
  check(subject, options) {
    const choices = (options.choices ?? {}) as Record<string, string[]>;
    const findings: RuleFinding[] = [];
    for (const [field, allowed] of Object.entries(choices)) {
      const value = readField(subject.ficha, field);
      const values = Array.isArray(value) ? value : [value];
      for (const item of values) {
        if (item === undefined || item === null || item === '' || allowed.includes(String(item)))
          continue;
        const label = fieldLabel(field);
        findings.push({
          location: { field },
          message: say(
            `«${String(item)}» no es un valor permitido de «${label.es}» (${allowed.join(', ')}).`,
            `«${String(item)}» is not an allowed value of ${label.en} (${allowed.join(', ')}).`,
          ),
        });
      }
    }
    return findings;
  },
};
