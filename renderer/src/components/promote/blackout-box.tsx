import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { formatDate } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';

/**
 * The periods in which institutional communication is restricted (an
 * electoral blackout): promoting inside one asks for confirmation and the
 * bimonthly report marks it.
 */
export function BlackoutBox() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const blackouts = useFicha((state) => state.blackouts);
  const loadBlackouts = useFicha((state) => state.loadBlackouts);
  const addBlackout = useFicha((state) => state.addBlackout);
  const removeBlackout = useFicha((state) => state.removeBlackout);
  const readOnly = useFicha((state) => state.workspace?.readOnly ?? false);
  const [period, setPeriod] = useState({ start: '', end: '', reason: '' });

  useEffect(() => {
    void loadBlackouts();
  }, [loadBlackouts]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!period.start || !period.end) return;
    if (await addBlackout(period.start, period.end, period.reason)) {
      setPeriod({ start: '', end: '', reason: '' });
    }
  }

  return (
    <section className="review-box" aria-labelledby="blackouts-heading">
      <h2 id="blackouts-heading">{t('promote.blackouts')}</h2>
      <p className="muted">{t('promote.blackoutsHint')}</p>
      {blackouts.length === 0 ? (
        <p>{t('promote.noBlackouts')}</p>
      ) : (
        <ul className="plain-list">
          {blackouts.map((blackout) => (
            <li key={blackout.id}>
              {formatDate(locale, blackout.start)} – {formatDate(locale, blackout.end)}
              {blackout.reason ? ` · ${blackout.reason}` : ''}{' '}
              {!readOnly && (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void removeBlackout(blackout.id)}
                >
                  {t('promote.removeBlackout')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="inline-form" onSubmit={(event) => void submit(event)}>
          <label>
            {t('promote.blackoutStart')}
            <input
              type="date"
              required
              value={period.start}
              onChange={(event) => setPeriod({ ...period, start: event.target.value })}
            />
          </label>
          <label>
            {t('promote.blackoutEnd')}
            <input
              type="date"
              required
              value={period.end}
              onChange={(event) => setPeriod({ ...period, end: event.target.value })}
            />
          </label>
          <label>
            {t('promote.blackoutReason')}
            <input
              type="text"
              value={period.reason}
              onChange={(event) => setPeriod({ ...period, reason: event.target.value })}
            />
          </label>
          <button type="submit" className="button">
            {t('promote.addBlackout')}
          </button>
        </form>
      )}
    </section>
  );
}
