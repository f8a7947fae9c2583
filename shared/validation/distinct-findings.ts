import type { Finding, Severity } from './types';

const rank: Record<Severity, number> = { error: 0, warning: 1, advice: 2 };

/**
 * The findings a person reads: two profiles often report the same thing
 * (datos.gob.mx and DCAT-AP both miss the keywords), and a panel that says
 * it twice reads as two problems. Findings with the same place and the same
 * message are shown once, at the more severe of their severities and with
 * a fix if either has one, where the first of them stood.
 */
export function distinctFindings(findings: readonly Finding[]): Finding[] {
  const kept = new Map<string, Finding>();
  for (const finding of findings) {
    const { field, column, row } = finding.location;
    const key = JSON.stringify([field ?? null, column ?? null, row ?? null, finding.message.es]);
    const seen = kept.get(key);
    if (!seen) {
      kept.set(key, finding);
      continue;
    }
    const stronger = rank[finding.severity] < rank[seen.severity] ? finding : seen;
    kept.set(key, { ...stronger, fix: stronger.fix ?? finding.fix ?? seen.fix });
  }
  return [...kept.values()];
}
