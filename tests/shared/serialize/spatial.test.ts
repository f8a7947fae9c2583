import { Parser } from 'n3';
import type { Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import type { Spatial } from '../../../shared/metadata/model';
import { municipalities } from '../../../shared/vocabularies/municipalities';
import { ckanPackage } from '../../../shared/serialize/ckan';
import { dataJsonDataset } from '../../../shared/serialize/datajson';
import { dcatTurtle } from '../../../shared/serialize/dcat-turtle';
import {
  dcatApShapes,
  haveStandards,
  validateTurtle,
  violations,
} from '../../conformance/standards';
import { completeFicha } from './fixtures';

const DCT = 'http://purl.org/dc/terms/';
const LOCN = 'http://www.w3.org/ns/locn#';

function withSpatial(spatial: Spatial) {
  return { ...completeFicha(), spatial };
}

/** The dct:spatial Locations of a Turtle record, each as identifier → name. */
function locations(turtle: string): Record<string, string> {
  const quads: Quad[] = new Parser().parse(turtle);
  const of = (subject: string, predicate: string) =>
    quads.find((q) => q.subject.value === subject && q.predicate.value === predicate)?.object.value;
  const places = quads.filter((q) => q.predicate.value === `${DCT}spatial`);
  return Object.fromEntries(
    places.map((q) => [
      of(q.object.value, `${DCT}identifier`),
      of(q.object.value, `${LOCN}geographicName`),
    ]),
  );
}

describe('spatial coverage in the serializations', () => {
  it('writes each chosen state as a DCAT Location named with its INEGI key', () => {
    const turtle = dcatTurtle(withSpatial({ kind: 'states', codes: ['09', '14'], text: '' }));
    expect(locations(turtle)).toEqual({
      'INEGI:09': 'Ciudad de México',
      'INEGI:14': 'Jalisco',
    });
  });

  it('names a municipality with its state', () => {
    const turtle = dcatTurtle(withSpatial({ kind: 'municipalities', codes: ['14039'], text: '' }));
    expect(locations(turtle)).toEqual({ 'INEGI:14039': 'Guadalajara, Jalisco' });
  });

  it('keeps a key the catalogue does not know, without a name', () => {
    const turtle = dcatTurtle(withSpatial({ kind: 'municipalities', codes: ['99999'], text: '' }));
    expect(locations(turtle)).toEqual({ 'INEGI:99999': undefined });
  });

  it('gives data.json and CKAN the places by name and key', () => {
    const ficha = withSpatial({ kind: 'states', codes: ['09', '14'], text: '' });
    const expected = 'Ciudad de México (09); Jalisco (14)';
    expect(dataJsonDataset(ficha).spatial).toBe(expected);
    const extras = ckanPackage(ficha).extras as { key: string; value: string }[];
    expect(extras.find((e) => e.key === 'spatial')?.value).toBe(expected);
  });

  it('stays within the portal’s 255 characters when many municipalities are chosen', () => {
    const two = dataJsonDataset(
      withSpatial({ kind: 'municipalities', codes: ['09002', '09003'], text: '' }),
    );
    expect(two.spatial).toBe(
      'Azcapotzalco, Ciudad de México (09002); Coyoacán, Ciudad de México (09003)',
    );
    // The 16 boroughs of Mexico City named pass 255 characters; their keys do not.
    const few = municipalities.filter((m) => m.state === '09').map((m) => m.key);
    const many = municipalities.filter((m) => m.state === '14').map((m) => m.key);
    const keysOnly = dataJsonDataset(withSpatial({ kind: 'municipalities', codes: few, text: '' }));
    expect(keysOnly.spatial).toBe(few.join(','));
    const counted = dataJsonDataset(withSpatial({ kind: 'municipalities', codes: many, text: '' }));
    expect(counted.spatial).toBe(`${many.length} municipios de Jalisco`);
  });

  it('writes national coverage as Mexico and free text as a named Location', () => {
    expect(dataJsonDataset(withSpatial({ kind: 'national', codes: [], text: '' })).spatial).toBe(
      'Nacional',
    );
    const turtle = dcatTurtle(withSpatial({ kind: 'text', codes: [], text: 'Cuenca del Lerma' }));
    const quads = new Parser().parse(turtle);
    expect(quads.some((q) => q.object.value === 'Cuenca del Lerma')).toBe(true);
  });

  it.skipIf(!haveStandards)(
    'passes the DCAT-AP 3 shapes with states and municipalities',
    async () => {
      // The SPDX pattern the shipped shapes get wrong is dropped, as in the conformance test.
      const shapes = dcatApShapes((quads) =>
        quads.filter((q) => q.object.value !== '^https://spdx.org/rdf/terms'),
      );
      for (const spatial of [
        { kind: 'states' as const, codes: ['09', '14'], text: '' },
        { kind: 'municipalities' as const, codes: ['09003'], text: '' },
      ]) {
        const findings = await validateTurtle(dcatTurtle(withSpatial(spatial)), shapes);
        expect(violations(findings)).toEqual([]);
      }
    },
  );
});
