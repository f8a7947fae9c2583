import { describe, expect, it } from 'vitest';
import { unitFromHeader } from '../../../shared/metadata/units';

describe('units found in column headers', () => {
  it.each([
    ['Cantidad (kg)', 'Cantidad', 'kg'],
    ['ALC_mg/L', 'ALC', 'mg/L'],
    ['Emisiones [Mg]', 'Emisiones', 'Mg'],
    ['Superficie (ha)', 'Superficie', 'ha'],
    ['Monto (miles de pesos)', 'Monto', 'miles de pesos'],
    ['Porcentaje (%)', 'Porcentaje', '%'],
    ['Temperatura °C', 'Temperatura', '°C'],
  ])('reads %s as %s in %s', (header, label, unit) => {
    expect(unitFromHeader(header)).toEqual({ label, unit });
  });

  it.each(['Población (2020)', 'PM2.5', 'Clave', 'Periodo (2005-2010)', 'CVE_MUN'])(
    'finds no unit in %s',
    (header) => {
      expect(unitFromHeader(header)).toBeNull();
    },
  );
});
