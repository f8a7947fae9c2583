/**
 * A small RDF model that the DCAT serializers share: a graph is an ordered
 * list of described nodes, and JSON-LD and Turtle are both written from the
 * same list, so the two files always hold the same triples.
 */

/** Namespaces the DCAT-AP output uses, as Turtle prefixes and context terms. */
export const namespaces = {
  adms: 'http://www.w3.org/ns/adms#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatap: 'http://data.europa.eu/r5r/',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  locn: 'http://www.w3.org/ns/locn#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** A prefix of the namespaces above. */
export type Prefix = keyof typeof namespaces;

/** An IRI written as a compact name, e.g. `dct:title`. */
export type CompactIri = `${Prefix}:${string}`;

/** A value of a property: an IRI, a literal, or a blank node described inline. */
export type RdfTerm =
  | { kind: 'iri'; value: string }
  | { kind: 'literal'; value: string; datatype?: CompactIri; language?: string }
  | { kind: 'blank'; node: RdfNode };

/** A property of a node with its values, in the order they are written. */
export interface RdfProperty {
  predicate: CompactIri;
  values: RdfTerm[];
}

/** A described node: named by an IRI, or blank (id null) when nested. */
export interface RdfNode {
  id: string | null;
  types: CompactIri[];
  properties: RdfProperty[];
}

/** Expands `dct:title` to its full IRI. */
export function expand(name: CompactIri): string {
  const colon = name.indexOf(':');
  const prefix = name.slice(0, colon) as Prefix;
  return namespaces[prefix] + name.slice(colon + 1);
}

/** An IRI value. */
export function iri(value: string): RdfTerm {
  return { kind: 'iri', value };
}

/** A literal value, plain, typed or with a language tag. */
export function literal(
  value: string,
  options: { datatype?: CompactIri; language?: string } = {},
): RdfTerm {
  return { kind: 'literal', value, ...options };
}

/** A blank node value described inline. */
export function blank(types: CompactIri[], properties: RdfProperty[]): RdfTerm {
  return { kind: 'blank', node: { id: null, types, properties } };
}

/**
 * Builds a node's properties, leaving out those with no values, so that an
 * empty field of the ficha writes nothing rather than an empty string.
 */
export function props(
  ...entries: [CompactIri, RdfTerm | (RdfTerm | null)[] | null | undefined][]
): RdfProperty[] {
  const properties: RdfProperty[] = [];
  for (const [predicate, value] of entries) {
    const values = (Array.isArray(value) ? value : [value]).filter(
      (term): term is RdfTerm => term !== null && term !== undefined,
    );
    if (values.length > 0) properties.push({ predicate, values });
  }
  return properties;
}

/** A Spanish (or given language) literal, or nothing when the text is empty. */
export function text(value: string, language = 'es'): RdfTerm | null {
  const trimmed = value.trim();
  return trimmed ? literal(trimmed, { language }) : null;
}

/**
 * The XSD type of an ISO 8601 date as the ficha holds it: a year, a month,
 * a day or a date-time. Anything else is not a date and returns null.
 */
export function dateTerm(value: string): RdfTerm | null {
  const trimmed = value.trim();
  if (/^\d{4}$/.test(trimmed)) return literal(trimmed, { datatype: 'xsd:gYear' });
  if (/^\d{4}-\d{2}$/.test(trimmed)) return literal(trimmed, { datatype: 'xsd:gYearMonth' });
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return literal(trimmed, { datatype: 'xsd:date' });
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(trimmed)) {
    return literal(trimmed, { datatype: 'xsd:dateTime' });
  }
  return null;
}

/** An IRI value when the text looks like an absolute IRI, else nothing. */
export function iriIfAbsolute(value: string): RdfTerm | null {
  const trimmed = value.trim();
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(trimmed) ? iri(trimmed) : null;
}
