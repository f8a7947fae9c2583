import { auditActionLabel, auditDetailText } from '../../../../shared/review/audit-actions';
import { auditKindLabels, auditKinds } from '../../../../shared/review/audit-kinds';
import type { AuditKind } from '../../../../shared/review/audit-kinds';
import { pickBilingual } from '../../i18n';
import { formatCount, formatDateTime } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { FileDownload } from '../common/file-download';

/** The workspace's audit log: who did what and when, filtered, and as CSV to download. */
export function AuditLogView() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const lines = useFicha((state) => state.logLines);
  const filter = useFicha((state) => state.logFilter);
  const people = useFicha((state) => state.logPeople);
  const hasMore = useFicha((state) => state.logHasMore);
  const csv = useFicha((state) => state.logCsv);
  const datasets = useFicha((state) => state.datasets);
  const setFilter = useFicha((state) => state.setLogFilter);
  const loadMore = useFicha((state) => state.loadMoreLog);
  const prepareCsv = useFicha((state) => state.prepareLogCsv);

  return (
    <section className="review-box" aria-labelledby="log-heading">
      <h2 id="log-heading">{t('log.title')}</h2>
      <p className="muted">{t('log.why')}</p>
      <div className="filter-row">
        <label className="field">
          <span>{t('log.dataset')}</span>
          <select
            value={filter.dataset}
            onChange={(event) => void setFilter({ dataset: event.target.value })}
          >
            <option value="">{t('log.all')}</option>
            {datasets.map((dataset) => (
              <option key={dataset.id} value={dataset.name}>
                {dataset.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('log.person')}</span>
          <select
            value={filter.person}
            onChange={(event) => void setFilter({ person: event.target.value })}
          >
            <option value="">{t('log.all')}</option>
            {people.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('log.kind')}</span>
          <select
            value={filter.kind}
            onChange={(event) => void setFilter({ kind: event.target.value as AuditKind | '' })}
          >
            <option value="">{t('log.all')}</option>
            {auditKinds.map((kind) => (
              <option key={kind} value={kind}>
                {pickBilingual(locale, auditKindLabels[kind])}
              </option>
            ))}
          </select>
        </label>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void prepareCsv()}>
            {t('log.prepareCsv')}
          </button>
          <FileDownload
            data={csv === null ? null : `\uFEFF${csv}`}
            type="text/csv;charset=utf-8"
            file="bitacora.csv"
            label={t('log.downloadCsv')}
          />
        </div>
      </div>

      {lines.length === 0 ? (
        <p className="muted">{t('log.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('log.shown', { n: formatCount(locale, lines.length) })}</p>
          <table className="plain-table log-table">
            <thead>
              <tr>
                <th scope="col">{t('log.col.when')}</th>
                <th scope="col">{t('log.col.who')}</th>
                <th scope="col">{t('log.col.what')}</th>
                <th scope="col">{t('log.col.dataset')}</th>
                <th scope="col">{t('log.col.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id}>
                  <td>{formatDateTime(locale, line.at)}</td>
                  <td>{line.actor.name || line.actor.email}</td>
                  <th scope="row">{pickBilingual(locale, auditActionLabel(line.action))}</th>
                  <td>{line.dataset ?? t('log.workspace')}</td>
                  <td>
                    {pickBilingual(
                      locale,
                      auditDetailText(line.action, line.detail, line.actor.name),
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {hasMore && (
        <button type="button" className="button" onClick={() => void loadMore()}>
          {t('log.more')}
        </button>
      )}
    </section>
  );
}
