import { describe, expect, it } from 'vitest';
import { check, goodFicha, subject, withFicha } from '../subject';

describe('required-fields', () => {
  const options = {
    fields: ['title', 'contact.email', 'dictionary'],
    distributionFields: ['downloadURL'],
  };

  it('passes when every named field is filled', () => {
    expect(check('required-fields', subject(), options)).toEqual([]);
  });

  it('names each missing field and distribution field', () => {
    const ficha = goodFicha();
    ficha.contact.email = ' ';
    ficha.distributions[0].downloadURL = '';
    const findings = check('required-fields', subject({ ficha }), options);
    expect(findings.map((f) => f.location.field)).toEqual([
      'contact.email',
      'distributions.0.downloadURL',
    ]);
    expect(findings[0].message.es).toContain('Correo de contacto');
  });
});

describe('keyword-format', () => {
  it('passes letters, digits, spaces and - _ .', () => {
    expect(
      check(
        'keyword-format',
        withFicha({ keywords: ['PM2.5', 'gases_efecto-invernadero', 'año'] }),
      ),
    ).toEqual([]);
  });

  it('flags short keywords and forbidden characters, offering a cleaned value', () => {
    const findings = check('keyword-format', withFicha({ keywords: ['a', 'aire/agua'] }));
    expect(findings).toHaveLength(2);
    expect(findings[1].fix).toEqual({ kind: 'field', field: 'keywords.1', value: 'aire agua' });
  });

  it('takes its limits from the profile', () => {
    expect(
      check('keyword-format', withFicha({ keywords: ['emisiones'] }), { max: 5 }),
    ).toHaveLength(1);
  });
});

describe('keyword-count', () => {
  it('passes with three keywords', () => {
    expect(check('keyword-count', subject())).toEqual([]);
  });

  it('warns with fewer than the minimum', () => {
    expect(check('keyword-count', withFicha({ keywords: ['emisiones'] }))).toHaveLength(1);
  });
});

describe('keyword-generic', () => {
  it('passes specific, distinct keywords', () => {
    expect(check('keyword-generic', subject())).toEqual([]);
  });

  it('flags generic keywords and repeats that differ only in accents or case', () => {
    const findings = check(
      'keyword-generic',
      withFicha({ keywords: ['Datos', 'Emisión', 'emision'] }),
    );
    expect(findings.map((f) => f.location.field)).toEqual(['keywords.0', 'keywords.2']);
  });
});

describe('title-length', () => {
  it('passes a title of 77 characters', () => {
    expect(check('title-length', withFicha({ title: 'x'.repeat(77) }))).toEqual([]);
  });

  it('warns past the configured length', () => {
    expect(check('title-length', withFicha({ title: 'x'.repeat(78) }))).toHaveLength(1);
    expect(check('title-length', withFicha({ title: 'x'.repeat(50) }), { max: 40 })).toHaveLength(
      1,
    );
  });
});

describe('description-first-sentence', () => {
  it('measures only the first sentence', () => {
    const description = `Emisiones por municipio. ${'Más detalle. '.repeat(20)}`;
    expect(check('description-first-sentence', withFicha({ description }))).toEqual([]);
  });

  it('warns when the first sentence is too long', () => {
    const description = `${'Emisiones de contaminantes '.repeat(4)}por municipio.`;
    expect(check('description-first-sentence', withFicha({ description }))).toHaveLength(1);
  });
});

describe('ckan-name-length', () => {
  it('passes a title whose CKAN name fits', () => {
    expect(check('ckan-name-length', subject())).toEqual([]);
  });

  it('fails when the CKAN name passes 100 characters', () => {
    expect(check('ckan-name-length', withFicha({ title: 'Emisión '.repeat(15) }))).toHaveLength(1);
  });
});

describe('periodicity-known', () => {
  it('passes a value of the list', () => {
    expect(check('periodicity-known', withFicha({ periodicity: 'irregular' }))).toEqual([]);
  });

  it('fails an unknown value and suggests the list value for a label', () => {
    expect(check('periodicity-known', withFicha({ periodicity: 'a veces' }))).toHaveLength(1);
    const [finding] = check('periodicity-known', withFicha({ periodicity: 'Anual' }));
    expect(finding.fix).toEqual({ kind: 'field', field: 'periodicity', value: 'R/P1Y' });
  });
});

describe('category-known', () => {
  it('passes a category of the list', () => {
    expect(check('category-known', subject())).toEqual([]);
  });

  it('fails an unknown category and fixes a misspelt one', () => {
    expect(check('category-known', withFicha({ category: 'Clima' }))).toHaveLength(1);
    const [finding] = check('category-known', withFicha({ category: 'energia y medio ambiente' }));
    expect(finding.fix).toMatchObject({ value: 'Energía y Medio Ambiente' });
  });
});

describe('license-open', () => {
  it('passes Libre Uso MX', () => {
    expect(check('license-open', subject())).toEqual([]);
  });

  it('fails a non-commercial license', () => {
    expect(check('license-open', withFicha({ license: 'cc-by-nc-4.0' }))).toHaveLength(1);
  });
});

describe('dictionary-coverage', () => {
  it('passes when every column is described', () => {
    expect(check('dictionary-coverage', subject())).toEqual([]);
  });

  it('names undescribed columns and entries for columns that do not exist', () => {
    const ficha = goodFicha();
    ficha.dictionary[1].description = '';
    ficha.dictionary.push({ ...ficha.dictionary[0], name: 'CVE-ENT' });
    const findings = check('dictionary-coverage', subject({ ficha }));
    expect(findings.map((f) => f.location.column)).toEqual(['pm10', 'CVE-ENT']);
    expect(findings[1].severity).toBe('warning');
  });
});

describe('title-generic', () => {
  it('passes a descriptive title', () => {
    expect(check('title-generic', subject())).toEqual([]);
  });

  it('flags titles made of generic words', () => {
    expect(check('title-generic', withFicha({ title: 'Base de datos 2020' }))).toHaveLength(1);
    expect(check('title-generic', withFicha({ title: 'Tabla 1' }))).toHaveLength(1);
  });
});

describe('title-duplicate', () => {
  it('passes a title no other dataset uses', () => {
    expect(check('title-duplicate', subject())).toEqual([]);
  });

  it('fails a title another dataset uses, ignoring case and accents, and suggests a suffix', () => {
    const siblings = [
      { name: 'otro', title: 'EMISIONES DE CONTAMINANTES CRITERIO POR MUNICIPIO, 2008' },
    ];
    const [finding] = check('title-duplicate', subject({ siblings }));
    expect(finding.fix).toMatchObject({
      field: 'title',
      value: expect.stringMatching(/ de INECC$/),
    });
  });
});

describe('modified-not-future', () => {
  it('passes dates up to today', () => {
    expect(check('modified-not-future', withFicha({ modified: '2024-07-01' }))).toEqual([]);
  });

  it('fails a modified date after today', () => {
    const [finding] = check('modified-not-future', withFicha({ modified: '2024-07-02' }));
    expect(finding.location.field).toBe('modified');
  });
});

describe('temporal-order', () => {
  it('passes a start before the end, at different precisions', () => {
    expect(
      check('temporal-order', withFicha({ temporal: { start: '2008', end: '2008-12-31' } })),
    ).toEqual([]);
  });

  it('fails a start after the end', () => {
    expect(
      check('temporal-order', withFicha({ temporal: { start: '2010', end: '2008' } })),
    ).toHaveLength(1);
  });
});

describe('email-format', () => {
  it('passes an address', () => {
    expect(check('email-format', subject())).toEqual([]);
  });

  it('fails text that is not an address', () => {
    const ficha = goodFicha();
    ficha.contact.email = 'ana en inecc';
    expect(check('email-format', subject({ ficha }))).toHaveLength(1);
  });
});

describe('field-max-length', () => {
  it('passes fields within their limits', () => {
    expect(check('field-max-length', subject())).toEqual([]);
  });

  it('fails a field past its limit', () => {
    const ficha = goodFicha();
    ficha.contact.position = 'x'.repeat(256);
    expect(check('field-max-length', subject({ ficha }))[0].location.field).toBe(
      'contact.position',
    );
  });
});

describe('allowed-values', () => {
  const options = { choices: { language: ['es', 'en'], themes: ['ENVI', 'ENER'] } };

  it('passes values from the lists', () => {
    expect(check('allowed-values', subject(), options)).toEqual([]);
  });

  it('fails values outside the lists, list fields item by item', () => {
    const findings = check(
      'allowed-values',
      withFicha({ language: 'fr', themes: ['ENVI', 'AGRI'] }),
      options,
    );
    expect(findings.map((f) => f.location.field)).toEqual(['language', 'themes']);
  });
});
