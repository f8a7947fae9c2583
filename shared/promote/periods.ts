import { monthNamesEs as monthNames } from '../months';
import type { Bimester, Blackout } from './types';

/** The two-month period (January–February, March–April…) a date falls in. */
export function bimesterOf(date: string): Bimester {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return bimester(year, Math.ceil(month / 2));
}

/** The n-th (1 to 6) two-month period of a year. */
export function bimester(year: number, index: number): Bimester {
  const first = index * 2 - 1;
  const last = first + 1;
  const end = new Date(Date.UTC(year, last, 0)).toISOString().slice(0, 10);
  return {
    id: `${year}-B${index}`,
    start: `${year}-${String(first).padStart(2, '0')}-01`,
    end,
    label: `${monthNames[first - 1]}–${monthNames[last - 1]} ${year}`,
  };
}

/** The two-month periods from the one holding `from` to the one holding `to`. */
export function bimestersBetween(from: string, to: string): Bimester[] {
  const periods: Bimester[] = [];
  let current = bimesterOf(from);
  const last = bimesterOf(to).id;
  for (let guard = 0; guard < 600; guard += 1) {
    periods.push(current);
    if (current.id === last) break;
    const [year, index] = [Number(current.id.slice(0, 4)), Number(current.id.slice(6))];
    current = index === 6 ? bimester(year + 1, 1) : bimester(year, index + 1);
  }
  return periods;
}

/** The blackout period a date falls in, if any. */
export function blackoutOn(date: string, blackouts: Blackout[]): Blackout | null {
  return blackouts.find((blackout) => blackout.start <= date && date <= blackout.end) ?? null;
}

/** Whether a blackout overlaps a period. */
export function overlaps(blackout: Blackout, period: { start: string; end: string }): boolean {
  return blackout.start <= period.end && period.start <= blackout.end;
}
