import { FichaError } from '../../../shared/errors';
import { extractUnitStep } from '../../../shared/operations/extract-unit';
import { trimSpaces } from '../../../shared/operations/values/text';
import { oneColumn } from './column-transform';
import { col, identityOutputs, planBuilder, replaceOutput, requireColumn } from './plan-builder';
import type { Operation, PlanContext } from './types';

const labelUnit = /\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*$/;
const valueUnit = /^\s*([-+]?[\d.,\s]*\d)\s*([^\d\s][^\d]*?)\s*$/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The unit most values end in ("12 kg", "3,5 kg"), when there is one. */
function unitInValues(column: string, context: PlanContext): string | null {
  const rows = context.all(
    `SELECT ${col(column)} AS v FROM ${context.source} WHERE typeof(${col(column)}) = 'text' LIMIT 500`,
  );
  const counts = new Map<string, number>();
  for (const row of rows) {
    const match = valueUnit.exec(String(row.v));
    if (match) counts.set(match[2], (counts.get(match[2]) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] * 2 >= rows.length ? best[0] : null;
}

/**
 * Moves a unit out of the label ("Cantidad (kg)") and the values ("12 kg")
 * into the column's unit and description. The values keep their text
 * without the unit; a to-number step after it reads them as numbers.
 */
export const extractUnitOperation: Operation<'extract-unit'> = {
  id: 'extract-unit',
  schema: extractUnitStep,
  reads: oneColumn,
  writes: oneColumn,
  plan: (step, state, context) => {
    const builder = planBuilder();
    const column = requireColumn(state, step.column);
    const fromLabel = labelUnit.exec(column.label)?.[1];
    const unit = step.unit ?? fromLabel ?? unitInValues(step.column, context);
    if (!unit) {
      throw new FichaError('OPTION_INVALID', { option: 'unit', reason: 'no unit found; give one' });
    }

    const suffix = new RegExp(`\\s*${escape(unit)}\\s*$`, 'u');
    const strip = builder.fn('strip_unit', (value: string) =>
      trimSpaces(value.replace(suffix, '')),
    );
    const c = col(step.column);
    const label =
      fromLabel && (!step.unit || step.unit === fromLabel)
        ? column.label.replace(labelUnit, '')
        : column.label;
    const description = column.description || `Unidad de medida: ${unit}`;
    const outputs = replaceOutput(
      identityOutputs(state),
      step.column,
      `CASE WHEN typeof(${c}) = 'text' THEN ${strip}(${c}) ELSE ${c} END`,
      { unit, label, description },
    );
    return builder.finish({ kind: 'map', outputs });
  },
};
