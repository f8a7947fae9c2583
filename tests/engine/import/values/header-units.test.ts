import { describe, expect, it } from 'vitest';
import { headerUnit } from '../../../../electron/engine/import/values';

describe('headerUnit', () => {
  it('finds a unit in parentheses or brackets', () => {
    expect(headerUnit('Cantidad (kg)').unit).toBe('kg');
    expect(headerUnit('Superficie [ha]').unit).toBe('ha');
    expect(headerUnit('Emisiones (ton/año)').unit).toBe('ton/año');
    expect(headerUnit('Valor (miles de pesos)').unit).toBe('miles de pesos');
  });

  it('finds a unit after an underscore', () => {
    expect(headerUnit('ALC_mg/L').unit).toBe('mg/L');
    expect(headerUnit('area_ha').unit).toBe('ha');
  });

  it('leaves names that only look like units alone', () => {
    expect(headerUnit('CVE_ENT').unit).toBeUndefined();
    expect(headerUnit('Nombre (opcional en el formato)').unit).toBeUndefined();
    expect(headerUnit('Estado').unit).toBeUndefined();
  });

  it('keeps the label as written', () => {
    expect(headerUnit('Cantidad (kg)').label).toBe('Cantidad (kg)');
  });
});
