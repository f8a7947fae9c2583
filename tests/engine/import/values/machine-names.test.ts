import { describe, expect, it } from 'vitest';
import { machineName, uniqueMachineNames } from '../../../../electron/engine/import/values';

describe('machineName', () => {
  it('lowercases, removes accents and joins words with underscores', () => {
    expect(machineName('Año', 1)).toBe('ano');
    expect(machineName('Población Total (hab.)', 1)).toBe('poblacion_total_hab');
    expect(machineName('  Clave   de Municipio ', 1)).toBe('clave_de_municipio');
    expect(machineName('Señal/Ñandú', 1)).toBe('senal_nandu');
  });

  it('never starts with a digit', () => {
    expect(machineName('2005', 1)).toBe('c_2005');
    expect(machineName('1er trimestre', 1)).toBe('c_1er_trimestre');
  });

  it('names an empty or symbol-only label by its position', () => {
    expect(machineName('', 3)).toBe('columna_3');
    expect(machineName('***', 7)).toBe('columna_7');
  });

  it('spells out percent signs', () => {
    expect(machineName('Avance %', 1)).toBe('avance_pct');
  });

  it('keeps names to a reasonable length', () => {
    expect(machineName('palabra '.repeat(30), 1).length).toBeLessThanOrEqual(60);
  });
});

describe('uniqueMachineNames', () => {
  it('suffixes repeated names in order of appearance', () => {
    expect(uniqueMachineNames(['Total', 'total', 'TOTAL', 'Otro'])).toEqual([
      'total',
      'total_2',
      'total_3',
      'otro',
    ]);
  });

  it('avoids the names SQLite keeps for the row id', () => {
    expect(uniqueMachineNames(['rowid', 'OID'])).toEqual(['rowid_2', 'oid_2']);
  });

  it('gives every blank header its own name', () => {
    expect(uniqueMachineNames(['', 'a', ''])).toEqual(['columna_1', 'a', 'columna_3']);
  });
});
