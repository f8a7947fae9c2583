import type { Ficha, Publisher } from '../metadata/model';
import type { DcatDatasetOptions } from './dcat-graph';

/** One dataset of a catalog with the choices its own record would take. */
export interface CatalogEntry {
  ficha: Ficha;
  options?: DcatDatasetOptions;
}

/** The institution's catalog: what describes it and the datasets it lists. */
export interface CatalogInput {
  /** The catalog's IRI; derived from the homepage or acronym when absent. */
  iri?: string;
  title: string;
  description: string;
  homepage: string;
  publisher: Publisher;
  language: string;
  /** License id or IRI of the catalog itself. */
  license: string;
  issued: string;
  modified: string;
  datasets: CatalogEntry[];
}

/**
 * The catalog the portal expected from an institution ("Catálogo de datos
 * abiertos de <institución>"), dated by its datasets so that the same
 * workspace always gives the same catalog.
 */
export function institutionCatalog(publisher: Publisher, datasets: CatalogEntry[]): CatalogInput {
  const name = publisher.name.trim() || 'la institución';
  const dates = (pick: (ficha: Ficha) => string) =>
    datasets
      .map((entry) => pick(entry.ficha).trim())
      .filter(Boolean)
      .sort();
  const issued = dates((f) => f.issued)[0] ?? '';
  const modified = dates((f) => f.modified).at(-1) ?? '';
  return {
    title: `Catálogo de datos abiertos de ${name}`,
    description: `Conjuntos de datos abiertos que publica ${name}.`,
    homepage: publisher.homepage,
    publisher,
    language: 'es',
    license: datasets[0]?.ficha.license ?? 'libre-uso-mx',
    issued,
    modified,
    datasets,
  };
}
