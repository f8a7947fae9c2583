import { FichaError } from '../errors';
import type { Bilingual } from '../result';
import type { Profile } from './profile';
import { rules } from './rules';
import type { Finding, Severity, ValidationSubject } from './types';

/** One item of a checklist profile (the decree's open-data characteristics). */
export interface ChecklistItem {
  id: string;
  label: Bilingual;
  passed: boolean;
  /** Findings that made it fail, so the panel can point at them. */
  findings: Finding[];
}

/** What validation returns: findings in order of severity, and checklists. */
export interface ValidationReport {
  profiles: string[];
  findings: Finding[];
  checklist: ChecklistItem[];
  counts: Record<Severity, number>;
}

const order: Record<Severity, number> = { error: 0, warning: 1, advice: 2 };

/**
 * Runs every enabled rule of the given profiles on the subject. Pure: the
 * same subject and profiles give the same report. A profile naming an
 * unknown rule is refused, so a typo never silently disables a check.
 */
export function validate(
  subject: ValidationSubject,
  profiles: readonly Profile[],
): ValidationReport {
  const findings: Finding[] = [];
  const checklist: ChecklistItem[] = [];

  for (const profile of profiles) {
    for (const entry of profile.rules) {
      if (!entry.enabled) continue;
      const rule = rules[entry.rule];
      if (!rule) {
        throw new FichaError('OPTION_INVALID', {
          option: `profile ${profile.id}`,
          reason: `unknown rule ${entry.rule}`,
        });
      }

      const id = entry.id ?? rule.id;
      const found = rule
        .check(subject, entry.options)
        .map((f): Finding => ({ ...f, rule: id, severity: stricter(f.severity, entry.severity) }));
      findings.push(...found);
      if (profile.checklist) {
        checklist.push({ id, label: rule.title, passed: found.length === 0, findings: found });
      }
    }
  }

  const sorted = findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => order[a.finding.severity] - order[b.finding.severity] || a.index - b.index)
    .map((x) => x.finding);
  return {
    profiles: profiles.map((p) => p.id),
    findings: sorted,
    checklist,
    counts: countOf(sorted),
  };
}

/** A rule may lower a finding's severity below the profile's, never raise it. */
function stricter(own: Severity | undefined, profile: Severity): Severity {
  if (own === undefined) return profile;
  return order[own] > order[profile] ? own : profile;
}

function countOf(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, advice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
