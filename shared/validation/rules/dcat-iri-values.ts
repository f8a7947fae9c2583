import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/** Tells whether text is an absolute http(s) IRI without spaces or placeholders. */
export function isHttpIri(text: string): boolean {
  if (!/^https?:\/\/[^\s{}<>"]+$/i.test(text)) return false;
  try {
    return new URL(text).hostname.includes('.');
  } catch {
    return false;
  }
}

/** Links (landing page, more information, download URLs) written as absolute IRIs. */
export const dcatIriValues: Rule = {
  id: 'dcat-iri-values',
  title: say('Enlaces como IRI absolutos', 'Links as absolute IRIs'),
  check(subject) {
    const { ficha } = subject;
    const findings: RuleFinding[] = [];
    const check = (field: string, value: string) => {
      if (value.trim() === '' || isHttpIri(value.trim())) return;
      findings.push({
        location: { field },
        message: say(
          `«${value}» no es un enlace completo (https://…).`,
          `«${value}» is not a complete link (https://…).`,
        ),
      });
    };

    check('landingPage', ficha.landingPage);
    ficha.moreInfo.forEach((url, i) => check(`moreInfo.${i}`, url));
    ficha.distributions.forEach((d, i) => check(`distributions.${i}.downloadURL`, d.downloadURL));
    return findings;
  },
};
