/**
 * Calendar arithmetic on plain days (UTC, no time zones) and the TIMEX3
 * value strings built from them.
 */

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

const MS_DAY = 86_400_000;

export function parseDay(iso: string | null): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return isValidDay(day) ? day : null;
}

export function isValidDay(day: Day): boolean {
  return day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= daysInMonth(day.y, day.m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toTime(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromTime(t: number): Day {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromTime(toTime(day) + n * MS_DAY);
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

export function diffDays(a: Day, b: Day): number {
  return Math.round((toTime(a) - toTime(b)) / MS_DAY);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function weekday(day: Day): number {
  const w = new Date(toTime(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}

/** Monday of an ISO week. */
export function weekMonday(y: number, w: number): Day {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, 1 - weekday(jan4) + (w - 1) * 7);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtDay = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
export const fmtWeek = (day: Day): string => {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
};
export const quarterOf = (m: number): number => Math.ceil(m / 3);

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

/**
 * First and last day of the calendar period a TIMEX3 value names, or null
 * when the value is not a calendar period (PAST_REF, P2Y, 2023-WXX ...).
 */
export function rangeOf(value: string | null): { from: string; to: string } | null {
  if (!value) return null;
  let m: RegExpExecArray | null;
  const span = (a: Day, b: Day) => ({ from: fmtDay(a), to: fmtDay(b) });
  const monthSpan = (y: number, m1: number, y2: number, m2: number) =>
    span({ y, m: m1, d: 1 }, { y: y2, m: m2, d: daysInMonth(y2, m2) });
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
    return isValidDay(day) ? span(day, day) : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return monthSpan(+m[1]!, +m[2]!, +m[1]!, +m[2]!);
  if ((m = /^(\d{4})$/.exec(value))) return monthSpan(+m[1]!, 1, +m[1]!, 12);
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const mon = weekMonday(+m[1]!, +m[2]!);
    return m[3] ? span(addDays(mon, 5), addDays(mon, 6)) : span(mon, addDays(mon, 6));
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = +m[2]!;
    return monthSpan(+m[1]!, q * 3 - 2, +m[1]!, q * 3);
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const h = +m[2]!;
    return monthSpan(+m[1]!, h * 6 - 5, +m[1]!, h * 6);
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [a, b] = SEASON_MONTHS[m[2]!]!;
    const y = +m[1]!;
    return monthSpan(y, a, a > b ? y + 1 : y, b);
  }
  if ((m = /^(\d{3})$/.exec(value))) return monthSpan(+m[1]! * 10, 1, +m[1]! * 10 + 9, 12);
  if ((m = /^(\d{2})$/.exec(value))) return monthSpan(+m[1]! * 100, 1, +m[1]! * 100 + 99, 12);
  return null;
}
