import { encodings } from '../../../../shared/import';
import type { Encoding, InspectResult } from '../../../../shared/import';
import { formatCount } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';

const delimiters = [
  { value: ',', key: 'wizard.delim.comma' },
  { value: ';', key: 'wizard.delim.semicolon' },
  { value: '\t', key: 'wizard.delim.tab' },
  { value: '|', key: 'wizard.delim.pipe' },
] as const;

const textFormats = ['csv', 'tsv', 'txt'];

/** The sheet to read and, for text files, encoding, delimiter and decimal separator. */
export function WizardOptions({ inspect }: { inspect: InspectResult }) {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const options = useFicha((state) => state.wizardOptions);
  const setOption = useFicha((state) => state.setImportOption);
  const isText = textFormats.includes(inspect.format);

  return (
    <div className="wizard-options">
      {inspect.sheets.length > 0 && !isText && (
        <div className="field">
          <label htmlFor="wizard-sheet">{t('wizard.sheet')}</label>
          <select
            id="wizard-sheet"
            value={inspect.sheet}
            onChange={(event) => setOption('sheet', event.target.value)}
          >
            {inspect.sheets.map((sheet) => (
              <option key={sheet.name} value={sheet.name}>
                {t('wizard.sheetOption', {
                  name: sheet.name,
                  rows: formatCount(locale, sheet.rows),
                })}
              </option>
            ))}
          </select>
        </div>
      )}

      {isText && (
        <>
          <div className="field">
            <label htmlFor="wizard-encoding">{t('wizard.encoding')}</label>
            <select
              id="wizard-encoding"
              value={options.encoding ?? ''}
              onChange={(event) =>
                setOption('encoding', (event.target.value || undefined) as Encoding | undefined)
              }
            >
              <option value="">
                {t('wizard.auto')} ({inspect.encoding ?? '?'})
              </option>
              {encodings.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {encoding}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="wizard-delimiter">{t('wizard.delimiter')}</label>
            <select
              id="wizard-delimiter"
              value={options.delimiter ?? ''}
              onChange={(event) => setOption('delimiter', event.target.value || undefined)}
            >
              <option value="">
                {t('wizard.auto')} ({delimiterName(inspect.delimiter)})
              </option>
              {delimiters.map((delimiter) => (
                <option key={delimiter.key} value={delimiter.value}>
                  {t(delimiter.key)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="wizard-decimal">{t('wizard.decimal')}</label>
            <select
              id="wizard-decimal"
              value={options.decimal ?? ''}
              onChange={(event) =>
                setOption('decimal', (event.target.value || undefined) as '.' | ',' | undefined)
              }
            >
              <option value="">
                {t('wizard.auto')} ({inspect.decimal})
              </option>
              <option value=".">.</option>
              <option value=",">,</option>
            </select>
          </div>
        </>
      )}
    </div>
  );
}

function delimiterName(delimiter: string | null): string {
  if (delimiter === '\t') return 'Tab';
  return delimiter ?? '?';
}
