import { pickBilingual } from '../../i18n';
import { useFicha } from '../../store/use-ficha';
import { cleaningText } from './cleaning-text';

/** The obvious fixes the engine found, each previewed or applied with one click. */
export function SuggestionList() {
  const locale = useFicha((state) => state.locale);
  const suggestions = useFicha((state) => state.cleaningSuggestions);
  const busy = useFicha((state) => state.cleaningBusy);
  const preview = useFicha((state) => state.previewCleaning);
  const apply = useFicha((state) => state.applyCleaning);
  const t = cleaningText(locale);

  return (
    <section className="cleaning-suggestions" aria-labelledby="cleaning-suggestions-heading">
      <h2 id="cleaning-suggestions-heading">{t.suggestions}</h2>
      {suggestions.length === 0 && <p className="muted">{t.noSuggestions}</p>}
      <ul>
        {suggestions.map((suggestion, i) => (
          <li key={`${suggestion.kind}-${i}`}>
            <span>{pickBilingual(locale, suggestion.message)}</span>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => void preview(suggestion.steps)}
            >
              {t.preview}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void apply(suggestion.steps)}
            >
              {t.apply}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
