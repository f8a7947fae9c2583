import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

// An IANA media type: a top-level type and a subtype, as DCAT-AP expects
// dcat:mediaType to point under https://www.iana.org/assignments/media-types/.
const MEDIA_TYPE =
  /^(application|audio|font|image|message|model|multipart|text|video)\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/**
 * Each distribution's media type written as an IANA media type
 * ("text/csv"), which the DCAT-AP 3 shapes check through its IRI; a value
 * such as "CSV" or "excel" would leave the record without dcat:mediaType.
 */
export const dcatMediaType: Rule = {
  id: 'dcat-media-type',
  title: say('Tipo de medio IANA en cada distribución', 'IANA media type on each distribution'),
  check(subject) {
    const findings: RuleFinding[] = [];
    subject.ficha.distributions.forEach((distribution, i) => {
      const value = distribution.mediaType.trim();
      if (value === '' || MEDIA_TYPE.test(value.toLowerCase())) return;
      findings.push({
        location: { field: `distributions.${i}.mediaType` },
        message: say(
          `«${value}» no es un tipo de medio IANA (por ejemplo text/csv).`,
          `«${value}» is not an IANA media type (for example text/csv).`,
        ),
      });
    });
    return findings;
  },
};
