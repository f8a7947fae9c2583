import { convertTypeStep } from '../../../shared/operations/convert-type';
import type { ConvertTypeStep } from '../../../shared/operations/convert-type';
import { parseDate } from '../../../shared/operations/values/dates';
import { readNumber } from '../../../shared/operations/values/numbers';
import { isBlank, trimSpaces } from '../../../shared/operations/values/text';
import { oneColumn } from './column-transform';
import { conversionPlan, conversionWrites } from './conversion';
import type { Reading } from './conversion';
import type { Operation } from './types';

const truthy = new Set(['true', 'verdadero', 'si', 'sí', 'yes', 'y', 's', 'x', '1']);
const falsy = new Set(['false', 'falso', 'no', 'n', '0']);
const datePatterns = [
  'dd/MM/yyyy',
  'dd-MM-yyyy',
  'yyyy/MM/dd',
  "d 'de' MMMM 'de' yyyy",
  'd MMMM yyyy',
];
const datetimePatterns = [
  'dd/MM/yyyy HH:mm:ss',
  'dd/MM/yyyy HH:mm',
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-dd HH:mm',
];

function readAs(step: ConvertTypeStep, value: unknown): Reading {
  if (isBlank(value)) return { kind: 'empty' };
  const invalid: Reading = { kind: 'invalid', text: String(value) };

  switch (step.to) {
    case 'integer':
    case 'number': {
      const reading = readNumber(value, { decimal: step.decimal, missing: [] });
      if (reading.kind !== 'number') return invalid;
      if (step.to === 'integer' && !Number.isInteger(reading.value)) return invalid;
      return { kind: 'value', value: reading.value };
    }
    case 'boolean': {
      const text = trimSpaces(String(value)).toLowerCase();
      if (truthy.has(text)) return { kind: 'value', value: true };
      if (falsy.has(text)) return { kind: 'value', value: false };
      return invalid;
    }
    case 'date':
    case 'datetime': {
      if (typeof value === 'number') {
        const iso = parseDate(value, 'excel');
        return iso
          ? { kind: 'value', value: step.to === 'date' ? iso.slice(0, 10) : iso }
          : invalid;
      }
      const patterns = step.to === 'date' ? datePatterns : [...datetimePatterns, ...datePatterns];
      for (const pattern of patterns) {
        const iso = parseDate(value, pattern);
        if (iso !== null) return { kind: 'value', value: iso };
      }
      return invalid;
    }
    case 'text':
      return { kind: 'value', value: typeof value === 'boolean' ? String(value) : String(value) };
  }
}

/**
 * Converts a column to another type; values that do not convert are
 * reported and handled as `onInvalid` says, never dropped silently.
 */
export const convertTypeOperation: Operation<'convert-type'> = {
  id: 'convert-type',
  schema: convertTypeStep,
  reads: oneColumn,
  writes: conversionWrites,
  plan: (step, state) => conversionPlan(step, state, step.to, (value) => readAs(step, value)),
};
