import { useState } from 'react';
import { useFicha } from '../../store/use-ficha';
import { formLimit } from './form-limits';
import { LimitCounter } from './limit-counter';
import { PlaceMark } from '../review/place-mark';
import { fieldId, say } from './text';

/** The chosen keywords as removable chips, a box to add one, and ranked suggestions. */
export function KeywordChips() {
  const locale = useFicha((state) => state.locale);
  const keywords = useFicha((state) => state.fichaDraft?.keywords ?? []);
  const suggestions = useFicha((state) => state.fichaKeywords);
  const add = useFicha((state) => state.addKeyword);
  const remove = useFicha((state) => state.removeKeyword);
  const [text, setText] = useState('');

  return (
    <div className="ficha-field">
      <div className="ficha-field-head">
        <label htmlFor={fieldId('keywords')}>{say(locale, 'Palabras clave', 'Keywords')}</label>
        <PlaceMark target={{ kind: 'field', field: 'keywords' }} />
      </div>
      <ul className="ficha-chips" aria-label={say(locale, 'Elegidas', 'Chosen')}>
        {keywords.map((k) => (
          <li key={k} className="ficha-chip">
            {k}
            <button
              type="button"
              className="button-quiet"
              aria-label={say(locale, `Quitar ${k}`, `Remove ${k}`)}
              onClick={() => remove(k)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={fieldId('keywords')}
        value={text}
        placeholder={say(locale, 'Escriba y pulse Intro', 'Type and press Enter')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          add(text);
          setText('');
        }}
      />
      <LimitCounter {...formLimit('keywords', text)} />
      {suggestions.length > 0 && (
        <div className="ficha-suggestions">
          <span className="muted">{say(locale, 'Sugerencias:', 'Suggestions:')}</span>
          {suggestions.slice(0, 12).map((s) => (
            <button
              key={s.keyword}
              type="button"
              className="button button-small"
              onClick={() => add(s.keyword)}
            >
              + {s.keyword}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
