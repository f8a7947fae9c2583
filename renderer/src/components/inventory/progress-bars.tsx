import type { ProgressCounts } from '../../../../shared/inventory/progress';
import type { Translate } from '../../i18n';
import { useFicha, useT } from '../../store/use-ficha';
import { HtmlDownload } from './html-download';

/** Progress overall and per area, with a link that downloads the printable report. */
export function ProgressBars() {
  const t = useT();
  const progress = useFicha((state) => state.progress);
  const html = useFicha((state) => state.progressHtml);
  if (!progress) return null;

  return (
    <section className="review-box" aria-labelledby="progress-heading">
      <div className="section-head">
        <h2 id="progress-heading">{t('inventory.progress')}</h2>
        <HtmlDownload html={html} file="avance-datos-abiertos.html" label={t('inventory.report')} />
      </div>
      <Bar label={t('inventory.overall')} counts={progress.overall} t={t} />
      {progress.areas.map((area) => (
        <Bar key={area.area} label={area.area} counts={area} t={t} />
      ))}
    </section>
  );
}

function Bar({ label, counts, t }: { label: string; counts: ProgressCounts; t: Translate }) {
  return (
    <div className="progress-line">
      <p>
        <strong>{label}</strong>{' '}
        <span className="muted">
          {t('inventory.counts', {
            planned: counts.planned,
            preparing: counts.inPreparation,
            approved: counts.approved,
            published: counts.published,
            total: counts.total,
          })}
        </span>
      </p>
      <div
        className="progress-track"
        role="meter"
        aria-label={t('inventory.publishedOf', { label })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={counts.publishedPercent}
        aria-valuetext={t('inventory.percent', {
          published: counts.publishedPercent,
          ready: counts.readyPercent,
        })}
      >
        <span className="progress-ready" style={{ width: `${counts.readyPercent}%` }} />
        <span className="progress-published" style={{ width: `${counts.publishedPercent}%` }} />
      </div>
      <p className="muted">
        {t('inventory.percent', { published: counts.publishedPercent, ready: counts.readyPercent })}
      </p>
    </div>
  );
}
