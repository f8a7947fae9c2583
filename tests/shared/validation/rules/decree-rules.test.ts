import { describe, expect, it } from 'vitest';
import { check, goodFicha, subject, withFicha } from '../subject';

const withFormats = (...formats: string[]) => {
  const ficha = goodFicha();
  ficha.distributions = formats.map((format, i) => ({
    ...ficha.distributions[0],
    id: `d${i}`,
    format,
  }));
  return subject({ ficha });
};

describe('decree-machine-readable', () => {
  it('passes a CSV, and no listed file (Ficha exports CSV)', () => {
    expect(check('decree-machine-readable', withFormats('csv'))).toEqual([]);
    expect(check('decree-machine-readable', withFormats())).toEqual([]);
  });

  it('fails when only PDFs are published', () => {
    expect(check('decree-machine-readable', withFormats('pdf'))).toHaveLength(1);
  });
});

describe('decree-open-format', () => {
  it('passes an XLSX beside a CSV', () => {
    expect(check('decree-open-format', withFormats('xlsx', 'csv'))).toEqual([]);
  });

  it('fails an XLSX alone', () => {
    expect(check('decree-open-format', withFormats('xlsx'))).toHaveLength(1);
  });
});

describe('decree-integral', () => {
  it('passes a ficha with its metadata and dictionary', () => {
    expect(check('decree-integral', subject())).toEqual([]);
  });

  it('lists what is missing', () => {
    const [finding] = check('decree-integral', withFicha({ keywords: [], dictionary: [] }));
    expect(finding.message.en).toContain('Keywords');
    expect(finding.message.en).toContain('2 undescribed columns');
  });
});

describe('decree-timely', () => {
  it('passes data modified within the periodicity', () => {
    expect(check('decree-timely', subject())).toEqual([]);
    expect(
      check('decree-timely', withFicha({ periodicity: 'irregular', modified: '2001-01-01' })),
    ).toEqual([]);
  });

  it('fails data whose update is overdue', () => {
    const [finding] = check(
      'decree-timely',
      withFicha({ periodicity: 'R/P1M', modified: '2024-01-01' }),
    );
    expect(finding.message.en).toContain('due on 2024-03-02');
  });
});

describe('decree-free-license', () => {
  it('passes a free license', () => {
    expect(check('decree-free-license', withFicha({ license: 'cc0-1.0' }))).toEqual([]);
  });

  it('fails a missing or restrictive license, offering Libre Uso MX', () => {
    expect(check('decree-free-license', withFicha({ license: '' }))[0].fix).toMatchObject({
      value: 'libre-uso-mx',
    });
    expect(check('decree-free-license', withFicha({ license: 'cc-by-nc-4.0' }))).toHaveLength(1);
  });
});
