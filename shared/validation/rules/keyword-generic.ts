import { foldText } from '../../vocabularies/fold';
import { genericKeywords } from '../../vocabularies/keywords';
import { say, stringsOption } from '../options';
import type { Rule, RuleFinding } from '../types';

/**
 * Keywords too generic to help a search ("datos", "información"), and
 * keywords repeated once case and accents are ignored.
 */
export const keywordGeneric: Rule = {
  id: 'keyword-generic',
  title: say('Palabras clave específicas y sin repetir', 'Specific, distinct keywords'),
  check(subject, options) {
    const extra = stringsOption(options, 'generic', []).map(foldText);
    const generic = new Set([...genericKeywords, ...extra]);
    const seen = new Map<string, string>();
    const findings: RuleFinding[] = [];

    subject.ficha.keywords.forEach((keyword, index) => {
      const key = foldText(keyword);
      const field = `keywords.${index}`;
      if (generic.has(key)) {
        findings.push({
          location: { field },
          message: say(
            `«${keyword}» es demasiado genérica para ayudar a encontrar los datos.`,
            `«${keyword}» is too generic to help anyone find the data.`,
          ),
        });
      }
      const first = seen.get(key);
      if (first !== undefined) {
        findings.push({
          location: { field },
          message: say(`«${keyword}» repite «${first}».`, `«${keyword}» repeats «${first}».`),
        });
      } else {
        seen.set(key, keyword);
      }
    });
    return findings;
  },
};
