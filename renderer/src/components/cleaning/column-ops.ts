import type { StepInput } from '../../../../shared/operations';
import type { ColumnProfile } from '../../../../shared/table';
import { inegiStates } from '../../../../shared/operations/values/states';
import { columnTypes } from '../../../../shared/table';
import type { MessageKey } from '../../i18n';

/**
 * One field of an operation's form: a text box, a choice, a check box, one
 * of the table's columns, or several of them (in the order chosen when
 * `ordered`).
 */
export interface OpField {
  key: string;
  label: MessageKey;
  kind: 'text' | 'select' | 'checkbox' | 'column' | 'columns';
  /** For selects: each value and how it reads (a catalog key, a text, or the value itself). */
  options?: { value: string; label: MessageKey | null; text?: string }[];
  initial(column: ColumnProfile, columns: readonly ColumnProfile[]): OpValue;
  /** Hidden unless another field has a value. */
  showWhen?: { key: string; value: string };
  /** For a list of columns: the order matters and can be changed. */
  ordered?: boolean;
  /** For one column: "none" is a choice too (the value is then ''). */
  optional?: boolean;
}

/** The value of one field: text, a check, or a list of column names. */
export type OpValue = string | boolean | string[];

/** The values of an operation's form, by field key. */
export type OpValues = Record<string, OpValue>;

/** An operation of the column menu: its label, its form, and the step it builds. */
export interface ColumnOp {
  id: string;
  label: MessageKey;
  fields: OpField[];
  /** Whether the step accepts `filters`, so the grid's filters limit it. */
  filterable: boolean;
  build(column: ColumnProfile, values: OpValues, columns: readonly ColumnProfile[]): StepInput;
}

/** A machine name suggested from a header: lowercase ASCII snake_case. */
export function machineNameFor(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  if (plain === '') return 'columna';
  return /^[0-9]/.test(plain) ? `c_${plain}` : plain;
}

// A comma-separated list, trimmed, without empty entries (or a list already).
function list(value: OpValue): string[] {
  if (Array.isArray(value)) return value;
  return String(value)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Whether a header holds a year ("2019", "Año 2019", "c_2019"). */
export function isYearColumn(column: Pick<ColumnProfile, 'name' | 'label'>): boolean {
  const year = /(^|\D)(1[89]\d\d|20\d\d)(\D|$)/;
  return year.test(column.label) || year.test(column.name);
}

// The columns an unpivot starts with: every year column when the clicked one is a year.
function unpivotColumns(column: ColumnProfile, columns: readonly ColumnProfile[]): string[] {
  if (!isYearColumn(column)) return [column.name];
  const years = columns.filter(isYearColumn).map((c) => c.name);
  return years.includes(column.name) ? years : [column.name];
}

// The column after the clicked one (or before it, for the last), for two-column forms.
function neighbour(column: ColumnProfile, columns: readonly ColumnProfile[]): string | null {
  const at = columns.findIndex((c) => c.name === column.name);
  return columns[at + 1]?.name ?? columns[at - 1]?.name ?? null;
}

// The column that most likely names the state: its header says "estado" or "entidad".
function stateColumn(column: ColumnProfile, columns: readonly ColumnProfile[]): string {
  const named = (c: ColumnProfile) => /estado|entidad/i.test(`${c.name} ${c.label}`);
  return columns.find((c) => c.name !== column.name && named(c))?.name ?? '';
}

// The value column a pivot starts with: the first numeric column other than the key.
function pivotValue(column: ColumnProfile, columns: readonly ColumnProfile[]): string {
  const others = columns.filter((c) => c.name !== column.name);
  const numeric = others.find((c) => c.type === 'integer' || c.type === 'number');
  return numeric?.name ?? others[0]?.name ?? '';
}

const text = (key: string, label: MessageKey, initial: OpField['initial']): OpField => ({
  key,
  label,
  kind: 'text',
  initial,
});

// A choice whose options read from catalog keys `${prefix}.${value}`.
function choice(
  key: string,
  label: MessageKey,
  prefix: string,
  values: readonly string[],
  initial: OpField['initial'],
): OpField {
  const options = values.map((value) => ({ value, label: `${prefix}.${value}` as MessageKey }));
  return { key, label, kind: 'select', options, initial };
}

const onInvalidField = choice(
  'onInvalid',
  'colop.onInvalid',
  'colop.invalid',
  ['keep', 'empty', 'flag'],
  () => 'keep',
);

const flagField: OpField = {
  ...text('flagColumn', 'colop.flagColumn', (c) => `${c.name}_nota`.slice(0, 63)),
  showWhen: { key: 'onInvalid', value: 'flag' },
};

// The flag column is sent only when the person chose to flag.
function invalidChoice(values: OpValues) {
  const onInvalid = String(values.onInvalid) as 'keep' | 'empty' | 'flag';
  return onInvalid === 'flag'
    ? { onInvalid, flagColumn: String(values.flagColumn) }
    : { onInvalid };
}

function caseOp(id: string, label: MessageKey, kind: 'upper' | 'lower' | 'title'): ColumnOp {
  return {
    id,
    label,
    fields: [],
    filterable: true,
    build: (c) => ({ op: 'change-case', column: c.name, case: kind }),
  };
}

/** The column menu's operations, in the order the menu lists them. */
export const columnOps: ColumnOp[] = [
  {
    id: 'rename',
    label: 'colop.rename',
    fields: [text('to', 'colop.to', (c) => machineNameFor(c.label))],
    filterable: false,
    build: (c, v) => ({ op: 'rename-column', column: c.name, to: String(v.to) }),
  },
  {
    id: 'set-label',
    label: 'colop.setLabel',
    fields: [text('label', 'colop.label', (c) => c.label)],
    filterable: false,
    build: (c, v) => ({ op: 'set-label', column: c.name, label: String(v.label) }),
  },
  {
    id: 'delete',
    label: 'colop.delete',
    fields: [],
    filterable: false,
    build: (c) => ({ op: 'delete-columns', columns: [c.name] }),
  },
  {
    id: 'duplicate',
    label: 'colop.duplicate',
    fields: [text('to', 'colop.to', (c) => `${c.name}_copia`.slice(0, 63))],
    filterable: false,
    build: (c, v) => ({ op: 'duplicate-column', column: c.name, to: String(v.to) }),
  },
  {
    id: 'convert',
    label: 'colop.convert',
    fields: [
      {
        key: 'to',
        label: 'colop.type',
        kind: 'select',
        options: columnTypes.map((type) => ({ value: type, label: `type.${type}` as MessageKey })),
        initial: (c) => (c.type === 'text' ? 'number' : 'text'),
      },
      onInvalidField,
      flagField,
    ],
    filterable: false,
    build: (c, v) => ({
      op: 'convert-type',
      column: c.name,
      to: String(v.to) as (typeof columnTypes)[number],
      ...invalidChoice(v),
    }),
  },
  {
    id: 'trim',
    label: 'colop.trim',
    fields: [],
    filterable: true,
    build: (c) => ({ op: 'trim', column: c.name }),
  },
  caseOp('upper', 'colop.upper', 'upper'),
  caseOp('lower', 'colop.lower', 'lower'),
  caseOp('title', 'colop.title', 'title'),
  {
    id: 'accents',
    label: 'colop.accents',
    fields: [],
    filterable: true,
    build: (c) => ({ op: 'remove-accents', column: c.name }),
  },
  {
    id: 'replace',
    label: 'colop.replace',
    fields: [
      text('find', 'colop.find', () => ''),
      text('replace', 'colop.replaceWith', () => ''),
      { key: 'regex', label: 'colop.regex', kind: 'checkbox', initial: () => false },
      { key: 'caseSensitive', label: 'colop.caseSensitive', kind: 'checkbox', initial: () => true },
    ],
    filterable: true,
    build: (c, v) => ({
      op: 'replace',
      column: c.name,
      find: String(v.find),
      replace: String(v.replace),
      regex: v.regex === true,
      caseSensitive: v.caseSensitive === true,
    }),
  },
  {
    id: 'to-number',
    label: 'colop.toNumber',
    fields: [
      {
        key: 'decimal',
        label: 'colop.decimal',
        kind: 'select',
        options: [
          { value: '.', label: null },
          { value: ',', label: null },
        ],
        initial: () => '.',
      },
      {
        key: 'thousands',
        label: 'colop.thousands',
        kind: 'select',
        options: [
          { value: '', label: 'colop.none' },
          { value: ',', label: null },
          { value: '.', label: null },
          { value: ' ', label: 'colop.space' },
        ],
        initial: () => '',
      },
      text('missing', 'colop.markers', () => 'NE, NO, IE, ND, NA'),
      onInvalidField,
      flagField,
    ],
    filterable: true,
    build: (c, v) => ({
      op: 'to-number',
      column: c.name,
      decimal: String(v.decimal) as '.' | ',',
      thousands: String(v.thousands) as '' | ',' | '.' | ' ',
      missing: list(v.missing),
      ...invalidChoice(v),
    }),
  },
  {
    id: 'to-date',
    label: 'colop.toDate',
    fields: [text('format', 'colop.format', () => 'dd/MM/yyyy'), onInvalidField, flagField],
    filterable: true,
    build: (c, v) => ({
      op: 'to-date',
      column: c.name,
      format: String(v.format),
      ...invalidChoice(v),
    }),
  },
  {
    id: 'fill-down',
    label: 'colop.fillDown',
    fields: [],
    filterable: false,
    build: (c) => ({ op: 'fill-down', column: c.name }),
  },
  {
    id: 'blank-down',
    label: 'colop.blankDown',
    fields: [],
    filterable: false,
    build: (c) => ({ op: 'blank-down', column: c.name }),
  },
  {
    id: 'split',
    label: 'colop.split',
    fields: [
      text('separator', 'colop.separator', () => ','),
      text('into', 'colop.into', (c) => `${c.name}_1, ${c.name}_2`),
      { key: 'keep', label: 'colop.keep', kind: 'checkbox', initial: () => false },
    ],
    filterable: false,
    build: (c, v) => ({
      op: 'split-column',
      column: c.name,
      separator: String(v.separator),
      into: list(v.into),
      keep: v.keep === true,
    }),
  },
  {
    id: 'unpivot',
    label: 'colop.unpivot',
    fields: [
      {
        key: 'columns',
        label: 'colop.unpivotColumns',
        kind: 'columns',
        initial: unpivotColumns,
      },
      text('key', 'colop.keyName', (c) => (isYearColumn(c) ? 'anio' : 'variable')),
      text('value', 'colop.valueName', () => 'valor'),
      choice('keyType', 'colop.keyType', 'colop.keyType', ['auto', 'integer', 'text'], (c) =>
        isYearColumn(c) ? 'integer' : 'auto',
      ),
    ],
    filterable: false,
    build: (_c, v) => {
      const keyType = String(v.keyType) as 'auto' | 'integer' | 'text';
      return {
        op: 'unpivot',
        columns: list(v.columns),
        key: String(v.key),
        value: String(v.value),
        ...(keyType === 'auto' ? {} : { keyType }),
      };
    },
  },
  {
    id: 'pivot',
    label: 'colop.pivot',
    fields: [
      { key: 'value', label: 'colop.valueColumn', kind: 'column', initial: pivotValue },
      choice(
        'aggregate',
        'colop.aggregate',
        'colop.aggregate',
        ['first', 'sum', 'mean', 'min', 'max', 'count'],
        () => 'first',
      ),
    ],
    filterable: false,
    build: (c, v) => {
      const aggregate = String(v.aggregate) as 'first' | 'sum' | 'mean' | 'min' | 'max' | 'count';
      return {
        op: 'pivot',
        key: c.name,
        value: String(v.value),
        ...(aggregate === 'first' ? {} : { aggregate }),
      };
    },
  },
  {
    id: 'merge',
    label: 'colop.merge',
    fields: [
      {
        key: 'columns',
        label: 'colop.mergeColumns',
        kind: 'columns',
        ordered: true,
        initial: (c, columns) => [c.name, neighbour(c, columns)].filter((n): n is string => !!n),
      },
      text('separator', 'colop.separator', () => ' '),
      text('into', 'colop.to', (c, columns) =>
        `${c.name}_${neighbour(c, columns) ?? 'unida'}`.slice(0, 63),
      ),
      { key: 'drop', label: 'colop.drop', kind: 'checkbox', initial: () => false },
    ],
    filterable: false,
    build: (_c, v) => ({
      op: 'merge-columns',
      columns: list(v.columns),
      separator: String(v.separator),
      into: String(v.into),
      drop: v.drop === true,
    }),
  },
  {
    id: 'inegi-state',
    label: 'colop.inegiState',
    fields: [
      text('into', 'colop.keyColumn', () => 'cve_ent'),
      { key: 'withName', label: 'colop.withName', kind: 'checkbox', initial: () => false },
    ],
    filterable: false,
    build: (c, v) => ({
      op: 'inegi-state',
      column: c.name,
      into: String(v.into),
      ...(v.withName === true ? { canonicalName: `${c.name}_inegi`.slice(0, 63) } : {}),
    }),
  },
  {
    id: 'inegi-municipality',
    label: 'colop.inegiMunicipality',
    fields: [
      {
        key: 'state',
        label: 'colop.stateColumn',
        kind: 'column',
        optional: true,
        initial: stateColumn,
      },
      {
        key: 'stateKey',
        label: 'colop.stateKey',
        kind: 'select',
        options: [
          { value: '', label: 'colop.anyState' },
          ...inegiStates.map((s) => ({ value: s.key, label: null, text: `${s.key} ${s.name}` })),
        ],
        initial: () => '',
        showWhen: { key: 'state', value: '' },
      },
      text('into', 'colop.keyColumn', () => 'cvegeo'),
      text('shortInto', 'colop.shortKeyColumn', () => ''),
      { key: 'withName', label: 'colop.withName', kind: 'checkbox', initial: () => false },
    ],
    filterable: false,
    build: (c, v) => {
      const state = String(v.state);
      const stateKey = String(v.stateKey);
      const shortInto = String(v.shortInto).trim();
      return {
        op: 'inegi-municipality',
        column: c.name,
        ...(state !== '' ? { state } : stateKey !== '' ? { stateKey } : {}),
        into: String(v.into),
        ...(shortInto !== '' ? { shortInto } : {}),
        ...(v.withName === true ? { canonicalName: `${c.name}_inegi`.slice(0, 63) } : {}),
      };
    },
  },
  {
    id: 'remove-empty',
    label: 'colop.removeEmpty',
    fields: [],
    filterable: false,
    build: (c) => ({ op: 'remove-rows', where: { column: c.name, empty: true } }),
  },
  {
    id: 'remove-equals',
    label: 'colop.removeEquals',
    fields: [text('value', 'colop.value', () => '')],
    filterable: false,
    build: (c, v) => {
      // Numeric columns hold numbers: compare with a number, not its text.
      const raw = String(v.value);
      const numeric = (c.type === 'integer' || c.type === 'number') && raw.trim() !== '';
      const equals = numeric && Number.isFinite(Number(raw)) ? Number(raw) : raw;
      return { op: 'remove-rows', where: { column: c.name, equals } };
    },
  },
];

/** The initial values of an operation's form for a column of a table. */
export function initialValues(
  op: ColumnOp,
  column: ColumnProfile,
  columns: readonly ColumnProfile[] = [column],
): OpValues {
  return Object.fromEntries(op.fields.map((field) => [field.key, field.initial(column, columns)]));
}

/** Checks or unchecks a column in a list, keeping the order of the others; new ones go last. */
export function toggleColumn(selected: readonly string[], name: string, on: boolean): string[] {
  const without = selected.filter((n) => n !== name);
  return on ? [...without, name] : without;
}

/** Moves a column one place earlier in an ordered list. */
export function moveColumnUp(selected: readonly string[], name: string): string[] {
  const at = selected.indexOf(name);
  if (at <= 0) return [...selected];
  const moved = [...selected];
  [moved[at - 1], moved[at]] = [moved[at], moved[at - 1]];
  return moved;
}

/** Finds an operation of the column menu by its id. */
export function columnOp(id: string): ColumnOp | undefined {
  return columnOps.find((op) => op.id === id);
}
