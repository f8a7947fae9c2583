import type { Distribution, Ficha } from '../metadata/model';
import { placeName } from '../metadata/spatial-places';
import { portalFieldLimits } from '../validation/rules/field-max-length';
import { findCategory, findFileType, findLicense, findPeriodicity } from '../vocabularies';
import type { CatalogInput } from './catalog';
import { institutionCatalog } from './catalog';
import type { DcatDatasetOptions } from './dcat-graph';
import { datasetIdentifier } from './identifier';
import { compact, jsonText } from './json';
import type { JsonObject } from './json';

/**
 * The Project Open Data 1.1 `data.json` that the datos.gob.mx catalog
 * ingested, with the portal's own keys (govType, dataDictionary, publisher
 * position and mbox…). Keys POD requires are always written, even empty,
 * so a schema check names what is missing; optional keys are left out when
 * the ficha has no value for them.
 */

const POD_SCHEMA = 'https://project-open-data.cio.gov/v1.1/schema';

/** One dataset as a data.json dataset object. */
export function dataJsonDataset(ficha: Ficha, options: DcatDatasetOptions = {}): JsonObject {
  const email = ficha.contact.email.trim();
  const mbox = email ? `mailto:${email}` : '';
  const category = findCategory(ficha.category);
  const temporal = [ficha.temporal.start, ficha.temporal.end].map((d) => d.trim());

  return compact({
    '@type': 'dcat:Dataset',
    identifier: options.identifier ?? datasetIdentifier(ficha.title),
    title: ficha.title.trim(),
    description: ficha.description.trim(),
    keyword: ficha.keywords.map((k) => k.trim()).filter(Boolean),
    modified: ficha.modified.trim(),
    publisher: compact({
      '@type': 'org:Organization',
      name: ficha.publisher.name.trim(),
      position: ficha.contact.position.trim() || undefined,
      mbox: email || undefined,
    }),
    contactPoint: { '@type': 'vcard:Contact', fn: ficha.contact.name.trim(), hasEmail: mbox },
    accessLevel: 'public',
    responsible: email
      ? compact({
          contact_name: ficha.contact.name.trim(),
          mbox: email,
          position: ficha.contact.position.trim(),
        })
      : undefined,
    theme: category
      ? [category.label.es]
      : ficha.category.trim()
        ? [ficha.category.trim()]
        : undefined,
    issued: ficha.issued.trim() || undefined,
    language: ficha.language ? [ficha.language] : undefined,
    temporal: temporal[0] && temporal[1] ? temporal.join('/') : undefined,
    spatial: spatialText(ficha) || undefined,
    accrualPeriodicity: portalPeriodicity(ficha.periodicity) || undefined,
    landingPage: ficha.landingPage.trim() || undefined,
    license: findLicense(ficha.license)?.url || undefined,
    dataDictionary: options.dictionaryURL || undefined,
    describedBy: options.dictionaryURL || undefined,
    describedByType: options.dictionaryURL ? 'text/csv' : undefined,
    references: ficha.moreInfo.length > 0 ? ficha.moreInfo : undefined,
    quality: ficha.quality.trim() || undefined,
    comments: ficha.comments.trim() || undefined,
    govType: ficha.publisher.govType,
    distribution: ficha.distributions.map((d) => distributionObject(ficha, d)),
  });
}

/** A data.json catalog of the given datasets, as the portal harvested it. */
export function dataJsonCatalog(input: CatalogInput): JsonObject {
  return compact({
    '@context': `${POD_SCHEMA}/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    conformsTo: POD_SCHEMA,
    describedBy: `${POD_SCHEMA}/catalog.json`,
    title: input.title,
    description: input.description || undefined,
    homepage: input.homepage || undefined,
    language: input.language || undefined,
    license: findLicense(input.license)?.url || undefined,
    issued: input.issued || undefined,
    modified: input.modified || undefined,
    dataset: input.datasets.map((entry) => dataJsonDataset(entry.ficha, entry.options)),
  });
}

/** The `data.json` text of one dataset: a catalog of one, ready to harvest. */
export function dataJson(ficha: Ficha, options: DcatDatasetOptions = {}): string {
  const catalog = institutionCatalog(ficha.publisher, [{ ficha, options }]);
  return jsonText(dataJsonCatalog(catalog));
}

/** The `data.json` text of a whole catalog. */
export function dataJsonCatalogText(input: CatalogInput): string {
  return jsonText(dataJsonCatalog(input));
}

/** The value the portal expects: its own word where EU and portal differ. */
export function portalPeriodicity(value: string): string {
  const found = value ? findPeriodicity(value) : undefined;
  return found ? (found.portalValue ?? found.value) : value.trim();
}

function distributionObject(ficha: Ficha, distribution: Distribution): JsonObject {
  const fileType = findFileType(distribution.format);
  const part = distribution.part.trim();
  return compact({
    '@type': 'dcat:Distribution',
    title: distribution.title.trim() || undefined,
    description: distribution.description.trim() || undefined,
    downloadURL: distribution.downloadURL.trim() || undefined,
    mediaType: distribution.mediaType.trim() || fileType?.mediaType,
    format: fileType?.label ?? distribution.format.toUpperCase(),
    byteSize: distribution.byteSize ?? undefined,
    temporal: part && /^\d{4}$/.test(part) ? `${part}/${part}` : undefined,
    spatial: spatialText(ficha) || undefined,
    modified: ficha.modified.trim() || undefined,
    license: findLicense(ficha.license)?.url || undefined,
  });
}

/**
 * The spatial coverage as the portal's free text: "Nacional", the text, or
 * the places with their INEGI keys ("Ciudad de México (09); Jalisco (14)").
 * Past the portal's 255 characters the keys go alone, then a count by state.
 */
export function spatialText(ficha: Ficha): string {
  const { kind, codes, text } = ficha.spatial;
  if (kind === 'national') return 'Nacional';
  if (kind === 'text') return text.trim();

  const max = portalFieldLimits['spatial.text'];
  const named = codes.map((code) => `${placeName(code) ?? 'Clave INEGI'} (${code})`).join('; ');
  if ([...named].length <= max) return named;
  if (codes.join(',').length <= max) return codes.join(',');
  const states = [...new Set(codes.map((c) => c.slice(0, 2)))].map((c) => placeName(c) ?? c);
  const noun = kind === 'states' ? 'entidades' : 'municipios';
  return `${codes.length} ${noun} de ${states.join(', ')}`.slice(0, max);
}
