import type { Ficha } from '../metadata/model';
import { dcatCatalogNodes } from './dcat-catalog';
import type { CatalogInput } from './catalog';
import { dcatDatasetNodes } from './dcat-graph';
import type { DcatDatasetOptions } from './dcat-graph';
import { writeJsonLd } from './jsonld';

/** One dataset's DCAT-AP 3 record as JSON-LD with the shipped context inlined. */
export function dcatJsonLd(ficha: Ficha, options: DcatDatasetOptions = {}): string {
  return writeJsonLd(dcatDatasetNodes(ficha, options));
}

/** The whole catalog's DCAT-AP 3 record as JSON-LD. */
export function dcatCatalogJsonLd(input: CatalogInput): string {
  return writeJsonLd(dcatCatalogNodes(input));
}
