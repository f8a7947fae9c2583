import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { CommentThread } from '../../../../shared/review/types';
import { formatDateTime } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { targetText } from './review-text';
import { PendingMark } from './status-box';

/** The comment threads of the dataset, each with its target, replies and a resolve button. */
export function CommentThreads() {
  const t = useT();
  const threads = useFicha((state) => state.threads);
  const showResolved = useFicha((state) => state.showResolved);
  const setShowResolved = useFicha((state) => state.setShowResolved);

  return (
    <section className="review-box" aria-labelledby="review-comments-heading">
      <div className="section-head">
        <h2 id="review-comments-heading">{t('review.comments')}</h2>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showResolved}
            onChange={(event) => void setShowResolved(event.target.checked)}
          />
          <span>{t('review.showResolved')}</span>
        </label>
      </div>
      {threads.length === 0 ? (
        <p className="muted">{t('review.noComments')}</p>
      ) : (
        <ul className="threads">
          {threads.map((thread) => (
            <Thread key={thread.id} thread={thread} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Thread({ thread }: { thread: CommentThread }) {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const busy = useFicha((state) => state.reviewBusy);
  const addComment = useFicha((state) => state.addComment);
  const resolveThread = useFicha((state) => state.resolveThread);
  const focused = useFicha((state) => state.focusedThread === thread.id);
  const threadShown = useFicha((state) => state.threadShown);
  const item = useRef<HTMLLIElement>(null);
  const [arrived, setArrived] = useState(false);
  const [reply, setReply] = useState('');
  const where = targetText(thread.target, locale, t);

  // Arriving from a mark: bring the thread into view and put the cursor in its reply box,
  // so that answering is the next keystroke.
  useEffect(() => {
    if (!focused) return;
    item.current?.scrollIntoView?.({ block: 'center' });
    item.current?.querySelector<HTMLElement>('input, button')?.focus({ preventScroll: true });
    setArrived(true);
    threadShown();
  }, [focused, threadShown]);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!reply.trim()) return;
    if (await addComment(reply.trim(), thread.target, thread.id)) setReply('');
  }

  return (
    <li
      ref={item}
      id={`thread-${thread.id}`}
      className={[
        'thread',
        thread.resolved ? 'thread-resolved' : '',
        arrived ? 'thread-arrived' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <p className="thread-target">
        <span className="badge">{where}</span>
        {thread.resolved && <span className="muted"> {t('review.resolved')}</span>}
      </p>
      <ol className="thread-comments">
        {thread.comments.map((comment) => (
          <li key={comment.id}>
            <p className="comment-meta">
              <strong>{comment.author.name}</strong>{' '}
              <span className="muted">{formatDateTime(locale, comment.at)}</span>
              {comment.pending && <PendingMark />}
            </p>
            <p className="comment-text">{comment.text}</p>
          </li>
        ))}
      </ol>
      {!thread.resolved && (
        <form className="thread-reply" onSubmit={(event) => void send(event)}>
          <label className="field">
            <span className="visually-hidden">{t('review.replyTo', { where })}</span>
            <input
              type="text"
              value={reply}
              placeholder={t('review.replyPlaceholder')}
              onChange={(event) => setReply(event.target.value)}
            />
          </label>
          <button type="submit" className="button button-small" disabled={busy || !reply.trim()}>
            {t('review.reply')}
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            disabled={busy}
            onClick={() => void resolveThread(thread.id)}
          >
            {t('review.resolve')}
          </button>
        </form>
      )}
    </li>
  );
}
