import type { Publisher } from '../metadata/model';
import type { CatalogInput } from './catalog';
import { dataThemeScheme } from '../vocabularies';
import { ConceptCollector, languageConcept, licenseConcept } from './dcat-concepts';
import { datasetIri, datasetNodes } from './dcat-graph';
import { blank, dateTerm, iri, iriIfAbsolute, literal, props, text } from './rdf';
import type { RdfNode } from './rdf';

/** The catalog's IRI: the given one, its homepage's fragment, or a URN. */
export function catalogIri(input: CatalogInput): string {
  if (input.iri) return input.iri;
  if (iriIfAbsolute(input.homepage)) return `${input.homepage.trim()}#catalog`;
  const acronym = input.publisher.acronym.trim().toLowerCase() || 'catalogo';
  return `urn:ficha:catalog:${encodeURIComponent(acronym)}`;
}

/**
 * The DCAT-AP 3 graph of a whole catalog: the catalog node, then each
 * dataset with its distributions, then every concept they point to.
 */
export function dcatCatalogNodes(input: CatalogInput): RdfNode[] {
  const concepts = new ConceptCollector();
  const language = languageConcept(input.language, concepts);
  const license = licenseConcept(input.license, concepts);
  const datasets = input.datasets.flatMap((entry) =>
    datasetNodes(entry.ficha, entry.options ?? {}, concepts),
  );
  const listed = input.datasets.map((entry) => iri(datasetIri(entry.ficha, entry.options)));
  const homepage = iriIfAbsolute(input.homepage);
  if (homepage?.kind === 'iri') {
    concepts.addNode({ id: homepage.value, types: ['foaf:Document'], properties: [] });
  }
  concepts.addNode({
    id: dataThemeScheme,
    types: ['skos:ConceptScheme'],
    properties: props(['dct:title', literal('Data theme', { language: 'en' })]),
  });

  const catalog: RdfNode = {
    id: catalogIri(input),
    types: ['dcat:Catalog'],
    properties: props(
      ['dct:title', text(input.title)],
      ['dct:description', text(input.description)],
      ['dct:publisher', publisherTerm(input.publisher)],
      ['foaf:homepage', homepage],
      ['dct:language', language ? iri(language) : null],
      ['dct:license', license ? iri(license) : null],
      ['dct:issued', dateTerm(input.issued)],
      ['dct:modified', dateTerm(input.modified)],
      ['dcat:themeTaxonomy', iri(dataThemeScheme)],
      ['dcat:dataset', listed],
    ),
  };
  return [catalog, ...datasets, ...concepts.list()];
}

function publisherTerm(publisher: Publisher) {
  if (!publisher.name.trim()) return null;
  return blank(['foaf:Agent'], props(['foaf:name', text(publisher.name)]));
}
