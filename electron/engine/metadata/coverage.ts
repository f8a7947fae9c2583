import type { Spatial, Temporal } from '../../../shared/metadata/model';
import { foldKey } from '../../../shared/vocabularies/fold';
import { municipalities } from '../../../shared/vocabularies/municipalities';
import type { DatasetRecord } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import { stateKeysByName } from './states';

const yearName = /^(anio|ano|a_o|year|periodo|ejercicio|ciclo)(_|$)/;
const stateName = /^(cve_)?(ent|edo|estado|entidad|entidad_federativa|cve_ent|nom_ent)$/;
const municipalityName = /^(cve_)?(mun|municipio|cve_mun|clave_municipio|cvegeo)$/;

/**
 * Temporal coverage from the table: the smallest and largest value of year
 * columns (by name, or whole numbers all between 1900 and 2100) and of
 * date columns, computed in SQLite.
 */
export function temporalCoverage(workspace: Workspace, record: DatasetRecord): Temporal | null {
  const table = quoteIdent(record.tableName);
  let start = '';
  let end = '';

  for (const column of record.columns) {
    const name = quoteIdent(column.name);
    const isDate = column.type === 'date' || column.type === 'datetime';
    const isYear = column.type === 'integer' && yearName.test(column.name);
    if (!isDate && !isYear) continue;

    const row = workspace.db
      .prepare(
        `SELECT min(${name}) AS lo, max(${name}) AS hi FROM ${table}
         WHERE ${name} IS NOT NULL AND ${name} <> ''`,
      )
      .get() as { lo: unknown; hi: unknown };
    if (row.lo === null || row.hi === null) continue;
    const lo = isDate ? String(row.lo).slice(0, 10) : String(row.lo);
    const hi = isDate ? String(row.hi).slice(0, 10) : String(row.hi);
    if (isYear && !(Number(lo) >= 1900 && Number(hi) <= 2100)) continue;
    if (start === '' || lo < start) start = lo;
    if (end === '' || hi > end) end = hi;
  }
  return start === '' ? null : { start, end };
}

/**
 * Spatial coverage from state or municipality columns: INEGI keys (two
 * digits for states, five for municipalities, or a three-digit municipal
 * key beside a state column) or state names. Only keys the INEGI catalogue
 * knows are kept. Nearly every municipality, or all 32 states, is national.
 */
export function spatialCoverage(workspace: Workspace, record: DatasetRecord): Spatial | null {
  const table = quoteIdent(record.tableName);
  const distinct = (columns: string[]) =>
    workspace.db
      .prepare(
        `SELECT DISTINCT ${columns.map((c) => `CAST(${quoteIdent(c)} AS TEXT)`).join(', ')}
         FROM ${table} WHERE ${quoteIdent(columns[0])} IS NOT NULL LIMIT 20000`,
      )
      .raw()
      .all() as (string | null)[][];

  const state = record.columns.find((c) => stateName.test(c.name));
  const municipality = record.columns.find((c) => municipalityName.test(c.name));
  const names = stateKeysByName();
  if (municipality) {
    const pairs = distinct(state ? [municipality.name, state.name] : [municipality.name]);
    const codes = new Set<string>();
    for (const [value, stateValue] of pairs) {
      const code = municipalityKey(value, stateKeyOf(stateValue, names));
      if (code) codes.add(code);
    }
    if (codes.size >= municipalities.length * 0.95) return national();
    if (codes.size > 0) return { kind: 'municipalities', codes: [...codes].sort(), text: '' };
  }

  if (state) {
    const keys = new Set<string>();
    for (const [value] of distinct([state.name])) {
      const key = stateKeyOf(value, names);
      if (key) keys.add(key);
    }
    if (keys.size >= 32) return national();
    if (keys.size > 0) return { kind: 'states', codes: [...keys].sort(), text: '' };
  }
  return null;
}

function national(): Spatial {
  return { kind: 'national', codes: [], text: '' };
}

/** A state's two-digit key from a key (1 to 32) or a name; null when neither. */
function stateKeyOf(value: string | null | undefined, names: Map<string, string>): string | null {
  const trimmed = (value ?? '').trim();
  if (/^\d{1,2}$/.test(trimmed) && Number(trimmed) >= 1 && Number(trimmed) <= 32) {
    return trimmed.padStart(2, '0');
  }
  return names.get(foldKey(trimmed)) ?? null;
}

/**
 * A municipality's five-digit key from a whole key ("9002", "09002") or a
 * municipal key of up to three digits and its state; null unless the
 * catalogue knows it (the municipal key "000" of a state total, say).
 */
function municipalityKey(value: string | null, stateKey: string | null): string | null {
  const trimmed = (value ?? '').trim();
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  const key =
    trimmed.length >= 4 || !stateKey
      ? trimmed.padStart(5, '0')
      : stateKey + trimmed.padStart(3, '0');
  return knownMunicipalities().has(key) ? key : null;
}

let known: Set<string> | null = null;

function knownMunicipalities(): Set<string> {
  known ??= new Set(municipalities.map((m) => m.key));
  return known;
}
