import {
  inegiMunicipalityStep,
  type InegiMunicipalityStep,
} from '../../../shared/operations/inegi-municipality';
import { findState } from '../../../shared/operations/values/states';
import { isBlank } from '../../../shared/operations/values/text';
import { findMunicipality, type MunicipalityMatch } from '../../../shared/vocabularies';
import type { ColumnRecord } from '../datasets/catalog';
import {
  col,
  identityOutputs,
  insertAfter,
  newColumn,
  planBuilder,
  requireColumn,
  requireFreeName,
  type PlanBuilder,
} from './plan-builder';
import type { Operation, TableState } from './types';

/** The names of the columns a step adds, in order. */
function addedNames(step: InegiMunicipalityStep): string[] {
  return [step.into, step.shortInto, step.canonicalName].filter((n): n is string => !!n);
}

/** Checks the columns the step reads exist and the ones it adds are free. */
function checkColumns(step: InegiMunicipalityStep, state: TableState): void {
  requireColumn(state, step.column);
  if (step.state) requireColumn(state, step.state);
  for (const name of addedNames(step)) requireFreeName(state, name);
}

/**
 * Looks a row's municipality up once per distinct (name, state) pair, so
 * the three output columns share one lookup and one count per row.
 */
function rowMatcher(builder: PlanBuilder, fixedState: string | undefined) {
  const cache = new Map<string, MunicipalityMatch>();

  const lookup = (name: unknown, stateValue: unknown): MunicipalityMatch => {
    const cacheKey = `${String(name)}\u0000${String(stateValue)}`;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const match = matchRow(name, stateValue, fixedState);
    cache.set(cacheKey, match);
    return match;
  };

  const counted = (name: unknown, stateValue: unknown): MunicipalityMatch => {
    const match = lookup(name, stateValue);
    if (isBlank(name)) return match;
    const shown = isBlank(stateValue) ? String(name) : `${String(name)} (${String(stateValue)})`;
    if (match.status === 'unknown') builder.count('unmatched', shown);
    if (match.status === 'ambiguous') builder.count('ambiguous', shown);
    return match;
  };

  return { lookup, counted };
}

/** The match of one row: blank names match nothing; an unknown state matches nothing. */
function matchRow(name: unknown, stateValue: unknown, fixedState?: string): MunicipalityMatch {
  if (isBlank(name)) return { status: 'unknown' };
  if (fixedState) return findMunicipality(name, fixedState);
  if (isBlank(stateValue)) return findMunicipality(name);
  const state = findState(stateValue);
  return state ? findMunicipality(name, state.key) : { status: 'unknown' };
}

/**
 * Adds the INEGI municipality key (five digits, and three when asked)
 * after the column of municipality names. The state comes from another
 * column (name or key) or from the step; rows whose name is not in the
 * catalogue, or that several municipalities could mean, get no key and are
 * counted as `unmatched` or `ambiguous` with examples.
 */
export const inegiMunicipalityOperation: Operation<'inegi-municipality'> = {
  id: 'inegi-municipality',
  schema: inegiMunicipalityStep,
  reads: (step) => (step.state ? [step.column, step.state] : [step.column]),
  writes: (step) => addedNames(step),
  plan: (step, state) => {
    checkColumns(step, state);
    const builder = planBuilder();
    const matcher = rowMatcher(builder, step.stateKey);
    const found = (match: MunicipalityMatch) =>
      match.status === 'found' ? match.municipality : null;

    // The first added column counts; the others reuse the cached lookup.
    const key = builder.fn('inegi_municipality_key', (name: unknown, st: unknown) => {
      return found(matcher.counted(name, st))?.key ?? null;
    });
    const short = builder.fn('inegi_municipality_short', (name: unknown, st: unknown) => {
      return found(matcher.lookup(name, st))?.key.slice(2) ?? null;
    });
    const official = builder.fn('inegi_municipality_name', (name: unknown, st: unknown) => {
      return found(matcher.lookup(name, st))?.name ?? null;
    });

    const args = `${col(step.column)}, ${step.state ? col(step.state) : 'NULL'}`;
    const added: { column: ColumnRecord; expr: string }[] = [
      {
        column: newColumn(step.into, 'text', {
          label: step.label ?? 'Clave geoestadística del municipio (INEGI)',
        }),
        expr: `${key}(${args})`,
      },
    ];
    if (step.shortInto) {
      added.push({
        column: newColumn(step.shortInto, 'text', { label: 'Clave de municipio (INEGI)' }),
        expr: `${short}(${args})`,
      });
    }
    if (step.canonicalName) {
      added.push({
        column: newColumn(step.canonicalName, 'text', { label: 'Municipio' }),
        expr: `${official}(${args})`,
      });
    }
    const outputs = insertAfter(identityOutputs(state), step.column, added);
    return builder.finish({ kind: 'map', outputs });
  },
};
