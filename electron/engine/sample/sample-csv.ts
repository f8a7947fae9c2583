import statesFile from '../../../resources/vocabularies/inegi-states.json';

const pollutants = ['PM10', 'PM2.5', 'SO2', 'NOx', 'CO', 'COV', 'NH3'];

/**
 * A long CSV of monthly emission estimates by municipality, to show the
 * grid with many rows: municipality keys keep their leading zeros, values
 * use a decimal point, a few are missing. Deterministic for a given size;
 * the figures are not official.
 */
export function buildSampleCsv(rows: number): string {
  const lines = ['clave_entidad,entidad,clave_municipio,anio,mes,contaminante,toneladas'];
  let state = 7;
  const next = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };

  for (let i = 0; i < rows; i++) {
    const entity = statesFile.states[i % statesFile.states.length];
    const municipality = `${entity.key}${String(1 + (Math.floor(i / 32) % 120)).padStart(3, '0')}`;
    const year = 2015 + (Math.floor(i / 3840) % 8);
    const month = 1 + (Math.floor(i / 32) % 12);
    const pollutant = pollutants[i % pollutants.length];
    const tons = next() < 0.02 ? '' : (next() * 900).toFixed(2);
    const name = entity.name.includes(',') ? `"${entity.name}"` : entity.name;
    lines.push(`${entity.key},${name},${municipality},${year},${month},${pollutant},${tons}`);
  }
  return lines.join('\n') + '\n';
}
