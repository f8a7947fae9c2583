import { distinctFindings } from '../../../../shared/validation/distinct-findings';
import { pickBilingual } from '../../i18n';
import { formatBytes, formatCount } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';

/** How many errors the check lists before "and N more". */
const shownErrors = 5;

/** The validation that may block the export, and the box that exports a draft anyway. */
export function ValidationCheck() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const validation = useFicha((state) => state.exportValidation);
  const force = useFicha((state) => state.exportChoices.force);
  const dirty = useFicha((state) => state.fichaDirty);
  const setChoice = useFicha((state) => state.setExportChoice);
  if (!validation) return <p className="muted">{t('app.loading')}</p>;

  // Counted as the Ficha tab lists them: a problem two profiles report is one.
  const findings = distinctFindings(validation.findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const listed = findings.filter((f) => f.severity === 'error').slice(0, shownErrors);
  return (
    <section className="package-box" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('export.validation')}</h2>
      {dirty && <p className="package-warning">{t('export.unsaved')}</p>}
      <p className={`conformance conformance-${errors > 0 ? 'error' : 'ok'}`}>
        {errors > 0
          ? t('export.hasErrors', { errors, warnings })
          : t('export.noErrors', { warnings })}
      </p>
      {listed.length > 0 && (
        <ul className="package-findings">
          {listed.map((finding, index) => (
            <li key={`${finding.rule}-${index}`} className="finding-error">
              {pickBilingual(locale, finding.message)}
            </li>
          ))}
          {errors > listed.length && (
            <li className="muted">
              {t('export.moreErrors', { n: formatCount(locale, errors - listed.length) })}
            </li>
          )}
        </ul>
      )}
      {errors > 0 && (
        <label className="package-check">
          <input
            type="checkbox"
            checked={force}
            onChange={(event) => setChoice('force', event.target.checked)}
          />
          {t('export.force')}
        </label>
      )}
    </section>
  );
}

/** The size of the data file against the portal's upload limit, and the split-by-column choice. */
export function LimitCheck() {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const plan = useFicha((state) => state.exportPlan);
  const splitBy = useFicha((state) => state.exportChoices.splitBy);
  const setChoice = useFicha((state) => state.setExportChoice);
  if (!plan) return null;

  const sizes = {
    size: formatBytes(locale, plan.estimatedBytes),
    limit: formatBytes(locale, plan.limitBytes),
    rows: formatCount(locale, plan.rows),
  };
  return (
    <section className="package-box" aria-labelledby="limit-heading">
      <h2 id="limit-heading">{t('export.limit')}</h2>
      <p className={plan.overLimit ? 'package-warning' : undefined}>
        {t(plan.overLimit ? 'export.overLimit' : 'export.underLimit', sizes)}
      </p>
      {plan.overLimit && plan.splitCandidates.length === 0 && (
        <p className="muted">{t('export.noSplit')}</p>
      )}
      {plan.overLimit && plan.splitCandidates.length > 0 && (
        <fieldset className="split-choice">
          <legend>{t('export.splitBy')}</legend>
          <label>
            <input
              type="radio"
              name="split-by"
              checked={splitBy === ''}
              onChange={() => setChoice('splitBy', '')}
            />
            {t('export.noSplitChoice')}
          </label>
          {plan.splitCandidates.map((candidate) => (
            <label key={candidate.column}>
              <input
                type="radio"
                name="split-by"
                checked={splitBy === candidate.column}
                onChange={() => setChoice('splitBy', candidate.column)}
              />
              {t('export.splitChoice', {
                column: candidate.column,
                parts: formatCount(locale, candidate.parts),
                largest: formatBytes(locale, candidate.largestBytes),
              })}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
