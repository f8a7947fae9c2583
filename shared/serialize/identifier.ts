/**
 * The dataset's identifier as the portal wanted it: an ASCII slug of the
 * title, lower case, `[a-z0-9-_]`, at most 100 characters (CKAN's name).
 */
export function datasetIdentifier(title: string, fallback = 'conjunto-de-datos'): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100)
    .replace(/-$/, '');
  return slug || fallback;
}
