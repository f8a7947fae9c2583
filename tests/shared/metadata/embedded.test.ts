import { describe, expect, it } from 'vitest';
import { fieldForKey, matchEmbedded } from '../../../shared/metadata/embedded';
import {
  parsePeriodicityText,
  parseTemporalText,
  sentenceCase,
} from '../../../shared/metadata/embedded-values';

const columns = [
  { name: 'cve_mun', label: 'CVE_MUN' },
  { name: 'pm2_5', label: 'PM2.5' },
  { name: 'carbon_negro', label: 'Carbón Negro' },
  { name: 'v_so2', label: 'v_SO2' },
  { name: 'nox', label: 'NOX' },
];

describe('embedded METADATOS and VARIABLES sheets', () => {
  it('maps METADATOS keys to ficha fields, tolerant of accents, case and underscores', () => {
    expect(fieldForKey('Nombre del Dataset')).toBe('title');
    expect(fieldForKey('DESCRIPCIÓN DEL DATASET')).toBe('description');
    expect(fieldForKey('Periodo de actualización')).toBe('periodicity');
    expect(fieldForKey('URL_Fuente')).toBe('moreInfo');
    expect(fieldForKey('Dataset base')).toBeNull();
  });

  it('matches variables to columns by case, accents, punctuation and prefixes, and reports the rest', () => {
    const match = matchEmbedded(
      {
        fields: [],
        sheets: ['VARIABLES'],
        dictionary: [
          { name: 'PM2.5', description: 'finas' },
          { name: 'CARBON NEGRO', description: 'hollín' },
          { name: 'SO2', description: 'azufre' },
          { name: 'NOx', description: 'óxidos' },
          { name: 'CH4', description: 'metano' },
        ],
      },
      columns,
    );
    expect(match.entries.map((e) => [e.name, e.column, e.how])).toEqual([
      ['PM2.5', 'pm2_5', 'exact'],
      ['CARBON NEGRO', 'carbon_negro', 'folded'],
      ['SO2', 'v_so2', 'affix'],
      ['NOx', 'nox', 'folded'],
      ['CH4', null, null],
    ]);
    expect(match.unmatchedEntries).toEqual(['CH4']);
    expect(match.undescribedColumns).toEqual(['cve_mun']);
  });

  it('refuses an ambiguous prefix match', () => {
    const match = matchEmbedded(
      { fields: [], sheets: [], dictionary: [{ name: 'CO', description: '' }] },
      [
        { name: 'co_2008', label: 'CO 2008' },
        { name: 'co_2009', label: 'CO 2009' },
      ],
    );
    expect(match.entries[0].column).toBeNull();
  });

  it('reads coverage, periodicity and titles written in words', () => {
    expect(parseTemporalText('2008')).toEqual({ start: '2008', end: '2008' });
    expect(parseTemporalText('De 2005 a 2010')).toEqual({ start: '2005', end: '2010' });
    expect(parseTemporalText('ND')).toBeNull();
    expect(parsePeriodicityText('Anual')).toBe('R/P1Y');
    expect(parsePeriodicityText('cada 2 años')).toBe('R/P2Y');
    expect(parsePeriodicityText('ND')).toBeNull();
    expect(sentenceCase('INVENTARIO NACIONAL DE EMISIONES 2008')).toBe(
      'Inventario nacional de emisiones 2008',
    );
    expect(sentenceCase('Emisiones de CO2')).toBe('Emisiones de CO2');
  });
});
