import type { Ficha } from '../metadata/model';
import {
  dataThemeScheme,
  dataThemes,
  fileTypeScheme,
  findCategory,
  findFileType,
  findLanguage,
  findLicense,
  findPeriodicity,
  frequencyScheme,
  languageScheme,
  themeIri,
} from '../vocabularies';
import { iri, literal, props } from './rdf';
import type { CompactIri, RdfNode } from './rdf';

/**
 * Descriptions of the controlled-vocabulary IRIs a DCAT record points to.
 * DCAT-AP's range checks expect each to carry its class (dct:Frequency,
 * skos:Concept, dct:MediaTypeOrExtent…) and its scheme, which a validator
 * without the EU vocabularies loaded can only see if the record says so.
 */
export class ConceptCollector {
  private readonly nodes = new Map<string, RdfNode>();

  /** The described concepts, in the order first referenced. */
  list(): RdfNode[] {
    return [...this.nodes.values()];
  }

  /** Records a concept once and returns its IRI. */
  add(id: string, types: CompactIri[], scheme: string | null, label: string, lang = 'es'): string {
    if (!this.nodes.has(id)) {
      const properties = props(
        ['skos:prefLabel', label ? literal(label, { language: lang }) : null],
        ['skos:inScheme', scheme ? iri(scheme) : null],
      );
      this.nodes.set(id, { id, types, properties });
    }
    return id;
  }

  /** Records a node described elsewhere (a license, a scheme) once. */
  addNode(node: RdfNode): string {
    if (node.id !== null && !this.nodes.has(node.id)) this.nodes.set(node.id, node);
    return node.id ?? '';
  }
}

const IANA_MEDIA_TYPES = 'https://www.iana.org/assignments/media-types/';

/** The EU frequency IRI of the ficha's periodicity, described; null when unknown. */
export function frequencyConcept(periodicity: string, concepts: ConceptCollector): string | null {
  const found = periodicity ? findPeriodicity(periodicity) : undefined;
  if (!found) return null;
  return concepts.add(
    found.frequency,
    ['dct:Frequency', 'skos:Concept'],
    frequencyScheme,
    found.label.es,
  );
}

/** The data theme IRIs: the ficha's own codes, else those of its portal category. */
export function themeConcepts(ficha: Ficha, concepts: ConceptCollector): string[] {
  const codes =
    ficha.themes.length > 0 ? ficha.themes : (findCategory(ficha.category)?.themes ?? []);
  const iris: string[] = [];
  for (const code of codes) {
    const id = themeIri(code);
    if (!id || iris.includes(id)) continue;
    const theme = dataThemes.find((t) => id.endsWith(`/${t.code}`));
    iris.push(concepts.add(id, ['skos:Concept'], dataThemeScheme, theme?.label.es ?? code));
  }
  return iris;
}

/** The EU file-type IRI of a format ("csv"); null when the format is unknown. */
export function fileTypeConcept(format: string, concepts: ConceptCollector): string | null {
  const found = format ? findFileType(format) : undefined;
  if (!found) return null;
  return concepts.add(
    found.fileType,
    ['dct:MediaTypeOrExtent', 'skos:Concept'],
    fileTypeScheme,
    found.label,
  );
}

/** The IANA IRI of a media type ("text/csv"); null when it is not one. */
export function mediaTypeConcept(mediaType: string, concepts: ConceptCollector): string | null {
  const value = mediaType.trim().toLowerCase();
  if (!/^[a-z]+\/[a-z0-9.+-]+$/.test(value)) return null;
  const id = IANA_MEDIA_TYPES + value;
  return concepts.addNode({ id, types: ['dct:MediaType'], properties: [] }) || null;
}

/** The license IRI, described as a dct:LicenseDocument; null for none or "other". */
export function licenseConcept(license: string, concepts: ConceptCollector): string | null {
  const found = license ? findLicense(license) : undefined;
  if (!found || !found.url) return null;
  return concepts.addNode({
    id: found.url,
    types: ['dct:LicenseDocument'],
    properties: props(['dct:title', literal(found.label.es, { language: 'es' })]),
  });
}

/** The EU language IRI of a language code ("es"), described; null when unknown. */
export function languageConcept(code: string, concepts: ConceptCollector): string | null {
  const found = code ? findLanguage(code) : undefined;
  if (!found) return null;
  return concepts.add(
    found.iri,
    ['dct:LinguisticSystem', 'skos:Concept'],
    languageScheme,
    found.label.es,
  );
}
