import type { Progress } from '../../../../shared/import';

/** How far a long job is, in percent; null while its total is unknown. */
export function progressPercent(progress: Progress | null): number | null {
  const total = progress?.total ?? null;
  return total ? Math.min(100, Math.round(((progress?.done ?? 0) / total) * 100)) : null;
}

/**
 * The bar of a long job (import, export): determinate when the total is
 * known, sliding otherwise, with its text for screen readers and below it.
 */
export function JobProgress({
  progress,
  label,
  text,
}: {
  progress: Progress | null;
  label: string;
  text: string;
}) {
  const percent = progressPercent(progress);
  return (
    <>
      <div
        className={`progress${percent === null ? ' is-indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${percent ?? 30}%` }} />
      </div>
      <p className="muted" aria-live="polite">
        {text}
      </p>
    </>
  );
}
