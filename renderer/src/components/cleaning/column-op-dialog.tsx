import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { StepInput } from '../../../../shared/operations';
import type { StepPreview } from '../../../../shared/operations/results';
import type { ColumnProfile } from '../../../../shared/table';
import { pickBilingual } from '../../i18n';
import { formatCount } from '../../i18n/format';
import { useFicha, useT } from '../../store/use-ficha';
import { ErrorBanner } from '../common/error-banner';
import { ColumnOptions } from './column-options';
import { ReportLine } from './report-line';
import { columnOp, initialValues, moveColumnUp, toggleColumn } from './column-ops';
import type { ColumnOp, OpField, OpValue, OpValues } from './column-ops';

/** Mounts the dialog of the column menu's chosen operation, when one is open. */
export function ColumnOpDialogHost() {
  const dialog = useFicha((state) => state.columnDialog);
  const column = useFicha((state) =>
    state.gridColumns.find((c) => c.name === state.columnDialog?.column),
  );
  const op = dialog ? columnOp(dialog.op) : undefined;
  if (!dialog || !op || !column) return null;
  return <ColumnOpDialog key={`${op.id}:${column.name}`} op={op} column={column} />;
}

const cellText = (cells: readonly unknown[] | null, removed: string) =>
  cells ? cells.map((cell) => (cell === null ? '' : String(cell))).join(' | ') : removed;

/**
 * One dialog for every operation of the column menu: the operation's form,
 * the preview of the first rows it changes (refreshed as the form changes),
 * and Apply. Filterable operations are limited to the grid's filtered rows.
 */
function ColumnOpDialog({ op, column }: { op: ColumnOp; column: ColumnProfile }) {
  const t = useT();
  const locale = useFicha((state) => state.locale);
  const filters = useFicha((state) => state.gridFilters);
  const filteredRows = useFicha((state) => state.gridTotal);
  const busy = useFicha((state) => state.cleaningBusy);
  const previewStep = useFicha((state) => state.previewStep);
  const apply = useFicha((state) => state.applyColumnStep);
  const close = useFicha((state) => state.closeColumnDialog);
  const dismissError = useFicha((state) => state.dismissError);
  const columns = useFicha((state) => state.gridColumns);
  const node = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<OpValues>(() => initialValues(op, column, columns));
  const [preview, setPreview] = useState<StepPreview | null>(null);
  const [loading, setLoading] = useState(false);
  const limited = op.filterable && filters.length > 0;
  const title = t('colop.dialog', {
    operation: t(op.label).replace('…', ''),
    column: column.label,
  });

  const step = useMemo<StepInput>(() => {
    const built = op.build(column, values, columns);
    return limited ? ({ ...built, filters } as StepInput) : built;
  }, [op, column, columns, values, limited, filters]);

  useEffect(() => {
    const dialog = node.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The menu item that opened the dialog is gone: focus returns to the grid.
    return () => document.querySelector<HTMLElement>('[role=grid]')?.focus();
  }, []);

  // The preview follows the form, a moment after the person stops typing.
  useEffect(() => {
    let current = true;
    setLoading(true);
    const timer = setTimeout(() => {
      void previewStep(step).then((result) => {
        if (!current) return;
        setPreview(result);
        setLoading(false);
        // The page's error banner is behind the modal: a step that previews again clears it.
        if (result) dismissError();
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [step, previewStep, dismissError]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void apply(step);
  }

  const shown = op.fields.filter(
    (field) => !field.showWhen || values[field.showWhen.key] === field.showWhen.value,
  );

  return (
    <dialog
      ref={node}
      className="column-op-dialog"
      aria-labelledby="column-op-heading"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="column-op-heading">{title}</h2>
        {shown.length > 0 && (
          <div className="column-op-fields">
            {shown.map((field) => (
              <FieldInput
                key={field.key}
                field={field}
                value={values[field.key]}
                columns={columns}
                onChange={(value) => setValues({ ...values, [field.key]: value })}
              />
            ))}
          </div>
        )}
        <ErrorBanner />
        {limited && (
          <p className="muted">{t('colop.limited', { n: formatCount(locale, filteredRows) })}</p>
        )}
        {!op.filterable && filters.length > 0 && <p className="muted">{t('colop.everyRow')}</p>}

        <section aria-labelledby="column-op-preview-heading" aria-busy={loading}>
          <h3 id="column-op-preview-heading">
            {t('colop.preview')}
            {preview ? `: ${pickBilingual(locale, preview.label)}` : ''}
          </h3>
          {loading && !preview && (
            <p className="muted" role="status">
              {t('colop.loading')}
            </p>
          )}
          {preview && <PreviewRows preview={preview} />}
        </section>

        <div className="column-op-actions">
          <button type="button" className="button button-quiet" onClick={close}>
            {t('colop.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !preview}>
            {t('colop.apply')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function FieldInput(props: {
  field: OpField;
  value: OpValue;
  columns: readonly ColumnProfile[];
  onChange: (value: OpValue) => void;
}) {
  const t = useT();
  const { field, value, columns, onChange } = props;
  const id = `column-op-${field.key}`;

  if (field.kind === 'columns') {
    return <ColumnsInput field={field} value={value} columns={columns} onChange={onChange} />;
  }

  if (field.kind === 'column') {
    return (
      <label htmlFor={id}>
        {t(field.label)}
        <select id={id} value={String(value)} onChange={(event) => onChange(event.target.value)}>
          {field.optional && <option value="">{t('colop.noColumn')}</option>}
          <ColumnOptions columns={columns} />
        </select>
      </label>
    );
  }

  if (field.kind === 'checkbox') {
    return (
      <label className="check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
        />
        {t(field.label)}
      </label>
    );
  }

  return (
    <label htmlFor={id}>
      {t(field.label)}
      {field.kind === 'select' ? (
        <select id={id} value={String(value)} onChange={(event) => onChange(event.target.value)}>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label ? t(option.label) : (option.text ?? option.value)}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} value={String(value)} onChange={(event) => onChange(event.target.value)} />
      )}
    </label>
  );
}

/**
 * Several of the table's columns as check boxes; an ordered list also
 * shows the order chosen, with a button to move each column earlier.
 */
function ColumnsInput(props: {
  field: OpField;
  value: OpValue;
  columns: readonly ColumnProfile[];
  onChange: (value: string[]) => void;
}) {
  const t = useT();
  const { field, columns, onChange } = props;
  const selected = Array.isArray(props.value) ? props.value : [];
  const labelOf = (name: string) => columns.find((c) => c.name === name)?.label ?? name;

  // Unordered lists follow the table's order; ordered ones the order of checking.
  function toggle(name: string, on: boolean) {
    const next = toggleColumn(selected, name, on);
    onChange(field.ordered ? next : columns.map((c) => c.name).filter((n) => next.includes(n)));
  }

  return (
    <fieldset className="column-op-columns">
      <legend>{t(field.label)}</legend>
      <div className="column-op-bulk">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onChange(columns.map((c) => c.name))}
        >
          {t('colop.selectAll')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onChange([])}>
          {t('colop.selectNone')}
        </button>
      </div>
      <div className="column-op-checklist">
        {columns.map((c) => (
          <label key={c.name} className="check">
            <input
              type="checkbox"
              checked={selected.includes(c.name)}
              onChange={(event) => toggle(c.name, event.target.checked)}
            />
            {c.label}
          </label>
        ))}
      </div>
      {field.ordered && selected.length > 1 && (
        <ol className="column-op-order" aria-label={t('colop.order')}>
          {selected.map((name, i) => (
            <li key={name}>
              {labelOf(name)}
              <button
                type="button"
                className="button button-quiet"
                disabled={i === 0}
                aria-label={t('colop.moveUp', { column: labelOf(name) })}
                onClick={() => onChange(moveColumnUp(selected, name))}
              >
                ↑
              </button>
            </li>
          ))}
        </ol>
      )}
      <p className="muted">{t('colop.chosen', { n: selected.length })}</p>
    </fieldset>
  );
}

function PreviewRows({ preview }: { preview: StepPreview }) {
  const t = useT();
  const reshape = preview.columnsBefore.join(',') !== preview.columnsAfter.join(',');

  return (
    <>
      {preview.changed !== null && (
        <p className="muted" role="status">
          {preview.changed === 0
            ? t('colop.noChange')
            : t('colop.changed', { changed: preview.changed, scanned: preview.scanned })}
        </p>
      )}
      <ReportLine report={preview.report} />
      {reshape && (
        <p className="muted">
          {t('colop.reshape', {
            before: preview.columnsBefore.join(', '),
            after: preview.columnsAfter.join(', '),
          })}
        </p>
      )}
      {preview.rows.length > 0 && (
        <table className="column-op-preview">
          <thead>
            <tr>
              <th scope="col">{t('colop.row')}</th>
              <th scope="col">{t('colop.before')}</th>
              <th scope="col">{t('colop.after')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, i) => (
              <tr key={i}>
                <td>{row.row ?? ''}</td>
                <td>{row.before ? cellText(row.before, '') : ''}</td>
                <td>{cellText(row.after, t('colop.removed'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
