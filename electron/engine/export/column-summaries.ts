import type { ColumnSummary } from '../../../shared/serialize/ficha-html';
import { columnProfile } from '../datasets/column-profile';
import type { DatasetRecord } from '../datasets/catalog';
import type { Workspace } from '../workspace/workspace';

const TOP_VALUES = 8;
const BINS = 8;

/**
 * What the readable ficha shows of each column, computed in SQLite: counts,
 * range, and the bars of its chart (a histogram for numbers, the most
 * frequent values otherwise).
 */
export function columnSummaries(workspace: Workspace, dataset: DatasetRecord): ColumnSummary[] {
  return dataset.columns.map((column) => {
    const profile = columnProfile(workspace, dataset, column.name, { top: TOP_VALUES, bins: BINS });
    const numeric = column.type === 'integer' || column.type === 'number' ? profile.numeric : null;
    const bars = numeric
      ? numeric.histogram.map((bin) => ({
          label: `${round(bin.from)}–${round(bin.to)}`,
          count: bin.count,
        }))
      : profile.top.map((top) => ({ label: String(top.value), count: top.count }));
    const range = numeric
      ? [String(numeric.min), String(numeric.max)]
      : profile.dates
        ? [profile.dates.min, profile.dates.max]
        : [null, null];

    return {
      name: column.name,
      label: column.label,
      type: column.type,
      nonEmpty: profile.rows - profile.empty,
      distinct: profile.distinct,
      min: range[0],
      max: range[1],
      bars,
    };
  });
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
