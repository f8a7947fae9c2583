import { formatCount, formatDateTime } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { FileTable } from './file-table';
import { ZipButton } from './zip-button';

/** The past exports of the dataset: when, who, which version, draft or not, and their sums. */
export function ExportHistory() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const history = useFicha((state) => state.exportHistory);

  return (
    <section className="package-box" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('export.history')}</h2>
      {history.length === 0 ? (
        <p className="muted">{t('export.noHistory')}</p>
      ) : (
        <ul className="export-history">
          {history.map((record) => (
            <li key={record.id}>
              <details>
                <summary>
                  {t('export.historyLine', {
                    date: formatDateTime(locale, record.exportedAt),
                    who: record.exportedBy || t('export.someone'),
                    version: record.version || '—',
                    rows: formatCount(locale, record.rows),
                  })}{' '}
                  <span className={`badge${record.draft ? ' badge-warning' : ''}`}>
                    {t(record.draft ? 'export.draft' : 'export.final')}
                  </span>
                </summary>
                <p className="muted">{t('export.folder', { folder: record.folder })}</p>
                {record.zipSha256 && (
                  <p>
                    {t('export.zipSum')} <span className="sha">{record.zipSha256}</span>
                  </p>
                )}
                <FileTable
                  files={record.files}
                  caption={t('export.filesOf', { date: formatDateTime(locale, record.exportedAt) })}
                />
              </details>
              {record.zip && <ZipButton exportId={record.id} label={t('export.downloadZip')} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
