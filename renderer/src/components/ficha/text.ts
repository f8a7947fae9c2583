import type { Locale } from '../../i18n';

/** Picks the Spanish or English text for the locale (the ficha tabs' own strings). */
export function say(locale: Locale, es: string, en: string): string {
  return locale === 'en' ? en : es;
}

/** Spanish and English names of where a value came from. */
export const sourceNames: Record<string, { es: string; en: string }> = {
  person: { es: 'escrito', en: 'typed' },
  defaults: { es: 'predeterminado', en: 'default' },
  import: { es: 'del archivo', en: 'from the file' },
  embedded: { es: 'hoja METADATOS', en: 'METADATOS sheet' },
  suggested: { es: 'sugerido', en: 'suggested' },
};

/** The element id of a field path, so findings can move the focus to it. */
export function fieldId(path: string): string {
  return `ficha-field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
