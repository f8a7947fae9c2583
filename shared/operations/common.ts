import { z } from 'zod';
import { rowFilter } from '../api/workspace';
import type { Bilingual } from '../result';

/** A column named by its machine name at that point of the recipe. */
export const columnName = z.string().min(1).max(200);

/** A new machine name: lowercase ASCII snake_case. */
export const machineName = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[a-z_][a-z0-9_]*$/, 'must be lowercase ASCII snake_case');

/**
 * Limits a step to the rows a facet or the grid's filters select; all
 * conditions must hold. Absent or empty means every row.
 */
export const rowFilters = z.array(rowFilter).optional();

/** What to do with values that a conversion cannot read. */
export const onInvalid = z.enum(['keep', 'empty', 'flag', 'fail']);

/** One of the choices for values that do not convert. */
export type OnInvalid = z.infer<typeof onInvalid>;

/** A condition on one column, as remove-rows and keep-rows take it. */
export const condition = z
  .object({
    column: columnName,
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    matches: z.string().optional(),
    empty: z.literal(true).optional(),
    in: z.array(z.union([z.string(), z.number(), z.boolean()])).optional(),
  })
  .refine(
    (where) =>
      [where.equals, where.matches, where.empty, where.in].filter((v) => v !== undefined).length ===
      1,
    { message: 'give exactly one of equals, matches, empty or in' },
  );

/** A condition as remove-rows and keep-rows take it. */
export type Condition = z.infer<typeof condition>;

/** Builds a bilingual label from its two halves. */
export function label(es: string, en: string): Bilingual {
  return { es, en };
}

/** Lists column names for a label: «a», «b» y «c». */
export function listColumns(columns: readonly string[], lang: 'es' | 'en'): string {
  const quoted = columns.map((c) => `«${c}»`);
  if (quoted.length <= 1) return quoted.join('');
  const last = quoted[quoted.length - 1];
  const joiner = lang === 'es' ? ' y ' : ' and ';
  return `${quoted.slice(0, -1).join(', ')}${joiner}${last}`;
}

/** Says a condition in words for a label. */
export function describeCondition(where: Condition, lang: 'es' | 'en'): string {
  const column = `«${where.column}»`;
  if (where.empty) return lang === 'es' ? `${column} está vacía` : `${column} is empty`;
  if (where.matches !== undefined) {
    return lang === 'es'
      ? `${column} coincide con /${where.matches}/`
      : `${column} matches /${where.matches}/`;
  }
  if (where.in !== undefined) {
    const list = where.in.map(String).join(', ');
    return lang === 'es' ? `${column} es uno de ${list}` : `${column} is one of ${list}`;
  }
  return lang === 'es' ? `${column} es «${where.equals}»` : `${column} is «${where.equals}»`;
}
