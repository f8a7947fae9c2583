import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { CommentTarget, CommentThread } from '../../../../shared/review/types';
import { formatCount, formatDateTime } from '../../i18n/format';
import type { Translate } from '../../i18n';
import { useFicha, useT } from '../../store/use-ficha';
import { targetText } from './review-text';
import { PendingMark } from './status-box';
import '../../styles/marks.css';

interface CommentMarkProps {
  target: CommentTarget;
  threads: CommentThread[];
  /** Whether Tab reaches it; the grid lets Tab reach only the focused cell's marks. */
  tabbable?: boolean;
  /** Overrides the place's name (the dataset's corner mark says "the whole dataset"). */
  where?: string;
}

// "2 comentarios abiertos", in the chosen language.
function openCount(count: number, locale: Parameters<typeof formatCount>[0], t: Translate) {
  return count === 1 ? t('marks.one') : t('marks.many', { n: formatCount(locale, count) });
}

/**
 * The mark of a place with open comments: a speech bubble and the number
 * of open threads, named for screen readers ("Columna estado: 2 comentarios
 * abiertos"). A click opens a small dialog with the threads and a way to
 * the Revisión tab, where they are answered and resolved.
 */
export function CommentMark({ target, threads, tabbable = true, where }: CommentMarkProps) {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const showThread = useFicha((state) => state.showThread);
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<{ top: number; left: number } | null>(null);
  const id = useId();
  const place = where ?? targetText(target, locale, t);
  const label = t('marks.label', { where: place, count: openCount(threads.length, locale, t) });

  useEffect(() => {
    if (open) dialog.current?.querySelector<HTMLElement>('button')?.focus();
  }, [open]);

  // A click anywhere else closes the dialog.
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      const node = event.target as Node;
      if (!dialog.current?.contains(node) && !button.current?.contains(node)) setOpen(null);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  function show() {
    const rect = button.current?.getBoundingClientRect();
    if (!rect) return;
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - 360));
    setOpen({ top: Math.min(rect.bottom + 4, window.innerHeight - 160), left });
  }

  function close() {
    setOpen(null);
    button.current?.focus();
  }

  function onDialogKey(event: KeyboardEvent<HTMLDivElement>) {
    // The portal's events bubble through the grid in React's tree; keep them here.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className="comment-mark"
        tabIndex={tabbable ? 0 : -1}
        aria-label={label}
        title={label}
        aria-haspopup="dialog"
        aria-expanded={open !== null}
        aria-controls={open ? id : undefined}
        onClick={(event) => {
          event.stopPropagation();
          if (open) setOpen(null);
          else show();
        }}
        onKeyDown={(event) => event.stopPropagation()}
      >
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
          <path d="M2 2.5h12v8H7l-3.5 3v-3H2z" />
        </svg>
        <span aria-hidden="true">{formatCount(locale, threads.length)}</span>
      </button>
      {open &&
        createPortal(
          <div
            ref={dialog}
            id={id}
            role="dialog"
            aria-labelledby={`${id}-title`}
            className="comment-popover"
            style={{ top: open.top, left: open.left }}
            onKeyDown={onDialogKey}
            onClick={(event) => event.stopPropagation()}
          >
            <p id={`${id}-title`} className="comment-popover-title">
              {t('marks.title', { where: place })}
            </p>
            <ul className="comment-popover-threads">
              {threads.map((thread) => (
                <ThreadSummary key={thread.id} thread={thread} />
              ))}
            </ul>
            <div className="comment-popover-actions">
              <button
                type="button"
                className="button button-small button-primary"
                onClick={() => {
                  setOpen(null);
                  // The newest thread of the place is the one most likely to need an answer.
                  const newest = threads.at(-1);
                  if (newest) showThread(newest.id);
                }}
              >
                {t('marks.openReview')}
              </button>
              <button type="button" className="button button-small button-quiet" onClick={close}>
                {t('marks.close')}
              </button>
            </div>
          </div>,
          document.body,
        )}
    </>
  );
}

function ThreadSummary({ thread }: { thread: CommentThread }) {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const [first, ...replies] = thread.comments;
  if (!first) return null;

  return (
    <li>
      <p className="comment-meta">
        <strong>{first.author.name}</strong>{' '}
        <span className="muted">{formatDateTime(locale, first.at)}</span>
        {first.pending && <PendingMark />}
      </p>
      <p className="comment-popover-text">{first.text}</p>
      {replies.length > 0 && (
        <p className="muted">
          {replies.length === 1
            ? t('marks.reply')
            : t('marks.replies', { n: formatCount(locale, replies.length) })}
        </p>
      )}
    </li>
  );
}
