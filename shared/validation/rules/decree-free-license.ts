import { say } from '../options';
import type { Rule } from '../types';
import { licenseOpen } from './license-open';

/** Decree: free to use, with at most the obligation to cite the source. */
export const decreeFreeLicense: Rule = {
  id: 'decree-free-license',
  title: say('De libre uso (licencia libre)', 'Free to use (free license)'),
  check(subject, options) {
    if (subject.ficha.license.trim() === '') {
      return [
        {
          location: { field: 'license' },
          message: say('Elija una licencia libre.', 'Choose a free license.'),
          fix: { kind: 'field', field: 'license', value: 'libre-uso-mx' },
        },
      ];
    }
    return licenseOpen.check(subject, options);
  },
};
