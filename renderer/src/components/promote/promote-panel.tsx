import { useEffect } from 'react';
import { formatCount } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { base64Bytes, FileDownload } from '../common/file-download';
import { HtmlDownload } from '../inventory/html-download';
import { BlackoutBox } from './blackout-box';
import { FigurePicker } from './figure-picker';
import { KitTexts } from './kit-texts';
import { PromotionRecord } from './promotion-record';

/** The Difusión tab: the card, its key figure, the texts and the record of promotion. */
export function PromotePanel() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const dataset = useFicha((state) => state.gridDataset);
  const kit = useFicha((state) => state.kit);
  const busy = useFicha((state) => state.kitBusy);
  const loadPromote = useFicha((state) => state.loadPromote);

  useEffect(() => {
    if (dataset) void loadPromote(dataset);
  }, [dataset, loadPromote]);

  if (!kit) return <p className="muted">{busy ? t('promote.rendering') : t('app.loading')}</p>;

  const source = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(kit.svg)}`;
  const png = kit.png ? base64Bytes(kit.png) : null;
  return (
    <div className="promote-panel">
      <div className="review-columns">
        <section className="review-box" aria-labelledby="card-heading">
          <h2 id="card-heading">{t('promote.card')}</h2>
          <img
            className="card-preview"
            src={source}
            width={600}
            height={315}
            alt={t('promote.cardAlt', { title: kit.facts.title })}
          />
          <p className="muted">
            {kit.figure
              ? t('promote.figureIs', {
                  label: kit.figure.label,
                  value: formatCount(locale, kit.figure.value),
                })
              : t('promote.noFigure')}
          </p>
          <p className="button-row">
            <FileDownload
              data={png}
              type="image/png"
              file={`${kit.dataset}-tarjeta.png`}
              label={t('promote.downloadPng')}
            />
            <HtmlDownload
              html={kit.html}
              file={`${kit.dataset}-tarjeta.html`}
              label={t('promote.downloadHtml')}
            />
          </p>
          <FigurePicker />
        </section>
        <KitTexts />
      </div>
      <PromotionRecord />
      <BlackoutBox />
    </div>
  );
}
