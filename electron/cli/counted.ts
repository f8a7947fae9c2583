import type { Language } from './language';

/** The nouns the command counts in its messages, singular then plural. */
const nouns = {
  rows: { es: ['fila', 'filas'], en: ['row', 'rows'] },
  columns: { es: ['columna', 'columnas'], en: ['column', 'columns'] },
} as const;

/**
 * A count and its noun in the CLI's language, "1 fila" and "2 filas".
 * Numbers carry thousands commas in both languages, as in Mexico.
 */
export function counted(n: number, noun: keyof typeof nouns, language: Language): string {
  const [one, many] = nouns[noun][language];
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
