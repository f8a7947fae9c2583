import { pickBilingual } from '../../i18n';
import { useFicha } from '../../store/use-ficha';
import { cleaningText } from './cleaning-text';
import { ReportLine } from './report-line';

/** The effect of a step on the first rows it changes, before it is applied. */
export function StepPreview() {
  const locale = useFicha((state) => state.locale);
  const pending = useFicha((state) => state.cleaningPreview);
  const busy = useFicha((state) => state.cleaningBusy);
  const apply = useFicha((state) => state.applyCleaning);
  const close = useFicha((state) => state.closeCleaningPreview);
  const t = cleaningText(locale);
  if (!pending) return null;
  const { preview, steps } = pending;
  const show = (cells: readonly unknown[] | null) =>
    cells ? cells.map((cell) => (cell === null ? '' : String(cell))).join(' | ') : t.removed;

  return (
    <section className="cleaning-preview" aria-labelledby="cleaning-preview-heading">
      <h2 id="cleaning-preview-heading">
        {t.preview}: {pickBilingual(locale, preview.label)}
      </h2>
      {preview.changed !== null && (
        <p className="muted">
          {preview.changed} {t.changed} ({preview.scanned})
        </p>
      )}
      <ReportLine report={preview.report} />
      <table className="cleaning-preview-rows">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t.before}</th>
            <th scope="col">{t.after}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, i) => (
            <tr key={i}>
              <td>{row.row ?? ''}</td>
              <td>{row.before ? show(row.before) : ''}</td>
              <td>{show(row.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="cleaning-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void apply(steps)}>
          {t.apply}
        </button>
        <button type="button" className="button button-quiet" onClick={close}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
