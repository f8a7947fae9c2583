import type { FichaErrorData } from '../../../../shared/result';
import { pickBilingual } from '../../i18n';
import type { Locale, Translate } from '../../i18n';
import { OFFLINE } from '../../api/client';
import { useFicha, useT } from '../../store/use-ficha';

/** The message of an engine error in the chosen language, never a stack. */
export function errorMessage(error: FichaErrorData, locale: Locale, t: Translate): string {
  if (error.code === OFFLINE) return t('error.offline');
  return pickBilingual(locale, error.message);
}

/** Names where the problem is (file, sheet, row, column) when the engine said. */
export function errorWhere(error: FichaErrorData): string | null {
  const detail = error.detail ?? {};
  // A file is named by its base name: a full path (or an upload's temp folder) says little.
  const file = typeof detail.file === 'string' ? detail.file.split(/[\\/]/).pop() : undefined;
  const parts = [file, detail.sheet, detail.row, detail.column]
    .filter((part) => part !== undefined && part !== null && part !== '')
    .map(String);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Shows the last error as a dismissible alert. */
export function ErrorBanner() {
  const t = useT();
  const error = useFicha((state) => state.error);
  const locale = useFicha((state) => state.locale);
  const dismiss = useFicha((state) => state.dismissError);
  if (!error) return null;

  const where = errorWhere(error);
  return (
    <div className="error-banner" role="alert">
      <div>
        <p className="error-title">{t('error.title')}</p>
        <p>{errorMessage(error, locale, t)}</p>
        {where && <p className="error-where">{t('error.where', { where })}</p>}
        <p className="error-code">{t('error.code', { code: error.code })}</p>
      </div>
      <button type="button" className="button button-quiet" onClick={dismiss}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
