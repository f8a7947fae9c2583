import { FichaError } from '../../../shared/errors';
import { renameColumnsStep } from '../../../shared/operations/rename-columns';
import { suggestMachineName } from '../../../shared/operations/values/text';
import { identityOutputs, planBuilder, requireColumn } from './plan-builder';
import type { Operation } from './types';

/**
 * Renames many columns at once; a rename without `to` takes the machine
 * name suggested from the label. Names are checked for clashes after all
 * renames, so two columns can swap names.
 */
export const renameColumnsOperation: Operation<'rename-columns'> = {
  id: 'rename-columns',
  schema: renameColumnsStep,
  reads: (step) => step.renames.map((r) => r.column),
  writes: (step, state) =>
    step.renames.map(
      (r) => r.to ?? suggestMachineName(r.label ?? requireColumn(state, r.column).label),
    ),
  plan: (step, state) => {
    const renames = new Map(step.renames.map((r) => [r.column, r]));
    for (const r of step.renames) requireColumn(state, r.column);

    const outputs = identityOutputs(state).map((output) => {
      const rename = renames.get(output.column.name);
      if (!rename) return output;
      const label = rename.label ?? output.column.label;
      const name = rename.to ?? suggestMachineName(label);
      return { ...output, column: { ...output.column, name, label } };
    });

    const seen = new Set<string>();
    for (const output of outputs) {
      if (seen.has(output.column.name)) {
        throw new FichaError('COLUMN_EXISTS', { column: output.column.name });
      }
      seen.add(output.column.name);
    }
    return planBuilder().finish({ kind: 'map', outputs });
  },
};
