import type { HistoryEntry } from '../../../../shared/operations/results';
import { pickBilingual } from '../../i18n';
import { useFicha } from '../../store/use-ficha';
import { cleaningText } from './cleaning-text';

/** The history's entries: steps applied together (a suggestion) make one entry. */
export function historyEntries(steps: readonly HistoryEntry[]): HistoryEntry[][] {
  const entries: HistoryEntry[][] = [];
  for (const step of steps) {
    const last = entries[entries.length - 1];
    if (last && last[0].group === step.group) last.push(step);
    else entries.push([step]);
  }
  return entries;
}

/** The steps applied, who and when, with undo, redo and going back to any point. */
export function HistoryList() {
  const locale = useFicha((state) => state.locale);
  const history = useFicha((state) => state.cleaningHistory);
  const busy = useFicha((state) => state.cleaningBusy);
  const undo = useFicha((state) => state.undoCleaning);
  const redo = useFicha((state) => state.redoCleaning);
  const goTo = useFicha((state) => state.goToCleaningPoint);
  const t = cleaningText(locale);
  if (!history) return null;
  const last = history.steps.length;

  return (
    <section className="cleaning-history" aria-labelledby="cleaning-history-heading">
      <h2 id="cleaning-history-heading">{t.history}</h2>
      <div className="cleaning-actions">
        <button
          type="button"
          className="button"
          disabled={busy || history.point === 0}
          onClick={() => void undo()}
        >
          {t.undo}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || history.point === last}
          onClick={() => void redo()}
        >
          {t.redo}
        </button>
      </div>
      <ol className="cleaning-steps" start={0}>
        <li aria-current={history.point === 0 ? 'step' : undefined}>
          {t.asImported}
          {history.point !== 0 && (
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() => void goTo(0)}
            >
              {t.goTo}
            </button>
          )}
        </li>
        {historyEntries(history.steps).map((entry) => {
          // An entry ends at its last step: going back there keeps the whole group.
          const step = entry[entry.length - 1];
          const labels = entry.map((s) => pickBilingual(locale, s.label)).join(' + ');
          return (
            <li
              key={step.seq}
              aria-current={history.point === step.seq ? 'step' : undefined}
              className={step.undone ? 'undone' : undefined}
            >
              <span>{labels}</span>{' '}
              <span className="muted">
                {entry.length > 1 ? `${t.together(entry.length)} · ` : ''}
                {step.actor} · {step.at.slice(0, 16).replace('T', ' ')}
                {step.undone
                  ? ` · ${t.undone}`
                  : history.point === step.seq
                    ? ` · ${t.current}`
                    : ''}
              </span>
              {history.point !== step.seq && (
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={busy}
                  onClick={() => void goTo(step.seq)}
                >
                  {t.goTo}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
