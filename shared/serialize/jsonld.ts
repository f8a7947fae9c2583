import { namespaces } from './rdf';
import type { RdfNode, RdfTerm } from './rdf';

/**
 * The JSON-LD context Ficha ships (resources/jsonld/dcat-ap-context.jsonld
 * holds the same object): only prefixes, so every key of the output is a
 * compact IRI a person can read and no remote context is ever needed.
 */
export const dcatContext: Record<string, string> = { ...namespaces };

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Writes a graph as compact JSON-LD with the shipped context inlined, so the
 * file is self-contained: a processor needs no network to read it.
 */
export function writeJsonLd(nodes: RdfNode[]): string {
  const document = {
    '@context': dcatContext,
    '@graph': nodes.map((node) => nodeObject(node)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function nodeObject(node: RdfNode): { [key: string]: JsonValue } {
  const object: { [key: string]: JsonValue } = {};
  if (node.id !== null) object['@id'] = node.id;
  if (node.types.length > 0) object['@type'] = one(node.types);
  for (const property of node.properties) {
    object[property.predicate] = one(property.values.map((term) => termValue(term)));
  }
  return object;
}

function termValue(term: RdfTerm): JsonValue {
  if (term.kind === 'iri') return { '@id': term.value };
  if (term.kind === 'blank') return nodeObject(term.node);
  if (term.language) return { '@value': term.value, '@language': term.language };
  if (term.datatype && term.datatype !== 'xsd:string') {
    return { '@value': term.value, '@type': term.datatype };
  }
  return term.value;
}

function one(values: JsonValue[]): JsonValue {
  return values.length === 1 ? values[0] : values;
}
