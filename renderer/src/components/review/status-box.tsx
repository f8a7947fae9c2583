import { useState } from 'react';
import type { DatasetStatus } from '../../../../shared/review/status';
import { formatDateTime } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { statusName } from './review-text';

/** The dataset's status, the moves this person may make, and the history of moves. */
export function StatusBox() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const review = useFicha((state) => state.review);
  const busy = useFicha((state) => state.reviewBusy);
  const moveStatus = useFicha((state) => state.moveStatus);
  const [note, setNote] = useState('');
  const [portalUrl, setPortalUrl] = useState('');
  if (!review) return null;

  async function move(to: DatasetStatus) {
    const done = await moveStatus(to, note, to === 'publicado' ? portalUrl : undefined);
    if (done) {
      setNote('');
      setPortalUrl('');
    }
  }

  return (
    <section className="review-box" aria-labelledby="review-status-heading">
      <h2 id="review-status-heading">{t('review.status')}</h2>
      <p>
        <span className={`badge badge-${review.status}`}>{statusName(review.status, locale)}</span>{' '}
        <span className="muted">{t(`review.role.${review.role}`)}</span>
      </p>
      {review.portalUrl && (
        <p>
          {t('review.publishedAt', {
            date: review.publishedAt ? formatDateTime(locale, review.publishedAt) : '—',
          })}{' '}
          <a href={review.portalUrl} rel="noreferrer" target="_blank">
            {review.portalUrl}
          </a>
        </p>
      )}

      {review.next.length === 0 ? (
        <p className="muted">{t('review.noMoves')}</p>
      ) : (
        <div className="review-moves">
          <label className="field">
            <span>{t('review.note')}</span>
            <textarea value={note} rows={2} onChange={(event) => setNote(event.target.value)} />
          </label>
          {review.next.includes('publicado') && (
            <label className="field">
              <span>{t('review.portalUrl')}</span>
              <input
                type="url"
                value={portalUrl}
                placeholder="https://www.datos.gob.mx/dataset/…"
                onChange={(event) => setPortalUrl(event.target.value)}
              />
            </label>
          )}
          <div className="button-row">
            {review.next.map((to) => (
              <button
                key={to}
                type="button"
                className={to === 'aprobado' ? 'button button-primary' : 'button'}
                disabled={busy}
                onClick={() => void move(to)}
              >
                {t('review.moveTo', { status: statusName(to, locale) })}
              </button>
            ))}
          </div>
        </div>
      )}

      <h3>{t('review.history')}</h3>
      {review.history.length === 0 ? (
        <p className="muted">{t('review.noHistory')}</p>
      ) : (
        <ol className="review-history">
          {review.history.map((event) => (
            <li key={event.id}>
              <span>
                {t('review.moved', {
                  from: statusName(event.from, locale),
                  to: statusName(event.to, locale),
                  who: event.actor.name,
                  when: formatDateTime(locale, event.at),
                })}
              </span>
              {event.pending && <PendingMark />}
              {event.note && <p className="review-note">{event.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Marks an event that waits beside a workspace someone else is editing. */
export function PendingMark() {
  const t = useT();
  return (
    <span className="badge badge-warning review-pending" title={t('review.pendingHint')}>
      {t('review.pending')}
    </span>
  );
}
