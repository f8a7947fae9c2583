import { useFicha, useT } from '../../store/use-ficha';
import { FileChoice } from '../review/file-choice';

/** Attaches a CSV of download counts exported from the portal to the catalog. */
export function DownloadsForm() {
  const t = useT();
  const report = useFicha((state) => state.downloadsReport);
  const attach = useFicha((state) => state.attachDownloads);
  const readOnly = useFicha((state) => state.workspace?.readOnly ?? false);
  if (readOnly) return null;

  return (
    <section className="review-box" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('inventory.downloads')}</h2>
      <p className="muted">{t('inventory.downloads.why')}</p>
      <FileChoice label={t('inventory.downloads.attach')} accept=".csv,text/csv" onFile={attach} />
      {report && (
        <p role="status">
          {t('inventory.downloads.report', { matched: report.matched })}
          {report.unmatched.length > 0 &&
            ` ${t('inventory.downloads.unmatched', { names: report.unmatched.join(', ') })}`}
        </p>
      )}
    </section>
  );
}
