import { useEffect } from 'react';
import { useFicha, useT } from '../../store/use-ficha';
import { BundleBox } from './bundle-box';
import { ChangesTable } from './changes-table';
import { CommentForm } from './comment-form';
import { CommentThreads } from './comment-threads';
import { StatusBox } from './status-box';

/** The Revisión tab: status and moves, comment threads, a new comment, what changed. */
export function ReviewPanel() {
  const t = useT();
  const dataset = useFicha((state) => state.gridDataset);
  const review = useFicha((state) => state.review);
  const loadReview = useFicha((state) => state.loadReview);
  const hasPending = useFicha(
    (state) =>
      (state.review?.history.some((event) => event.pending) ?? false) ||
      state.threads.some((thread) => thread.comments.some((comment) => comment.pending)),
  );

  useEffect(() => {
    if (dataset) void loadReview(dataset);
  }, [dataset, loadReview]);

  if (!review) return <p className="muted">{t('app.loading')}</p>;

  return (
    <div className="review-panel">
      {hasPending && (
        <p className="review-pending-note" role="status">
          {t('review.pendingExplain')}
        </p>
      )}
      <div className="review-columns">
        <div>
          <StatusBox />
          <ChangesTable />
          <BundleBox />
        </div>
        <div>
          <CommentThreads />
          <section className="review-box">
            <CommentForm />
          </section>
        </div>
      </div>
    </div>
  );
}
