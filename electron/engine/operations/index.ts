import type { OperationId, Step } from '../../../shared/operations';
import type { Operation } from './types';
import { blankDownOperation } from './blank-down';
import { changeCaseOperation } from './change-case';
import { combineDateOperation } from './combine-date';
import { convertTypeOperation } from './convert-type';
import { deleteColumnsOperation } from './delete-columns';
import { duplicateColumnOperation } from './duplicate-column';
import { extractUnitOperation } from './extract-unit';
import { fillDownOperation } from './fill-down';
import { inegiMunicipalityOperation } from './inegi-municipality';
import { inegiStateOperation } from './inegi-state';
import { keepRowsOperation } from './keep-rows';
import { mapValuesOperation } from './map-values';
import { mergeColumnsOperation } from './merge-columns';
import { normalizeOperation } from './normalize';
import { pivotOperation } from './pivot';
import { removeAccentsOperation } from './remove-accents';
import { removeBlankColumnsOperation } from './remove-blank-columns';
import { removeBlankRowsOperation } from './remove-blank-rows';
import { removeDuplicatesOperation } from './remove-duplicates';
import { removeRowsOperation } from './remove-rows';
import { renameColumnOperation } from './rename-column';
import { renameColumnsOperation } from './rename-columns';
import { reorderColumnsOperation } from './reorder-columns';
import { replaceOperation } from './replace';
import { setDescriptionOperation } from './set-description';
import { setLabelOperation } from './set-label';
import { splitCodeNameOperation } from './split-code-name';
import { splitColumnOperation } from './split-column';
import { toDateOperation } from './to-date';
import { toNumberOperation } from './to-number';
import { trimOperation } from './trim';
import { unpivotOperation } from './unpivot';

/** Every operation the engine runs, by its stable id. */
export const engineOperations: { [K in OperationId]: Operation<K> } = {
  'blank-down': blankDownOperation,
  'change-case': changeCaseOperation,
  'combine-date': combineDateOperation,
  'convert-type': convertTypeOperation,
  'delete-columns': deleteColumnsOperation,
  'duplicate-column': duplicateColumnOperation,
  'extract-unit': extractUnitOperation,
  'fill-down': fillDownOperation,
  'inegi-municipality': inegiMunicipalityOperation,
  'inegi-state': inegiStateOperation,
  'keep-rows': keepRowsOperation,
  'map-values': mapValuesOperation,
  'merge-columns': mergeColumnsOperation,
  normalize: normalizeOperation,
  pivot: pivotOperation,
  'remove-accents': removeAccentsOperation,
  'remove-blank-columns': removeBlankColumnsOperation,
  'remove-blank-rows': removeBlankRowsOperation,
  'remove-duplicates': removeDuplicatesOperation,
  'remove-rows': removeRowsOperation,
  'rename-column': renameColumnOperation,
  'rename-columns': renameColumnsOperation,
  'reorder-columns': reorderColumnsOperation,
  replace: replaceOperation,
  'set-description': setDescriptionOperation,
  'set-label': setLabelOperation,
  'split-code-name': splitCodeNameOperation,
  'split-column': splitColumnOperation,
  'to-date': toDateOperation,
  'to-number': toNumberOperation,
  trim: trimOperation,
  unpivot: unpivotOperation,
};

/** The engine's operation for a step (typed loosely, for the executor). */
export function operationFor(step: Step): Operation {
  return engineOperations[step.op] as unknown as Operation;
}
