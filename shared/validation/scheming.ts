import { FichaError } from '../errors';
import type { Bilingual } from '../result';
import { profileSchema } from './profile';
import type { Profile, ProfileInput } from './profile';

/** CKAN dataset field names and the ficha paths they carry. */
const datasetFieldMap: Record<string, string> = {
  title: 'title',
  notes: 'description',
  tag_string: 'keywords',
  tags: 'keywords',
  license_id: 'license',
  owner_org: 'publisher.name',
  author: 'contact.name',
  author_email: 'contact.email',
  maintainer: 'contact.name',
  maintainer_email: 'contact.email',
  contact_name: 'contact.name',
  contact_email: 'contact.email',
  contact_position: 'contact.position',
  url: 'landingPage',
  version: 'version',
  frequency: 'periodicity',
  accrual_periodicity: 'periodicity',
  temporal_start: 'temporal.start',
  temporal_end: 'temporal.end',
  spatial: 'spatial',
  spatial_text: 'spatial',
  theme: 'themes',
  groups: 'category',
  category: 'category',
  language: 'language',
  issued: 'issued',
  modified: 'modified',
  conforms_to: 'conformsTo',
  version_notes: 'versionNotes',
};

/** CKAN resource field names and the distribution keys they carry. */
const resourceFieldMap: Record<string, string> = {
  url: 'downloadURL',
  name: 'title',
  description: 'description',
  format: 'format',
  mimetype: 'mediaType',
  size: 'byteSize',
  hash: 'checksum',
};

interface SchemingField {
  field_name: string;
  label?: string | Record<string, string>;
  required?: boolean;
  choices?: { value: string; label?: string | Record<string, string> }[];
  validators?: string;
  preset?: string;
}

/** A profile made from a scheming schema, and the fields Ficha could not map. */
export interface SchemingConversion {
  profile: Profile;
  /** CKAN field names with no ficha counterpart, to review by hand. */
  unmapped: string[];
}

/**
 * Builds a validation profile from a CKAN portal's ckanext-scheming dataset
 * schema (the JSON the portal serves): its required fields become a
 * required-fields rule, its choices an allowed-values rule, and CKAN's own
 * name and tag limits always apply.
 */
export function profileFromScheming(schema: unknown, id = 'ckan-scheming'): SchemingConversion {
  const parsed = readSchema(schema);
  const unmapped: string[] = [];
  const required: string[] = [];
  const requiredPerFile: string[] = [];
  const choices: Record<string, string[]> = {};
  const fields: ProfileInput['fields'] = [];

  for (const field of parsed.datasetFields) {
    const path = datasetFieldMap[field.field_name];
    if (!path) {
      unmapped.push(field.field_name);
      continue;
    }
    const isRequired = field.required === true || /\bnot_empty\b/.test(field.validators ?? '');
    if (isRequired) required.push(path);
    if (field.choices?.length) choices[path] = field.choices.map((c) => c.value);
    fields.push({
      field: path,
      label: bilingual(field.label, field.field_name),
      required: isRequired,
      choices: (field.choices ?? []).map((c) => ({
        value: c.value,
        label: bilingual(c.label, c.value).es,
      })),
    });
  }

  for (const field of parsed.resourceFields) {
    const key = resourceFieldMap[field.field_name];
    if (!key) unmapped.push(`resource.${field.field_name}`);
    else if (field.required === true || /\bnot_empty\b/.test(field.validators ?? ''))
      requiredPerFile.push(key);
  }

  const input: ProfileInput = {
    id,
    label: { es: `Portal CKAN (${parsed.type})`, en: `CKAN portal (${parsed.type})` },
    rules: [
      {
        rule: 'required-fields',
        id: `${id}.required-fields`,
        severity: 'error',
        options: { fields: unique(required), distributionFields: unique(requiredPerFile) },
      },
      {
        rule: 'allowed-values',
        id: `${id}.allowed-values`,
        severity: 'error',
        options: { choices },
      },
      {
        rule: 'keyword-format',
        id: `${id}.keyword-format`,
        severity: 'error',
        options: { min: 2, max: 100 },
      },
      {
        rule: 'ckan-name-length',
        id: `${id}.ckan-name-length`,
        severity: 'error',
        options: { max: 100 },
      },
      ...(required.includes('contact.email')
        ? [{ rule: 'email-format', id: `${id}.email-format`, severity: 'error' as const }]
        : []),
    ],
    fields,
  };
  return { profile: profileSchema.parse(input), unmapped };
}

function readSchema(schema: unknown) {
  const object = schema as {
    dataset_fields?: unknown;
    resource_fields?: unknown;
    dataset_type?: unknown;
  };
  if (!object || typeof object !== 'object' || !Array.isArray(object.dataset_fields)) {
    throw new FichaError('OPTION_INVALID', {
      option: 'scheming schema',
      reason: 'it has no dataset_fields list; is it a ckanext-scheming dataset schema?',
    });
  }
  const valid = (f: unknown): f is SchemingField =>
    !!f && typeof (f as SchemingField).field_name === 'string';
  return {
    type: typeof object.dataset_type === 'string' ? object.dataset_type : 'dataset',
    datasetFields: object.dataset_fields.filter(valid),
    resourceFields: Array.isArray(object.resource_fields)
      ? object.resource_fields.filter(valid)
      : [],
  };
}

function bilingual(
  label: string | Record<string, string> | undefined,
  fallback: string,
): Bilingual {
  if (typeof label === 'string') return { es: label, en: label };
  if (label && typeof label === 'object') {
    const any = Object.values(label)[0] ?? fallback;
    return { es: label.es ?? any, en: label.en ?? any };
  }
  return { es: fallback, en: fallback };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
