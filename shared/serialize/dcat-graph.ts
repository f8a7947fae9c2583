import type { Distribution, Ficha, Publisher } from '../metadata/model';
import { placeName } from '../metadata/spatial-places';
import {
  ConceptCollector,
  fileTypeConcept,
  frequencyConcept,
  languageConcept,
  licenseConcept,
  mediaTypeConcept,
  themeConcepts,
} from './dcat-concepts';
import { datasetIdentifier } from './identifier';
import { blank, dateTerm, iri, iriIfAbsolute, literal, props, text } from './rdf';
import type { RdfNode, RdfTerm } from './rdf';

/** Choices that are not part of the ficha itself. */
export interface DcatDatasetOptions {
  /** The dataset's IRI; derived from the landing page or identifier when absent. */
  iri?: string;
  /** The ASCII identifier; the slug of the title when absent. */
  identifier?: string;
  /** Where the data dictionary is published, linked as a page of the dataset. */
  dictionaryURL?: string;
}

const MEXICO = 'http://publications.europa.eu/resource/authority/country/MEX';
const COUNTRY_SCHEME = 'http://publications.europa.eu/resource/authority/country';
const SHA256 = 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256';

/** The dataset's IRI: the given one, its landing page's fragment, or a URN. */
export function datasetIri(ficha: Ficha, options: DcatDatasetOptions = {}): string {
  if (options.iri) return options.iri;
  const identifier = options.identifier ?? datasetIdentifier(ficha.title);
  if (iriIfAbsolute(ficha.landingPage)) return `${ficha.landingPage.trim()}#dataset`;
  return `urn:ficha:dataset:${identifier}`;
}

/**
 * The DCAT-AP 3 graph of one dataset: the dataset node, one node per
 * distribution, then the vocabulary concepts they point to.
 */
export function dcatDatasetNodes(ficha: Ficha, options: DcatDatasetOptions = {}): RdfNode[] {
  const concepts = new ConceptCollector();
  const nodes = datasetNodes(ficha, options, concepts);
  return [...nodes, ...concepts.list()];
}

/** The dataset and distribution nodes, recording concepts in the collector. */
export function datasetNodes(
  ficha: Ficha,
  options: DcatDatasetOptions,
  concepts: ConceptCollector,
): RdfNode[] {
  const id = datasetIri(ficha, options);
  const identifier = options.identifier ?? datasetIdentifier(ficha.title);
  const distributions = ficha.distributions.map((d) => distributionNode(ficha, id, d, concepts));
  const frequency = frequencyConcept(ficha.periodicity, concepts);
  const language = languageConcept(ficha.language, concepts);
  const pages = [...ficha.moreInfo, ficha.quality, options.dictionaryURL ?? '']
    .map((page) => iriIfAbsolute(page))
    .filter((page): page is RdfTerm => page !== null);

  const dataset: RdfNode = {
    id,
    types: ['dcat:Dataset'],
    properties: props(
      ['dct:identifier', literal(identifier)],
      ['dct:title', text(ficha.title)],
      ['dct:description', text(ficha.description)],
      ['dcat:keyword', ficha.keywords.map((k) => text(k))],
      ['dcat:theme', themeConcepts(ficha, concepts).map((theme) => iri(theme))],
      ['dct:publisher', publisherTerm(ficha.publisher)],
      ['dcat:contactPoint', contactTerm(ficha)],
      ['dct:temporal', temporalTerm(ficha.temporal.start, ficha.temporal.end)],
      ['dct:spatial', spatialTerms(ficha, concepts)],
      ['dct:accrualPeriodicity', frequency ? iri(frequency) : null],
      ['dct:language', language ? iri(language) : null],
      ['dct:issued', dateTerm(ficha.issued)],
      ['dct:modified', dateTerm(ficha.modified)],
      ['dcat:landingPage', iriIfAbsolute(ficha.landingPage)],
      ['foaf:page', pages],
      ['dct:conformsTo', ficha.conformsTo.map((c) => iriIfAbsolute(c))],
      ['dct:provenance', provenanceTerm(ficha.methodology)],
      ['dcat:version', ficha.version.trim() ? literal(ficha.version.trim()) : null],
      ['adms:versionNotes', text(ficha.versionNotes)],
      ['dcat:distribution', distributions.map((d) => iri(d.id ?? ''))],
    ),
  };
  describeDocuments(
    [ficha.landingPage, ...ficha.moreInfo, ficha.quality, options.dictionaryURL ?? ''],
    concepts,
  );
  describeStandards(ficha.conformsTo, concepts);
  return [dataset, ...distributions];
}

/** A distribution's IRI under its dataset's. */
export function distributionIri(datasetId: string, distributionId: string): string {
  const local = encodeURIComponent(distributionId);
  if (datasetId.endsWith('#dataset'))
    return `${datasetId.slice(0, -'dataset'.length)}distribution-${local}`;
  return `${datasetId}/distribution/${local}`;
}

function distributionNode(
  ficha: Ficha,
  datasetId: string,
  distribution: Distribution,
  concepts: ConceptCollector,
): RdfNode {
  const download = iriIfAbsolute(distribution.downloadURL);
  const access = download ?? iriIfAbsolute(ficha.landingPage);
  const format = fileTypeConcept(distribution.format, concepts);
  const mediaType = mediaTypeConcept(distribution.mediaType, concepts);
  const license = licenseConcept(ficha.license, concepts);
  const size = distribution.byteSize;

  return {
    id: distributionIri(datasetId, distribution.id),
    types: ['dcat:Distribution'],
    properties: props(
      ['dct:title', text(distribution.title)],
      ['dct:description', text(distribution.description)],
      ['dcat:accessURL', access],
      ['dcat:downloadURL', download],
      ['dct:format', format ? iri(format) : null],
      ['dcat:mediaType', mediaType ? iri(mediaType) : null],
      ['dct:license', license ? iri(license) : null],
      ['dct:modified', dateTerm(ficha.modified)],
      [
        'dcat:byteSize',
        size === null ? null : literal(String(size), { datatype: 'xsd:nonNegativeInteger' }),
      ],
      [
        'spdx:checksum',
        distribution.checksum ? checksumTerm(distribution.checksum, concepts) : null,
      ],
    ),
  };
}

function publisherTerm(publisher: Publisher): RdfTerm | null {
  if (!publisher.name.trim()) return null;
  return blank(
    ['foaf:Agent'],
    props(
      ['foaf:name', text(publisher.name)],
      ['foaf:homepage', iriIfAbsolute(publisher.homepage)],
    ),
  );
}

function contactTerm(ficha: Ficha): RdfTerm | null {
  const { name, email, position } = ficha.contact;
  if (!name.trim() && !email.trim()) return null;
  const mailbox = email.trim() ? iri(`mailto:${email.trim()}`) : null;
  return blank(
    ['vcard:Kind'],
    props(['vcard:fn', text(name)], ['vcard:title', text(position)], ['vcard:hasEmail', mailbox]),
  );
}

/** A dct:PeriodOfTime with typed start and end, or nothing when both are empty. */
export function temporalTerm(start: string, end: string): RdfTerm | null {
  const startTerm = dateTerm(start);
  const endTerm = dateTerm(end);
  if (!startTerm && !endTerm) return null;
  return blank(
    ['dct:PeriodOfTime'],
    props(['dcat:startDate', startTerm], ['dcat:endDate', endTerm]),
  );
}

function spatialTerms(ficha: Ficha, concepts: ConceptCollector): RdfTerm[] {
  const { kind, codes, text: description } = ficha.spatial;
  if (kind === 'national') {
    concepts.add(MEXICO, ['dct:Location', 'skos:Concept'], COUNTRY_SCHEME, 'México');
    return [iri(MEXICO)];
  }
  if (kind === 'text') {
    const name = text(description);
    return name ? [blank(['dct:Location'], props(['locn:geographicName', name]))] : [];
  }
  // INEGI publishes no IRIs for its keys: each place is a Location named with its key.
  return codes.map((code) =>
    blank(
      ['dct:Location'],
      props(
        ['dct:identifier', literal(`INEGI:${code}`)],
        ['locn:geographicName', text(placeName(code) ?? '')],
      ),
    ),
  );
}

function provenanceTerm(methodology: string): RdfTerm | null {
  const label = text(methodology);
  return label ? blank(['dct:ProvenanceStatement'], props(['rdfs:label', label])) : null;
}

function checksumTerm(sha256: string, concepts: ConceptCollector): RdfTerm {
  concepts.addNode({ id: SHA256, types: ['spdx:ChecksumAlgorithm'], properties: [] });
  return blank(
    ['spdx:Checksum'],
    props(
      ['spdx:algorithm', iri(SHA256)],
      ['spdx:checksumValue', literal(sha256.toLowerCase(), { datatype: 'xsd:hexBinary' })],
    ),
  );
}

function describeDocuments(pages: string[], concepts: ConceptCollector): void {
  for (const page of pages) {
    const term = iriIfAbsolute(page);
    if (term?.kind === 'iri')
      concepts.addNode({ id: term.value, types: ['foaf:Document'], properties: [] });
  }
}

function describeStandards(standards: string[], concepts: ConceptCollector): void {
  for (const standard of standards) {
    const term = iriIfAbsolute(standard);
    if (term?.kind === 'iri')
      concepts.addNode({ id: term.value, types: ['dct:Standard'], properties: [] });
  }
}
