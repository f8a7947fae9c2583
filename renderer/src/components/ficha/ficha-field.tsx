import type { ReactNode } from 'react';
import { fieldLabel } from '../../../../shared/metadata/field-labels';
import { pickBilingual } from '../../i18n';
import { useFicha } from '../../store/use-ficha';
import { PlaceMark } from '../review/place-mark';
import { fieldId, say, sourceNames } from './text';

/** A labelled field of the ficha with where its value came from and an optional counter. */
export function FichaField(props: {
  path: string;
  value: string;
  multiline?: boolean;
  limit?: number;
  count?: number;
  type?: string;
  children?: ReactNode;
}) {
  const locale = useFicha((state) => state.locale);
  const source = useFicha((state) => state.fichaDraft?.sources[props.path]);
  const edit = useFicha((state) => state.editFicha);
  const id = fieldId(props.path);
  const count = props.count ?? [...props.value].length;
  const over = props.limit !== undefined && count > props.limit;

  return (
    <div className="ficha-field">
      <div className="ficha-field-head">
        <label htmlFor={id}>
          {pickBilingual(locale, fieldLabel(props.path))}
          {source && (
            <span className={`ficha-source ficha-source-${source}`}>
              {pickBilingual(locale, sourceNames[source])}
            </span>
          )}
        </label>
        <PlaceMark target={{ kind: 'field', field: props.path }} />
      </div>
      {props.children ??
        (props.multiline ? (
          <textarea
            id={id}
            rows={4}
            value={props.value}
            onChange={(e) => edit(props.path, e.target.value)}
          />
        ) : (
          <input
            id={id}
            type={props.type ?? 'text'}
            value={props.value}
            onChange={(e) => edit(props.path, e.target.value)}
          />
        ))}
      {props.limit !== undefined && (
        <span
          className={over ? 'ficha-counter ficha-counter-over' : 'ficha-counter'}
          aria-live="polite"
        >
          {count}/{props.limit}{' '}
          {over ? say(locale, '(el portal lo corta)', '(the portal cuts it)') : ''}
        </span>
      )}
    </div>
  );
}
