import type { DatasetStatus } from '../review/status';

/** What progress needs to know of one dataset. */
export interface ProgressItem {
  area: string;
  status: DatasetStatus;
}

/** Counts for one group of datasets (the whole institution or one area). */
export interface ProgressCounts {
  planned: number;
  inPreparation: number;
  approved: number;
  published: number;
  total: number;
  /** Share of the total that is published, 0 to 100, one decimal. */
  publishedPercent: number;
  /** Share approved or published: ready for the portal, 0 to 100. */
  readyPercent: number;
}

/** Progress for the institution and per area, as the control office asks. */
export interface ProgressReport {
  overall: ProgressCounts;
  areas: ({ area: string } & ProgressCounts)[];
}

/** Which bucket of the report a status counts in. */
function bucket(
  status: DatasetStatus,
): keyof Omit<ProgressCounts, 'total' | 'publishedPercent' | 'readyPercent'> {
  if (status === 'planeado') return 'planned';
  if (status === 'aprobado') return 'approved';
  if (status === 'publicado') return 'published';
  return 'inPreparation';
}

function count(items: ProgressItem[]): ProgressCounts {
  const counts = { planned: 0, inPreparation: 0, approved: 0, published: 0 };
  for (const item of items) counts[bucket(item.status)] += 1;
  const total = items.length;
  const percent = (part: number) => (total === 0 ? 0 : Math.round((part / total) * 1000) / 10);
  return {
    ...counts,
    total,
    publishedPercent: percent(counts.published),
    readyPercent: percent(counts.published + counts.approved),
  };
}

/** Progress of a set of datasets, overall and per area (areas sorted by name). */
export function computeProgress(items: ProgressItem[]): ProgressReport {
  const byArea = new Map<string, ProgressItem[]>();
  for (const item of items) {
    const area = item.area.trim() || '(sin área)';
    byArea.set(area, [...(byArea.get(area) ?? []), item]);
  }

  const areas = [...byArea.keys()]
    .sort((a, b) => a.localeCompare(b, 'es'))
    .map((area) => ({ area, ...count(byArea.get(area) ?? []) }));

  return { overall: count(items), areas };
}
