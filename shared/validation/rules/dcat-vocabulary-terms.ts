import { findFileType } from '../../vocabularies/file-types';
import { findLanguage } from '../../vocabularies/languages';
import { findLicense } from '../../vocabularies/licenses';
import { frequencyIri } from '../../vocabularies/periodicities';
import { themeIri } from '../../vocabularies/themes';
import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/**
 * Values DCAT-AP expects as terms of controlled vocabularies that resolve
 * to IRIs: themes, frequency, language, license and each file's format.
 */
export const dcatVocabularyTerms: Rule = {
  id: 'dcat-vocabulary-terms',
  title: say('Términos de vocabularios controlados', 'Controlled vocabulary terms'),
  check(subject) {
    const { ficha } = subject;
    const findings: RuleFinding[] = [];
    const unresolved = (field: string, value: string, vocabulary: string) =>
      findings.push({
        location: { field },
        message: say(
          `«${value}» no corresponde a un término del vocabulario ${vocabulary}.`,
          `«${value}» is not a term of the ${vocabulary} vocabulary.`,
        ),
      });

    ficha.themes.forEach((code, i) => {
      if (!themeIri(code)) unresolved(`themes.${i}`, code, 'EU data-theme');
    });
    if (ficha.periodicity !== '' && !frequencyIri(ficha.periodicity)) {
      unresolved('periodicity', ficha.periodicity, 'EU frequency');
    }
    if (ficha.language !== '' && !findLanguage(ficha.language)) {
      unresolved('language', ficha.language, 'EU language');
    }
    const license = findLicense(ficha.license);
    if (ficha.license !== '' && (!license || license.url === '')) {
      unresolved('license', ficha.license, 'licenses');
    }
    ficha.distributions.forEach((d, i) => {
      if (d.format !== '' && !findFileType(d.format)) {
        unresolved(`distributions.${i}.format`, d.format, 'EU file-type');
      }
    });
    return findings;
  },
};
