import type { InspectResult } from '../../../../shared/import';
import { formatCount } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';

/** The columns the import will create, with their names, headers and types. */
export function WizardColumns({ inspect }: { inspect: InspectResult }) {
  const t = useT();
  const locale = useFicha((state) => state.locale);

  return (
    <section aria-labelledby="columns-heading">
      <h3 id="columns-heading">{t('wizard.step.columns')}</h3>
      <div className="table-frame" tabIndex={0} role="region" aria-label={t('wizard.columns')}>
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">{t('wizard.col.label')}</th>
              <th scope="col">{t('wizard.col.name')}</th>
              <th scope="col">{t('wizard.col.type')}</th>
              <th scope="col">{t('wizard.col.unit')}</th>
              <th scope="col" className="numeric">
                {t('wizard.col.mismatches')}
              </th>
            </tr>
          </thead>
          <tbody>
            {inspect.columns.map((column) => (
              <tr key={column.name}>
                <td>{column.label}</td>
                <td>
                  <code>{column.name}</code>
                </td>
                <td>
                  <span className={`type-chip type-${column.type}`}>
                    {t(`type.${column.type}`)}
                  </span>
                </td>
                <td>{column.unit ?? ''}</td>
                <td className="numeric">{formatCount(locale, column.mismatches)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {inspect.notes.length > 0 && (
        <>
          <h4>{t('wizard.notes')}</h4>
          <ul className="notes">
            {inspect.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </>
      )}

      {inspect.warnings.length > 0 && (
        <>
          <h4>{t('wizard.warnings')}</h4>
          <ul className="notes">
            {inspect.warnings.map((warning, index) => (
              <li key={index}>{locale === 'en' ? warning.message.en : warning.message.es}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
