import type { Distribution, Ficha } from '../metadata/model';
import { findCategory, findFileType, findLicense } from '../vocabularies';
import { portalPeriodicity, spatialText } from './datajson';
import type { DcatDatasetOptions } from './dcat-graph';
import { datasetIdentifier } from './identifier';
import { compact, jsonText } from './json';
import type { JsonObject } from './json';

/** Choices of a CKAN payload that are not part of the ficha. */
export interface CkanOptions extends DcatDatasetOptions {
  /** The organization's name in the portal; the publisher's acronym when absent. */
  ownerOrg?: string;
  /** A package exported with --force over validation errors is a draft. */
  draft?: boolean;
}

/**
 * The body of CKAN's `package_create` action for portals that take one:
 * core fields, the DCAT fields CKAN lacks as `extras` (as datos.gob.mx
 * stored them), and one resource per distribution.
 */
export function ckanPackage(ficha: Ficha, options: CkanOptions = {}): JsonObject {
  const license = findLicense(ficha.license);
  const owner = options.ownerOrg ?? datasetIdentifier(ficha.publisher.acronym, '');

  return compact({
    name: options.identifier ?? datasetIdentifier(ficha.title),
    title: ficha.title.trim(),
    notes: ficha.description.trim(),
    owner_org: owner || undefined,
    private: false,
    state: options.draft ? 'draft' : 'active',
    author: ficha.publisher.name.trim() || undefined,
    maintainer: ficha.contact.name.trim() || undefined,
    maintainer_email: ficha.contact.email.trim() || undefined,
    license_id: license?.id,
    url: ficha.landingPage.trim() || undefined,
    version: ficha.version.trim() || undefined,
    tags: ckanTags(ficha.keywords).map((name) => ({ name })),
    extras: extras(ficha, options),
    resources: ficha.distributions.map((d) => resource(ficha, d)),
  });
}

/** The payload as JSON text. */
export function ckanPayload(ficha: Ficha, options: CkanOptions = {}): string {
  return jsonText(ckanPackage(ficha, options));
}

/**
 * Keywords as CKAN accepts tags: letters, digits, spaces and `- _ .`, 2 to
 * 100 characters; other characters become spaces and duplicates go.
 */
export function ckanTags(keywords: string[]): string[] {
  const tags: string[] = [];
  for (const keyword of keywords) {
    const tag = keyword
      .replace(/[^\p{L}\p{N} _.-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 100)
      .trim();
    if (tag.length >= 2 && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

function extras(ficha: Ficha, options: CkanOptions): { key: string; value: string }[] {
  const temporal = [ficha.temporal.start.trim(), ficha.temporal.end.trim()];
  const entries: [string, string][] = [
    ['theme', findCategory(ficha.category)?.label.es ?? ficha.category.trim()],
    ['accrualPeriodicity', portalPeriodicity(ficha.periodicity)],
    ['temporal', temporal[0] && temporal[1] ? temporal.join('/') : ''],
    ['spatial', spatialText(ficha)],
    ['language', ficha.language],
    ['issued', ficha.issued.trim()],
    ['modified', ficha.modified.trim()],
    ['govType', ficha.publisher.govType],
    ['dataDictionary', options.dictionaryURL ?? ''],
    ['quality', ficha.quality.trim()],
    ['contact_position', ficha.contact.position.trim()],
    ['area', ficha.area.trim()],
  ];
  return entries.filter(([, value]) => value !== '').map(([key, value]) => ({ key, value }));
}

function resource(ficha: Ficha, distribution: Distribution): JsonObject {
  const fileType = findFileType(distribution.format);
  return compact({
    name: distribution.title.trim() || undefined,
    description: distribution.description.trim() || undefined,
    url: distribution.downloadURL.trim(),
    format: fileType?.label ?? distribution.format.toUpperCase(),
    mimetype: distribution.mediaType.trim() || fileType?.mediaType,
    size: distribution.byteSize ?? undefined,
    hash: distribution.checksum ? `sha256:${distribution.checksum}` : undefined,
    last_modified: ficha.modified.trim() || undefined,
  });
}
