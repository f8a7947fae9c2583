import { describe, expect, it } from 'vitest';
import { dueMonthsInYear, isOverdue, nextDue } from '../../../shared/inventory/calendar';

describe('nextDue', () => {
  it('adds one period to the last update when no months are declared', () => {
    expect(
      nextDue({ periodicity: 'R/P1Y', updateMonths: [], lastUpdate: '2025-03-15' }, '2026-01-01'),
    ).toBe('2026-03-15');
    expect(
      nextDue({ periodicity: 'R/P3M', updateMonths: [], lastUpdate: '2025-11-30' }, '2026-01-01'),
    ).toBe('2026-02-28');
  });

  it('falls due at the end of the first declared month after the period has run', () => {
    const input = { periodicity: 'R/P1Y', updateMonths: [6], lastUpdate: '2025-06-10' };
    expect(nextDue(input, '2026-01-01')).toBe('2026-06-30');
  });

  it('places a dataset never updated in the next declared month from today', () => {
    const input = { periodicity: 'R/P6M', updateMonths: [3, 9], lastUpdate: null };
    expect(nextDue(input, '2026-04-02')).toBe('2026-09-30');
  });

  it('has no due date for irregular or never-updated datasets', () => {
    expect(
      nextDue(
        { periodicity: 'irregular', updateMonths: [], lastUpdate: '2020-01-01' },
        '2026-01-01',
      ),
    ).toBeNull();
    expect(
      nextDue({ periodicity: 'not-updated', updateMonths: [1], lastUpdate: null }, '2026-01-01'),
    ).toBeNull();
  });

  it('counts short periods in days', () => {
    expect(
      nextDue({ periodicity: 'R/P1W', updateMonths: [], lastUpdate: '2026-12-28' }, '2026-12-28'),
    ).toBe('2027-01-04');
  });
});

describe('isOverdue', () => {
  it('is overdue only once the due date has passed', () => {
    expect(isOverdue('2026-06-30', '2026-07-01')).toBe(true);
    expect(isOverdue('2026-06-30', '2026-06-30')).toBe(false);
    expect(isOverdue(null, '2030-01-01')).toBe(false);
  });
});

describe('dueMonthsInYear', () => {
  it('lists the declared months for yearly and shorter periods', () => {
    expect(
      dueMonthsInYear({ periodicity: 'R/P6M', updateMonths: [9, 3], lastUpdate: null }, 2026),
    ).toEqual([3, 9]);
  });

  it('steps quarterly updates from the last one', () => {
    const months = dueMonthsInYear(
      { periodicity: 'R/P3M', updateMonths: [], lastUpdate: '2025-11-15' },
      2026,
    );
    expect(months).toEqual([2, 5, 8, 11]);
  });

  it('shows a biennial update only in the year it falls due', () => {
    const input = { periodicity: 'R/P2Y', updateMonths: [5], lastUpdate: '2025-05-20' };
    expect(dueMonthsInYear(input, 2026)).toEqual([]);
    expect(dueMonthsInYear(input, 2027)).toEqual([5]);
  });
});
