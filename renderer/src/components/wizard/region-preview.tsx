import type { InspectResult } from '../../../../shared/import';
import { rowRole } from '../../grid/region-roles';
import type { RowRole } from '../../grid/region-roles';
import type { MarkMode } from '../../store/import-wizard-slice';
import { useFicha, useT } from '../../store/use-ficha';

const marks: {
  mode: MarkMode;
  key: 'wizard.mark.headerStart' | 'wizard.mark.headerEnd' | 'wizard.mark.lastRow';
}[] = [
  { mode: 'headerStart', key: 'wizard.mark.headerStart' },
  { mode: 'headerEnd', key: 'wizard.mark.headerEnd' },
  { mode: 'lastRow', key: 'wizard.mark.lastRow' },
];

const roles: RowRole[] = ['title', 'header', 'data', 'total', 'note', 'outside'];

/**
 * The first rows of the sheet with the detected region drawn over them.
 * A click on a row moves the chosen boundary; the number inputs do the
 * same from the keyboard. Each change re-runs inspect with overrides.
 */
export function RegionPreview({ inspect }: { inspect: InspectResult }) {
  const t = useT();
  const mode = useFicha((state) => state.wizardMarkMode);
  const setMode = useFicha((state) => state.setMarkMode);
  const markRow = useFicha((state) => state.markRow);
  const setRegion = useFicha((state) => state.setRegion);
  const resetRegion = useFicha((state) => state.resetRegion);
  const region = inspect.region;
  const [headerStart, headerEnd] = region.headerRows;
  const width = Math.max(1, ...inspect.preview.map((row) => row.length));

  const number = (value: string) =>
    Number.isFinite(Number(value)) && Number(value) >= 1 ? Number(value) : null;

  return (
    <section className="region" aria-labelledby="region-heading">
      <h3 id="region-heading">{t('wizard.step.region')}</h3>
      <p className="detected" data-testid="detected-header">
        {headerStart === headerEnd
          ? t('wizard.detectedHeaderOne', { from: headerStart })
          : t('wizard.detectedHeader', { from: headerStart, to: headerEnd })}
        {' · '}
        {t('wizard.detectedData', { from: region.dataRows[0], to: region.dataRows[1] })}
      </p>
      <p className="muted">{t('wizard.regionHelp')}</p>

      <div className="region-controls">
        <fieldset className="mark-mode">
          <legend>{t('wizard.clickSets')}</legend>
          {marks.map(({ mode: value, key }) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="mark-mode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              {t(key)}
            </label>
          ))}
        </fieldset>
        <label>
          <span>{t('wizard.headerStart')}</span>
          <input
            type="number"
            min={1}
            value={headerStart}
            onChange={(event) => {
              const value = number(event.target.value);
              if (value) setRegion({ headerStart: value });
            }}
          />
        </label>
        <label>
          <span>{t('wizard.headerEnd')}</span>
          <input
            type="number"
            min={headerStart}
            value={headerEnd}
            onChange={(event) => {
              const value = number(event.target.value);
              if (value) setRegion({ headerEnd: value });
            }}
          />
        </label>
        <label>
          <span>{t('wizard.lastRow')}</span>
          <input
            type="number"
            min={headerEnd + 1}
            value={region.dataRows[1]}
            onChange={(event) => {
              const value = number(event.target.value);
              if (value) setRegion({ lastRow: value });
            }}
          />
        </label>
        <button type="button" className="button button-small" onClick={resetRegion}>
          {t('wizard.reset')}
        </button>
      </div>

      <ul className="legend" aria-label={t('wizard.legend')}>
        {roles.map((role) => (
          <li key={role}>
            <span className={`swatch role-${role}`} aria-hidden="true" />
            {t(`wizard.role.${role}`)}
          </li>
        ))}
      </ul>

      <div className="preview-frame" tabIndex={0} role="region" aria-label={t('wizard.preview')}>
        <table className="preview">
          <tbody>
            {inspect.preview.map((cells, index) => {
              const row = index + 1;
              const role = rowRole(region, row);
              return (
                <tr
                  key={row}
                  className={`role-${role}`}
                  onClick={() => markRow(row)}
                  data-row={row}
                >
                  <th scope="row" className="preview-number">
                    {row}
                  </th>
                  <td className="preview-role">{t(`wizard.role.${role}`)}</td>
                  {Array.from({ length: width }, (_, col) => (
                    <td key={col}>{cells[col] ?? ''}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
