import { useT } from '../../store/use-ficha';

/** A character counter against a rule's limit, marked when past it. */
export function LimitCounter(props: { count?: number; limit?: number; label?: string }) {
  const t = useT();
  if (props.count === undefined || props.limit === undefined) return null;
  const over = props.count > props.limit;

  return (
    <span
      className={over ? 'ficha-counter ficha-counter-over' : 'ficha-counter'}
      aria-live="polite"
    >
      {props.label ?? `${props.count}/${props.limit}`}
      {over ? ` ${t('ficha.overLimit')}` : ''}
    </span>
  );
}
