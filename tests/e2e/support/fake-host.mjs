// A stand-in for `ficha serve` used only to look at the interface while the
// real host and importer are not built: it serves out/renderer and answers
// the contract's requests from a synthetic table. Not shipped, not a test.
// Run: node tests/e2e/support/fake-host.mjs [port]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const root = path.resolve('out/renderer');
const port = Number(process.argv[2] ?? 5199);
const states = [
  'Aguascalientes',
  'Baja California',
  'Campeche',
  'Chiapas',
  'Jalisco',
  'Michoacán',
  'Oaxaca',
  'Yucatán',
];
const columns = [
  ['anio', 'Año', 'integer'],
  ['entidad', 'Entidad federativa', 'text'],
  ['municipio', 'Clave de municipio', 'text'],
  ['sustancia', 'Sustancia', 'text'],
  ['emision_t', 'Emisión (t/año)', 'number'],
  ['fecha_reporte', 'Fecha de reporte', 'date'],
  ['verificado', 'Verificado', 'boolean'],
].map(([name, label, type], position) => ({
  name,
  label,
  type,
  position,
  mismatches: 0,
  nonEmpty: 1_000_000,
  distinct: 8,
  examples: [],
}));
const datasets = [
  {
    id: '1',
    name: 'emisiones_2008',
    title: 'Inventario Nacional de Emisiones 2008',
    rows: 1_000_000,
    columns: columns.length,
    status: 'imported',
    sourceFile: 'Inventario Nal de Emisiones 2008.xlsx',
    createdAt: '2026-11-30T16:20:00Z',
    updatedAt: '2026-12-01T18:05:00Z',
  },
  {
    id: '2',
    name: 'plan_de_apertura',
    title: 'Plan de apertura',
    rows: 48,
    columns: 6,
    status: 'imported',
    sourceFile: 'plan_de_apertura.csv',
    createdAt: '2026-11-28T10:00:00Z',
    updatedAt: '2026-11-28T10:01:00Z',
  },
];
const clients = new Set();

function row(i) {
  return [
    2000 + (i % 20),
    states[i % 8],
    String(((i * 7) % 125) + 1).padStart(3, '0'),
    ['CO2', 'NOx', 'SO2', 'PM10'][i % 4],
    Math.round(((i * 37) % 10000) * 1.7) / 10,
    `20${String(8 + (i % 10)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
    i % 3 === 0,
  ];
}

const preview = [
  ['Inventario Nacional de Emisiones de México 2008', '', '', ''],
  ['Secretaría de Medio Ambiente y Recursos Naturales', '', '', ''],
  ['Entidad', 'Emisiones', '', ''],
  ['', 'CO2 (t)', 'NOx (t)', 'SO2 (t)'],
  ...Array.from({ length: 14 }, (_, i) => [
    states[i % 8],
    String(1000 + i * 13),
    String(200 + i),
    String(50 + i),
  ]),
  ['Total', '99999', '9999', '999'],
  ['Notas: ND = no disponible', '', '', ''],
  ['Fuente: INEM 2008', '', '', ''],
];

function inspect(params) {
  const header = params.headerRows ?? [3, 4];
  const last = params.lastRow ?? 19;
  return {
    file: params.file,
    format: 'xlsx',
    size: 48213,
    sheets: [
      { name: 'Emisiones', index: 1, rows: 21, columns: 4, role: 'data' },
      { name: 'METADATOS', index: 2, rows: 12, columns: 2, role: 'metadata' },
    ],
    sheet: 'Emisiones',
    encoding: null,
    delimiter: null,
    decimal: '.',
    region: {
      titleRows: header[0] > 1 ? [1, header[0] - 1] : null,
      headerRows: header,
      dataRows: [header[1] + 1, last],
      noteRows: [20, 21],
      firstColumn: 1,
      lastColumn: 4,
      totalRows: [19],
    },
    notes: ['Notas: ND = no disponible', 'Fuente: INEM 2008'],
    columns: [
      {
        name: 'entidad',
        label: 'Entidad',
        type: 'text',
        sourceColumn: 1,
        mismatches: 0,
        markers: {},
      },
      {
        name: 'emisiones_co2_t',
        label: 'Emisiones CO2 (t)',
        type: 'integer',
        sourceColumn: 2,
        mismatches: 0,
        markers: {},
        unit: 't',
      },
      {
        name: 'emisiones_nox_t',
        label: 'Emisiones NOx (t)',
        type: 'integer',
        sourceColumn: 3,
        mismatches: 0,
        markers: {},
        unit: 't',
      },
      {
        name: 'emisiones_so2_t',
        label: 'Emisiones SO2 (t)',
        type: 'integer',
        sourceColumn: 4,
        mismatches: 1,
        markers: { ND: 1 },
        unit: 't',
      },
    ],
    preview,
    sample: [],
    metadata: null,
    warnings: [],
  };
}

const handlers = {
  'workspace.info': () => ({
    path: '/tmp/demo.ficha',
    name: 'demo',
    schemaVersion: 1,
    readOnly: false,
    lockHolder: null,
    datasets: datasets.length,
  }),
  'datasets.list': () => datasets,
  'dataset.describe': ({ dataset }) => ({
    dataset: datasets.find((d) => d.name === dataset),
    rows: 1_000_000,
    columns,
    notes: [],
  }),
  'dataset.rows': ({ offset = 0, limit = 100, sort, filters = [] }) => {
    const total = filters.length ? 250_000 : 1_000_000;
    const rows = [];
    const ids = [];
    for (let k = offset; k < Math.min(total, offset + limit); k += 1) {
      const i = sort?.direction === 'desc' ? total - 1 - k : k;
      rows.push(row(i));
      ids.push(i + 1);
    }
    return { columns: columns.map((c) => c.name), rows, rowIds: ids, offset, total };
  },
  'dataset.columnProfile': ({ column }) => ({
    dataset: 'emisiones_2008',
    column: { ...columns.find((c) => c.name === column), description: '', unit: null },
    rows: 1_000_000,
    empty: 1200,
    distinct: 8,
    top: states.map((s, i) => ({ value: s, count: 125_000 - i * 900 })),
    otherCount: 0,
    numeric:
      column === 'emision_t' || column === 'anio'
        ? {
            count: 998_800,
            min: 0,
            max: 1699.9,
            mean: 850,
            histogram: Array.from({ length: 12 }, (_, i) => ({
              from: i * 141.7,
              to: (i + 1) * 141.7,
              count: 40_000 + ((i * 7919) % 60_000),
            })),
          }
        : null,
    dates:
      column === 'fecha_reporte'
        ? { count: 1_000_000, min: '2008-01-10', max: '2017-09-19' }
        : null,
    text: null,
  }),
  'import.inspect': inspect,
  'import.run': async ({ jobId, name }) => {
    for (let done = 0; done <= 15; done += 3) {
      for (const res of clients)
        res.write(
          `data: ${JSON.stringify({ jobId, progress: { phase: 'rows', done, total: 15, unit: 'rows' } })}\n\n`,
        );
      await new Promise((r) => setTimeout(r, 150));
    }
    return {
      dataset: name,
      rows: 15,
      columns: [],
      encoding: null,
      delimiter: null,
      sheet: 'Emisiones',
      notes: [],
      warnings: [],
      metadata: null,
      sha256: '',
    };
  },
  'jobs.cancel': () => ({ cancelled: true }),
};

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/api/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    clients.add(res);
    req.on('close', () => clients.delete(res));
    return;
  }
  if (url.pathname === '/api/upload') {
    req.resume();
    return req.on('end', () =>
      send(res, {
        ok: true,
        value: {
          file: `upload:${url.searchParams.get('name')}`,
          name: url.searchParams.get('name'),
          size: 1,
        },
      }),
    );
  }
  if (url.pathname.startsWith('/api/call/')) {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    return req.on('end', async () => {
      const name = decodeURIComponent(url.pathname.slice(10));
      send(res, { ok: true, value: await handlers[name](JSON.parse(body || '{}')) });
    });
  }
  let file = path.join(root, url.pathname === '/' ? 'index.html' : url.pathname);
  if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html');
  const type =
    { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[path.extname(file)] ??
    'application/octet-stream';
  res.writeHead(200, { 'content-type': type });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/?token=fake`));

function send(res, value) {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}
