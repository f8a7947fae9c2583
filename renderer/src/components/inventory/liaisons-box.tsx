import { useState } from 'react';
import type { FormEvent } from 'react';
import { useFicha, useT } from '../../store/use-ficha';

/** Who the workspace's open-data liaisons are: only they mark datasets published. */
export function LiaisonsBox() {
  const t = useT();
  const liaisons = useFicha((state) => state.liaisons);
  const save = useFicha((state) => state.saveLiaisons);
  const readOnly = useFicha((state) => state.workspace?.readOnly ?? false);
  const [person, setPerson] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!person.trim()) return;
    if (await save([...liaisons, person])) setPerson('');
  }

  return (
    <section className="review-box" aria-labelledby="liaisons-heading">
      <h2 id="liaisons-heading">{t('people.liaisons')}</h2>
      <p className="muted">{t('people.why')}</p>
      {liaisons.length === 0 ? (
        <p>{t('people.none')}</p>
      ) : (
        <ul className="liaison-list">
          {liaisons.map((name) => (
            <li key={name}>
              {name}{' '}
              {!readOnly && (
                <button
                  type="button"
                  className="button button-quiet"
                  aria-label={t('people.remove', { name })}
                  onClick={() => void save(liaisons.filter((other) => other !== name))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="filter-row" onSubmit={(event) => void add(event)}>
          <label className="field">
            <span>{t('people.add')}</span>
            <input value={person} onChange={(event) => setPerson(event.target.value)} />
          </label>
          <button type="submit" className="button" disabled={!person.trim()}>
            {t('people.addButton')}
          </button>
        </form>
      )}
    </section>
  );
}
