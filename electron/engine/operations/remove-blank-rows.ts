import { removeBlankRowsStep } from '../../../shared/operations/remove-blank-rows';
import { blankSql } from './filter-sql';
import { identityOutputs, planBuilder } from './plan-builder';
import type { Operation } from './types';

/** Removes rows whose every cell is blank. */
export const removeBlankRowsOperation: Operation<'remove-blank-rows'> = {
  id: 'remove-blank-rows',
  schema: removeBlankRowsStep,
  reads: (_step, state) => state.columns.map((c) => c.name),
  writes: () => [],
  plan: (_step, state) => {
    const allBlank = state.columns.map((c) => blankSql(c.name)).join(' AND ');
    return planBuilder().finish({
      kind: 'map',
      outputs: identityOutputs(state),
      where: state.columns.length === 0 ? undefined : `NOT (${allBlank})`,
    });
  },
};
