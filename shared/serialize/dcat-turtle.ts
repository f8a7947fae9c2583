import type { Ficha } from '../metadata/model';
import { dcatCatalogNodes } from './dcat-catalog';
import type { CatalogInput } from './catalog';
import { dcatDatasetNodes } from './dcat-graph';
import type { DcatDatasetOptions } from './dcat-graph';
import { writeTurtle } from './turtle';

/** One dataset's DCAT-AP 3 record as Turtle. */
export function dcatTurtle(ficha: Ficha, options: DcatDatasetOptions = {}): string {
  return writeTurtle(dcatDatasetNodes(ficha, options));
}

/** The whole catalog's DCAT-AP 3 record as Turtle. */
export function dcatCatalogTurtle(input: CatalogInput): string {
  return writeTurtle(dcatCatalogNodes(input));
}
