import { say } from '../options';
import type { Rule } from '../types';

/** Rows repeated whole, which the guide asks to remove. */
export const duplicateRows: Rule = {
  id: 'duplicate-rows',
  title: say('Filas duplicadas', 'Duplicate rows'),
  check(subject) {
    const table = subject.table;
    if (!table || table.duplicateRows === 0) return [];
    const row = table.duplicateExamples[0];
    return [
      {
        location: row === undefined ? {} : { row },
        message: say(
          `Hay ${table.duplicateRows} filas que repiten otra fila completa.`,
          `${table.duplicateRows} rows repeat another row whole.`,
        ),
        fix: { kind: 'operation', step: { op: 'remove-duplicates' } },
      },
    ];
  },
};
