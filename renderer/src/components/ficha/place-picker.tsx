import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { findPlace, searchPlaces } from '../../../../shared/metadata/spatial-places';
import type { Place } from '../../../../shared/metadata/spatial-places';
import { useT } from '../../store/use-ficha';

/** Options shown at once; typing narrows the rest. */
const SHOWN = 50;

/**
 * A searchable multi-select of INEGI places (the ARIA combobox pattern):
 * the chosen keys as removable chips, a box that filters the options by
 * name or key, arrows to move, Enter to choose or remove, Backspace on an
 * empty box to remove the last chip. Keys not in the catalogue still show.
 */
export function PlacePicker(props: {
  /** The element id of the search box, so findings can focus it. */
  id: string;
  label: string;
  chosenLabel: string;
  places: readonly Place[];
  chosen: readonly string[];
  describe(key: string): string;
  onChange(keys: string[]): void;
}) {
  const t = useT();
  const listId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = searchPlaces(props.places, query);
  const shown = matches.slice(0, SHOWN);
  const current = shown[Math.min(active, shown.length - 1)];

  function toggle(key: string) {
    const next = props.chosen.includes(key)
      ? props.chosen.filter((k) => k !== key)
      : [...props.chosen, key].sort();
    props.onChange(next);
  }

  function remove(key: string) {
    props.onChange(props.chosen.filter((k) => k !== key));
    input.current?.focus();
  }

  function onKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length === 0 ? 0 : (i + step + shown.length) % shown.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open && current) toggle(current.key);
      setQuery('');
      setActive(0);
    } else if (event.key === 'Escape') {
      if (open) event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && props.chosen.length > 0) {
      props.onChange(props.chosen.slice(0, -1));
    }
  }

  return (
    <div className="place-picker">
      <ul className="ficha-chips" aria-label={props.chosenLabel}>
        {props.chosen.map((key) => (
          <li key={key} className={findPlace(key) ? 'ficha-chip' : 'ficha-chip ficha-chip-unknown'}>
            {props.describe(key)}
            <button
              type="button"
              className="button-quiet"
              aria-label={t('ficha.spatial.remove', { place: props.describe(key) })}
              onClick={() => remove(key)}
            >
              ×
            </button>
          </li>
        ))}
        {props.chosen.length === 0 && <li className="muted">{t('ficha.spatial.noneChosen')}</li>}
      </ul>
      {props.chosen.length > 1 && (
        <button
          type="button"
          className="button button-small place-clear"
          onClick={() => {
            props.onChange([]);
            input.current?.focus();
          }}
        >
          {t('ficha.spatial.clear', { count: props.chosen.length })}
        </button>
      )}
      <input
        ref={input}
        id={props.id}
        type="text"
        role="combobox"
        aria-label={props.label}
        aria-describedby={hintId}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && current ? `${listId}-${current.key}` : undefined}
        placeholder={props.label}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKey}
      />
      <span id={hintId} className="visually-hidden">
        {t('ficha.spatial.keysHint')}
      </span>
      {open && (
        <>
          <ul id={listId} role="listbox" aria-multiselectable="true" className="place-options">
            {shown.map((place) => (
              <li
                key={place.key}
                id={`${listId}-${place.key}`}
                role="option"
                aria-selected={props.chosen.includes(place.key)}
                className={place === current ? 'place-option place-option-active' : 'place-option'}
                // Keep the focus in the box so the list stays open while clicking.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => toggle(place.key)}
              >
                {place.label}
              </li>
            ))}
          </ul>
          <p className="muted place-note" aria-live="polite">
            {shown.length === 0
              ? t('ficha.spatial.noMatch', { query })
              : matches.length > SHOWN
                ? t('ficha.spatial.more', { count: matches.length - SHOWN })
                : ''}
          </p>
        </>
      )}
    </div>
  );
}
