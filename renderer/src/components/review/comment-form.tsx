import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { fichaFieldPaths } from '../../../../shared/metadata/field-paths';
import { fieldLabel } from '../../../../shared/metadata/field-labels';
import type { CommentTarget } from '../../../../shared/review/types';
import { pickBilingual } from '../../i18n';
import { useFicha, useT } from '../../store/use-ficha';

type Kind = CommentTarget['kind'];

/** The form that adds a comment on the dataset, a column, a row or a field of the ficha. */
export function CommentForm() {
  const t = useT();
  const id = useId();
  const locale = useFicha((state) => state.locale);
  const columns = useFicha((state) => state.gridDescription?.columns ?? []);
  const busy = useFicha((state) => state.reviewBusy);
  const addComment = useFicha((state) => state.addComment);
  const [kind, setKind] = useState<Kind>('dataset');
  const [column, setColumn] = useState('');
  const [row, setRow] = useState('1');
  const [field, setField] = useState<string>(fichaFieldPaths[0]);
  const [text, setText] = useState('');

  function target(): CommentTarget {
    if (kind === 'column') return { kind, column: column || columns[0]?.name || '' };
    if (kind === 'row') return { kind, row: Math.max(1, Number.parseInt(row, 10) || 1) };
    if (kind === 'field') return { kind, field };
    return { kind: 'dataset' };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    if (await addComment(text.trim(), target())) setText('');
  }

  return (
    <form className="comment-form" onSubmit={(event) => void submit(event)}>
      <h3 id={`${id}-heading`}>{t('review.addComment')}</h3>
      <div className="comment-target">
        <label className="field">
          <span>{t('review.target')}</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
            <option value="dataset">{t('review.target.dataset')}</option>
            <option value="column" disabled={columns.length === 0}>
              {t('review.target.column')}
            </option>
            <option value="row">{t('review.target.row')}</option>
            <option value="field">{t('review.target.field')}</option>
          </select>
        </label>
        {kind === 'column' && (
          <label className="field">
            <span>{t('review.target.column')}</span>
            <select
              value={column || columns[0]?.name}
              onChange={(event) => setColumn(event.target.value)}
            >
              {columns.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'row' && (
          <label className="field">
            <span>{t('review.target.rowNumber')}</span>
            <input
              type="number"
              min={1}
              value={row}
              onChange={(event) => setRow(event.target.value)}
            />
          </label>
        )}
        {kind === 'field' && (
          <label className="field">
            <span>{t('review.target.field')}</span>
            <select value={field} onChange={(event) => setField(event.target.value)}>
              {fichaFieldPaths.map((path) => (
                <option key={path} value={path}>
                  {pickBilingual(locale, fieldLabel(path)) || path}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <label className="field">
        <span>{t('review.commentText')}</span>
        <textarea value={text} rows={3} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="submit" className="button button-primary" disabled={busy || !text.trim()}>
        {t('review.send')}
      </button>
    </form>
  );
}
