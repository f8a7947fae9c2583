import { fileTypes } from './file-types';
import { keywordTerms } from './keywords';
import { languages } from './languages';
import { licenses } from './licenses';
import { periodicities } from './periodicities';
import { categories, dataThemes } from './themes';

export * from './types';
export * from './fold';
export * from './licenses';
export * from './periodicities';
export * from './themes';
export * from './file-types';
export * from './languages';
export * from './keywords';
export * from './municipalities';

/** Every controlled list, as the form's pickers ask for them. */
export function allVocabularies() {
  return {
    licenses,
    periodicities,
    categories,
    dataThemes,
    fileTypes,
    languages,
    keywords: keywordTerms,
  };
}

/** The controlled lists as one object. */
export type Vocabularies = ReturnType<typeof allVocabularies>;
