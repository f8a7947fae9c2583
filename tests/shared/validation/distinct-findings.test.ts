import { describe, expect, it } from 'vitest';
import { distinctFindings } from '../../../shared/validation/distinct-findings';
import type { Finding } from '../../../shared/validation/types';

const missingKeywords = { es: 'Falta «Palabras clave».', en: 'Keywords are missing.' };

function finding(
  rule: string,
  severity: Finding['severity'],
  extra: Partial<Finding> = {},
): Finding {
  return { rule, severity, location: { field: 'keywords' }, message: missingKeywords, ...extra };
}

describe('findings shown once', () => {
  it('keeps one of two profiles’ findings on one place and message, the stronger severity', () => {
    const shown = distinctFindings([
      finding('dcat.recommended', 'warning'),
      finding('portal.required-fields', 'error'),
    ]);

    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ rule: 'portal.required-fields', severity: 'error' });
  });

  it('keeps a fix that either of them offers', () => {
    const fix = { kind: 'field' as const, field: 'keywords', value: ['emisiones'] };
    const shown = distinctFindings([finding('a', 'error'), finding('b', 'advice', { fix })]);

    expect(shown).toEqual([{ ...finding('a', 'error'), fix }]);
  });

  it('keeps findings about other places or with other messages, in their order', () => {
    const other = { es: 'Hay 0 palabras clave.', en: 'There are 0 keywords.' };
    const shown = distinctFindings([
      finding('a', 'warning'),
      finding('b', 'warning', { location: { field: 'themes' } }),
      finding('c', 'warning', { message: other }),
      finding('d', 'warning', { location: { column: 'keywords' } }),
    ]);

    expect(shown.map((f) => f.rule)).toEqual(['a', 'b', 'c', 'd']);
  });
});
