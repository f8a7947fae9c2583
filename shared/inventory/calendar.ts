/**
 * Update calendar: when each dataset's next update is due, from its declared
 * periodicity, the months in which updates are expected, and its last
 * update. Pure date arithmetic on ISO dates (YYYY-MM-DD), in UTC.
 */

/** Months between updates for each of the portal's periodicity values. */
const periodMonths: Record<string, number> = {
  'R/P1M': 1,
  'R/P2M': 2,
  'R/P3M': 3,
  'R/P4M': 4,
  'R/P6M': 6,
  'R/P1Y': 12,
  'R/P2Y': 24,
  'R/P3Y': 36,
  'R/P5Y': 60,
  'R/P10Y': 120,
};

/** Days between updates for the periodicities shorter than a month. */
const periodDays: Record<string, number> = {
  'R/P1D': 1,
  'R/P1W': 7,
  'R/P2W': 14,
};

/** What the calendar needs to know of a dataset. */
export interface CalendarInput {
  periodicity: string;
  /** Months (1-12) in which updates are expected; may be empty. */
  updateMonths: number[];
  /** Date of the last update or publication (YYYY-MM-DD), if any. */
  lastUpdate: string | null;
}

/** Whether a periodicity means the dataset is expected to change. */
export function isScheduled(periodicity: string): boolean {
  return periodicity in periodMonths || periodicity in periodDays;
}

/**
 * The date the next update is due, or null when the periodicity has no
 * schedule (irregular, real time, not updated) or nothing is known yet.
 * With update months, the due date is the end of the first such month
 * after the period has run; without them, the last update plus one period.
 * `today` (YYYY-MM-DD) places a dataset that was never updated.
 */
export function nextDue(input: CalendarInput, today: string): string | null {
  const { periodicity, updateMonths, lastUpdate } = input;
  if (!isScheduled(periodicity)) return null;

  // Never updated yet: due in the first expected month from today on.
  if (!lastUpdate) {
    return updateMonths.length > 0 ? firstUpdateMonthFrom(parseDate(today), updateMonths) : null;
  }

  const last = parseDate(lastUpdate);
  if (periodicity in periodDays) return formatDate(addDays(last, periodDays[periodicity]));

  const earliest = addMonths(last, periodMonths[periodicity]);
  if (updateMonths.length === 0) return formatDate(earliest);

  return firstUpdateMonthFrom(earliest, updateMonths);
}

/** Whether a due date has passed on `today`. */
export function isOverdue(due: string | null, today: string): boolean {
  return due !== null && due < today;
}

/** The months of a year in which an update falls due, for the calendar view. */
export function dueMonthsInYear(input: CalendarInput, year: number): number[] {
  const { periodicity, updateMonths } = input;
  if (!isScheduled(periodicity)) return [];
  if (updateMonths.length > 0) {
    const every = periodMonths[periodicity] ?? 1;
    // Biennial and longer only fall due in years the period reaches.
    if (every > 12 && input.lastUpdate) {
      const due = nextDue(input, `${year}-01-01`);
      return due && Number(due.slice(0, 4)) === year ? [Number(due.slice(5, 7))] : [];
    }
    return [...new Set(updateMonths)].sort((a, b) => a - b);
  }
  if (periodicity in periodDays) return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

  const every = periodMonths[periodicity];
  const anchor = input.lastUpdate ? parseDate(input.lastUpdate) : new Date(Date.UTC(year, 0, 1));
  const months: number[] = [];
  for (let step = 1; step <= 240; step += 1) {
    const date = addMonths(anchor, every * step);
    if (date.getUTCFullYear() > year) break;
    if (date.getUTCFullYear() === year) months.push(date.getUTCMonth() + 1);
  }
  return months;
}

function firstUpdateMonthFrom(earliest: Date, updateMonths: number[]): string {
  const months = [...new Set(updateMonths)].sort((a, b) => a - b);
  let year = earliest.getUTCFullYear();
  const month = earliest.getUTCMonth() + 1;
  const sameYear = months.find((candidate) => candidate >= month);
  if (sameYear !== undefined) return endOfMonth(year, sameYear);
  year += 1;
  return endOfMonth(year, months[0]);
}

function parseDate(value: string): Date {
  const [year, month = 1, day = 1] = value.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const last = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate();
  result.setUTCDate(Math.min(day, last));
  return result;
}

function endOfMonth(year: number, month: number): string {
  return formatDate(new Date(Date.UTC(year, month, 0)));
}
