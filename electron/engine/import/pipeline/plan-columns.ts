import type { ColumnPlan } from '../../../../shared/import';
import type { ImportWarning } from '../../../../shared/table';
import type { HeaderLabel } from '../layout';
import type { RawCell } from '../source';
import {
  cellConverter,
  headerUnit,
  inferColumn,
  undecidedConverter,
  uniqueMachineNames,
} from '../values';
import type { CellConverter, DateOrder, DecimalSeparator } from '../values';
import { importWarning } from '../warnings';

/** A column plan with what converting its cells needs. */
export interface PlannedColumn extends ColumnPlan {
  dateOrder: DateOrder;
  decimal: DecimalSeparator;
  /** True when the sample held no values: the type waits for the whole file. */
  undecided: boolean;
  convert: CellConverter;
}

/**
 * Plans the table's columns from the header labels and a sample of data
 * rows: machine names (unique, from the labels), units found in headers,
 * and types inferred from the sample with what did not fit.
 */
export function planColumns(
  headers: readonly HeaderLabel[],
  sample: readonly (readonly RawCell[])[],
  decimal: DecimalSeparator,
  sheet: string,
): { columns: PlannedColumn[]; warnings: ImportWarning[] } {
  const names = uniqueMachineNames(headers.map((header) => header.label));
  const warnings: ImportWarning[] = [];

  const columns = headers.map((header, index): PlannedColumn => {
    const cells = sample.map((row) => row[header.sourceColumn - 1] ?? null);
    const inference = inferColumn(cells, decimal);
    const { unit } = headerUnit(header.label);
    const label = header.label.trim() === '' ? names[index] : header.label;
    if (header.label.trim() === '') {
      warnings.push(
        importWarning(
          'HEADER_BLANK',
          { column: header.sourceColumn, name: names[index] },
          { sheet, column: names[index] },
        ),
      );
    }

    return {
      name: names[index],
      label,
      type: inference.type,
      sourceColumn: header.sourceColumn,
      mismatches: inference.mismatches,
      markers: inference.markers,
      ...(unit ? { unit } : {}),
      dateOrder: inference.dateOrder,
      decimal,
      undecided: inference.values === 0,
      convert: converterFor({
        type: inference.type,
        decimal,
        dateOrder: inference.dateOrder,
        undecided: inference.values === 0,
      }),
    };
  });
  return { columns, warnings };
}

/** The converter of a planned column, rebuilt from its settings (e.g. in another thread). */
export function converterFor(
  column: Pick<PlannedColumn, 'type' | 'decimal' | 'dateOrder' | 'undecided'>,
): CellConverter {
  return column.undecided
    ? undecidedConverter(column.decimal)
    : cellConverter(column.type, column.decimal, column.dateOrder);
}

/** A plan as reports show it, without its converter. */
export function publicPlan(column: PlannedColumn): ColumnPlan {
  const { name, label, type, sourceColumn, mismatches, markers, unit } = column;
  return { name, label, type, sourceColumn, mismatches, markers, ...(unit ? { unit } : {}) };
}
