import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { dcatCatalogJsonLd, dcatJsonLd } from '../../../shared/serialize/dcat-jsonld';
import { dcatCatalogTurtle, dcatTurtle } from '../../../shared/serialize/dcat-turtle';
import { institutionCatalog } from '../../../shared/serialize/catalog';
import { dcatContext } from '../../../shared/serialize/jsonld';
import { completeFicha, incompleteFicha } from './fixtures';
import { canonicalJsonLd, canonicalTurtle } from './rdf-helpers';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

function objects(turtle: string, predicate: string) {
  return new Parser()
    .parse(turtle)
    .filter((q) => q.predicate.value === predicate)
    .map((q) => q.object);
}

describe('DCAT-AP serializers', () => {
  it('write the same graph as Turtle and as JSON-LD', async () => {
    const ficha = completeFicha();
    const fromTurtle = await canonicalTurtle(dcatTurtle(ficha));
    const fromJsonLd = await canonicalJsonLd(dcatJsonLd(ficha));
    expect(fromTurtle.split('\n').length).toBeGreaterThan(60);
    expect(fromJsonLd).toBe(fromTurtle);
  });

  it('write the same catalog graph as Turtle and as JSON-LD', async () => {
    const first = completeFicha();
    const second = { ...completeFicha(), title: 'Emisiones 2004' };
    const catalog = institutionCatalog(first.publisher, [{ ficha: first }, { ficha: second }]);
    const turtle = dcatCatalogTurtle(catalog);
    expect(await canonicalJsonLd(dcatCatalogJsonLd(catalog))).toBe(await canonicalTurtle(turtle));
    expect(objects(turtle, `${DCAT}dataset`)).toHaveLength(2);
  });

  it('types dates, sizes and checksums as DCAT-AP expects', () => {
    const turtle = dcatTurtle(completeFicha());
    expect(objects(turtle, `${DCAT}startDate`)[0]).toMatchObject({
      value: '2008-01-01',
      datatype: { value: `${XSD}date` },
    });
    expect(objects(turtle, `${DCAT}byteSize`)[0]).toMatchObject({
      value: '123456',
      datatype: { value: `${XSD}nonNegativeInteger` },
    });
    expect(objects(turtle, 'http://spdx.org/rdf/terms#checksumValue')[0]).toMatchObject({
      datatype: { value: `${XSD}hexBinary` },
    });
    expect(objects(turtle, 'http://spdx.org/rdf/terms#algorithm')[0].value).toBe(
      'http://spdx.org/rdf/terms#checksumAlgorithm_sha256',
    );
    expect(objects(turtle, 'http://www.w3.org/2006/vcard/ns#hasEmail')[0].value).toBe(
      'mailto:ana.lopez@inecc.gob.mx',
    );
  });

  it('types a year as gYear and a month as gYearMonth', () => {
    const ficha = completeFicha();
    ficha.temporal = { start: '2004', end: '2008-06' };
    const turtle = dcatTurtle(ficha);
    expect(objects(turtle, `${DCAT}startDate`)[0]).toMatchObject({
      datatype: { value: `${XSD}gYear` },
    });
    expect(objects(turtle, `${DCAT}endDate`)[0]).toMatchObject({
      datatype: { value: `${XSD}gYearMonth` },
    });
  });

  it('points periodicity, theme, format, media type and license to vocabulary IRIs', () => {
    const turtle = dcatTurtle(completeFicha());
    expect(objects(turtle, `${DCT}accrualPeriodicity`)[0].value).toBe(
      'http://publications.europa.eu/resource/authority/frequency/ANNUAL',
    );
    expect(objects(turtle, `${DCAT}theme`).map((t) => t.value)).toContain(
      'http://publications.europa.eu/resource/authority/data-theme/ENVI',
    );
    expect(objects(turtle, `${DCT}format`)[0].value).toBe(
      'http://publications.europa.eu/resource/authority/file-type/CSV',
    );
    expect(objects(turtle, `${DCAT}mediaType`)[0].value).toBe(
      'https://www.iana.org/assignments/media-types/text/csv',
    );
    expect(objects(turtle, `${DCT}license`)[0].value).toBe('https://datos.gob.mx/libreusomx/');
  });

  it('escapes quotes, backslashes, new lines and control characters in Turtle', async () => {
    const ficha = completeFicha();
    const nasty = 'Línea "uno"\\ruta\nlínea\tdos\r\u0001 ñandú';
    ficha.description = nasty;
    ficha.landingPage = 'https://example.org/a b{c}';
    const turtle = dcatTurtle(ficha);
    expect(objects(turtle, `${DCT}description`)[0].value).toBe(nasty.trim());
    expect(await canonicalJsonLd(dcatJsonLd(ficha))).toBe(await canonicalTurtle(turtle));
  });

  it('writes nothing for empty fields instead of empty strings', () => {
    const turtle = dcatTurtle(incompleteFicha());
    const titles = new Parser()
      .parse(turtle)
      .filter(
        (q) => q.predicate.value === `${DCT}title` && q.subject.value.startsWith('urn:ficha:'),
      );
    expect(titles).toHaveLength(0);
    expect(turtle).not.toContain('""');
  });

  it('inlines the context that resources/jsonld ships', () => {
    const file = path.resolve(__dirname, '../../../resources/jsonld/dcat-ap-context.jsonld');
    const shipped = JSON.parse(readFileSync(file, 'utf8'));
    expect(shipped['@context']).toEqual(dcatContext);
    expect(JSON.parse(dcatJsonLd(completeFicha()))['@context']).toEqual(shipped['@context']);
  });

  it('gives the same text for the same ficha', () => {
    expect(dcatTurtle(completeFicha())).toBe(dcatTurtle(completeFicha()));
    expect(dcatJsonLd(completeFicha())).toBe(dcatJsonLd(completeFicha()));
  });
});
