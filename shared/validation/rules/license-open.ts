import { findLicense } from '../../vocabularies/licenses';
import { say } from '../options';
import type { Rule } from '../types';

/** A license from the shipped list that lets anyone reuse the data. */
export const licenseOpen: Rule = {
  id: 'license-open',
  title: say('Licencia libre', 'Free license'),
  check(subject) {
    const value = subject.ficha.license.trim();
    if (value === '') return [];
    const license = findLicense(value);
    if (license?.open) return [];
    return [
      {
        location: { field: 'license' },
        message: license
          ? say(
              `La licencia «${license.label.es}» no permite el libre uso; los datos abiertos requieren una licencia libre.`,
              `License «${license.label.en}» does not allow free use; open data needs a free license.`,
            )
          : say(`La licencia «${value}» no es conocida.`, `License «${value}» is not known.`),
        fix: { kind: 'field', field: 'license', value: 'libre-uso-mx' },
      },
    ];
  },
};
