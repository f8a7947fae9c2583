import type { Rule } from '../types';
import { categoryKnown } from './category-known';
import { ckanNameLength } from './ckan-name-length';
import { columnNames } from './column-names';
import { datesNotIso } from './dates-not-iso';
import { dcatDateValues } from './dcat-date-values';
import { dcatIriValues } from './dcat-iri-values';
import { dcatMediaType } from './dcat-media-type';
import { dcatVocabularyTerms } from './dcat-vocabulary-terms';
import { decreeFreeLicense } from './decree-free-license';
import { decreeIntegral } from './decree-integral';
import { decreeMachineReadable } from './decree-machine-readable';
import { decreeOpenFormat } from './decree-open-format';
import { decreeTimely } from './decree-timely';
import { descriptionFirstSentence } from './description-first-sentence';
import { dictionaryCoverage } from './dictionary-coverage';
import { duplicateRows } from './duplicate-rows';
import { emailFormat } from './email-format';
import { emptyColumn } from './empty-column';
import { fieldMaxLength } from './field-max-length';
import { keywordCount } from './keyword-count';
import { keywordFormat } from './keyword-format';
import { keywordGeneric } from './keyword-generic';
import { licenseOpen } from './license-open';
import { mergedCells } from './merged-cells';
import { mixedTypes } from './mixed-types';
import { modifiedNotFuture } from './modified-not-future';
import { nearDuplicateCategories } from './near-duplicate-categories';
import { notationKeys } from './notation-keys';
import { numbersAsText } from './numbers-as-text';
import { periodicityKnown } from './periodicity-known';
import { requiredFields } from './required-fields';
import { temporalOrder } from './temporal-order';
import { titleDuplicate } from './title-duplicate';
import { titleGeneric } from './title-generic';
import { titleLength } from './title-length';
import { totalRows } from './total-rows';
import { whitespace } from './whitespace';
import { wideLayout } from './wide-layout';
import { allowedValues } from './allowed-values';
import { spatialCodes } from './spatial-codes';

/** Every rule Ficha knows, by id. Profiles name them; docs/validation.md documents them. */
export const rules: Readonly<Record<string, Rule>> = Object.fromEntries(
  [
    requiredFields,
    keywordFormat,
    keywordCount,
    keywordGeneric,
    titleLength,
    descriptionFirstSentence,
    ckanNameLength,
    periodicityKnown,
    categoryKnown,
    licenseOpen,
    dictionaryCoverage,
    titleGeneric,
    titleDuplicate,
    modifiedNotFuture,
    temporalOrder,
    spatialCodes,
    emailFormat,
    fieldMaxLength,
    allowedValues,
    dcatDateValues,
    dcatVocabularyTerms,
    dcatIriValues,
    dcatMediaType,
    emptyColumn,
    duplicateRows,
    mixedTypes,
    datesNotIso,
    numbersAsText,
    totalRows,
    notationKeys,
    mergedCells,
    columnNames,
    whitespace,
    nearDuplicateCategories,
    wideLayout,
    decreeMachineReadable,
    decreeOpenFormat,
    decreeIntegral,
    decreeTimely,
    decreeFreeLicense,
  ].map((rule) => [rule.id, rule]),
);
