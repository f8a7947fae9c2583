import { describe, expect, it } from 'vitest';
import { dataJson, dataJsonDataset } from '../../shared/serialize/datajson';
import { completeFicha, incompleteFicha } from '../shared/serialize/fixtures';
import { podValidator, schemaErrors } from './json-schemas';
import { haveStandards } from './standards';

// POD 1.1 requires bureauCode and programCode, the US federal budget codes;
// datos.gob.mx never used them. The tests relax exactly those two and prove
// they are all the unrelaxed schema objects to.
const US_ONLY = ['bureauCode', 'programCode'];
const withoutUsCodes = (file: string, schema: Record<string, unknown>) => {
  if (file === 'dataset')
    schema.required = (schema.required as string[]).filter((key) => !US_ONLY.includes(key));
};
const options = { dictionaryURL: 'https://datos.inecc.gob.mx/inem-2008/diccionario.csv' };

describe.skipIf(!haveStandards)('data.json against the POD 1.1 schemas', () => {
  it('accepts the catalog of a complete ficha', () => {
    const catalog = JSON.parse(dataJson(completeFicha(), options));
    expect(schemaErrors(podValidator('catalog', withoutUsCodes), catalog)).toEqual([]);
  });

  it('asks only for the US budget codes when the schema is not relaxed', () => {
    const errors = schemaErrors(podValidator('dataset'), dataJsonDataset(completeFicha(), options));
    expect(errors.map((e) => e.message).sort()).toEqual([
      "must have required property 'bureauCode'",
      "must have required property 'programCode'",
    ]);
  });

  it('names the empty title, description, keywords and contact of an incomplete ficha', () => {
    const errors = schemaErrors(
      podValidator('dataset', withoutUsCodes),
      dataJsonDataset(incompleteFicha()),
    );
    const paths = errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/title',
        '/description',
        '/keyword',
        '/publisher/name',
        '/contactPoint/fn',
        '/contactPoint/hasEmail',
      ]),
    );
  });
});
