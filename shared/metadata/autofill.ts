import type { EmbeddedMetadata } from '../import';
import type { ColumnType } from '../table';
import { findCategory } from '../vocabularies/themes';
import { findLicense } from '../vocabularies/licenses';
import { matchEmbedded } from './embedded';
import type { EmbeddedMatch } from './embedded';
import { parsePeriodicityText, parseTemporalText, sentenceCase } from './embedded-values';
import { emptyFicha, fichaSchema } from './model';
import type {
  DictionaryEntry,
  Ficha,
  Spatial,
  Temporal,
  ValueSource,
  WorkspaceDefaults,
} from './model';
import { unitFromHeader } from './units';

/** A column as the workspace's catalog describes it. */
export interface AutofillColumn {
  name: string;
  label: string;
  type: ColumnType;
  unit: string | null;
  description: string;
  /** A value of the column, shown as the dictionary's example. */
  example?: string;
  /** The distinct values of a category column with few of them. */
  values?: string[];
}

/** What the engine found about a dataset, for filling its ficha. */
export interface AutofillInput {
  dataset: { name: string; title: string; sourceFile: string | null; createdAt: string };
  columns: AutofillColumn[];
  /** Notes found around the table at import (titles, Notas:, Fuente:). */
  notes: string[];
  embedded: EmbeddedMetadata | null;
  defaults: WorkspaceDefaults;
  /** Coverage computed in SQLite from year or date columns. */
  temporal: Temporal | null;
  /** Coverage computed in SQLite from state or municipality columns. */
  spatial: Spatial | null;
}

/** The filled ficha and how embedded sheets matched. */
export interface AutofillResult {
  ficha: Ficha;
  embedded: EmbeddedMatch | null;
}

/**
 * Fills a ficha from what the import found, the embedded metadata sheets
 * and the workspace defaults, recording in `sources` where each value came
 * from. Values a person typed (source "person") are never replaced unless
 * `overwrite` is set; the most specific source wins otherwise (embedded
 * over import over defaults).
 */
export function autofillFicha(
  current: Ficha | null,
  input: AutofillInput,
  overwrite = false,
): AutofillResult {
  const ficha = structuredClone(current ?? emptyFicha());
  const fill = filler(ficha, overwrite);

  applyDefaults(fill, input.defaults);
  applyImport(fill, input);
  const match = input.embedded ? matchEmbedded(input.embedded, input.columns) : null;
  if (match) applyEmbedded(fill, match);

  fill.dictionary(buildDictionary(input, match));
  if (ficha.distributions.length === 0) {
    fill('distributions', [csvDistribution(input, ficha.title)], 'import');
  }
  fillDownloadURLs(ficha, input);
  return { ficha: fichaSchema.parse(ficha), embedded: match };
}

type Fill = ((path: string, value: unknown, source: ValueSource) => void) & {
  dictionary(entries: { entry: DictionaryEntry; source: ValueSource }[]): void;
};

/** Makes the setter that respects what a person typed and records sources. */
function filler(ficha: Ficha, overwrite: boolean): Fill {
  const ownedByPerson = (path: string) => !overwrite && ficha.sources[path] === 'person';
  const fill = ((path: string, value: unknown, source: ValueSource) => {
    if (ownedByPerson(path) || value === undefined || value === null || value === '') return;
    if (Array.isArray(value) && value.length === 0) return;
    setPath(ficha as unknown as Record<string, unknown>, path, value);
    ficha.sources[path] = source;
  }) as Fill;

  fill.dictionary = (entries) => {
    const previous = new Map(ficha.dictionary.map((e) => [e.name, e]));
    ficha.dictionary = entries.map(({ entry, source }) => {
      const path = `dictionary.${entry.name}`;
      const old = previous.get(entry.name);
      if (old && ownedByPerson(path)) return old;
      ficha.sources[path] = source;
      return entry;
    });
  };
  return fill;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const steps = path.split('.');
  let node = target;
  for (const step of steps.slice(0, -1)) node = node[step] as Record<string, unknown>;
  node[steps[steps.length - 1]] = value;
}

function applyDefaults(fill: Fill, defaults: WorkspaceDefaults): void {
  for (const key of ['name', 'acronym', 'homepage', 'govType'] as const) {
    if (defaults.publisher.name !== '')
      fill(`publisher.${key}`, defaults.publisher[key], 'defaults');
  }
  fill('area', defaults.area, 'defaults');
  for (const key of ['name', 'position', 'email'] as const) {
    fill(`contact.${key}`, defaults.contact[key], 'defaults');
  }
  if (findLicense(defaults.license)) fill('license', defaults.license, 'defaults');
  fill('language', defaults.language, 'defaults');
  const category = findCategory(defaults.category);
  if (category) {
    fill('category', category.label.es, 'defaults');
    fill('themes', category.themes, 'defaults');
  }
}

function applyImport(fill: Fill, input: AutofillInput): void {
  fill('title', sentenceCase(input.dataset.title), 'import');
  if (input.temporal) {
    fill('temporal.start', input.temporal.start, 'import');
    fill('temporal.end', input.temporal.end, 'import');
  }
  if (input.spatial) fill('spatial', input.spatial, 'import');
  fill('modified', input.dataset.createdAt.slice(0, 10), 'import');

  // Sources go to quality (where the data come from); other notes to comments.
  const sources = input.notes.filter((n) => /^\s*fuentes?\s*:/i.test(n));
  const notes = input.notes.filter((n) => !sources.includes(n));
  fill('comments', notes.join('\n'), 'import');
  fill('quality', sources.join('\n'), 'import');
}

function applyEmbedded(fill: Fill, match: EmbeddedMatch): void {
  const extra: string[] = [];
  for (const { key, value, field } of match.fields) {
    const text = value.trim();
    if (text === '' || field === null) continue;
    if (field === 'title') fill('title', sentenceCase(text), 'embedded');
    else if (field === 'temporal') {
      const temporal = parseTemporalText(text);
      if (temporal) {
        fill('temporal.start', temporal.start, 'embedded');
        fill('temporal.end', temporal.end, 'embedded');
      }
    } else if (field === 'periodicity') fill('periodicity', parsePeriodicityText(text), 'embedded');
    else if (field === 'keywords')
      fill(
        'keywords',
        text
          .split(/[,;]/)
          .map((k) => k.trim())
          .filter(Boolean),
        'embedded',
      );
    else if (field === 'moreInfo') fill('moreInfo', [text], 'embedded');
    else if (field === 'spatial') fill('spatial', { kind: 'text', codes: [], text }, 'embedded');
    else if (field === 'source') extra.push(`Fuente: ${text}`);
    else if (field === 'level') extra.push(`${key}: ${text}`);
    else if (field === 'license') fill('license', findLicense(text)?.id, 'embedded');
    else fill(field, text, 'embedded');
  }
  if (extra.length > 0) fill('quality', extra.join('\n'), 'embedded');
}

function buildDictionary(
  input: AutofillInput,
  match: EmbeddedMatch | null,
): { entry: DictionaryEntry; source: ValueSource }[] {
  const described = new Map<string, EmbeddedMetadata['dictionary'][number]>();
  for (const entry of match?.entries ?? []) {
    const original = input.embedded?.dictionary.find((d) => d.name === entry.name);
    if (entry.column && original) described.set(entry.column, original);
  }

  return input.columns.map((column) => {
    const embedded = described.get(column.name);
    const header = unitFromHeader(column.label);
    const entry: DictionaryEntry = {
      name: column.name,
      label: column.label,
      description: embedded?.description.trim() || column.description,
      type: column.type,
      unit: column.unit || embedded?.unit || header?.unit || '',
      format: formatOf(column.type),
      allowedValues: embedded?.values
        ? embedded.values
            .split(/[,;]/)
            .map((v) => v.trim())
            .filter(Boolean)
        : (column.values ?? []),
      codeList: codeListOf(column.name),
      missingValues: [],
      example: column.example ?? '',
      key: false,
    };
    return { entry, source: embedded ? 'embedded' : 'import' };
  });
}

function formatOf(type: ColumnType): string {
  if (type === 'date') return 'YYYY-MM-DD';
  if (type === 'datetime') return 'YYYY-MM-DDThh:mm:ss';
  return '';
}

/** Columns named like INEGI keys say which catalogue their codes come from. */
function codeListOf(name: string): string {
  if (/^(cve_)?(mun|municipio)$/.test(name) || /^cve_?mun/.test(name)) return 'INEGI:municipios';
  if (/^(cve_)?(ent|edo|entidad)$/.test(name) || /^cve_?ent/.test(name)) return 'INEGI:estados';
  return '';
}

function csvDistribution(input: AutofillInput, title: string) {
  const downloadURL = downloadURLFor(input, 'csv');
  return {
    id: 'csv',
    title: `${title || input.dataset.title} (CSV)`,
    description: '',
    format: 'csv',
    mediaType: 'text/csv',
    byteSize: null,
    checksum: null,
    downloadURL,
    part: '',
  };
}

/**
 * A distribution of the whole table whose download URL is still empty
 * takes it from the workspace's pattern, also when the pattern was set
 * after the import. Parts of a split export are named by their files,
 * which only the export knows.
 */
function fillDownloadURLs(ficha: Ficha, input: AutofillInput): void {
  if (input.defaults.urlPattern === '') return;
  for (const distribution of ficha.distributions) {
    if (distribution.downloadURL === '' && distribution.part === '') {
      distribution.downloadURL = downloadURLFor(input, distribution.format || 'csv');
    }
  }
}

function downloadURLFor(input: AutofillInput, format: string): string {
  const file = `${input.dataset.name}.${format}`;
  return input.defaults.urlPattern.replace('{dataset}', input.dataset.name).replace('{file}', file);
}
