import type { MessageKey } from '../../i18n';
import { pickBilingual } from '../../i18n';
import { findingsFor } from '../../store/dcat-slice';
import type { DcatFormat } from '../../store/dcat-slice';
import { useFicha, useT } from '../../store/use-ficha';

/** The standard each serialization is checked against. */
const standards: Record<DcatFormat, MessageKey> = {
  turtle: 'dcat.standard.dcat',
  jsonld: 'dcat.standard.dcat',
  datajson: 'dcat.standard.portal',
  datapackage: 'dcat.standard.datapackage',
  ckan: 'dcat.standard.ckan',
};

/**
 * Whether the shown serialization conforms: the findings of the rules of
 * its standard, from the ficha's validation (updated as the person types).
 */
export function ConformanceBox({ format }: { format: DcatFormat }) {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const all = useFicha((state) => state.fichaFindings);
  const findings = findingsFor(format, all);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const status = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';

  return (
    <section className="package-box" aria-labelledby="conformance-heading">
      <h2 id="conformance-heading">{t('dcat.conformance')}</h2>
      <p className="muted">{t(standards[format])}</p>
      <p className={`conformance conformance-${status}`} aria-live="polite">
        {status === 'error'
          ? t('dcat.notConformant', { errors, warnings })
          : status === 'warning'
            ? t('dcat.conformantWithWarnings', { warnings })
            : t('dcat.conformant')}
      </p>
      {findings.length > 0 && (
        <ul className="package-findings">
          {findings.map((finding, index) => (
            <li key={`${finding.rule}-${index}`} className={`finding-${finding.severity}`}>
              <span className="finding-severity">{t(`dcat.severity.${finding.severity}`)}</span>{' '}
              {pickBilingual(locale, finding.message)}
              {finding.location.field && <span className="muted"> ({finding.location.field})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
