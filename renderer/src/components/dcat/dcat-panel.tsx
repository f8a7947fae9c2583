import { useEffect, useMemo, useState } from 'react';
import type { MessageKey } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { dcatFormats } from '../../store/dcat-slice';
import type { DcatFormat } from '../../store/dcat-slice';
import { useFicha, useT } from '../../store/use-ficha';
import { ErrorNote } from '../export/error-note';
import { FileDownload } from '../common/file-download';
import { CodeView } from './code-view';
import { ConformanceBox } from './conformance-box';
import { CopyButton } from './copy-button';
import { DiffView } from './diff-view';
import { diffCounts, lineDiff } from './line-diff';
import '../../styles/package.css';

const formatLabels: Record<DcatFormat, MessageKey> = {
  turtle: 'dcat.format.turtle',
  jsonld: 'dcat.format.jsonld',
  datajson: 'dcat.format.datajson',
  datapackage: 'dcat.format.datapackage',
  ckan: 'dcat.format.ckan',
};

/** The file name a saved serialization gets. */
const fileNames: Record<DcatFormat, string> = {
  turtle: 'dcat.ttl',
  jsonld: 'dcat.jsonld',
  datajson: 'data.json',
  datapackage: 'datapackage.json',
  ckan: 'ckan-package.json',
};

/**
 * The Vista DCAT tab: each serialization of the ficha as it is being
 * edited, highlighted, with its conformance, copy and save buttons and the
 * difference from the last export.
 */
export function DcatPanel() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const dataset = useFicha((state) => state.gridDataset);
  const format = useFicha((state) => state.dcatFormat);
  const shown = useFicha((state) => state.dcatText);
  const last = useFicha((state) => state.dcatLast);
  const lastError = useFicha((state) => state.dcatLastError);
  const error = useFicha((state) => state.dcatError);
  const busy = useFicha((state) => state.dcatBusy);
  const draft = useFicha((state) => state.fichaDraft);
  const dirty = useFicha((state) => state.fichaDirty);
  const loadDcat = useFicha((state) => state.loadDcat);
  const choose = useFicha((state) => state.chooseDcatFormat);
  const schedulePreview = useFicha((state) => state.schedulePreview);
  const [view, setView] = useState<'text' | 'diff'>('text');

  useEffect(() => {
    if (dataset) void loadDcat();
  }, [dataset, loadDcat]);

  // Edits of the ficha, in this tab's absence or not, refresh the preview after a pause.
  useEffect(() => {
    if (draft) schedulePreview();
  }, [draft, schedulePreview]);

  const text = shown?.format === format ? shown.text : null;
  const diff = useMemo(
    () => (text !== null && last ? lineDiff(last.text, text) : null),
    [text, last],
  );
  const counts = diff ? diffCounts(diff) : null;
  const label = t(formatLabels[format]);

  return (
    <div className="dcat-panel">
      <div className="format-switch" role="group" aria-label={t('dcat.formats')}>
        {dcatFormats.map((id) => (
          <button
            key={id}
            type="button"
            className="button"
            aria-pressed={id === format}
            onClick={() => void choose(id)}
          >
            {t(formatLabels[id])}
          </button>
        ))}
      </div>

      <div className="package-columns">
        <section className="package-box dcat-document" aria-labelledby="dcat-heading">
          <div className="package-toolbar">
            <h2 id="dcat-heading">{label}</h2>
            <span className="muted" aria-live="polite">
              {busy ? t('dcat.updating') : dirty ? t('dcat.unsaved') : ''}
            </span>
            <span className="package-toolbar-end button-row">
              {text !== null && <CopyButton text={text} />}
              {text !== null && dataset && (
                <FileDownload
                  data={text}
                  type={shown?.mediaType ?? 'text/plain'}
                  file={`${dataset}-${fileNames[format]}`}
                  label={t('dcat.save')}
                />
              )}
            </span>
          </div>
          {error && <ErrorNote error={error} />}
          {text === null ? (
            <p className="muted">{t('app.loading')}</p>
          ) : view === 'diff' && diff ? (
            <DiffView lines={diff} label={t('dcat.diffOf', { format: label })} />
          ) : (
            <CodeView
              text={text}
              language={format === 'turtle' ? 'turtle' : 'json'}
              label={label}
            />
          )}
        </section>

        <div className="package-side">
          <ConformanceBox format={format} />
          <section className="package-box" aria-labelledby="diff-heading">
            <h2 id="diff-heading">{t('dcat.lastExport')}</h2>
            {lastError ? (
              <ErrorNote error={lastError} />
            ) : format === 'ckan' ? (
              <p className="muted">{t('dcat.ckanNotPackaged')}</p>
            ) : !last ? (
              <p className="muted">{t('dcat.neverExported')}</p>
            ) : (
              <>
                <p>
                  {t(last.draft ? 'dcat.lastExportDraft' : 'dcat.lastExportOn', {
                    date: formatDateTime(locale, last.exportedAt),
                    version: last.version,
                  })}
                </p>
                <p aria-live="polite">
                  {counts && counts.added + counts.removed > 0
                    ? t('dcat.diffCounts', { added: counts.added, removed: counts.removed })
                    : t('dcat.noDiff')}
                </p>
                {counts && counts.added + counts.removed > 0 && (
                  <button
                    type="button"
                    className="button"
                    aria-pressed={view === 'diff'}
                    onClick={() => setView(view === 'diff' ? 'text' : 'diff')}
                  >
                    {t(view === 'diff' ? 'dcat.showText' : 'dcat.showDiff')}
                  </button>
                )}
              </>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
