import { useMemo, useState } from 'react';
import type { StepInput } from '../../../../shared/operations';
import type { ClusterMethod } from '../../store/cleaning-slice';
import { useFicha } from '../../store/use-ficha';
import { cleaningText } from './cleaning-text';
import { ColumnOptions } from './column-options';

const methods: ClusterMethod[] = ['fingerprint', 'ngram-fingerprint', 'phonetic', 'levenshtein'];

/**
 * Clusters of near-identical values of a text column: the person checks
 * the clusters to merge and edits the value to keep; the merge is applied
 * as one map-values step.
 */
export function ClustersBox() {
  const locale = useFicha((state) => state.locale);
  // Select the stable array and filter here: a selector returning a new array every time
  // makes React re-render without end (error #185).
  const allColumns = useFicha((state) => state.gridColumns);
  const columns = useMemo(() => allColumns.filter((c) => c.type === 'text'), [allColumns]);
  const result = useFicha((state) => state.cleaningClusters);
  const busy = useFicha((state) => state.cleaningBusy);
  const find = useFicha((state) => state.findClusters);
  const apply = useFicha((state) => state.applyCleaning);
  const [column, setColumn] = useState('');
  const [method, setMethod] = useState<ClusterMethod>('fingerprint');
  const [keep, setKeep] = useState<Record<string, string>>({});
  const [skipped, setSkipped] = useState<Record<string, boolean>>({});
  const t = cleaningText(locale);
  const chosen = column || columns[0]?.name || '';

  function merge() {
    if (!result) return;
    const map: Record<string, string> = {};
    for (const cluster of result.clusters) {
      if (skipped[cluster.key]) continue;
      const target = keep[cluster.key] ?? cluster.suggested;
      for (const { value } of cluster.values) if (value !== target) map[value] = target;
    }
    if (Object.keys(map).length === 0) return;
    const step: StepInput = { op: 'map-values', column: result.column, map };
    void apply([step]);
  }

  return (
    <section className="cleaning-clusters" aria-labelledby="cleaning-clusters-heading">
      <h2 id="cleaning-clusters-heading">{t.clusters}</h2>
      <div className="cleaning-actions">
        <label>
          {t.column}{' '}
          <select value={chosen} onChange={(e) => setColumn(e.target.value)}>
            <ColumnOptions columns={columns} />
          </select>
        </label>
        <label>
          {t.method}{' '}
          <select value={method} onChange={(e) => setMethod(e.target.value as ClusterMethod)}>
            {methods.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={!chosen}
          onClick={() => void find(chosen, method)}
        >
          {t.find}
        </button>
      </div>
      {result && result.clusters.length === 0 && <p className="muted">{t.noClusters}</p>}
      {result && result.clusters.length > 0 && (
        <>
          <ul>
            {result.clusters.map((cluster) => (
              <li key={cluster.key}>
                <input
                  type="checkbox"
                  aria-label={cluster.suggested}
                  checked={!skipped[cluster.key]}
                  onChange={(e) => setSkipped({ ...skipped, [cluster.key]: !e.target.checked })}
                />{' '}
                {cluster.values.map((v) => `${v.value} (${v.count})`).join(', ')}{' '}
                <label>
                  {t.keep}{' '}
                  <input
                    value={keep[cluster.key] ?? cluster.suggested}
                    onChange={(e) => setKeep({ ...keep, [cluster.key]: e.target.value })}
                  />
                </label>
              </li>
            ))}
          </ul>
          <button type="button" className="button" disabled={busy} onClick={merge}>
            {t.merge}
          </button>
        </>
      )}
    </section>
  );
}
