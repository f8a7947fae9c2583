import type { Locale } from '../../i18n';

const text = {
  'es-MX': {
    suggestions: 'Arreglos sugeridos',
    noSuggestions: 'No se detectaron arreglos obvios.',
    preview: 'Vista previa',
    apply: 'Aplicar',
    cancel: 'Cancelar',
    history: 'Historial',
    asImported: 'Como se importó',
    undo: 'Deshacer',
    redo: 'Rehacer',
    goTo: 'Volver aquí',
    undone: 'deshecho',
    current: 'actual',
    before: 'antes',
    after: 'después',
    removed: '(se quita)',
    changed: 'filas cambian entre las revisadas',
    clusters: 'Valores casi iguales',
    column: 'Columna',
    method: 'Método',
    find: 'Buscar grupos',
    keep: 'Conservar',
    merge: 'Unir los grupos marcados',
    noClusters: 'No se encontraron grupos.',
    rows: 'filas',
    together: (n: number) => `${n} pasos juntos`,
  },
  en: {
    suggestions: 'Suggested fixes',
    noSuggestions: 'No obvious fixes were found.',
    preview: 'Preview',
    apply: 'Apply',
    cancel: 'Cancel',
    history: 'History',
    asImported: 'As imported',
    undo: 'Undo',
    redo: 'Redo',
    goTo: 'Go back here',
    undone: 'undone',
    current: 'current',
    before: 'before',
    after: 'after',
    removed: '(removed)',
    changed: 'rows change among those checked',
    clusters: 'Near-identical values',
    column: 'Column',
    method: 'Method',
    find: 'Find clusters',
    keep: 'Keep',
    merge: 'Merge the checked clusters',
    noClusters: 'No clusters found.',
    rows: 'rows',
    together: (n: number) => `${n} steps together`,
  },
} as const;

/** A text of the Limpieza tab in the chosen language. */
export type CleaningText = (typeof text)['en'];

/** The Limpieza tab's texts for a locale. */
export function cleaningText(locale: Locale): CleaningText {
  return text[locale] as CleaningText;
}
