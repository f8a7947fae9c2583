import { useMemo } from 'react';
import { distinctFindings } from '../../../../shared/validation/distinct-findings';
import { pickBilingual, translate } from '../../i18n';
import { useFicha } from '../../store/use-ficha';
import { findingTarget } from './finding-target';
import { say } from './text';

/** Findings beside the form, updated as the person types: go to each, or apply its fix. */
export function ValidationPanel() {
  const locale = useFicha((state) => state.locale);
  const all = useFicha((state) => state.fichaFindings);
  const checklist = useFicha((state) => state.fichaChecklist);
  const applyFix = useFicha((state) => state.applyFindingFix);
  const goTo = useFicha((state) => state.goToFinding);
  const findings = useMemo(() => distinctFindings(all), [all]);
  const errors = findings.filter((f) => f.severity === 'error').length;

  return (
    <aside className="ficha-validation" aria-label={say(locale, 'Validación', 'Validation')}>
      <h2>{say(locale, 'Validación', 'Validation')}</h2>
      <p aria-live="polite">
        {errors === 0
          ? say(locale, 'Sin errores.', 'No errors.')
          : errors === 1
            ? say(locale, '1 error por corregir.', '1 error to fix.')
            : say(locale, `${errors} errores por corregir.`, `${errors} errors to fix.`)}
      </p>
      <ul className="ficha-findings">
        {findings.map((f, i) => (
          <li key={`${f.rule}-${i}`} className={`ficha-finding ficha-${f.severity}`}>
            <span className="ficha-severity">
              {translate(locale, `dcat.severity.${f.severity}`)}
            </span>{' '}
            {pickBilingual(locale, f.message)}
            <div className="button-row">
              {findingTarget(f.location) && (
                <button type="button" className="button button-small" onClick={() => goTo(f)}>
                  {say(locale, 'Ir', 'Go')}
                </button>
              )}
              {f.fix && (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => void applyFix(f)}
                >
                  {say(locale, 'Corregir', 'Fix')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {checklist.length > 0 && (
        <>
          <h3>{say(locale, 'Características del decreto', 'Decree characteristics')}</h3>
          <ul className="ficha-checklist">
            {checklist.map((item) => (
              <li key={item.id}>
                {item.passed ? '✓' : '✗'} {pickBilingual(locale, item.label)}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
