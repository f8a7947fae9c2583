import { describe, expect, it } from 'vitest';
import { dataPackageDescriptor } from '../../shared/serialize/datapackage';
import { completeFicha, incompleteFicha } from '../shared/serialize/fixtures';
import { dataPackageValidator, schemaErrors } from './json-schemas';
import { haveStandards } from './standards';

describe.skipIf(!haveStandards)('datapackage.json against the Data Package 2.0 schema', () => {
  it('accepts the package of a complete ficha', () => {
    const descriptor = dataPackageDescriptor(completeFicha(), { paths: { csv: 'inem-2008.csv' } });
    expect(schemaErrors(dataPackageValidator(), descriptor)).toEqual([]);
  });

  it('rejects a table with no fields when the dictionary is empty', () => {
    const errors = schemaErrors(dataPackageValidator(), dataPackageDescriptor(incompleteFicha()));
    expect(errors.some((e) => e.path.endsWith('/schema/fields') && e.keyword === 'minItems')).toBe(
      true,
    );
  });
});
