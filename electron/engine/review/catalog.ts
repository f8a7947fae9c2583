import { isOverdue, dueMonthsInYear, nextDue } from '../../../shared/inventory/calendar';
import { computeProgress } from '../../../shared/inventory/progress';
import type { ProgressReport } from '../../../shared/inventory/progress';
import { isDatasetStatus } from '../../../shared/review/status';
import type { CalendarMonth, CatalogEntry } from '../../../shared/review/types';
import type { Workspace } from '../workspace/workspace';
import { listPlannedDatasets } from './planned';

/** What the catalog reads from a dataset's ficha. */
export interface DatasetFacts {
  title: string;
  area: string;
  description: string;
  periodicity: string;
  updateMonths: number[];
  /** The ficha's modified date (YYYY-MM-DD), when filled. */
  modified: string;
}

/** Reads a dataset's ficha facts; the metadata module provides it. */
export type FactsReader = (workspace: Workspace, datasetId: string) => DatasetFacts | null;

interface DatasetRow {
  id: string;
  name: string;
  title: string;
  status: string;
  updated_at: string;
  published_at: string | null;
  portal_url: string | null;
  downloads: number | null;
}

/**
 * The institution's catalog: every dataset of the workspace and every
 * planned one not yet imported, with its next update due on `today`.
 */
export function buildCatalog(
  workspace: Workspace,
  today: string,
  factsOf: FactsReader,
): CatalogEntry[] {
  const rows = workspace.db
    .prepare(
      `SELECT d.id, d.name, d.title, d.status, d.updated_at,
         (SELECT max(at) FROM status_events e WHERE e.dataset_id = d.id AND e.to_status = 'publicado')
           AS published_at,
         (SELECT portal_url FROM status_events e WHERE e.dataset_id = d.id
           AND e.to_status = 'publicado' ORDER BY at DESC, rowid DESC LIMIT 1) AS portal_url,
         (SELECT sum(count) FROM downloads w WHERE w.dataset_id = d.id) AS downloads
       FROM datasets d ORDER BY d.name`,
    )
    .all() as DatasetRow[];

  const entries = rows.map((row) => datasetEntry(workspace, row, today, factsOf));
  const planned = listPlannedDatasets(workspace).filter((plan) => plan.datasetId === null);
  for (const plan of planned) {
    entries.push({
      id: plan.id,
      dataset: null,
      title: plan.title,
      area: plan.area,
      status: 'planeado',
      periodicity: plan.periodicity,
      updateMonths: plan.updateMonths,
      lastUpdate: null,
      nextDue: plan.estimatedPublication ? endOfMonth(plan.estimatedPublication) : null,
      overdue: plan.estimatedPublication ? endOfMonth(plan.estimatedPublication) < today : false,
      portalUrl: null,
      downloads: null,
    });
  }
  return entries;
}

function datasetEntry(
  workspace: Workspace,
  row: DatasetRow,
  today: string,
  factsOf: FactsReader,
): CatalogEntry {
  const facts = factsOf(workspace, row.id);
  const status = isDatasetStatus(row.status) ? row.status : 'borrador';
  const lastUpdate = row.published_at?.slice(0, 10) ?? (facts?.modified || null);
  const periodicity = facts?.periodicity ?? '';
  const updateMonths = facts?.updateMonths ?? [];
  const due =
    status === 'publicado' || lastUpdate
      ? nextDue({ periodicity, updateMonths, lastUpdate }, today)
      : null;

  return {
    id: row.id,
    dataset: row.name,
    title: facts?.title || row.title,
    area: facts?.area ?? '',
    status,
    periodicity,
    updateMonths,
    lastUpdate,
    nextDue: due,
    overdue: isOverdue(due, today),
    portalUrl: row.portal_url || null,
    downloads: row.downloads,
  };
}

/** The updates due in each month of a year. */
export function buildCalendar(
  entries: CatalogEntry[],
  year: number,
  today: string,
): CalendarMonth[] {
  const months: CalendarMonth[] = Array.from({ length: 12 }, (_, index) => ({
    month: index + 1,
    entries: [],
  }));
  for (const entry of entries) {
    const dueMonths = new Set(dueMonthsInYear(entry, year));
    if (entry.nextDue?.startsWith(`${year}-`)) dueMonths.add(Number(entry.nextDue.slice(5, 7)));
    for (const month of dueMonths) {
      const due = entry.nextDue?.startsWith(`${year}-${String(month).padStart(2, '0')}`)
        ? entry.nextDue
        : null;
      months[month - 1].entries.push({
        id: entry.id,
        title: entry.title,
        area: entry.area,
        due,
        overdue: due !== null && isOverdue(due, today),
      });
    }
  }
  return months;
}

/** Progress of the catalog, overall and per area. */
export function catalogProgress(entries: CatalogEntry[]): ProgressReport {
  return computeProgress(entries.map((entry) => ({ area: entry.area, status: entry.status })));
}

function endOfMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
