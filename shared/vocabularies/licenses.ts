import data from '../../resources/vocabularies/licenses.json';
import type { License } from './types';

/** The licenses offered in the form; the first is the default. */
export const licenses: readonly License[] = data.items;

/** Finds a license by id or by its IRI. */
export function findLicense(idOrUrl: string): License | undefined {
  const key = idOrUrl.trim().toLowerCase();
  return licenses.find((l) => l.id === key || (l.url !== '' && sameUrl(l.url, idOrUrl)));
}

function sameUrl(a: string, b: string): boolean {
  const strip = (url: string) =>
    url
      .trim()
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '');
  return strip(a).toLowerCase() === strip(b).toLowerCase();
}
