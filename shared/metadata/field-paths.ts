import { FichaError } from '../errors';
import { findPeriodicity } from '../vocabularies/periodicities';
import { fichaSchema } from './model';
import type { Ficha, Spatial } from './model';
import { monthNamesEs } from '../months';

/**
 * The field paths that the command line, JSON files and validation findings
 * use to name a part of the ficha. They are stable: scripts depend on them.
 */
export const fichaFieldPaths = [
  'title',
  'description',
  'keywords',
  'category',
  'themes',
  'publisher.name',
  'publisher.acronym',
  'publisher.govType',
  'publisher.homepage',
  'area',
  'contact.name',
  'contact.position',
  'contact.email',
  'license',
  'periodicity',
  'updateMonths',
  'temporal.start',
  'temporal.end',
  'spatial',
  'landingPage',
  'moreInfo',
  'issued',
  'modified',
  'language',
  'version',
  'versionNotes',
  'conformsTo',
  'quality',
  'methodology',
  'comments',
] as const;

/** One of the stable field paths. */
export type FichaFieldPath = (typeof fichaFieldPaths)[number];

const listFields = new Set(['keywords', 'themes', 'moreInfo', 'conformsTo']);

const monthNames: readonly string[] = monthNamesEs;

/** Tells whether a string is one of the stable field paths. */
export function isFieldPath(path: string): path is FichaFieldPath {
  return (fichaFieldPaths as readonly string[]).includes(path);
}

/**
 * Reads the value at a dotted path ("contact.email", "distributions.0.title");
 * undefined when any step is missing.
 */
export function readField(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

/** Tells whether a value counts as filled in: non-blank text, a non-empty list. */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(isFilled);
  return true;
}

/**
 * Sets one field from the text a person typed on the command line and
 * returns the new ficha, validated. Lists are comma-separated; update
 * months accept numbers or Spanish month names; spatial accepts
 * "national", "states:09,15", "municipalities:09002" or free text.
 */
export function setFieldFromText(ficha: Ficha, path: string, text: string): Ficha {
  const distribution = distributionField.exec(path);
  if (distribution) {
    return setDistributionField(ficha, path, Number(distribution[1]), distribution[2], text);
  }
  if (!isFieldPath(path)) {
    throw new FichaError('OPTION_INVALID', {
      option: path,
      reason: `unknown field; use one of ${[...fichaFieldPaths, ...distributionPaths].join(', ')}`,
    });
  }

  const value = parseFieldText(path, text);
  const copy = structuredClone(ficha) as Record<string, unknown>;
  const steps = path.split('.');
  let target = copy;
  for (const step of steps.slice(0, -1)) {
    target[step] = { ...(target[step] as Record<string, unknown>) };
    target = target[step] as Record<string, unknown>;
  }
  target[steps[steps.length - 1]] = value;
  return checked(copy, path);
}

/**
 * The fields of a distribution a person may type, named as validation
 * findings name them ("distributions.0.downloadURL"); the rest (format,
 * size, checksum) come from the export.
 */
const distributionField = /^distributions\.(\d+)\.(title|description|downloadURL)$/;
const distributionPaths = ['title', 'description', 'downloadURL'].map(
  (f) => `distributions.N.${f}`,
);

function setDistributionField(
  ficha: Ficha,
  path: string,
  index: number,
  field: string,
  text: string,
): Ficha {
  const count = ficha.distributions.length;
  if (index >= count) {
    throw new FichaError('OPTION_INVALID', {
      option: path,
      reason:
        count === 0
          ? 'the ficha has no distributions yet'
          : `the ficha has ${count} distribution${count === 1 ? '' : 's'}, ` +
            `numbered from 0 to ${count - 1}`,
    });
  }
  const copy = structuredClone(ficha);
  copy.distributions[index] = { ...copy.distributions[index], [field]: text.trim() };
  return checked(copy, path);
}

/** The ficha after an edit, or an error naming the field the edit broke. */
function checked(copy: unknown, path: string): Ficha {
  const parsed = fichaSchema.safeParse(copy);
  if (!parsed.success) {
    throw new FichaError('OPTION_INVALID', {
      option: path,
      reason: parsed.error.issues[0].message,
    });
  }
  return parsed.data;
}

function parseFieldText(path: FichaFieldPath, text: string): unknown {
  const trimmed = text.trim();
  if (path === 'themes') return splitList(trimmed).map((t) => t.toUpperCase());
  if (listFields.has(path)) return splitList(trimmed);
  if (path === 'updateMonths') return splitList(trimmed).map((m) => parseMonth(m, path));
  if (path === 'spatial') return parseSpatial(trimmed);
  if (path === 'periodicity') return findPeriodicity(trimmed)?.value ?? trimmed;
  return trimmed;
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function parseMonth(text: string, path: string): number {
  const number = Number(text);
  if (Number.isInteger(number) && number >= 1 && number <= 12) return number;
  const index = monthNames.indexOf(text.toLowerCase());
  if (index >= 0) return index + 1;
  throw new FichaError('OPTION_INVALID', { option: path, reason: `«${text}» is not a month` });
}

/** Reads spatial coverage from its command-line form. */
export function parseSpatial(text: string): Spatial {
  const lower = text.toLowerCase();
  if (lower === '' || lower === 'national' || lower === 'nacional') {
    return { kind: 'national', codes: [], text: '' };
  }
  const match = /^(states|estados|municipalities|municipios)\s*:\s*(.*)$/i.exec(text);
  if (match) {
    const kind = /^(states|estados)$/i.test(match[1]) ? 'states' : 'municipalities';
    return { kind, codes: splitList(match[2]), text: '' };
  }
  return { kind: 'text', codes: [], text };
}
