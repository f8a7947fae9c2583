import type { DatasetValidation } from '../../../shared/api/metadata';
import type { DictionaryEntry, Ficha } from '../../../shared/metadata/model';
import { dataJson } from '../../../shared/serialize/datajson';
import { dataPackage } from '../../../shared/serialize/datapackage';
import { dcatJsonLd } from '../../../shared/serialize/dcat-jsonld';
import { dcatTurtle } from '../../../shared/serialize/dcat-turtle';
import { fichaHtml } from '../../../shared/serialize/ficha-html';
import type { ColumnSummary } from '../../../shared/serialize/ficha-html';
import { jsonText } from '../../../shared/serialize/json';
import type { Json } from '../../../shared/serialize/json';
import { dictionaryCsv } from './dictionary-csv';
import type { DataFile } from './package-ficha';

/** Everything the metadata files are made from. */
export interface MetadataInput {
  /** The ficha with the package's distributions filled. */
  ficha: Ficha;
  identifier: string;
  dictionary: DictionaryEntry[];
  dictionaryFile: string;
  dictionaryURL: string;
  dataFiles: DataFile[];
  rows: number;
  columns: ColumnSummary[];
  /** Rows the charts were drawn from, when sampled. */
  sample: number | null;
  recipe: string;
  validation: DatasetValidation;
  draft: boolean;
}

/**
 * The package's metadata files by name: the dictionary, every
 * serialization of the ficha, the readable page, the recipe and the
 * validation report. Nothing here reads the clock.
 */
export function metadataFiles(input: MetadataInput): Map<string, string> {
  const ficha = { ...input.ficha, dictionary: input.dictionary };
  const options = { identifier: input.identifier, dictionaryURL: input.dictionaryURL || undefined };
  const paths = Object.fromEntries(
    // packageFicha made one distribution per data file, in the same order.
    input.dataFiles.map((data, i) => [ficha.distributions[i].id, data.file.name]),
  );

  return new Map([
    [input.dictionaryFile, dictionaryCsv(input.dictionary)],
    ['dcat.jsonld', dcatJsonLd(ficha, options)],
    ['dcat.ttl', dcatTurtle(ficha, options)],
    ['data.json', dataJson(ficha, options)],
    ['datapackage.json', dataPackage(ficha, { identifier: input.identifier, paths })],
    [
      'ficha.html',
      fichaHtml({
        ficha,
        rows: input.rows,
        columns: input.columns,
        draft: input.draft,
        sample: input.sample,
      }),
    ],
    ['recipe.json', input.recipe],
    ['validation.json', validationText(input.validation, input.draft)],
  ]);
}

/**
 * The validation report without the moment it was computed, so that the
 * same state exports the same bytes (findings that depend on the calendar,
 * such as an overdue update, can still change from one day to the next).
 */
export function validationText(validation: DatasetValidation, draft: boolean): string {
  const report = {
    dataset: validation.dataset,
    draft,
    profiles: validation.profiles,
    counts: validation.counts,
    findings: validation.findings,
    checklist: validation.checklist,
  };
  return jsonText(report as unknown as Json);
}

/** SHA256SUMS in the format `sha256sum -c` reads: hash, two spaces, name. */
export function sha256sums(files: { name: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((file) => `${file.sha256}  ${file.name}\n`)
    .join('');
}
