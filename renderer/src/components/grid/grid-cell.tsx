import type { CellValue, ColumnType } from '../../../../shared/table';
import type { Locale, Translate } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/** A cell's text: numbers in the chosen locale, booleans as words, empty as nothing. */
export function cellText(value: CellValue, type: ColumnType, locale: Locale, t: Translate): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') {
    return type === 'integer' || type === 'number' ? formatNumber(locale, value) : String(value);
  }
  if (typeof value === 'boolean') return value ? t('grid.true') : t('grid.false');
  return value;
}
