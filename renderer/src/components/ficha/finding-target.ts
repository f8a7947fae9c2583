import type { FindingLocation } from '../../../../shared/validation/types';
import { fieldId } from './text';

/** Where "Ir" takes the person: a tab, the elements to try focusing in order, a row. */
export interface FindingTarget {
  tab: 'ficha' | 'dictionary' | 'data';
  /** Element ids, most precise first; the first one on the page gets the focus. */
  ids: string[];
  /** 1-based row of the grid, for findings about one row. */
  row?: number;
}

// Paths findings use that name a group of inputs; the form focuses its first one.
const aliases: Record<string, string> = {
  temporal: 'temporal.start',
  publisher: 'publisher.name',
  contact: 'contact.email',
};

/** The element id of one cell of the Diccionario table. */
export function dictionaryCellId(column: string, part: 'label' | 'description'): string {
  return `ficha-dictionary-${part}-${column.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/**
 * Where a finding points in the interface: a field of the Ficha tab (the
 * path itself, then each shorter path, so "keywords.2" falls back to the
 * keyword box), a column's row in the Diccionario tab, or a row of the
 * grid. Null when the finding points nowhere in particular.
 */
export function findingTarget(location: FindingLocation): FindingTarget | null {
  const { field, column, row } = location;

  if (field === 'dictionary' || field?.startsWith('dictionary.')) {
    const ids = column ? [dictionaryCellId(column, 'description')] : [];
    return { tab: 'dictionary', ids: [...ids, fieldId('dictionary')] };
  }
  if (field) {
    const steps = (aliases[field] ?? field).split('.');
    const ids = steps.map((_, i) => fieldId(steps.slice(0, steps.length - i).join('.')));
    return { tab: 'ficha', ids };
  }
  if (row !== undefined) return { tab: 'data', ids: [], row };
  if (column) return { tab: 'dictionary', ids: [dictionaryCellId(column, 'label')] };
  return null;
}
