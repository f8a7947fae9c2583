import type { ColumnPlan } from '../../../../shared/import';
import type { ImportWarning } from '../../../../shared/table';
import type { ColumnStats } from '../values';
import { typeThreshold } from '../values';
import { importWarning } from '../warnings';
import type { PlannedColumn } from './plan-columns';

/** Columns after the whole file was read, and what to tell about them. */
export interface FinalColumns {
  columns: ColumnPlan[];
  /** Names of columns that became text and whose stored numbers must become text. */
  toText: string[];
  warnings: ImportWarning[];
}

/**
 * Settles each column's type from the whole file's counts, which the plan
 * only guessed from the first rows: an integer column that met decimals
 * becomes number, a date column that met times becomes datetime, and a
 * column where more than a tenth of the values did not fit becomes text.
 * Mismatches and markers are reported per column.
 */
export function finalizeColumns(
  planned: readonly PlannedColumn[],
  stats: readonly ColumnStats[],
  sheet: string,
): FinalColumns {
  const warnings: ImportWarning[] = [];
  const toText: string[] = [];

  const columns = planned.map((column, index): ColumnPlan => {
    const counts = stats[index];
    const markers = Object.fromEntries(counts.markers);
    let type = column.type;
    if (type === 'integer' && counts.nonIntegers > 0) type = 'number';
    if (type === 'date' && counts.datetimes > 0) type = 'datetime';

    const location = { sheet, column: column.name };
    if (type !== 'text' && counts.mismatches > counts.nonEmpty * (1 - typeThreshold)) {
      const values = { column: column.label, from: column.type, type: 'text' };
      warnings.push(importWarning('TYPE_CHANGED', values, location));
      toText.push(column.name);
      type = 'text';
    } else if (counts.mismatches > 0) {
      const row = counts.firstMismatchRow;
      const values = { column: column.label, type, count: counts.mismatches, row };
      if (row > 0) warnings.push(importWarning('TYPE_MISMATCH', values, { ...location, row }));
      else warnings.push(importWarning('TYPE_MISMATCH_LATE', values, location));
    }

    if (counts.markers.size > 0) {
      const list = [...counts.markers].map(([key, count]) => `${key} ×${count}`).join(', ');
      warnings.push(importWarning('MARKERS', { column: column.label, markers: list }, location));
    }

    const mismatches = type === 'text' ? 0 : counts.mismatches;
    return {
      name: column.name,
      label: column.label,
      type,
      sourceColumn: column.sourceColumn,
      mismatches,
      markers,
      ...(column.unit ? { unit: column.unit } : {}),
    };
  });
  return { columns, toText, warnings };
}
