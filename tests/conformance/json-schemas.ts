import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { standardFile } from './standards';

const POD_FILES = ['catalog', 'dataset', 'distribution', 'organization', 'vcard'];

/** One schema error reduced to where and which keyword. */
export interface SchemaError {
  path: string;
  keyword: string;
  message: string;
}

/**
 * The POD 1.1 schemas (draft-04), every referenced schema loaded from the
 * local copy. `relax` may edit a schema before compiling (see the tests).
 */
export function podValidator(
  name: 'catalog' | 'dataset',
  relax: (file: string, schema: Record<string, unknown>) => void = () => {},
): ValidateFunction {
  // POD's e-mail pattern escapes characters that a /u regular expression refuses.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv as never);
  for (const file of POD_FILES) {
    const schema = JSON.parse(standardFile('pod-v1.1', `${file}.json`));
    relax(file, schema);
    ajv.addSchema(schema);
  }
  return ajv.getSchema(
    `https://project-open-data.cio.gov/v1.1/schema/${name}.json`,
  ) as ValidateFunction;
}

/** The Frictionless Data Package v2 schema (draft-07, self-contained). */
export function dataPackageValidator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(standardFile('frictionless', '2.0', 'datapackage.json')));
}

/** Runs a validator and returns its errors in a comparable form. */
export function schemaErrors(validate: ValidateFunction, value: unknown): SchemaError[] {
  validate(value);
  return (validate.errors ?? []).map((error) => ({
    path: error.instancePath,
    keyword: error.keyword,
    message: error.message ?? '',
  }));
}
