import { useState } from 'react';
import type { PromotionTexts } from '../../../../shared/promote/types';
import type { MessageKey } from '../../i18n';
import { useFicha, useT } from '../../store/use-ficha';

const fields: { key: keyof PromotionTexts; label: MessageKey; rows: number }[] = [
  { key: 'paragraph', label: 'promote.text.paragraph', rows: 5 },
  { key: 'line', label: 'promote.text.line', rows: 2 },
  { key: 'citation', label: 'promote.text.citation', rows: 3 },
  { key: 'linkHtml', label: 'promote.text.linkHtml', rows: 2 },
];

/** The kit's texts, editable, each with a copy button; the post line counts to 280. */
export function KitTexts() {
  const t = useT();
  const texts = useFicha((state) => state.texts);
  const editText = useFicha((state) => state.editText);
  const [copied, setCopied] = useState<keyof PromotionTexts | null>(null);
  if (!texts) return null;

  async function copy(key: keyof PromotionTexts) {
    try {
      await navigator.clipboard.writeText(texts?.[key] ?? '');
      setCopied(key);
    } catch {
      setCopied(null);
    }
  }

  return (
    <section className="review-box" aria-labelledby="kit-texts-heading">
      <h2 id="kit-texts-heading">{t('promote.texts')}</h2>
      {fields.map(({ key, label, rows }) => (
        <div key={key} className="kit-text">
          <label className="field">
            <span>{t(label)}</span>
            <textarea
              rows={rows}
              value={texts[key]}
              maxLength={key === 'line' ? 280 : undefined}
              onChange={(event) => editText(key, event.target.value)}
            />
          </label>
          <div className="button-row">
            {key === 'line' && (
              <span className={texts.line.length > 280 ? 'counter over' : 'counter muted'}>
                {t('promote.counter', { n: texts.line.length })}
              </span>
            )}
            <button type="button" className="button button-small" onClick={() => void copy(key)}>
              {t('promote.copy')}
            </button>
            {copied === key && (
              <span className="muted" role="status">
                {t('promote.copied')}
              </span>
            )}
          </div>
        </div>
      ))}
    </section>
  );
}
