import { useEffect } from 'react';
import '../../styles/ficha.css';
import '../../styles/ficha-spatial.css';
import { pickBilingual } from '../../i18n';
import { useFicha, useT } from '../../store/use-ficha';
import { DistributionsSection } from './distributions-section';
import { FichaField } from './ficha-field';
import { formLimit, formLimits } from './form-limits';
import { KeywordChips } from './keyword-chips';
import { LimitCounter } from './limit-counter';
import { SpatialCoverageField } from './spatial-coverage-field';
import { fieldId, say } from './text';
import { useFindingFocus } from './use-finding-focus';
import { ValidationPanel } from './validation-panel';

const months = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

/** The Ficha tab: the dataset's metadata in sections, with the validation panel beside it. */
export function FichaPanel() {
  const locale = useFicha((state) => state.locale);
  const dataset = useFicha((state) => state.gridDataset);
  const draft = useFicha((state) => state.fichaDraft);
  const lists = useFicha((state) => state.fichaVocabularies);
  const dirty = useFicha((state) => state.fichaDirty);
  const busy = useFicha((state) => state.fichaBusy);
  const load = useFicha((state) => state.loadFicha);
  const edit = useFicha((state) => state.editFicha);
  const save = useFicha((state) => state.saveFicha);
  const t = useT();

  useEffect(() => {
    void load();
  }, [dataset, load]);
  useFindingFocus();

  if (!draft)
    return <p className="muted">{say(locale, 'Cargando la ficha…', 'Loading the ficha…')}</p>;

  return (
    <div className="ficha-layout">
      <form
        className="ficha-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>{say(locale, 'Descripción', 'Description')}</legend>
          <FichaField path="title" value={draft.title} {...formLimit('title', draft.title)} />
          {formLimits.ckanName && (
            <LimitCounter
              {...formLimit('ckanName', draft.title)}
              label={t('ficha.ckanName', formLimit('ckanName', draft.title))}
            />
          )}
          <FichaField
            path="description"
            value={draft.description}
            multiline
            {...formLimit('description', draft.description)}
          />
          <KeywordChips />
        </fieldset>

        <fieldset>
          <legend>{say(locale, 'Clasificación', 'Classification')}</legend>
          <FichaField path="category" value={draft.category}>
            <select
              id={fieldId('category')}
              value={draft.category}
              onChange={(e) => {
                edit('category', e.target.value);
                const themes = lists?.categories.find((c) => c.label.es === e.target.value)?.themes;
                if (themes && draft.themes.length === 0) edit('themes', themes);
              }}
            >
              <option value="">—</option>
              {lists?.categories.map((c) => (
                <option key={c.id} value={c.label.es}>
                  {pickBilingual(locale, c.label)}
                </option>
              ))}
            </select>
          </FichaField>
          <FichaField path="themes" value={draft.themes.join(', ')}>
            <div id={fieldId('themes')} className="ficha-checks" tabIndex={-1}>
              {lists?.dataThemes.map((t) => (
                <label key={t.code}>
                  <input
                    type="checkbox"
                    checked={draft.themes.includes(t.code)}
                    onChange={(e) =>
                      edit(
                        'themes',
                        e.target.checked
                          ? [...draft.themes, t.code]
                          : draft.themes.filter((x) => x !== t.code),
                      )
                    }
                  />
                  {pickBilingual(locale, t.label)}
                </label>
              ))}
            </div>
          </FichaField>
          <FichaField path="license" value={draft.license}>
            <select
              id={fieldId('license')}
              value={draft.license}
              onChange={(e) => edit('license', e.target.value)}
            >
              {lists?.licenses.map((l) => (
                <option key={l.id} value={l.id}>
                  {pickBilingual(locale, l.label)}
                </option>
              ))}
            </select>
          </FichaField>
          <FichaField path="periodicity" value={draft.periodicity}>
            <select
              id={fieldId('periodicity')}
              value={draft.periodicity}
              onChange={(e) => edit('periodicity', e.target.value)}
            >
              <option value="">—</option>
              {lists?.periodicities.map((p) => (
                <option key={p.value} value={p.value}>
                  {pickBilingual(locale, p.label)}
                </option>
              ))}
            </select>
          </FichaField>
          <FichaField path="updateMonths" value="">
            <div id={fieldId('updateMonths')} className="ficha-checks" tabIndex={-1}>
              {months.map((m, i) => (
                <label key={m}>
                  <input
                    type="checkbox"
                    checked={draft.updateMonths.includes(i + 1)}
                    onChange={(e) =>
                      edit(
                        'updateMonths',
                        e.target.checked
                          ? [...draft.updateMonths, i + 1].sort((a, b) => a - b)
                          : draft.updateMonths.filter((x) => x !== i + 1),
                      )
                    }
                  />
                  {m}
                </label>
              ))}
            </div>
          </FichaField>
        </fieldset>

        <fieldset>
          <legend>{say(locale, 'Responsables', 'Responsible')}</legend>
          <FichaField path="publisher.name" value={draft.publisher.name} />
          <FichaField path="area" value={draft.area} />
          {(['contact.name', 'contact.position'] as const).map((path) => (
            <FichaField
              key={path}
              path={path}
              value={draft.contact[path === 'contact.name' ? 'name' : 'position']}
              {...formLimit(path, draft.contact[path === 'contact.name' ? 'name' : 'position'])}
            />
          ))}
          <FichaField
            path="contact.email"
            value={draft.contact.email}
            type="email"
            {...formLimit('contact.email', draft.contact.email)}
          />
        </fieldset>

        <fieldset>
          <legend>{say(locale, 'Cobertura y fechas', 'Coverage and dates')}</legend>
          <FichaField path="temporal.start" value={draft.temporal.start} />
          <FichaField path="temporal.end" value={draft.temporal.end} />
          <SpatialCoverageField textLimit={formLimits['spatial.text']?.max} />
          <FichaField path="issued" value={draft.issued} type="date" />
          <FichaField path="modified" value={draft.modified} type="date" />
          <FichaField path="landingPage" value={draft.landingPage} type="url" />
          <FichaField path="moreInfo" value={draft.moreInfo.join('\n')}>
            <textarea
              id={fieldId('moreInfo')}
              rows={2}
              aria-describedby="ficha-more-info-hint"
              value={draft.moreInfo.join('\n')}
              onChange={(e) => edit('moreInfo', e.target.value.split('\n'))}
              onBlur={(e) =>
                edit(
                  'moreInfo',
                  e.target.value.split('\n').filter((l) => l.trim()),
                )
              }
            />
          </FichaField>
          <span id="ficha-more-info-hint" className="muted">
            {t('ficha.moreInfoHint')}
          </span>
        </fieldset>

        <fieldset>
          <legend>{t('ficha.otherFields')}</legend>
          <FichaField path="language" value={draft.language}>
            <select
              id={fieldId('language')}
              value={draft.language}
              onChange={(e) => edit('language', e.target.value)}
            >
              {!lists?.languages.some((l) => l.code === draft.language) && (
                <option value={draft.language}>{draft.language || '—'}</option>
              )}
              {lists?.languages.map((l) => (
                <option key={l.code} value={l.code}>
                  {pickBilingual(locale, l.label)}
                </option>
              ))}
            </select>
          </FichaField>
          <FichaField path="version" value={draft.version} />
          <FichaField path="versionNotes" value={draft.versionNotes} multiline />
        </fieldset>

        <DistributionsSection />

        <fieldset>
          <legend>{say(locale, 'Notas', 'Notes')}</legend>
          <FichaField path="quality" value={draft.quality} multiline />
          <FichaField path="methodology" value={draft.methodology} multiline />
          <FichaField path="comments" value={draft.comments} multiline />
        </fieldset>

        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={!dirty || busy}>
            {say(locale, 'Guardar la ficha', 'Save the ficha')}
          </button>
        </div>
      </form>
      <ValidationPanel />
    </div>
  );
}
