import type { Spatial, Temporal } from '../../../shared/metadata/model';
import { foldKey } from '../../../shared/vocabularies/fold';
import type { DatasetRecord } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import { stateKeysByName } from './states';

const yearName = /^(anio|ano|a_o|year|periodo|ejercicio|ciclo)(_|$)/;
const stateName = /^(cve_)?(ent|edo|estado|entidad|entidad_federativa|cve_ent|nom_ent)$/;
const municipalityName = /^(cve_)?(mun|municipio|cve_mun|clave_municipio|cvegeo)$/;

/** Municipalities in the INEGI framework; coverage of nearly all of them is national. */
const MUNICIPALITIES = 2469;

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
 * digits for states, five for municipalities) or state names. Nearly every
 * municipality, or all 32 states, is national coverage.
 */
export function spatialCoverage(workspace: Workspace, record: DatasetRecord): Spatial | null {
  const table = quoteIdent(record.tableName);
  const distinct = (column: string) =>
    workspace.db
      .prepare(
        `SELECT DISTINCT CAST(${quoteIdent(column)} AS TEXT) FROM ${table}
         WHERE ${quoteIdent(column)} IS NOT NULL LIMIT 5000`,
      )
      .pluck()
      .all() as string[];

  const municipality = record.columns.find((c) => municipalityName.test(c.name));
  if (municipality) {
    const codes = distinct(municipality.name)
      .map((v) => v.trim().padStart(5, '0'))
      .filter((v) => /^\d{5}$/.test(v));
    if (codes.length >= MUNICIPALITIES * 0.95) return { kind: 'national', codes: [], text: '' };
    if (codes.length > 0) return { kind: 'municipalities', codes: codes.sort(), text: '' };
  }

  const state = record.columns.find((c) => stateName.test(c.name));
  if (state) {
    const names = stateKeysByName();
    const keys = new Set<string>();
    for (const value of distinct(state.name)) {
      const trimmed = value.trim();
      if (/^\d{1,2}$/.test(trimmed) && Number(trimmed) >= 1 && Number(trimmed) <= 32) {
        keys.add(trimmed.padStart(2, '0'));
      } else {
        const key = names.get(foldKey(trimmed));
        if (key) keys.add(key);
      }
    }
    if (keys.size >= 32) return { kind: 'national', codes: [], text: '' };
    if (keys.size > 0) return { kind: 'states', codes: [...keys].sort(), text: '' };
  }
  return null;
}
