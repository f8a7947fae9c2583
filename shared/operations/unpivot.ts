import { z } from 'zod';
import { columnName, label, machineName } from './common';
import type { Bilingual } from '../result';

/**
 * Turns columns into rows: each listed column becomes a row with its label
 * (or name) in `key` and its cell in `value`; the other columns repeat.
 * Keys that are all whole numbers (years) become an integer column;
 * `keyType` forces it: `integer` reads the one run of digits in each key
 * ("Año 2000", "c_2000" → 2000) and reports keys without one as
 * `notConverted`; `text` keeps the keys as written.
 */
export const unpivotStep = z.object({
  op: z.literal('unpivot'),
  columns: z.array(columnName).min(1),
  key: machineName,
  value: machineName,
  keyFrom: z.enum(['label', 'name']).default('label'),
  keyLabel: z.string().min(1).optional(),
  valueLabel: z.string().min(1).optional(),
  keyType: z.enum(['auto', 'integer', 'text']).optional(),
});

/** An unpivot step. */
export type UnpivotStep = z.infer<typeof unpivotStep>;

/** The history label of an unpivot step. */
export function unpivotLabel(step: UnpivotStep): Bilingual {
  const n = step.columns.length;
  return label(
    `Pasar ${n === 1 ? '1 columna' : `${n} columnas`} a filas («${step.key}», «${step.value}»)`,
    `Unpivot ${n === 1 ? '1 column' : `${n} columns`} into «${step.key}» and «${step.value}»`,
  );
}
