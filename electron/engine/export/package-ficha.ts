import type { Distribution, Ficha } from '../../../shared/metadata/model';
import { distributionSchema } from '../../../shared/metadata/model';
import { findFileType } from '../../../shared/vocabularies';
import type { WrittenFile } from './package-file';

/** A data file of the package and the part of the table it holds ('' for all). */
export interface DataFile {
  file: WrittenFile;
  format: 'csv' | 'xlsx';
  part: string;
}

/** How download URLs are made: the workspace's pattern and the dataset's name. */
export interface UrlContext {
  /** e.g. "https://example.gob.mx/datos/{dataset}/{file}"; empty when not set. */
  pattern: string;
  dataset: string;
}

/** The download URL of a package file, from the pattern; empty without one. */
export function fileUrl(urls: UrlContext, file: string): string {
  if (!urls.pattern.trim()) return '';
  return urls.pattern
    .replace(/\{dataset\}/g, encodeURIComponent(urls.dataset))
    .replace(/\{file\}/g, encodeURIComponent(file));
}

/**
 * The ficha as the package describes it: one distribution per data file
 * written, each with its size and checksum, keeping the titles,
 * descriptions and URLs the person gave to the distribution of that format.
 */
export function packageFicha(ficha: Ficha, files: DataFile[], urls: UrlContext): Ficha {
  const distributions = files.map((data) => distributionFor(ficha, data, urls, files));
  return { ...ficha, distributions };
}

function distributionFor(
  ficha: Ficha,
  data: DataFile,
  urls: UrlContext,
  all: DataFile[],
): Distribution {
  const given = ficha.distributions.find(
    (d) => d.format === data.format && (d.part === data.part || !d.part),
  );
  const label = findFileType(data.format)?.label ?? data.format.toUpperCase();
  const title = ficha.title.trim() || urls.dataset;
  const partLabel = data.part ? ` (${data.part})` : '';
  const single = all.filter((d) => d.format === data.format).length === 1;
  const url = fileUrl(urls, data.file.name) || (single ? (given?.downloadURL ?? '') : '');

  return distributionSchema.parse({
    id: data.part ? `${data.format}-${data.file.name.replace(/\.[^.]+$/, '')}` : data.format,
    title: given?.title ? `${given.title}${partLabel}` : `${title}${partLabel} (${label})`,
    description: given?.description ?? '',
    format: data.format,
    mediaType: findFileType(data.format)?.mediaType ?? '',
    byteSize: data.file.bytes,
    checksum: data.file.sha256,
    downloadURL: url,
    part: data.part,
  });
}
