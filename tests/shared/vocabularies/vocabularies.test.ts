import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  categories,
  dataThemes,
  fileTypes,
  findCategory,
  findFileType,
  findLicense,
  findPeriodicity,
  foldText,
  frequencyIri,
  isStopword,
  keywordTerms,
  languages,
  licenses,
  periodicities,
  themeIri,
} from '../../../shared/vocabularies';

const euDir = path.resolve(__dirname, '../../../../shared/standards/eu-vocabularies');
const hasEu = existsSync(path.join(euDir, 'frequencies-filtered.rdf'));

function conceptsIn(file: string): Set<string> {
  const text = readFileSync(path.join(euDir, file), 'utf8');
  return new Set([...text.matchAll(/rdf:about="([^"]+)"/g)].map((m) => m[1]));
}

describe.skipIf(!hasEu)('shipped IRIs exist in the EU vocabularies', () => {
  it('maps every periodicity to a frequency concept', () => {
    const known = conceptsIn('frequencies-filtered.rdf');
    for (const p of periodicities) expect(known, p.value).toContain(p.frequency);
  });

  it('names only existing data themes, directly and through categories', () => {
    const known = conceptsIn('data-theme-filtered.rdf');
    for (const t of dataThemes) expect(known).toContain(themeIri(t.code));
    for (const c of categories)
      for (const code of c.themes) expect(known).toContain(themeIri(code));
  });

  it('gives every file type an existing EU file-type IRI', () => {
    const known = conceptsIn('filetypes-filtered.rdf');
    for (const t of fileTypes) expect(known, t.format).toContain(t.fileType);
  });

  it('gives every language an existing EU language IRI', () => {
    const known = conceptsIn('languages-filtered.rdf');
    for (const l of languages) expect(known, l.code).toContain(l.iri);
  });
});

describe('vocabulary accessors', () => {
  it('lists the portal periodicities with irregular, realtime and not-updated', () => {
    const values = periodicities.map((p) => p.value);
    expect(values).toEqual(
      expect.arrayContaining(['R/P1D', 'R/P1Y', 'R/P10Y', 'irregular', 'realtime', 'not-updated']),
    );
    expect(frequencyIri('R/P1Y')).toBe(
      'http://publications.europa.eu/resource/authority/frequency/ANNUAL',
    );
    expect(findPeriodicity('anual')?.value).toBe('R/P1Y');
    expect(findPeriodicity('every blue moon')).toBeUndefined();
  });

  it('maps Energía y Medio Ambiente to the environment and energy themes', () => {
    expect(findCategory('energia y medio ambiente')?.themes).toEqual(['ENVI', 'ENER']);
    expect(themeIri('envi')).toBe(
      'http://publications.europa.eu/resource/authority/data-theme/ENVI',
    );
    expect(themeIri('NOPE')).toBeUndefined();
  });

  it('puts Libre Uso MX first and finds licenses by IRI', () => {
    expect(licenses[0].id).toBe('libre-uso-mx');
    expect(findLicense('https://creativecommons.org/licenses/by/4.0')?.id).toBe('cc-by-4.0');
  });

  it('finds file types by extension or media type', () => {
    expect(findFileType('.CSV')?.mediaType).toBe('text/csv');
    expect(findFileType('application/vnd.ms-excel')?.format).toBe('xls');
  });

  it('folds accents, case and punctuation', () => {
    expect(foldText('  Calidad del Aíre, MÉXICO ')).toBe('calidad del aire mexico');
    expect(isStopword('Según')).toBe(true);
    expect(isStopword('emisiones')).toBe(false);
  });

  it('ships a controlled vocabulary of environmental themes', () => {
    const terms = keywordTerms.map((t) => t.term);
    expect(terms).toEqual(
      expect.arrayContaining(['emisiones', 'calidad del aire', 'residuos', 'cambio climático']),
    );
  });
});
