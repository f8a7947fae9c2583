import { useMemo } from 'react';
import { base64Bytes, FileDownload } from '../common/file-download';
import { useFicha, useT } from '../../store/use-ficha';
import { FileChoice } from './file-choice';

/** Writes a review bundle of the open dataset to download, and merges a returned one. */
export function BundleBox() {
  const t = useT();
  const bundle = useFicha((state) => state.bundle);
  const report = useFicha((state) => state.mergeReport);
  const busy = useFicha((state) => state.reviewBusy);
  const readOnly = useFicha((state) => state.workspace?.readOnly ?? false);
  const prepareBundle = useFicha((state) => state.prepareBundle);
  const mergeBundle = useFicha((state) => state.mergeBundle);
  const bytes = useMemo(() => (bundle ? base64Bytes(bundle.base64) : null), [bundle]);

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
        <FileChoice label={t('review.bundle.merge')} accept=".ficha" onFile={mergeBundle} />
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
