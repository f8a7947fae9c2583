import { useMemo } from 'react';
import { useT } from '../../store/use-ficha';
import { foldDiff } from './line-diff';
import type { DiffLine } from './line-diff';

const marks: Record<DiffLine['kind'], string> = { same: ' ', added: '+', removed: '−' };

/** The line diff between the last export and the current serialization, unchanged runs folded. */
export function DiffView({ lines, label }: { lines: DiffLine[]; label: string }) {
  const t = useT();
  const folded = useMemo(() => foldDiff(lines), [lines]);

  return (
    <pre className="code-view diff-view" tabIndex={0} aria-label={label}>
      <code>
        {folded.map((line, index) =>
          line.kind === 'skip' ? (
            <span key={index} className="diff-line diff-skip">
              {t('dcat.diffSkipped', { n: line.count })}
              {'\n'}
            </span>
          ) : (
            <span key={index} className={`diff-line diff-${line.kind}`}>
              <span className="diff-mark" aria-hidden="true">
                {marks[line.kind]}
              </span>
              {line.kind !== 'same' && (
                <span className="visually-hidden">
                  {t(line.kind === 'added' ? 'dcat.diffAdded' : 'dcat.diffRemoved')}
                </span>
              )}
              {line.text}
              {'\n'}
            </span>
          ),
        )}
      </code>
    </pre>
  );
}
