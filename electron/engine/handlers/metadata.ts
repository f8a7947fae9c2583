import path from 'node:path';
import { fichaSchema } from '../../../shared/metadata/model';
import { builtinProfiles } from '../../../shared/validation/profiles';
import { allVocabularies } from '../../../shared/vocabularies';
import { readDefaults, writeDefaults } from '../metadata/defaults';
import { importDictionary, setDictionary } from '../metadata/dictionary';
import { getFicha, refillFicha, saveFicha } from '../metadata/ficha-store';
import { datasetKeywords } from '../metadata/keywords';
import { setFichaFields } from '../metadata/set-fields';
import { validateDataset } from '../metadata/validate-dataset';
import type { HandlerMap } from './table';

type MetadataRequest =
  | 'metadata.get'
  | 'metadata.set'
  | 'metadata.setFields'
  | 'metadata.refill'
  | 'dictionary.get'
  | 'dictionary.set'
  | 'dictionary.import'
  | 'keywords.suggest'
  | 'validation.run'
  | 'validation.profiles'
  | 'defaults.get'
  | 'defaults.set'
  | 'vocabularies.list';

/** Handlers of the ficha, the data dictionary, keywords, defaults and validation. */
export const metadataHandlers: HandlerMap<MetadataRequest> = {
  'metadata.get': ({ dataset }, { workspace }) => getFicha(workspace, dataset),
  'metadata.set': ({ dataset, ficha }, { workspace }) =>
    saveFicha(workspace, dataset, fichaSchema.parse(ficha)),
  'metadata.setFields': ({ dataset, fields }, { workspace }) =>
    setFichaFields(workspace, dataset, fields),
  'metadata.refill': ({ dataset, overwrite }, { workspace }) =>
    refillFicha(workspace, dataset, overwrite),
  'dictionary.get': ({ dataset }, { workspace }) => getFicha(workspace, dataset).ficha.dictionary,
  'dictionary.set': ({ dataset, entries }, { workspace }) =>
    setDictionary(workspace, dataset, entries),
  'dictionary.import': ({ dataset, file }, { workspace }) =>
    importDictionary(workspace, dataset, path.resolve(file)),
  'keywords.suggest': ({ dataset }, { workspace }) => datasetKeywords(workspace, dataset),
  'validation.run': ({ dataset, profiles, profileFile, fichaOnly }, { workspace }) =>
    validateDataset(workspace, dataset, {
      profiles,
      profileFile: profileFile ? path.resolve(profileFile) : undefined,
      fichaOnly,
    }),
  'validation.profiles': () => [...builtinProfiles],
  'defaults.get': (_params, { workspace }) => readDefaults(workspace),
  'defaults.set': ({ defaults }, { workspace }) => writeDefaults(workspace, defaults),
  'vocabularies.list': () => allVocabularies(),
};
