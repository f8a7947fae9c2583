import type { Step } from '../../../shared/operations';
import type { Suggestion } from '../../../shared/operations/results';
import { defaultMissingMarkers, readNumber } from '../../../shared/operations/values/numbers';
import type { ColumnRecord, DatasetRecord } from '../datasets/catalog';
import { getDataset } from '../datasets/catalog';
import { quoteIdent } from '../db/quote';
import type { Workspace } from '../workspace/workspace';
import { blankSql } from './filter-sql';

const totalPattern = '^\\s*(total|subtotal|suma|gran total)\\b';
const yearPattern = /^(19|20)\d{2}$/;

/**
 * Looks for the obvious fixes of a table made for printing and returns
 * each as ready-to-apply steps: total rows, notation keys in numeric
 * columns, years as columns, fill down after merged cells, blank rows and
 * stray spaces.
 */
export function suggestSteps(workspace: Workspace, datasetRef: string): Suggestion[] {
  const dataset = getDataset(workspace, datasetRef);
  const suggestions: Suggestion[] = [];
  suggestions.push(...totalRows(workspace, dataset));
  suggestions.push(...yearsAsColumns(workspace, dataset));
  suggestions.push(...notationKeys(workspace, dataset));
  suggestions.push(...fillDown(workspace, dataset));
  suggestions.push(...blankRows(workspace, dataset));
  suggestions.push(...strayspaces(workspace, dataset));
  return suggestions;
}

function scalar(workspace: Workspace, sql: string, params: Record<string, unknown> = {}): number {
  return Number(workspace.db.prepare(sql).pluck().get(params) ?? 0);
}

function textColumns(dataset: DatasetRecord): ColumnRecord[] {
  return dataset.columns.filter((c) => c.type === 'text').slice(0, 4);
}

function totalRows(workspace: Workspace, dataset: DatasetRecord): Suggestion[] {
  const table = quoteIdent(dataset.tableName);
  for (const column of textColumns(dataset)) {
    const c = quoteIdent(column.name);
    const n = scalar(workspace, `SELECT count(*) FROM ${table} WHERE ficha_matches(${c}, @p)`, {
      p: totalPattern,
    });
    if (n === 0) continue;
    return [
      {
        kind: 'total-rows',
        message: {
          es: `${n} filas de totales en «${column.name}»: quitarlas`,
          en: `${n} total rows in «${column.name}»: remove them`,
        },
        steps: [{ op: 'remove-rows', where: { column: column.name, matches: totalPattern } }],
      },
    ];
  }
  return [];
}

function yearColumns(dataset: DatasetRecord): ColumnRecord[] {
  return dataset.columns.filter(
    (c) => yearPattern.test(c.label.trim()) || yearPattern.test(c.name.replace(/^\D+/, '')),
  );
}

function hasMarkers(workspace: Workspace, dataset: DatasetRecord, column: ColumnRecord): boolean {
  const c = quoteIdent(column.name);
  const texts = workspace.db
    .prepare(
      `SELECT DISTINCT ${c} FROM ${quoteIdent(dataset.tableName)} WHERE typeof(${c}) = 'text' LIMIT 200`,
    )
    .pluck()
    .all() as string[];
  return texts.some((t) => {
    const kind = readNumber(t, { decimal: '.' }).kind;
    return kind === 'marker' || kind === 'censored';
  });
}

function yearsAsColumns(workspace: Workspace, dataset: DatasetRecord): Suggestion[] {
  const years = yearColumns(dataset);
  if (years.length < 3) return [];
  const steps: Step[] = [
    {
      op: 'unpivot',
      columns: years.map((c) => c.name),
      key: 'anio',
      value: 'valor',
      keyFrom: yearPattern.test(years[0].label.trim()) ? 'label' : 'name',
      keyLabel: 'Año',
      valueLabel: 'Valor',
    },
  ];
  if (years.some((c) => c.type === 'text' || hasMarkers(workspace, dataset, c))) {
    steps.push({
      op: 'to-number',
      column: 'valor',
      decimal: '.',
      percent: false,
      censored: true,
      integer: false,
      onInvalid: 'keep',
      flagColumn: 'nota',
    });
  }
  return [
    {
      kind: 'years-as-columns',
      message: {
        es: `${years.length} columnas son años: pasarlas a filas (año, valor)`,
        en: `${years.length} columns are years: unpivot them into rows (year, value)`,
      },
      steps,
    },
  ];
}

function notationKeys(workspace: Workspace, dataset: DatasetRecord): Suggestion[] {
  const years = new Set(
    yearColumns(dataset).length >= 3 ? yearColumns(dataset).map((c) => c.name) : [],
  );
  const table = quoteIdent(dataset.tableName);
  const result: Suggestion[] = [];
  for (const column of dataset.columns) {
    if (years.has(column.name) || column.type === 'date' || column.type === 'datetime') continue;
    const c = quoteIdent(column.name);
    const numbers = scalar(
      workspace,
      `SELECT count(*) FROM ${table} WHERE typeof(${c}) IN ('integer', 'real')`,
    );
    if (numbers === 0 || !hasMarkers(workspace, dataset, column)) continue;
    const markers = defaultMissingMarkers.slice(0, 5).join(', ');
    result.push({
      kind: 'notation-keys',
      message: {
        es: `«${column.name}» es numérica con claves (${markers}…): convertirla y guardar las claves en «${column.name}_nota»`,
        en: `«${column.name}» is numeric with notation keys (${markers}…): convert it and keep the keys in «${column.name}_nota»`,
      },
      steps: [
        {
          op: 'to-number',
          column: column.name,
          decimal: '.',
          percent: false,
          censored: true,
          integer: false,
          onInvalid: 'keep',
          flagColumn: `${column.name}_nota`.slice(0, 63),
        },
      ],
    });
  }
  return result;
}

function fillDown(workspace: Workspace, dataset: DatasetRecord): Suggestion[] {
  const table = quoteIdent(dataset.tableName);
  const rows = dataset.rowCount;
  if (rows < 3) return [];
  const result: Suggestion[] = [];
  for (const column of textColumns(dataset).slice(0, 2)) {
    const blank = scalar(workspace, `SELECT count(*) FROM ${table} WHERE ${blankSql(column.name)}`);
    const firstBlank = scalar(
      workspace,
      `SELECT ${blankSql(column.name)} FROM ${table} ORDER BY rowid LIMIT 1`,
    );
    if (blank === 0 || firstBlank === 1 || blank > rows * 0.95 || blank < rows * 0.2) continue;
    result.push({
      kind: 'fill-down',
      message: {
        es: `«${column.name}» tiene ${blank} celdas vacías bajo valores (celdas combinadas): rellenar hacia abajo`,
        en: `«${column.name}» has ${blank} blank cells under values (merged cells): fill down`,
      },
      steps: [{ op: 'fill-down', column: column.name }],
    });
  }
  return result;
}

function blankRows(workspace: Workspace, dataset: DatasetRecord): Suggestion[] {
  if (dataset.columns.length === 0) return [];
  const all = dataset.columns.map((c) => blankSql(c.name)).join(' AND ');
  const n = scalar(workspace, `SELECT count(*) FROM ${quoteIdent(dataset.tableName)} WHERE ${all}`);
  if (n === 0) return [];
  return [
    {
      kind: 'blank-rows',
      message: { es: `${n} filas vacías: quitarlas`, en: `${n} blank rows: remove them` },
      steps: [{ op: 'remove-blank-rows' }],
    },
  ];
}

function strayspaces(workspace: Workspace, dataset: DatasetRecord): Suggestion[] {
  const table = quoteIdent(dataset.tableName);
  return dataset.columns
    .filter((column) => column.type === 'text')
    .filter((column) => {
      const c = quoteIdent(column.name);
      return (
        scalar(
          workspace,
          `SELECT count(*) FROM ${table} WHERE typeof(${c}) = 'text' AND (${c} GLOB ' *' OR ${c} GLOB '* ' OR ${c} GLOB '*  *' OR instr(${c}, char(160)) > 0)`,
        ) > 0
      );
    })
    .map((column) => ({
      kind: 'trim' as const,
      message: {
        es: `«${column.name}» tiene espacios de sobra: recortarlos`,
        en: `«${column.name}» has stray spaces: trim them`,
      },
      steps: [{ op: 'trim', column: column.name } as Step],
    }));
}
