import type { ChangeEvent } from 'react';
import { useMemo, useState } from 'react';
import { base64Bytes, FileDownload } from '../common/file-download';
import { useFicha, useT } from '../../store/use-ficha';

/** Writes a review bundle of the open dataset to download, and merges a returned one. */
export function BundleBox() {
  const t = useT();
  const bundle = useFicha((state) => state.bundle);
  const report = useFicha((state) => state.mergeReport);
  const busy = useFicha((state) => state.reviewBusy);
  const readOnly = useFicha((state) => state.workspace?.readOnly ?? false);
  const prepareBundle = useFicha((state) => state.prepareBundle);
  const mergeBundle = useFicha((state) => state.mergeBundle);
  const [merging, setMerging] = useState(false);
  const bytes = useMemo(() => (bundle ? base64Bytes(bundle.base64) : null), [bundle]);

  async function merge(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setMerging(true);
    await mergeBundle(file);
    setMerging(false);
    // Cleared so choosing the same file again merges it again (the engine adds nothing twice).
    input.value = '';
  }

  return (
    <section className="review-box" aria-labelledby="review-bundle-heading">
      <h2 id="review-bundle-heading">{t('review.bundle')}</h2>
      <p className="muted">{t('review.bundle.why')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void prepareBundle()}
        >
          {t('review.bundle.prepare')}
        </button>
        {bundle && (
          <FileDownload
            data={bytes}
            type={bundle.mediaType}
            file={bundle.name}
            label={t('review.bundle.download', { name: bundle.name })}
          />
        )}
      </div>
      {!readOnly && (
        <label className="field">
          <span>{t('review.bundle.merge')}</span>
          <input type="file" accept=".ficha" disabled={merging} onChange={(e) => void merge(e)} />
        </label>
      )}
      {report && (
        <p role="status">
          {t('review.bundle.merged', {
            comments: report.comments,
            resolutions: report.resolutions,
            statusChanges: report.statusChanges,
          })}
          {report.refused > 0 && ` ${t('review.bundle.refused', { refused: report.refused })}`}
        </p>
      )}
    </section>
  );
}
