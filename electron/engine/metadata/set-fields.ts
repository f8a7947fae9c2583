import type { FichaRecord } from '../../../shared/api/metadata';
import { setFieldFromText } from '../../../shared/metadata/field-paths';
import { getDataset } from '../datasets/catalog';
import type { Workspace } from '../workspace/workspace';
import { getFicha, writeFicha } from './ficha-store';

/**
 * Sets fields from text as the command line gives them (`--set
 * contact.email=a@b.mx`) and saves; each set field becomes the person's.
 */
export function setFichaFields(
  workspace: Workspace,
  dataset: string,
  fields: { field: string; value: string }[],
): FichaRecord {
  const record = getDataset(workspace, dataset);
  let ficha = getFicha(workspace, record.name).ficha;
  for (const { field, value } of fields) {
    ficha = setFieldFromText(ficha, field, value);
    ficha.sources[field] = 'person';
  }
  writeFicha(workspace, record, ficha, 'metadata.set');
  return getFicha(workspace, record.name);
}
