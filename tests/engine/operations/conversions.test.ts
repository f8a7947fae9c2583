import { describe, expect, it } from 'vitest';
import { tableOut } from './run';

describe('type conversions', () => {
  it('parses numbers with a decimal comma and point thousands', () => {
    const out = tableOut(
      [['v', 'text']],
      [['1.234,5'], ['12'], ['-3,25'], [null]],
      [{ op: 'to-number', column: 'v', decimal: ',' }],
    );
    expect(out.rows.map((r) => r[0])).toEqual([1234.5, 12, -3.25, null]);
    expect(out.catalog[0].type).toBe('number');
  });

  it('reads percentages as fractions when asked', () => {
    const out = tableOut(
      [['v', 'text']],
      [['12.5%']],
      [{ op: 'to-number', column: 'v', percent: true }],
    );
    expect(out.rows[0][0]).toBeCloseTo(0.125);
  });

  it('moves notation keys and censored values to a flag column', () => {
    const out = tableOut(
      [['v', 'text']],
      [['NE'], ['5'], ['<0.0005'], ['-'], ['ND']],
      [{ op: 'to-number', column: 'v', flagColumn: 'v_nota' }],
    );
    expect(out.columns).toEqual(['v', 'v_nota']);
    expect(out.rows).toEqual([
      [null, 'NE'],
      [5, null],
      [null, '<0.0005'],
      [null, '-'],
      [null, 'ND'],
    ]);
    expect(out.result.applied[0].report.counts).toEqual({ markers: 3, censored: 1 });
  });

  it('keeps values that do not convert and counts them as mismatches', () => {
    const out = tableOut([['v', 'text']], [['abc'], ['7']], [{ op: 'to-number', column: 'v' }]);
    expect(out.rows).toEqual([['abc'], [7]]);
    expect(out.catalog[0].mismatches).toBe(1);
    expect(out.result.applied[0].report).toEqual({
      counts: { notConverted: 1 },
      examples: ['abc'],
    });
  });

  it('empties values that do not convert when asked, and reports them', () => {
    const out = tableOut(
      [['v', 'text']],
      [['abc'], ['7']],
      [{ op: 'to-number', column: 'v', onInvalid: 'empty' }],
    );
    expect(out.rows).toEqual([[null], [7]]);
    expect(out.result.applied[0].report.counts.notConverted).toBe(1);
  });

  it('moves values that do not convert to the flag column', () => {
    const out = tableOut(
      [['v', 'text']],
      [['abc'], ['7']],
      [{ op: 'convert-type', column: 'v', to: 'integer', onInvalid: 'flag' }],
    );
    expect(out.columns).toEqual(['v', 'v_flag']);
    expect(out.rows).toEqual([
      [null, 'abc'],
      [7, null],
    ]);
  });

  it('converts to boolean from sí/no words', () => {
    const out = tableOut(
      [['v', 'text']],
      [['Sí'], ['no'], ['quizá']],
      [{ op: 'convert-type', column: 'v', to: 'boolean' }],
    );
    expect(out.rows).toEqual([[1], [0], ['quizá']]);
    expect(out.catalog[0].mismatches).toBe(1);
  });

  it('converts numbers to text', () => {
    const out = tableOut(
      [['v', 'integer']],
      [[1], [20]],
      [{ op: 'convert-type', column: 'v', to: 'text' }],
    );
    expect(out.rows).toEqual([['1'], ['20']]);
  });

  it('converts Excel serials and day-first dates with convert-type date', () => {
    const out = tableOut(
      [['v', 'text']],
      [[43895], ['05/03/2020']],
      [{ op: 'convert-type', column: 'v', to: 'date' }],
    );
    expect(out.rows).toEqual([['2020-03-05'], ['2020-03-05']]);
  });

  it('parses dates with a pattern and Spanish month names', () => {
    const out = tableOut(
      [['f', 'text']],
      [['5 de marzo de 2020'], ['31 de diciembre de 1999']],
      [{ op: 'to-date', column: 'f', format: "d 'de' MMMM 'de' yyyy" }],
    );
    expect(out.rows).toEqual([['2020-03-05'], ['1999-12-31']]);
    expect(out.catalog[0].type).toBe('date');
  });

  it('parses dd/MM/yyyy HH:mm into datetimes', () => {
    const out = tableOut(
      [['f', 'text']],
      [['05/03/2020 14:30']],
      [{ op: 'to-date', column: 'f', format: 'dd/MM/yyyy HH:mm' }],
    );
    expect(out.rows[0][0]).toBe('2020-03-05T14:30:00');
    expect(out.catalog[0].type).toBe('datetime');
  });

  it('reads Excel serial numbers as dates', () => {
    const out = tableOut(
      [['f', 'number']],
      [[43895]],
      [{ op: 'to-date', column: 'f', format: 'excel' }],
    );
    expect(out.rows[0][0]).toBe('2020-03-05');
  });

  it('refuses an impossible date and reports it', () => {
    const out = tableOut(
      [['f', 'text']],
      [['31/02/2020']],
      [{ op: 'to-date', column: 'f', format: 'dd/MM/yyyy', onInvalid: 'empty' }],
    );
    expect(out.rows[0][0]).toBeNull();
    expect(out.result.applied[0].report.counts.notConverted).toBe(1);
  });

  it('combines day, month and year columns into an ISO date', () => {
    const out = tableOut(
      [
        ['d', 'integer'],
        ['m', 'text'],
        ['y', 'integer'],
      ],
      [
        [5, 'marzo', 2020],
        [null, '12', 1999],
      ],
      [{ op: 'combine-date', day: 'd', month: 'm', year: 'y', into: 'fecha', drop: true }],
    );
    expect(out.columns).toEqual(['fecha']);
    expect(out.rows).toEqual([['2020-03-05'], ['1999-12']]);
  });
});
