import { useEffect } from 'react';
import { columnTypes } from '../../../../shared/table';
import '../../styles/ficha.css';
import { translate } from '../../i18n';
import { useFicha } from '../../store/use-ficha';
import { PlaceMark } from '../review/place-mark';
import { dictionaryCellId } from './finding-target';
import { fieldId, say } from './text';
import { useFindingFocus } from './use-finding-focus';
import { ValidationPanel } from './validation-panel';

/** The Diccionario tab: one editable row per column (label, type, unit, description). */
export function DictionaryPanel() {
  const locale = useFicha((state) => state.locale);
  const dataset = useFicha((state) => state.gridDataset);
  const entries = useFicha((state) => state.fichaDraft?.dictionary ?? []);
  const dirty = useFicha((state) => state.fichaDirty);
  const busy = useFicha((state) => state.fichaBusy);
  const load = useFicha((state) => state.loadFicha);
  const edit = useFicha((state) => state.editDictionary);
  const save = useFicha((state) => state.saveFicha);

  useEffect(() => {
    void load();
  }, [dataset, load]);
  useFindingFocus();

  return (
    <div className="ficha-layout">
      <div className="ficha-form">
        <table className="ficha-dictionary" id={fieldId('dictionary')} tabIndex={-1}>
          <thead>
            <tr>
              <th scope="col">{say(locale, 'Columna', 'Column')}</th>
              <th scope="col">{say(locale, 'Etiqueta', 'Label')}</th>
              <th scope="col">{say(locale, 'Tipo', 'Type')}</th>
              <th scope="col">{say(locale, 'Unidad', 'Unit')}</th>
              <th scope="col">{say(locale, 'Descripción', 'Description')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.name}>
                <th scope="row">
                  {e.name}
                  <PlaceMark target={{ kind: 'column', column: e.name }} />
                </th>
                <td>
                  <input
                    id={dictionaryCellId(e.name, 'label')}
                    aria-label={`${e.name}: ${say(locale, 'etiqueta', 'label')}`}
                    value={e.label}
                    onChange={(x) => edit(e.name, { label: x.target.value })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${e.name}: ${say(locale, 'tipo', 'type')}`}
                    value={e.type}
                    onChange={(x) =>
                      edit(e.name, { type: x.target.value as (typeof columnTypes)[number] })
                    }
                  >
                    {columnTypes.map((t) => (
                      <option key={t} value={t}>
                        {translate(locale, `type.${t}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`${e.name}: ${say(locale, 'unidad', 'unit')}`}
                    value={e.unit}
                    onChange={(x) => edit(e.name, { unit: x.target.value })}
                  />
                </td>
                <td>
                  <textarea
                    id={dictionaryCellId(e.name, 'description')}
                    aria-label={`${e.name}: ${say(locale, 'descripción', 'description')}`}
                    rows={2}
                    value={e.description}
                    onChange={(x) => edit(e.name, { description: x.target.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={!dirty || busy}
            onClick={() => void save()}
          >
            {say(locale, 'Guardar el diccionario', 'Save the dictionary')}
          </button>
        </div>
      </div>
      <ValidationPanel />
    </div>
  );
}
