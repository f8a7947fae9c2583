import type { Ficha } from '../metadata/model';
import type { ColumnType } from '../table';
import { findCategory, findLicense, findPeriodicity } from '../vocabularies';
import { spatialText } from './datajson';
import { barChartSvg, escapeHtml, formatCount } from './ficha-chart';
import type { ChartBar } from './ficha-chart';

/** What the page shows about one column, computed by the engine from the table. */
export interface ColumnSummary {
  name: string;
  label: string;
  type: ColumnType;
  nonEmpty: number;
  /** Distinct values, counted for text columns. */
  distinct: number | null;
  min: string | null;
  max: string | null;
  /** The most frequent values, or ranges of a numeric column. */
  bars: ChartBar[];
}

/** What the page needs besides the ficha. */
export interface FichaPageInput {
  ficha: Ficha;
  rows: number;
  columns: ColumnSummary[];
  /** True when the package was exported over validation errors. */
  draft?: boolean;
  /** Rows the charts were drawn from, when they are a sample of the table. */
  sample?: number | null;
}

const typeNames: Record<ColumnType, string> = {
  integer: 'Entero',
  number: 'Número',
  boolean: 'Sí/No',
  date: 'Fecha',
  datetime: 'Fecha y hora',
  text: 'Texto',
};

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;color:#1b1b1b;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:2px solid #235b4e;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f4f3}dl.meta{display:grid;grid-template-columns:14rem 1fr;gap:.2rem 1rem}dl.meta dt{font-weight:600}
.column{break-inside:avoid;border:1px solid #ddd;padding:.5rem 1rem;margin:.8rem 0}.draft{background:#fde8e8;border:2px solid #9b1c1c;padding:.6rem 1rem;font-weight:600}
svg text{font:11px system-ui,sans-serif;fill:#1b1b1b}svg rect{fill:#235b4e}code{word-break:break-all}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}}`;

/**
 * The readable ficha: one self-contained, printable HTML page in Spanish
 * with the metadata, the data dictionary and a profile of each column with
 * a small chart. No script, no external file, no date of its own making.
 */
export function fichaHtml(input: FichaPageInput): string {
  const { ficha } = input;
  const title = ficha.title.trim() || 'Conjunto de datos sin título';
  const parts = [
    `<!doctype html>\n<html lang="es">\n<head>\n<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(title)}</title>\n<style>\n${STYLE}\n</style>\n</head>\n<body>`,
    input.draft ? draftBanner() : '',
    `<h1>${escapeHtml(title)}</h1>`,
    ficha.description.trim() ? `<p>${escapeHtml(ficha.description.trim())}</p>` : '',
    metadataSection(ficha),
    filesSection(ficha),
    dictionarySection(ficha),
    profileSection(input),
    `<footer><p>Ficha generada con Ficha a partir de los metadatos del conjunto de datos.</p></footer>`,
    `</body>\n</html>\n`,
  ];
  return parts.filter(Boolean).join('\n');
}

function draftBanner(): string {
  return (
    '<p class="draft">BORRADOR: este paquete se exportó con errores de validación ' +
    'y no está listo para publicarse.</p>'
  );
}

function metadataSection(ficha: Ficha): string {
  const license = findLicense(ficha.license);
  const periodicity = findPeriodicity(ficha.periodicity);
  const temporal = [ficha.temporal.start, ficha.temporal.end].filter((d) => d.trim()).join(' a ');
  const contact = [ficha.contact.name, ficha.contact.position, ficha.contact.email]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
  const rows: [string, string][] = [
    ['Institución', ficha.publisher.name],
    ['Área responsable', ficha.area],
    ['Contacto', contact],
    ['Tema', findCategory(ficha.category)?.label.es ?? ficha.category],
    ['Palabras clave', ficha.keywords.join(', ')],
    ['Licencia', license ? license.label.es : ficha.license],
    ['Periodicidad', periodicity ? periodicity.label.es : ficha.periodicity],
    ['Cobertura temporal', temporal],
    ['Cobertura geográfica', spatialText(ficha)],
    ['Versión', ficha.version],
    ['Notas de la versión', ficha.versionNotes],
    ['Fecha de publicación', ficha.issued],
    ['Última modificación', ficha.modified],
    ['Página del conjunto', ficha.landingPage],
    ['Metodología', ficha.methodology],
    ['Calidad', ficha.quality],
    ['Comentarios', ficha.comments],
  ];
  const items = rows
    .filter(([, value]) => value.trim())
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value.trim())}</dd>`);
  return `<h2>Metadatos</h2>\n<dl class="meta">${items.join('')}</dl>`;
}

function filesSection(ficha: Ficha): string {
  if (ficha.distributions.length === 0) return '';
  const rows = ficha.distributions.map((d) => {
    const size = d.byteSize === null ? '' : `${formatCount(d.byteSize)} bytes`;
    const cells = [d.title || d.id, d.format.toUpperCase(), size, d.checksum ?? ''];
    return `<tr>${cells.map((c, i) => `<td>${i === 3 ? `<code>${escapeHtml(c)}</code>` : escapeHtml(c)}</td>`).join('')}</tr>`;
  });
  return (
    '<h2>Archivos</h2>\n<table><thead><tr><th>Archivo</th><th>Formato</th><th>Tamaño</th>' +
    `<th>SHA-256</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function dictionarySection(ficha: Ficha): string {
  if (ficha.dictionary.length === 0) return '';
  const rows = ficha.dictionary.map((entry) => {
    const allowed = entry.allowedValues.join(', ') || entry.codeList;
    const cells = [
      entry.name,
      entry.label,
      entry.description,
      typeNames[entry.type],
      entry.unit,
      allowed,
    ];
    return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
  });
  return (
    '<h2>Diccionario de datos</h2>\n<table><thead><tr><th>Columna</th><th>Nombre</th>' +
    '<th>Descripción</th><th>Tipo</th><th>Unidad</th><th>Valores permitidos</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function profileSection(input: FichaPageInput): string {
  if (input.columns.length === 0) return '';
  const blocks = input.columns.map((column) => {
    const facts = [
      `Tipo: ${typeNames[column.type]}`,
      `Con valor: ${formatCount(column.nonEmpty)} de ${formatCount(input.rows)}`,
      column.distinct !== null ? `Valores distintos: ${formatCount(column.distinct)}` : '',
      column.min !== null ? `Mínimo: ${column.min}` : '',
      column.max !== null ? `Máximo: ${column.max}` : '',
    ].filter(Boolean);
    const chart = barChartSvg(column.bars, `Distribución de ${column.label || column.name}`);
    return (
      `<section class="column"><h3>${escapeHtml(column.label || column.name)} ` +
      `<code>${escapeHtml(column.name)}</code></h3><p>${facts.map(escapeHtml).join(' · ')}</p>${chart}</section>`
    );
  });
  const note = input.sample
    ? `<p>Las gráficas se trazan con una muestra pareja de ${formatCount(input.sample)} filas; ` +
      'los conteos son de la tabla completa.</p>'
    : '';
  return `<h2>Perfil de las columnas (${formatCount(input.rows)} filas)</h2>\n${note}${blocks.join('\n')}`;
}
