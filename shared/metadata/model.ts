import { z } from 'zod';
import { columnTypes } from '../table';

/**
 * The one metadata model ("la ficha") of a dataset. Every serialization
 * (DCAT-AP JSON-LD and Turtle, data.json, datapackage.json, CKAN) is a pure
 * function of it. Fields may be empty while a person is still filling them:
 * validation rules, not the schema, say what is missing.
 */

/** A person to contact about the dataset (a vCard in DCAT). */
export const contactSchema = z.object({
  name: z.string().default(''),
  position: z.string().default(''),
  email: z.string().default(''),
});

/** The institution that publishes (a foaf:Agent in DCAT). */
export const publisherSchema = z.object({
  name: z.string().default(''),
  /** Short name or acronym, e.g. "INECC". */
  acronym: z.string().default(''),
  /** Government level for data.json's govType. */
  govType: z.enum(['federal', 'estatal', 'municipal', 'autonomo']).default('federal'),
  homepage: z.string().default(''),
});

/** Coverage in time, ISO 8601 dates (YYYY, YYYY-MM or YYYY-MM-DD). */
export const temporalSchema = z.object({
  start: z.string().default(''),
  end: z.string().default(''),
});

/** Coverage in space: national, INEGI states or municipalities, or free text. */
export const spatialSchema = z.object({
  kind: z.enum(['national', 'states', 'municipalities', 'text']).default('national'),
  /** INEGI keys: two digits for states, five for municipalities. */
  codes: z.array(z.string()).default([]),
  text: z.string().default(''),
});

/** One file of the dataset as it will be published. */
export const distributionSchema = z.object({
  id: z.string(),
  title: z.string().default(''),
  description: z.string().default(''),
  /** File extension in lower case: csv, xlsx, json… */
  format: z.string().default('csv'),
  mediaType: z.string().default('text/csv'),
  /** Filled at export. */
  byteSize: z.number().int().nonnegative().nullable().default(null),
  /** SHA-256 hex of the file, filled at export. */
  checksum: z.string().nullable().default(null),
  downloadURL: z.string().default(''),
  /** Part of the data this file holds when the table is split (e.g. a year). */
  part: z.string().default(''),
});

/** One column of the data dictionary. */
export const dictionaryEntrySchema = z.object({
  name: z.string(),
  label: z.string().default(''),
  description: z.string().default(''),
  type: z.enum(columnTypes).default('text'),
  unit: z.string().default(''),
  /** Format or pattern, e.g. "YYYY-MM-DD" or a regular expression. */
  format: z.string().default(''),
  /** Allowed values, or the name of a code list such as "INEGI:estados". */
  allowedValues: z.array(z.string()).default([]),
  codeList: z.string().default(''),
  missingValues: z.array(z.string()).default([]),
  example: z.string().default(''),
  /** True when the column identifies a row (part of the primary key). */
  key: z.boolean().default(false),
});

/** Where a filled value came from, shown beside it in the form. */
export const valueSourceSchema = z.enum(['person', 'defaults', 'import', 'embedded', 'suggested']);

/** The dataset's metadata sheet. */
export const fichaSchema = z.object({
  title: z.string().default(''),
  description: z.string().default(''),
  keywords: z.array(z.string()).default([]),
  /** The portal's category ("tema"), e.g. "Energía y Medio Ambiente". */
  category: z.string().default(''),
  /** DCAT-AP data theme codes (EU vocabulary), e.g. "ENVI". */
  themes: z.array(z.string()).default([]),
  publisher: publisherSchema.default(publisherSchema.parse({})),
  /** Responsible area inside the institution. */
  area: z.string().default(''),
  contact: contactSchema.default(contactSchema.parse({})),
  /** License id from the shipped list, e.g. "libre-uso-mx". */
  license: z.string().default('libre-uso-mx'),
  /** The portal's periodicity value: "R/P1Y", "irregular", "not-updated"… */
  periodicity: z.string().default(''),
  /** Months (1-12) in which an update is expected. */
  updateMonths: z.array(z.number().int().min(1).max(12)).default([]),
  temporal: temporalSchema.default(temporalSchema.parse({})),
  spatial: spatialSchema.default(spatialSchema.parse({})),
  landingPage: z.string().default(''),
  moreInfo: z.array(z.string()).default([]),
  issued: z.string().default(''),
  modified: z.string().default(''),
  language: z.string().default('es'),
  version: z.string().default('1.0'),
  versionNotes: z.string().default(''),
  conformsTo: z.array(z.string()).default([]),
  quality: z.string().default(''),
  methodology: z.string().default(''),
  /** Free notes, including those found around the table at import. */
  comments: z.string().default(''),
  distributions: z.array(distributionSchema).default([]),
  dictionary: z.array(dictionaryEntrySchema).default([]),
  /** Where each field path's value came from. */
  sources: z.record(z.string(), valueSourceSchema).default({}),
});

/** Defaults a workspace applies to every new dataset. */
export const workspaceDefaultsSchema = z.object({
  publisher: publisherSchema.default(publisherSchema.parse({})),
  areas: z.array(z.string()).default([]),
  contacts: z.array(contactSchema).default([]),
  area: z.string().default(''),
  contact: contactSchema.default(contactSchema.parse({})),
  license: z.string().default('libre-uso-mx'),
  category: z.string().default(''),
  /** Download URL pattern, e.g. "https://example.gob.mx/datos/{dataset}/{file}". */
  urlPattern: z.string().default(''),
  landingPagePattern: z.string().default(''),
  language: z.string().default('es'),
});

/** A contact point. */
export type Contact = z.infer<typeof contactSchema>;
/** The publishing institution. */
export type Publisher = z.infer<typeof publisherSchema>;
/** Temporal coverage. */
export type Temporal = z.infer<typeof temporalSchema>;
/** Spatial coverage. */
export type Spatial = z.infer<typeof spatialSchema>;
/** A distribution (file). */
export type Distribution = z.infer<typeof distributionSchema>;
/** A data dictionary entry. */
export type DictionaryEntry = z.infer<typeof dictionaryEntrySchema>;
/** Where a value came from. */
export type ValueSource = z.infer<typeof valueSourceSchema>;
/** The whole ficha. */
export type Ficha = z.infer<typeof fichaSchema>;
/** Workspace-wide defaults. */
export type WorkspaceDefaults = z.infer<typeof workspaceDefaultsSchema>;

/** An empty ficha with every default filled. */
export function emptyFicha(): Ficha {
  return fichaSchema.parse({});
}
