import type { DictionaryEntry, Distribution, Ficha } from '../metadata/model';
import type { ColumnType } from '../table';
import { findFileType, findLicense } from '../vocabularies';
import { datasetIri } from './dcat-graph';
import { datasetIdentifier } from './identifier';
import { compact, jsonText } from './json';
import type { Json, JsonObject } from './json';

/**
 * A Frictionless Data Package (version 2) whose Table Schema comes from the
 * data dictionary: each CSV distribution is a tabular resource, described
 * by the same schema (types, formats, missing values, constraints, key).
 */

/** Choices that are not part of the ficha. */
export interface DataPackageOptions {
  identifier?: string;
  iri?: string;
  /** The package-relative path of each distribution, by distribution id. */
  paths?: Record<string, string>;
}

const PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

const fieldTypes: Record<ColumnType, string> = {
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  text: 'string',
};

/** The `datapackage.json` descriptor as an object. */
export function dataPackageDescriptor(ficha: Ficha, options: DataPackageOptions = {}): JsonObject {
  const identifier = options.identifier ?? datasetIdentifier(ficha.title);
  const license = findLicense(ficha.license);
  const tables = ficha.distributions.filter((d) => findFileType(d.format)?.format === 'csv');
  const created = /^\d{4}-\d{2}-\d{2}$/.test(ficha.issued.trim())
    ? `${ficha.issued.trim()}T00:00:00Z`
    : undefined;

  return compact({
    $schema: PROFILE,
    name: identifier,
    id: datasetIri(ficha, { identifier, iri: options.iri }),
    title: ficha.title.trim() || undefined,
    description: ficha.description.trim() || undefined,
    version: ficha.version.trim() || undefined,
    homepage: ficha.landingPage.trim() || undefined,
    created,
    keywords: ficha.keywords.length > 0 ? ficha.keywords : undefined,
    licenses: license?.url
      ? [{ name: license.id, path: license.url, title: license.label.es }]
      : undefined,
    contributors: contributors(ficha),
    resources: tables.map((d) => tableResource(ficha, d, identifier, tables.length, options)),
  });
}

/** The `datapackage.json` text. */
export function dataPackage(ficha: Ficha, options: DataPackageOptions = {}): string {
  return jsonText(dataPackageDescriptor(ficha, options));
}

/** The Table Schema the data dictionary describes. */
export function tableSchema(dictionary: DictionaryEntry[]): JsonObject {
  const keys = dictionary.filter((entry) => entry.key).map((entry) => entry.name);
  return compact({
    fields: dictionary.map((entry) => schemaField(entry, keys.length === 1 && entry.key)),
    missingValues: [''],
    primaryKey: keys.length > 0 ? keys : undefined,
  });
}

function schemaField(entry: DictionaryEntry, soleKey: boolean): JsonObject {
  const type = fieldTypes[entry.type];
  const format = entry.format.trim();
  const isPattern = type === 'string' && /^\^|\$$/.test(format);
  const constraints = compact({
    required: entry.key ? true : undefined,
    unique: soleKey ? true : undefined,
    pattern: isPattern ? format : undefined,
    enum: enumValues(entry),
  });
  const description = [entry.description.trim(), entry.unit ? `Unidad: ${entry.unit}` : '']
    .filter(Boolean)
    .join('. ');

  return compact({
    name: entry.name,
    title: entry.label.trim() || undefined,
    description: description || undefined,
    type,
    format: type === 'string' && ['email', 'uri'].includes(format) ? format : undefined,
    example: entry.example.trim() || undefined,
    missingValues: entry.missingValues.length > 0 ? ['', ...entry.missingValues] : undefined,
    constraints: Object.keys(constraints).length > 0 ? constraints : undefined,
  });
}

function enumValues(entry: DictionaryEntry): Json[] | undefined {
  if (entry.allowedValues.length === 0 || entry.type === 'boolean') return undefined;
  if (entry.type === 'integer' || entry.type === 'number') {
    const numbers = entry.allowedValues.map(Number);
    return numbers.every(Number.isFinite) ? numbers : undefined;
  }
  return [...entry.allowedValues];
}

function tableResource(
  ficha: Ficha,
  distribution: Distribution,
  identifier: string,
  count: number,
  options: DataPackageOptions,
): JsonObject {
  const part = distribution.part.trim();
  const suffix = count > 1 ? `-${datasetIdentifier(part || distribution.id, distribution.id)}` : '';
  return compact({
    name: `${identifier}${suffix}`,
    type: 'table',
    path:
      options.paths?.[distribution.id] ??
      (distribution.downloadURL.trim() || `${identifier}${suffix}.csv`),
    title: distribution.title.trim() || undefined,
    description: distribution.description.trim() || undefined,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: distribution.byteSize ?? undefined,
    hash: distribution.checksum ? `sha256:${distribution.checksum}` : undefined,
    schema: tableSchema(ficha.dictionary),
  });
}

function contributors(ficha: Ficha): Json[] | undefined {
  const list: JsonObject[] = [];
  const { publisher, contact } = ficha;
  if (publisher.name.trim()) {
    list.push(
      compact({
        title: publisher.name.trim(),
        path: publisher.homepage.trim() || undefined,
        roles: ['publisher'],
      }),
    );
  }
  if (contact.name.trim()) {
    list.push(
      compact({
        title: contact.name.trim(),
        email: contact.email.trim() || undefined,
        roles: ['contact'],
      }),
    );
  }
  return list.length > 0 ? list : undefined;
}
