import { fieldLabel } from '../../metadata/field-labels';
import { readField } from '../../metadata/field-paths';
import { say } from '../options';
import type { Rule, RuleFinding } from '../types';

/** The portal's column limits, used when a profile names none. */
export const portalFieldLimits: Readonly<Record<string, number>> = {
  'contact.email': 255,
  'contact.position': 255,
  'contact.name': 255,
  periodicity: 255,
  'spatial.text': 255,
};

/** Fields within the portal's column limits (255 characters for several). */
export const fieldMaxLength: Rule = {
  id: 'field-max-length',
  title: say('Campos dentro de su longitud máxima', 'Fields within their maximum length'),
  check(subject, options) {
    const limits = limitsOf(options);
    const findings: RuleFinding[] = [];

    for (const [path, max] of Object.entries(limits)) {
      const value = readField(subject.ficha, path);
      if (typeof value !== 'string' || [...value].length <= max) continue;
      const label = fieldLabel(path);
      findings.push({
        location: { field: path },
        message: say(
          `«${label.es}» mide ${[...value].length} caracteres; el máximo es ${max}.`,
          `${label.en} is ${[...value].length} characters long; the limit is ${max}.`,
        ),
      });
    }

    const temporal = `${subject.ficha.temporal.start}/${subject.ficha.temporal.end}`;
    const temporalMax = limits.temporal;
    if (typeof temporalMax === 'number' && temporal.length > temporalMax) {
      findings.push({
        location: { field: 'temporal' },
        message: say(
          `La cobertura temporal mide ${temporal.length} caracteres; el máximo es ${temporalMax}.`,
          `Temporal coverage is ${temporal.length} characters long; the limit is ${temporalMax}.`,
        ),
      });
    }
    return findings;
  },
  limits(options) {
    // "temporal" limits start and end written together, not a field the form shows.
    const entries = Object.entries(limitsOf(options)).filter(([path]) => path !== 'temporal');
    return Object.fromEntries(entries.map(([path, max]) => [path, { max, measure: 'text' }]));
  },
};

function limitsOf(options: Record<string, unknown>): Record<string, number> {
  const given = options.limits;
  return given && typeof given === 'object' ? (given as Record<string, number>) : portalFieldLimits;
}
