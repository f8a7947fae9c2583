import { describe, expect, it } from 'vitest';
import { check, columnFacts, subject, tableFacts } from '../subject';

const withColumn = (name: string, overrides: Parameters<typeof columnFacts>[1]) =>
  subject({ table: tableFacts({ columns: [columnFacts(name, overrides)] }) });

describe('empty-column', () => {
  it('passes columns with values', () => {
    expect(check('empty-column', subject())).toEqual([]);
  });

  it('flags an empty column and offers to delete it', () => {
    const [finding] = check('empty-column', withColumn('vacia', { nonEmpty: 0 }));
    expect(finding.fix).toEqual({
      kind: 'operation',
      step: { op: 'delete-columns', columns: ['vacia'] },
    });
  });
});

describe('duplicate-rows', () => {
  it('passes a table without repeated rows', () => {
    expect(check('duplicate-rows', subject())).toEqual([]);
  });

  it('points at the first repeated row and offers remove-duplicates', () => {
    const [finding] = check(
      'duplicate-rows',
      subject({ table: tableFacts({ duplicateRows: 3, duplicateExamples: [7] }) }),
    );
    expect(finding.location.row).toBe(7);
    expect(finding.fix).toEqual({ kind: 'operation', step: { op: 'remove-duplicates' } });
  });
});

describe('mixed-types', () => {
  it('passes columns whose values fit their type', () => {
    expect(check('mixed-types', subject())).toEqual([]);
  });

  it('flags a typed column with mismatches', () => {
    const columns = [{ name: 'pm10', label: 'PM10', type: 'number' as const, mismatches: 4 }];
    expect(check('mixed-types', subject({ columns }))[0].location.column).toBe('pm10');
  });
});

describe('dates-not-iso', () => {
  it('passes columns without local dates', () => {
    expect(check('dates-not-iso', subject())).toEqual([]);
  });

  it('offers to-date with the pattern seen', () => {
    const [finding] = check(
      'dates-not-iso',
      withColumn('fecha', { nonIsoDates: 5, nonIsoDatePattern: 'dd/MM/yyyy' }),
    );
    expect(finding.fix).toEqual({
      kind: 'operation',
      step: { op: 'to-date', column: 'fecha', format: 'dd/MM/yyyy' },
    });
  });
});

describe('numbers-as-text', () => {
  it('passes a text column of words', () => {
    expect(check('numbers-as-text', withColumn('cve_mun', { numericText: 1 }))).toEqual([]);
  });

  it('offers to-number for a text column that is mostly numbers', () => {
    const [finding] = check('numbers-as-text', withColumn('cve_mun', { numericText: 9 }));
    expect(finding.fix).toMatchObject({
      kind: 'operation',
      step: { op: 'to-number', column: 'cve_mun' },
    });
  });
});

describe('total-rows', () => {
  it('passes a table without totals', () => {
    expect(check('total-rows', subject())).toEqual([]);
  });

  it('offers remove-rows for rows that say Total', () => {
    const [finding] = check('total-rows', withColumn('estado', { totalRows: [33] }));
    expect(finding.location).toEqual({ column: 'estado', row: 33 });
    expect(finding.fix).toMatchObject({ step: { op: 'remove-rows', where: { column: 'estado' } } });
  });
});

describe('notation-keys', () => {
  it('passes a numeric column of numbers', () => {
    expect(check('notation-keys', subject())).toEqual([]);
  });

  it('offers to-number with the markers and a flag column', () => {
    const [finding] = check('notation-keys', withColumn('pm10', { markers: { ND: 4, '-': 2 } }));
    expect(finding.fix).toMatchObject({
      step: { op: 'to-number', column: 'pm10', missing: ['ND', '-'], flagColumn: 'pm10_bandera' },
    });
  });
});

describe('merged-cells', () => {
  it('passes a category column without blank runs', () => {
    expect(check('merged-cells', withColumn('sector', { blankRuns: 1 }))).toEqual([]);
  });

  it('offers fill-down for blank runs under values', () => {
    const [finding] = check('merged-cells', withColumn('sector', { blankRuns: 12 }));
    expect(finding.fix).toEqual({ kind: 'operation', step: { op: 'fill-down', column: 'sector' } });
  });
});

describe('column-names', () => {
  it('passes snake_case descriptive names', () => {
    expect(check('column-names', subject())).toEqual([]);
  });

  it('flags names that are not machine-readable or say nothing, offering a rename', () => {
    const columns = [
      { name: 'Año Fiscal', label: 'Año Fiscal', type: 'integer' as const, mismatches: 0 },
      { name: 'columna_3', label: 'Emisiones (t)', type: 'number' as const, mismatches: 0 },
    ];
    const findings = check('column-names', subject({ columns }));
    expect(findings.map((f) => f.fix)).toEqual([
      { kind: 'operation', step: { op: 'rename-column', column: 'Año Fiscal', to: 'ano_fiscal' } },
      { kind: 'operation', step: { op: 'rename-column', column: 'columna_3', to: 'emisiones_t' } },
    ]);
  });
});

describe('whitespace', () => {
  it('passes trimmed values', () => {
    expect(check('whitespace', subject())).toEqual([]);
  });

  it('offers trim', () => {
    const [finding] = check('whitespace', withColumn('estado', { untrimmed: 2 }));
    expect(finding.fix).toEqual({ kind: 'operation', step: { op: 'trim', column: 'estado' } });
  });
});

describe('near-duplicate-categories', () => {
  it('passes consistent spellings', () => {
    expect(check('near-duplicate-categories', subject())).toEqual([]);
  });

  it('maps variants to the most frequent spelling', () => {
    const [finding] = check(
      'near-duplicate-categories',
      withColumn('estado', { nearDuplicates: [['Jalisco', 'JALISCO', 'jalísco']] }),
    );
    expect(finding.fix).toEqual({
      kind: 'operation',
      step: { op: 'map-values', column: 'estado', map: { JALISCO: 'Jalisco', jalísco: 'Jalisco' } },
    });
  });
});

describe('wide-layout', () => {
  it('passes a long table', () => {
    expect(check('wide-layout', subject())).toEqual([]);
  });

  it('offers unpivot when years are columns', () => {
    const columns = ['categoria', '2015', '2016', '2017'].map((label) => ({
      name: /^\d/.test(label) ? `c_${label}` : label,
      label,
      type: 'number' as const,
      mismatches: 0,
    }));
    const [finding] = check('wide-layout', subject({ columns }));
    expect(finding.fix).toEqual({
      kind: 'operation',
      step: { op: 'unpivot', columns: ['c_2015', 'c_2016', 'c_2017'], key: 'anio', value: 'valor' },
    });
  });
});

describe('rules on the table without facts', () => {
  it('stay silent when only the ficha is checked', () => {
    const bare = subject({ table: undefined });
    for (const id of [
      'empty-column',
      'duplicate-rows',
      'total-rows',
      'notation-keys',
      'whitespace',
    ]) {
      expect(check(id, bare)).toEqual([]);
    }
  });
});
