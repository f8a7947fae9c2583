import { useRef, useState } from 'react';
import { fieldLabel } from '../../../../shared/metadata/field-labels';
import type { Spatial } from '../../../../shared/metadata/model';
import { switchSpatialKind } from '../../../../shared/metadata/spatial-switch';
import {
  findPlace,
  municipalityPlaces,
  statePlaces,
} from '../../../../shared/metadata/spatial-places';
import type { MessageKey } from '../../i18n';
import { pickBilingual } from '../../i18n';
import { useFicha, useT } from '../../store/use-ficha';
import { LimitCounter } from './limit-counter';
import { PlacePicker } from './place-picker';
import { fieldId, sourceNames } from './text';
import { PlaceMark } from '../review/place-mark';

const kinds: { kind: Spatial['kind']; label: MessageKey }[] = [
  { kind: 'national', label: 'ficha.spatial.national' },
  { kind: 'states', label: 'ficha.spatial.states' },
  { kind: 'municipalities', label: 'ficha.spatial.municipalities' },
  { kind: 'text', label: 'ficha.spatial.text' },
];

/**
 * The spatial coverage: national, INEGI states, INEGI municipalities
 * (filtered by state) or free text. Keys are stored as the model expects:
 * two digits for states, five for municipalities.
 */
export function SpatialCoverageField(props: { textLimit?: number }) {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const spatial = useFicha((state) => state.fichaDraft?.spatial);
  const source = useFicha((state) => state.fichaDraft?.sources.spatial);
  const edit = useFicha((state) => state.editFicha);
  // Choices of the other kinds, so switching back and forth loses nothing.
  const remembered = useRef<Partial<Record<Spatial['kind'], string[]>>>({});
  const [filter, setFilter] = useState('');
  if (!spatial) return null;

  const set = (next: Partial<Spatial>) => edit('spatial', { ...spatial, ...next });
  const describe = (key: string) => {
    const place = findPlace(key);
    return place ? place.label : t('ficha.spatial.unknown', { key });
  };

  function choose(kind: Spatial['kind']) {
    if (!spatial) return;
    remembered.current[spatial.kind] = spatial.codes;
    // Narrowing from states to municipalities shows the first chosen state's.
    if (spatial.kind === 'states') setFilter(spatial.codes[0] ?? '');
    edit('spatial', switchSpatialKind(spatial, kind, remembered.current[kind]));
  }

  const municipalities = municipalityPlaces.filter((p) => filter === '' || p.state === filter);

  return (
    <fieldset className="ficha-field ficha-spatial">
      <legend>
        {pickBilingual(locale, fieldLabel('spatial'))}
        {source && (
          <span className={`ficha-source ficha-source-${source}`}>
            {pickBilingual(locale, sourceNames[source])}
          </span>
        )}
        <PlaceMark target={{ kind: 'field', field: 'spatial' }} />
      </legend>
      <div className="spatial-kinds" role="radiogroup" aria-label={t('ficha.spatial.kind')}>
        {kinds.map(({ kind, label }) => (
          <label key={kind}>
            <input
              type="radio"
              name="spatial-kind"
              value={kind}
              id={spatial.kind === kind ? fieldId('spatial') : undefined}
              checked={spatial.kind === kind}
              onChange={() => choose(kind)}
            />
            {t(label)}
          </label>
        ))}
      </div>

      {spatial.kind === 'national' && <p className="muted">{t('ficha.spatial.nationalHint')}</p>}

      {spatial.kind === 'states' && (
        <PlacePicker
          id={fieldId('spatial.codes')}
          label={t('ficha.spatial.searchStates')}
          chosenLabel={t('ficha.spatial.chosenStates')}
          places={statePlaces}
          chosen={spatial.codes}
          describe={describe}
          onChange={(codes) => set({ codes })}
        />
      )}

      {spatial.kind === 'municipalities' && (
        <>
          <label className="spatial-filter">
            {t('ficha.spatial.stateFilter')}
            <select value={filter} onChange={(e) => setFilter(e.target.value)}>
              <option value="">{t('ficha.spatial.allStates')}</option>
              {statePlaces.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <PlacePicker
            id={fieldId('spatial.codes')}
            label={t('ficha.spatial.searchMunicipalities')}
            chosenLabel={t('ficha.spatial.chosenMunicipalities')}
            places={municipalities}
            chosen={spatial.codes}
            describe={describe}
            onChange={(codes) => set({ codes })}
          />
        </>
      )}

      {spatial.kind === 'text' && (
        <>
          <label htmlFor={fieldId('spatial.text')}>{t('ficha.spatial.textLabel')}</label>
          <input
            id={fieldId('spatial.text')}
            value={spatial.text}
            onChange={(e) => set({ text: e.target.value })}
          />
          {props.textLimit !== undefined && (
            <LimitCounter count={[...spatial.text.trim()].length} limit={props.textLimit} />
          )}
        </>
      )}
    </fieldset>
  );
}
