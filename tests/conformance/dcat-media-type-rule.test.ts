import { describe, expect, it } from 'vitest';
import { dcatTurtle } from '../../shared/serialize/dcat-turtle';
import { dcatMediaType } from '../../shared/validation/rules/dcat-media-type';
import type { ValidationSubject } from '../../shared/validation/types';
import { completeFicha } from '../shared/serialize/fixtures';

function subjectWith(mediaType: string): ValidationSubject {
  const ficha = completeFicha();
  ficha.distributions[0].mediaType = mediaType;
  return { dataset: 'emisiones', ficha, columns: [], now: '2025-01-01T00:00:00Z' };
}

describe('the dcat-media-type rule', () => {
  it('passes IANA media types', () => {
    expect(dcatMediaType.check(subjectWith('text/csv'), {})).toEqual([]);
    expect(dcatMediaType.check(subjectWith('application/vnd.ms-excel'), {})).toEqual([]);
  });

  it('names a distribution whose media type the DCAT record would have to leave out', () => {
    const findings = dcatMediaType.check(subjectWith('CSV'), {});
    expect(findings.map((f) => f.location.field)).toEqual(['distributions.0.mediaType']);
    expect(dcatTurtle(subjectWith('CSV').ficha)).not.toContain('dcat:mediaType');
  });
});
