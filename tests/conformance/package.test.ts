import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPackage } from '../../electron/engine/export/export-package';
import { writeDefaults } from '../../electron/engine/metadata/defaults';
import { workspaceDefaultsSchema } from '../../shared/metadata/model';
import { addEmissions, tempWorkspace } from '../engine/export/helpers';
import { canonicalJsonLd, canonicalTurtle } from '../shared/serialize/rdf-helpers';
import { dataPackageValidator, podValidator, schemaErrors } from './json-schemas';
import { dcatApShapes, haveStandards, validateTurtle, violations } from './standards';

// See dcat-ap-shacl.test.ts: the shapes' https pattern for SPDX IRIs is dropped.
const withoutSpdxPattern = (quads: Quad[]) =>
  quads.filter((quad) => quad.object.value !== '^https://spdx.org/rdf/terms');
const withoutUsCodes = (file: string, schema: Record<string, unknown>) => {
  if (file === 'dataset') {
    schema.required = (schema.required as string[]).filter(
      (k) => !['bureauCode', 'programCode'].includes(k),
    );
  }
};

let folder: string;
let cleanup: () => void;

beforeAll(async () => {
  const temp = tempWorkspace();
  cleanup = temp.cleanup;
  writeDefaults(
    temp.workspace,
    workspaceDefaultsSchema.parse({ urlPattern: 'https://datos.inecc.gob.mx/{dataset}/{file}' }),
  );
  addEmissions(temp.workspace);
  ({ folder } = await exportPackage(temp.workspace, 'emisiones', { out: temp.out, xlsx: true }));
});

afterAll(() => cleanup());

const read = (name: string) => readFileSync(join(folder, name), 'utf8');

describe.skipIf(!haveStandards)('an exported package against the standards', () => {
  it('has a dcat.ttl with no DCAT-AP 3.0.1 violation', async () => {
    const findings = await validateTurtle(read('dcat.ttl'), dcatApShapes(withoutSpdxPattern));
    expect(violations(findings)).toEqual([]);
  });

  it('has a dcat.jsonld with the same graph as its dcat.ttl', async () => {
    expect(await canonicalJsonLd(read('dcat.jsonld'))).toBe(
      await canonicalTurtle(read('dcat.ttl')),
    );
  });

  it('has a data.json the POD 1.1 schema accepts', () => {
    expect(
      schemaErrors(podValidator('catalog', withoutUsCodes), JSON.parse(read('data.json'))),
    ).toEqual([]);
  });

  it('has a datapackage.json the Data Package 2.0 schema accepts', () => {
    expect(schemaErrors(dataPackageValidator(), JSON.parse(read('datapackage.json')))).toEqual([]);
  });
});
