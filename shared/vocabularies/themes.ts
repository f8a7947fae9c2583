import categoryData from '../../resources/vocabularies/categories.json';
import themeData from '../../resources/vocabularies/data-themes.json';
import { foldText } from './fold';
import type { Category, DataTheme } from './types';

/** The EU data-theme vocabulary's IRI. */
export const dataThemeScheme: string = themeData.scheme;

/** The DCAT-AP data themes. */
export const dataThemes: readonly DataTheme[] = themeData.items;

/** The portal's categories, each mapped to DCAT-AP themes. */
export const categories: readonly Category[] = categoryData.items;

/** The IRI of a data theme code ("ENVI"); undefined when the code is unknown. */
export function themeIri(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  if (upper.startsWith(dataThemeScheme.toUpperCase())) {
    const tail = upper.slice(dataThemeScheme.length + 1);
    return dataThemes.some((t) => t.code === tail) ? `${dataThemeScheme}/${tail}` : undefined;
  }
  return dataThemes.some((t) => t.code === upper) ? `${dataThemeScheme}/${upper}` : undefined;
}

/** Finds a portal category by id or label, ignoring case and accents. */
export function findCategory(idOrLabel: string): Category | undefined {
  const key = foldText(idOrLabel);
  return categories.find(
    (c) =>
      c.id === idOrLabel.trim() || foldText(c.label.es) === key || foldText(c.label.en) === key,
  );
}
