import { describe, expect, it } from 'vitest';
import { check, goodFicha, subject, withFicha } from '../subject';

describe('dcat-date-values', () => {
  it('passes YYYY, YYYY-MM, YYYY-MM-DD and date-times', () => {
    const ficha = {
      issued: '2024-01-15T10:00:00Z',
      modified: '2024-06',
      temporal: { start: '2008', end: '2008-12-31' },
    };
    expect(check('dcat-date-values', withFicha(ficha))).toEqual([]);
  });

  it('fails local formats and impossible dates', () => {
    const ficha = { issued: '15/01/2024', modified: '2024-02-30' };
    expect(check('dcat-date-values', withFicha(ficha)).map((f) => f.location.field)).toEqual([
      'issued',
      'modified',
    ]);
  });
});

describe('dcat-vocabulary-terms', () => {
  it('passes terms that resolve to EU vocabulary IRIs', () => {
    expect(check('dcat-vocabulary-terms', subject())).toEqual([]);
  });

  it('fails themes, periodicity, language, license and formats that do not resolve', () => {
    const ficha = goodFicha();
    ficha.themes = ['CLIMA'];
    ficha.periodicity = 'cada rato';
    ficha.language = 'klingon';
    ficha.license = 'other-closed';
    ficha.distributions[0].format = 'sav';
    const fields = check('dcat-vocabulary-terms', subject({ ficha })).map((f) => f.location.field);
    expect(fields).toEqual([
      'themes.0',
      'periodicity',
      'language',
      'license',
      'distributions.0.format',
    ]);
  });
});

describe('dcat-iri-values', () => {
  it('passes absolute https links', () => {
    expect(check('dcat-iri-values', subject())).toEqual([]);
  });

  it('fails relative links and unexpanded URL patterns', () => {
    const ficha = goodFicha();
    ficha.landingPage = 'www.gob.mx/inecc';
    ficha.distributions[0].downloadURL = 'https://datos.example.mx/{dataset}/datos.csv';
    expect(check('dcat-iri-values', subject({ ficha }))).toHaveLength(2);
  });
});

describe('dcat-media-type', () => {
  it('passes IANA media types', () => {
    expect(check('dcat-media-type', subject())).toEqual([]);
  });

  it('names a distribution whose media type is not an IANA one', () => {
    const ficha = goodFicha();
    ficha.distributions[0].mediaType = 'excel';
    const findings = check('dcat-media-type', subject({ ficha }));
    expect(findings.map((finding) => finding.location.field)).toEqual([
      'distributions.0.mediaType',
    ]);
  });
});
