import { fieldLabel } from '../../../../shared/metadata/field-labels';
import type { CommentTarget } from '../../../../shared/review/types';
import { statusLabels } from '../../../../shared/review/status';
import type { DatasetStatus } from '../../../../shared/review/status';
import { pickBilingual } from '../../i18n';
import type { Locale, Translate } from '../../i18n';

/** How a review status reads in the chosen language. */
export function statusName(status: DatasetStatus, locale: Locale): string {
  return pickBilingual(locale, statusLabels[status]);
}

/** What a comment is about, in words: "Columna co2_gg", "Fila 12". */
export function targetText(target: CommentTarget, locale: Locale, t: Translate): string {
  if (target.kind === 'column') return t('review.target.columnNamed', { name: target.column });
  if (target.kind === 'row') return t('review.target.rowNumbered', { row: target.row });
  if (target.kind === 'field') {
    const label = pickBilingual(locale, fieldLabel(target.field));
    return t('review.target.fieldNamed', { name: label || target.field });
  }
  return t('review.target.dataset');
}

/** Any value of the ficha as short text for the changes table. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
