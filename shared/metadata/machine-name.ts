/**
 * A machine-readable name made from a label: lowercase ASCII snake_case,
 * not starting with a digit, at most 63 characters.
 */
export function machineNameOf(label: string): string {
  const base = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 63)
    .replace(/_+$/, '');
  if (base === '') return 'columna';
  return /^\d/.test(base) ? `c_${base}`.slice(0, 63) : base;
}
