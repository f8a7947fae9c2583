// Writes an inventory-shaped CSV for the import benchmark and tests: state
// and municipality codes with leading zeros, names with accents, years,
// decimals and a few missing markers. Deterministic for a given row count.
// Usage: node bench/_inventory-csv.mjs OUT ROWS (the leading _ keeps `npm run bench` from running it)
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const states = [
  'Aguascalientes',
  'Baja California',
  'Ciudad de México',
  'Michoacán de Ocampo',
  'Nuevo León',
  'Querétaro',
  'San Luis Potosí',
  'Yucatán',
  'Estado de México',
  'Oaxaca',
];
const sectors = [
  'Generación de energía eléctrica',
  'Química',
  'Metalúrgica',
  'Petróleo y petroquímica',
  'Cemento y cal',
  'Celulosa y papel',
  'Automotriz',
  'Vidrio',
];
const pollutants = [
  'Bióxido de carbono',
  'Metano',
  'Óxido nitroso',
  'Mercurio (compuestos)',
  'Níquel',
];

/** Writes `rows` data rows plus a header to `out`. */
export async function generateInventoryCsv(out, rows) {
  const stream = createWriteStream(out);
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };

  stream.write(
    'cve_ent,cve_mun,estado,establecimiento,sector,contaminante,anio,emision_ton,' +
      'concentracion,observaciones\n',
  );
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const state = Math.floor(random() * 32) + 1;
    const municipality = Math.floor(random() * 570) + 1;
    const name = states[state % states.length];
    const emission = random() < 0.02 ? 'ND' : (random() * 100000).toFixed(2);
    const note = random() < 0.1 ? '"Dato estimado, revisión ' + (i % 7) + '"' : '';
    buffer +=
      `${String(state).padStart(2, '0')},${String(state).padStart(2, '0')}${String(municipality).padStart(3, '0')},` +
      `${name},Planta ${name} núm. ${i % 9973},${sectors[i % sectors.length]},` +
      `${pollutants[i % pollutants.length]},${2004 + (i % 20)},${emission},` +
      `${(random() / 1000).toPrecision(4)},${note}\n`;
    if (buffer.length > 1 << 16) {
      if (!stream.write(buffer)) await once(stream, 'drain');
      buffer = '';
    }
  }
  stream.write(buffer);
  stream.end();
  await once(stream, 'finish');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, rows] = process.argv.slice(2);
  await generateInventoryCsv(out, Number(rows ?? 1_000_000));
}
