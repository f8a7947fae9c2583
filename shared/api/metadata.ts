import { z } from 'zod';
import type { EmbeddedMatch } from '../metadata/embedded';
import type { KeywordSuggestions } from '../metadata/keywords';
import { dictionaryEntrySchema, fichaSchema, workspaceDefaultsSchema } from '../metadata/model';
import type { DictionaryEntry, Ficha, WorkspaceDefaults } from '../metadata/model';
import type { Profile } from '../validation/profile';
import type { ValidationReport } from '../validation/engine';
import type { Vocabularies } from '../vocabularies';
import { request } from './define';

/** A dataset's ficha as stored, with who changed it last. */
export interface FichaRecord {
  dataset: string;
  ficha: Ficha;
  /** Null until someone saves it; the ficha is then the auto-filled one. */
  updatedAt: string | null;
  updatedBy: string | null;
  /** How the embedded METADATOS/VARIABLES sheets matched the columns. */
  embedded: EmbeddedMatch | null;
}

/** What importing a dictionary CSV did. */
export interface DictionaryImport {
  entries: DictionaryEntry[];
  /** Names in the CSV that match no column, even loosely. */
  unmatched: string[];
  /** Columns the CSV did not describe. */
  undescribed: string[];
}

/** The validation report of a dataset. */
export interface DatasetValidation extends ValidationReport {
  dataset: string;
  /** When the table facts were computed. */
  checkedAt: string;
}

const datasetParam = z.object({ dataset: z.string().min(1) });

/** A field path and the text to set it to, as the command line gives it. */
const fieldAssignment = z.object({ field: z.string().min(1), value: z.string() });

/** Requests about the ficha, the data dictionary, keywords, defaults and validation. */
export const metadataRequests = {
  'metadata.get': request<FichaRecord>()({ params: datasetParam, writes: false }),
  'metadata.set': request<FichaRecord>()({
    params: datasetParam.extend({ ficha: fichaSchema }),
    writes: true,
  }),
  'metadata.setFields': request<FichaRecord>()({
    params: datasetParam.extend({ fields: z.array(fieldAssignment).min(1) }),
    writes: true,
  }),
  'metadata.refill': request<FichaRecord>()({
    params: datasetParam.extend({
      /** Also replace values a person typed; by default they are kept. */
      overwrite: z.boolean().default(false),
    }),
    writes: true,
  }),
  'dictionary.get': request<DictionaryEntry[]>()({ params: datasetParam, writes: false }),
  'dictionary.set': request<DictionaryEntry[]>()({
    params: datasetParam.extend({ entries: z.array(dictionaryEntrySchema) }),
    writes: true,
  }),
  'dictionary.import': request<DictionaryImport>()({
    params: datasetParam.extend({ file: z.string().min(1) }),
    writes: true,
  }),
  'keywords.suggest': request<KeywordSuggestions>()({ params: datasetParam, writes: false }),
  'validation.run': request<DatasetValidation>()({
    params: datasetParam.extend({
      /** Shipped profile ids; all shipped profiles when absent. */
      profiles: z.array(z.string().min(1)).optional(),
      /** A profile JSON file an institution wrote, run in addition. */
      profileFile: z.string().min(1).optional(),
      /** Skip the table checks computed in SQLite (for live checks while typing). */
      fichaOnly: z.boolean().default(false),
    }),
    writes: false,
  }),
  'validation.profiles': request<Profile[]>()({ params: z.object({}), writes: false }),
  'defaults.get': request<WorkspaceDefaults>()({ params: z.object({}), writes: false }),
  'defaults.set': request<WorkspaceDefaults>()({
    params: z.object({ defaults: workspaceDefaultsSchema }),
    writes: true,
  }),
  'vocabularies.list': request<Vocabularies>()({ params: z.object({}), writes: false }),
};
