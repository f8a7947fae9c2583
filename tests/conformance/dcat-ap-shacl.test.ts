import type { Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { dcatCatalogTurtle, dcatTurtle } from '../../shared/serialize/dcat-turtle';
import { institutionCatalog } from '../../shared/serialize/catalog';
import { completeFicha, incompleteFicha } from '../shared/serialize/fixtures';
import { dcatApShapes, haveStandards, validateTurtle, violations } from './standards';

// The 3.0.1 controlled-vocabulary shapes require the checksum algorithm's IRI
// to match "^https://spdx.org/rdf/terms", but SPDX's own namespace (and
// DCAT-AP's own examples) use http://spdx.org/rdf/terms#. Ficha writes the
// real SPDX IRI; the tests drop that one pattern and prove it is the only
// thing the unpatched shapes object to.
const SPDX_HTTPS_PATTERN = '^https://spdx.org/rdf/terms';
const withoutSpdxPattern = (quads: Quad[]) =>
  quads.filter((quad) => quad.object.value !== SPDX_HTTPS_PATTERN);

describe.skipIf(!haveStandards)('DCAT-AP 3.0.1 SHACL conformance', () => {
  it('finds no violation in the record of a complete ficha', async () => {
    const findings = await validateTurtle(
      dcatTurtle(completeFicha()),
      dcatApShapes(withoutSpdxPattern),
    );
    expect(violations(findings)).toEqual([]);
  });

  it('finds no violation in a catalog of complete fichas', async () => {
    const second = { ...completeFicha(), title: 'Emisiones 2004', landingPage: '' };
    const catalog = institutionCatalog(completeFicha().publisher, [
      { ficha: completeFicha() },
      { ficha: second },
    ]);
    const findings = await validateTurtle(
      dcatCatalogTurtle(catalog),
      dcatApShapes(withoutSpdxPattern),
    );
    expect(violations(findings)).toEqual([]);
  });

  it('objects only to the SPDX https pattern when the shapes are unpatched', async () => {
    const findings = violations(await validateTurtle(dcatTurtle(completeFicha()), dcatApShapes()));
    expect(findings).toHaveLength(1);
    expect(findings[0].path).toBe('http://spdx.org/rdf/terms#algorithm');
  });

  it('reports the missing title, description and access URL of an incomplete ficha', async () => {
    const findings = violations(
      await validateTurtle(dcatTurtle(incompleteFicha()), dcatApShapes(withoutSpdxPattern)),
    );
    const seen = findings.map((f) => `${f.component} ${f.path.replace(/^.*[#/]/, '')}`).sort();
    expect(seen).toEqual([
      'MinCountConstraintComponent accessURL',
      'MinCountConstraintComponent description',
      'MinCountConstraintComponent title',
    ]);
  });

  it('reports a periodicity outside the EU frequency vocabulary', async () => {
    const ficha = completeFicha();
    ficha.periodicity = 'cada-luna-llena';
    const turtle = dcatTurtle(ficha).replace(
      'dct:language <http',
      'dct:accrualPeriodicity <https://example.org/lunar> ;\n    dct:language <http',
    );
    const findings = violations(await validateTurtle(turtle, dcatApShapes(withoutSpdxPattern)));
    expect(findings.map((f) => f.path)).toContain('http://purl.org/dc/terms/accrualPeriodicity');
  });
});
