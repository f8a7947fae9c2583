import { describe, expect, it } from 'vitest';
import {
  findMunicipality,
  foldMunicipalityName,
  municipalities,
  municipalitiesOf,
  type MunicipalityMatch,
} from '../../../shared/vocabularies';

/**
 * Municipalities per state in INEGI's AGEEML catalogue (October 2025),
 * including the ones created since the 2020 census: San Quintín and San
 * Felipe (BC), Seybaplaya and Dzitbalché (Campeche), Chiapas 120–125,
 * Guerrero 082–085, Morelos 034–036, Eldorado and Juan José Ríos
 * (Sinaloa). Mexico City's 16 are alcaldías. These add up to 2,477; the
 * copy of the AGEEML catalogue consulted says 2,478 records in its header,
 * but every state end checked in it (02, 04, 07, 12, 17, 23, 25, 32)
 * matches the counts here, so the header is not taken as the target.
 */
// prettier-ignore
const officialCounts: Record<string, number> = {
  '01': 11, '02': 7, '03': 5, '04': 13, '05': 38, '06': 10, '07': 124, '08': 67,
  '09': 16, '10': 39, '11': 46, '12': 85, '13': 84, '14': 125, '15': 125, '16': 113,
  '17': 36, '18': 20, '19': 51, '20': 570, '21': 217, '22': 18, '23': 11, '24': 58,
  '25': 20, '26': 72, '27': 17, '28': 43, '29': 60, '30': 212, '31': 106, '32': 58,
};

function keyOf(match: MunicipalityMatch): string | null {
  return match.status === 'found' ? match.municipality.key : null;
}

describe('the INEGI municipality catalogue', () => {
  it('has the official number of municipalities in every state', () => {
    for (const [state, count] of Object.entries(officialCounts)) {
      expect(municipalitiesOf(state).length, `state ${state}`).toBe(count);
    }
    expect(municipalities.length).toBe(2477);
  });

  it('keys every municipality with five unique digits that start with its state', () => {
    const keys = new Set<string>();
    for (const m of municipalities) {
      expect(m.key).toMatch(/^\d{5}$/);
      expect(m.key.slice(0, 2)).toBe(m.state);
      expect(Number(m.state)).toBeGreaterThanOrEqual(1);
      expect(Number(m.state)).toBeLessThanOrEqual(32);
      expect(m.name.trim()).toBe(m.name);
      keys.add(m.key);
    }
    expect(keys.size).toBe(municipalities.length);
  });

  it('names well-known municipalities by their keys', () => {
    const name = (key: string) => municipalities.find((m) => m.key === key)?.name;
    expect(name('09015')).toBe('Cuauhtémoc');
    expect(name('14039')).toBe('Guadalajara');
    expect(name('14120')).toBe('Zapopan');
    expect(name('19039')).toBe('Monterrey');
    expect(name('20067')).toBe('Oaxaca de Juárez');
    expect(name('30193')).toBe('Veracruz');
    expect(name('02006')).toBe('San Quintín');
    expect(name('04013')).toBe('Dzitbalché');
    expect(name('25020')).toBe('Juan José Ríos');
  });
});

describe('findMunicipality', () => {
  it('tolerates accents, case, spaces and "Municipio de"', () => {
    expect(keyOf(findMunicipality('ZAPOPAN'))).toBe('14120');
    expect(keyOf(findMunicipality('  oaxaca de juarez '))).toBe('20067');
    expect(keyOf(findMunicipality('Municipio de Monterrey'))).toBe('19039');
    expect(keyOf(findMunicipality('Mpio. de Zapopan'))).toBe('14120');
    expect(keyOf(findMunicipality('Alcaldía Cuauhtémoc', '09'))).toBe('09015');
  });

  it('writes out abbreviations', () => {
    expect(keyOf(findMunicipality('Gral. Escobedo'))).toBe('19021');
    expect(keyOf(findMunicipality('Dr. Arroyo'))).toBe('19014');
    expect(keyOf(findMunicipality('Cd. Madero'))).toBe('28009');
    expect(foldMunicipalityName('Sta. María del Tule')).toBe('santa maria del tule');
  });

  it('finds older official names kept as variants', () => {
    expect(keyOf(findMunicipality('Tlaquepaque'))).toBe('14098');
    expect(keyOf(findMunicipality('José Azueta', 12))).toBe('12038');
    expect(keyOf(findMunicipality('Huajuapan de León'))).toBe('20039');
  });

  it('reports a name shared by several states as ambiguous instead of guessing', () => {
    const match = findMunicipality('Benito Juárez');
    expect(match.status).toBe('ambiguous');
    const states = match.status === 'ambiguous' ? match.candidates.map((m) => m.state) : [];
    expect(states).toEqual(expect.arrayContaining(['09', '23', '30']));
  });

  it('settles an ambiguous name with the state key', () => {
    expect(keyOf(findMunicipality('Benito Juárez', '09'))).toBe('09014');
    expect(keyOf(findMunicipality('Benito Juárez', 23))).toBe('23005');
    expect(keyOf(findMunicipality('Cuauhtémoc', '8'))).toBe('08017');
  });

  it('keeps two municipalities of one state with the same name ambiguous', () => {
    expect(findMunicipality('San Juan Mixtepec', '20').status).toBe('ambiguous');
    expect(keyOf(findMunicipality('San Juan Mixtepec Dto. 26', '20'))).toBe('20209');
  });

  it('accepts keys, five digits alone or three with the state', () => {
    expect(keyOf(findMunicipality('14120'))).toBe('14120');
    expect(keyOf(findMunicipality('120', '14'))).toBe('14120');
    expect(keyOf(findMunicipality('39', '19'))).toBe('19039');
    expect(findMunicipality('14120', '19').status).toBe('unknown');
  });

  it('returns unknown for names outside the catalogue, outside the state, or empty', () => {
    expect(findMunicipality('Springfield').status).toBe('unknown');
    expect(findMunicipality('Zapopan', '19').status).toBe('unknown');
    expect(findMunicipality('').status).toBe('unknown');
    expect(findMunicipality(null).status).toBe('unknown');
  });
});
