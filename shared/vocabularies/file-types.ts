import data from '../../resources/vocabularies/file-types.json';
import type { FileType } from './types';

/** The EU file-type vocabulary's IRI. */
export const fileTypeScheme: string = data.scheme;

/** The file formats Ficha knows, with their IRIs and media types. */
export const fileTypes: readonly FileType[] = data.items;

/** Finds a file type by extension ("csv", ".CSV"), media type or EU IRI. */
export function findFileType(formatOrMediaType: string): FileType | undefined {
  const key = formatOrMediaType.trim().toLowerCase().replace(/^\./, '');
  return fileTypes.find(
    (t) => t.format === key || t.mediaType === key || t.fileType.toLowerCase() === key,
  );
}
