import type { ChangeEvent } from 'react';
import { useFicha, useT } from '../../store/use-ficha';

/** Attaches a CSV of download counts exported from the portal to the catalog. */
export function DownloadsForm() {
  const t = useT();
  const report = useFicha((state) => state.downloadsReport);
  const attach = useFicha((state) => state.attachDownloads);
  const readOnly = useFicha((state) => state.workspace?.readOnly ?? false);
  if (readOnly) return null;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    await attach(file);
    input.value = '';
  }

  return (
    <section className="review-box" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('inventory.downloads')}</h2>
      <p className="muted">{t('inventory.downloads.why')}</p>
      <label className="field">
        <span>{t('inventory.downloads.attach')}</span>
        <input type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} />
      </label>
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
