import type { StepInput } from '../../../../shared/operations';
import type { ColumnProfile } from '../../../../shared/table';
import { columnTypes } from '../../../../shared/table';
import type { MessageKey } from '../../i18n';

/** One field of an operation's form: a text box, a choice, or a check box. */
export interface OpField {
  key: string;
  label: MessageKey;
  kind: 'text' | 'select' | 'checkbox';
  /** For selects: each value and how it reads (a catalog key, or the value itself). */
  options?: { value: string; label: MessageKey | null }[];
  initial(column: ColumnProfile): string | boolean;
  /** Hidden unless another field has a value. */
  showWhen?: { key: string; value: string };
}

/** The values of an operation's form, by field key. */
export type OpValues = Record<string, string | boolean>;

/** An operation of the column menu: its label, its form, and the step it builds. */
export interface ColumnOp {
  id: string;
  label: MessageKey;
  fields: OpField[];
  /** Whether the step accepts `filters`, so the grid's filters limit it. */
  filterable: boolean;
  build(column: ColumnProfile, values: OpValues): StepInput;
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

// A comma-separated list, trimmed, without empty entries.
function list(value: string | boolean): string[] {
  return String(value)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const text = (key: string, label: MessageKey, initial: OpField['initial']): OpField => ({
  key,
  label,
  kind: 'text',
  initial,
});

const onInvalidField: OpField = {
  key: 'onInvalid',
  label: 'colop.onInvalid',
  kind: 'select',
  options: [
    { value: 'keep', label: 'colop.invalid.keep' },
    { value: 'empty', label: 'colop.invalid.empty' },
    { value: 'flag', label: 'colop.invalid.flag' },
  ],
  initial: () => 'keep',
};

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

/** The initial values of an operation's form for a column. */
export function initialValues(op: ColumnOp, column: ColumnProfile): OpValues {
  return Object.fromEntries(op.fields.map((field) => [field.key, field.initial(column)]));
}

/** Finds an operation of the column menu by its id. */
export function columnOp(id: string): ColumnOp | undefined {
  return columnOps.find((op) => op.id === id);
}
