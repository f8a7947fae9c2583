/**
 * The CKAN name (URL slug) the portal makes from a title: ASCII, lower
 * case, `[a-z0-9-_]`, words joined by hyphens. It is not cut here, so a
 * rule can tell when it passes the portal's limit.
 */
export function ckanName(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
