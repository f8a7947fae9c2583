import { z } from 'zod';
import { columnName, label, machineName } from './common';
import type { Bilingual } from '../result';

/**
 * Splits a combined "code and name" column ("1A2ci Petroquímica",
 * "01 Aguascalientes", "3.B - Ganado") into a code column and a name column.
 */
export const splitCodeNameStep = z.object({
  op: z.literal('split-code-name'),
  column: columnName,
  code: machineName,
  name: machineName,
  codeLabel: z.string().min(1).optional(),
  nameLabel: z.string().min(1).optional(),
});

/** A split-code-name step. */
export type SplitCodeNameStep = z.infer<typeof splitCodeNameStep>;

/** The history label of a split-code-name step. */
export function splitCodeNameLabel(step: SplitCodeNameStep): Bilingual {
  return label(
    `Separar clave y nombre de «${step.column}»`,
    `Split code and name of «${step.column}»`,
  );
}
