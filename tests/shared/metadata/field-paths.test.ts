import { describe, expect, it } from 'vitest';
import { ckanName } from '../../../shared/metadata/ckan-name';
import { isFilled, readField, setFieldFromText } from '../../../shared/metadata/field-paths';
import { machineNameOf } from '../../../shared/metadata/machine-name';
import { distributionSchema, emptyFicha } from '../../../shared/metadata/model';

describe('field paths on the command line', () => {
  it('sets text, lists, months, periodicity and spatial coverage from text', () => {
    let ficha = emptyFicha();
    ficha = setFieldFromText(ficha, 'contact.email', ' ana@inecc.gob.mx ');
    ficha = setFieldFromText(ficha, 'keywords', 'emisiones, calidad del aire,,municipios');
    ficha = setFieldFromText(ficha, 'themes', 'envi,ener');
    ficha = setFieldFromText(ficha, 'updateMonths', '3, diciembre');
    ficha = setFieldFromText(ficha, 'periodicity', 'Anual');
    ficha = setFieldFromText(ficha, 'spatial', 'states:09,15');

    expect(ficha.contact.email).toBe('ana@inecc.gob.mx');
    expect(ficha.keywords).toEqual(['emisiones', 'calidad del aire', 'municipios']);
    expect(ficha.themes).toEqual(['ENVI', 'ENER']);
    expect(ficha.updateMonths).toEqual([3, 12]);
    expect(ficha.periodicity).toBe('R/P1Y');
    expect(ficha.spatial).toEqual({ kind: 'states', codes: ['09', '15'], text: '' });
    expect(setFieldFromText(ficha, 'spatial', 'Cuenca del Valle de México').spatial.kind).toBe(
      'text',
    );
  });

  it('refuses unknown fields and bad months with the reason', () => {
    expect(() => setFieldFromText(emptyFicha(), 'titulo', 'x')).toThrow(/unknown field/);
    expect(() => setFieldFromText(emptyFicha(), 'updateMonths', '13')).toThrow(/not a month/);
  });

  it('sets a distribution’s title, description and download URL by its number', () => {
    const csv = { ...distributionSchema.parse({ id: 'csv', format: 'csv' }), title: 'Datos' };
    const ficha = { ...emptyFicha(), distributions: [csv] };
    const url = 'https://datos.inecc.gob.mx/emisiones/emisiones.csv';
    const set = setFieldFromText(ficha, 'distributions.0.downloadURL', ` ${url} `);

    expect(set.distributions[0]).toMatchObject({ downloadURL: url, title: 'Datos' });
    expect(ficha.distributions[0].downloadURL).toBe('');
    expect(() => setFieldFromText(ficha, 'distributions.1.title', 'x')).toThrow(
      /1 distribution, numbered from 0 to 0/,
    );
    expect(() => setFieldFromText(emptyFicha(), 'distributions.0.title', 'x')).toThrow(
      /no distributions/,
    );
    expect(() => setFieldFromText(ficha, 'distributions.0.checksum', 'x')).toThrow(/unknown field/);
  });

  it('reads dotted paths and tells filled from empty', () => {
    const ficha = emptyFicha();
    expect(readField(ficha, 'contact.email')).toBe('');
    expect(isFilled(readField(ficha, 'keywords'))).toBe(false);
    expect(isFilled(readField(ficha, 'license'))).toBe(true);
  });

  it('makes CKAN names and machine names from labels', () => {
    expect(ckanName('Emisiones de CO₂ por municipio, 2008')).toBe(
      'emisiones-de-co-por-municipio-2008',
    );
    expect(machineNameOf('Año (kg)')).toBe('ano_kg');
    expect(machineNameOf('2008')).toBe('c_2008');
  });
});
