import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as XLSX from 'xlsx';
import { sheetjs } from '../lazy-modules';
import { inventoryColumns } from '../../../shared/inventory/template';
import type { InventoryRow } from '../../../shared/inventory/template';
import { statusLabels } from '../../../shared/review/status';
import type { CatalogEntry } from '../../../shared/review/types';
import { FichaError } from '../../../shared/errors';
import { csvCell } from './audit-log';
import type { DatasetFacts } from './catalog';
import type { PlannedDataset } from './planned';

/** What the inventory export needs of each catalog entry. */
export interface InventorySource {
  entry: CatalogEntry;
  facts: DatasetFacts | null;
  plan: PlannedDataset | null;
}

const monthNames = [
  'ene',
  'feb',
  'mar',
  'abr',
  'may',
  'jun',
  'jul',
  'ago',
  'sep',
  'oct',
  'nov',
  'dic',
];

/** One inventory row in the template's columns. */
export function inventoryRow(source: InventorySource): InventoryRow {
  const { entry, facts, plan } = source;
  const published = entry.status === 'publicado';
  return {
    Responsable: entry.area,
    'Nombre del conjunto': entry.title,
    'Nombre del recurso': plan?.resource || entry.title,
    '¿De qué es?': facts?.description || plan?.description || '',
    '¿Tiene datos privados?': plan?.private ? 'Restringido' : 'Público',
    'Razón por la cual los datos son privados': plan?.private ? plan.privateReason : 'No aplica',
    '¿En qué plataforma, tecnología, programa o sistema se albergan?': plan?.platform || 'Ficha',
    'Fecha estimada de publicación en datos.gob.mx (en caso de ser datos públicos) (AAAA-MM)':
      plan?.estimatedPublication || (published ? (entry.lastUpdate ?? '').slice(0, 7) : ''),
    'Periodicidad de la actualización': entry.periodicity,
    Estado: statusLabels[entry.status].es,
    'URL en datos.gob.mx': entry.portalUrl ?? '',
  };
}

const planSheet = 'Plan y calendario';

const calendarColumns = [
  'Conjunto',
  'Responsable',
  'Estado',
  'Periodicidad',
  'Meses de actualización',
  'Última actualización',
  'Próxima actualización',
  'Atrasado',
] as const;

/** The plan and calendar sheet: when each dataset is next due. */
function calendarRows(sources: InventorySource[]): Record<string, string>[] {
  return sources.map(({ entry }) => ({
    Conjunto: entry.title,
    Responsable: entry.area,
    Estado: statusLabels[entry.status].es,
    Periodicidad: entry.periodicity,
    'Meses de actualización': entry.updateMonths.map((month) => monthNames[month - 1]).join(', '),
    'Última actualización': entry.lastUpdate ?? '',
    'Próxima actualización': entry.nextDue ?? '',
    Atrasado: entry.overdue ? 'sí' : 'no',
  }));
}

/** A CSV text with a byte-order mark, so that Excel shows accents right. */
function csvBytes(header: readonly string[], rows: Record<string, string>[]): Buffer {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(header.map((column) => csvCell(row[column] ?? '')).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

function xlsxBytes(book: XLSX.WorkBook): Buffer {
  // write + a buffer rather than XLSX.writeFile, which needs fs wired in under ESM.
  return sheetjs().write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** The file formats of the inventory and of the plan. */
export type InventoryFormat = 'csv' | 'xlsx';

/**
 * The inventory in the portal template's columns as file bytes: CSV, or
 * XLSX with the plan and calendar on a second sheet.
 */
export function inventoryBytes(format: InventoryFormat, sources: InventorySource[]): Buffer {
  const rows = sources.map(inventoryRow);
  if (format === 'csv') return csvBytes(inventoryColumns, rows);

  const { utils } = sheetjs();
  const book = utils.book_new();
  const inventory = utils.json_to_sheet(rows, { header: [...inventoryColumns] });
  utils.book_append_sheet(book, inventory, 'Inventario');
  utils.book_append_sheet(book, utils.json_to_sheet(calendarRows(sources)), planSheet);
  return xlsxBytes(book);
}

/** The plan and calendar alone (when each dataset is next due) as file bytes. */
export function planBytes(format: InventoryFormat, sources: InventorySource[]): Buffer {
  const rows = calendarRows(sources);
  if (format === 'csv') return csvBytes(calendarColumns, rows);

  const { utils } = sheetjs();
  const book = utils.book_new();
  const sheet = utils.json_to_sheet(rows, { header: [...calendarColumns] });
  utils.book_append_sheet(book, sheet, planSheet);
  return xlsxBytes(book);
}

/**
 * Writes the inventory as CSV or as XLSX with the plan and calendar on a
 * second sheet, chosen by the file's extension.
 */
export function writeInventory(
  file: string,
  sources: InventorySource[],
): { rows: number; format: string } {
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') {
    throw new FichaError('OPTION_INVALID', {
      option: '--out',
      reason: 'the inventory is written as .csv or .xlsx',
    });
  }

  const format = extension === '.csv' ? 'csv' : 'xlsx';
  writeFileSync(file, inventoryBytes(format, sources));
  return { rows: sources.length, format };
}
