const maxLength = 60;

/** Names SQLite gives a meaning of their own, kept free for the row id. */
const reserved = new Set(['rowid', 'oid', '_rowid_']);

/**
 * Turns a header label into a machine name: lowercase ASCII snake_case,
 * accents removed ("Año" → "ano", "Población (hab.)" → "poblacion_hab"),
 * never starting with a digit ("2005" → "c_2005"), never empty ("" →
 * "columna_3", by 1-based position).
 */
export function machineName(label: string, position: number): string {
  const ascii = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/%/g, ' pct ')
    .toLowerCase();

  let name = ascii.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (name.length > maxLength) name = name.slice(0, maxLength).replace(/_+$/, '');
  if (name === '') return `columna_${position}`;
  return /^[0-9]/.test(name) ? `c_${name}` : name;
}

/**
 * Gives each label a machine name, unique in the table: repeats get
 * suffixes `_2`, `_3`… in order of appearance, and names SQLite reserves
 * for the row id are suffixed too.
 */
export function uniqueMachineNames(labels: string[]): string[] {
  const taken = new Set<string>(reserved);
  const names: string[] = [];

  labels.forEach((label, index) => {
    const base = machineName(label, index + 1);
    let name = base;
    for (let suffix = 2; taken.has(name); suffix++) name = `${base}_${suffix}`;
    taken.add(name);
    names.push(name);
  });
  return names;
}
