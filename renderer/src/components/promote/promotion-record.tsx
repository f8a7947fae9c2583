import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { formatDate } from '../../i18n/format';
import type { PromotionInput } from '../../store/promote-slice';
import { useFicha, useT } from '../../store/use-ficha';
import { HtmlDownload } from '../inventory/html-download';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The promotions of this dataset and the form that records one. */
export function PromotionRecord() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const promotions = useFicha((state) => state.promotions);
  const recordPromotion = useFicha((state) => state.recordPromotion);
  const reportHtml = useFicha((state) => state.promotionReportHtml);
  const loadReport = useFicha((state) => state.loadPromotionReport);
  const readOnly = useFicha((state) => state.workspace?.readOnly ?? false);
  const [input, setInput] = useState<PromotionInput>({
    date: today(),
    channel: '',
    link: '',
    note: '',
  });
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);

  // The question takes the focus, so a keyboard user answers it next.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function record(confirm: boolean) {
    setBusy(true);
    const outcome = await recordPromotion(input, confirm);
    setBusy(false);
    setConfirming(outcome === 'confirm');
    if (outcome === 'recorded') setInput({ ...input, channel: '', link: '', note: '' });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (input.channel.trim()) void record(false);
  }

  const change = (key: keyof PromotionInput) => (event: { target: { value: string } }) =>
    setInput({ ...input, [key]: event.target.value });

  return (
    <section className="review-box" aria-labelledby="promotions-heading">
      <div className="section-head">
        <h2 id="promotions-heading">{t('promote.promotions')}</h2>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void loadReport()}>
            {t('promote.prepareReport')}
          </button>
          <HtmlDownload
            html={reportHtml}
            file="difusion-bimestral.html"
            label={t('promote.downloadReport')}
          />
        </div>
      </div>
      {promotions.length === 0 ? (
        <p className="muted">{t('promote.noPromotions')}</p>
      ) : (
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">{t('promote.date')}</th>
              <th scope="col">{t('promote.channel')}</th>
              <th scope="col">{t('promote.who')}</th>
              <th scope="col">{t('promote.link')}</th>
            </tr>
          </thead>
          <tbody>
            {promotions.map((promotion) => (
              <tr key={promotion.id}>
                <td>
                  {formatDate(locale, promotion.date)}
                  {promotion.inBlackout && (
                    <span className="badge badge-warning"> {t('promote.inBlackout')}</span>
                  )}
                </td>
                <td>{promotion.channel}</td>
                <td>{promotion.actor.name}</td>
                <td>
                  {promotion.link ? (
                    <a href={promotion.link} rel="noreferrer" target="_blank">
                      {promotion.link}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {!readOnly && (
        <form className="promotion-form" onSubmit={submit}>
          <h3>{t('promote.recordTitle')}</h3>
          <label className="field">
            <span>{t('promote.date')}</span>
            <input type="date" required value={input.date} onChange={change('date')} />
          </label>
          <label className="field">
            <span>{t('promote.channel')}</span>
            <input
              required
              list="promotion-channels"
              value={input.channel}
              onChange={change('channel')}
            />
          </label>
          <datalist id="promotion-channels">
            {['X', 'Facebook', 'Instagram', 'LinkedIn', 'Boletín', 'Sitio web'].map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <label className="field">
            <span>{t('promote.link')}</span>
            <input type="url" value={input.link} onChange={change('link')} />
          </label>
          <label className="field">
            <span>{t('promote.note')}</span>
            <input value={input.note} onChange={change('note')} />
          </label>
          {confirming ? (
            <div className="confirm-box" role="alertdialog" aria-labelledby="blackout-question">
              <p id="blackout-question">{t('promote.blackoutQuestion')}</p>
              <div className="button-row">
                <button
                  ref={confirmButton}
                  type="button"
                  className="button button-primary"
                  disabled={busy}
                  onClick={() => void record(true)}
                >
                  {t('promote.blackoutConfirm')}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(false)}>
                  {t('promote.blackoutCancel')}
                </button>
              </div>
            </div>
          ) : (
            <button
              type="submit"
              className="button button-primary"
              disabled={busy || !input.channel.trim()}
            >
              {t('promote.record')}
            </button>
          )}
        </form>
      )}
    </section>
  );
}
