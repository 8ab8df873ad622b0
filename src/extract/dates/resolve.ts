/**
 * Resolution of relative expressions against the publication date, in the
 * direction the sentence points: past looks back, future forward, otherwise
 * the nearest occurrence.
 */
import type { Direction } from './candidate.js';
import {
  addDays,
  addMonths,
  diffDays,
  fmtDay,
  fmtMonth,
  fmtWeek,
  fmtYear,
  isValidDay,
  parseDay,
  quarterOf,
  weekday,
  type Day,
} from './calendar.js';

/** The weekday `wd` (1-7) the sentence means: the reference day itself, or the last/next one. */
export function resolveWeekday(ref: Day, wd: number, dir: Direction, mod: 'last' | 'next' | 'this' | null): Day {
  const back = (weekday(ref) - wd + 7) % 7 || 7; // days back to the previous such weekday
  const fwd = (wd - weekday(ref) + 7) % 7 || 7;
  if (mod === 'last') return addDays(ref, -back);
  if (mod === 'next') return addDays(ref, fwd);
  if (weekday(ref) === wd) return ref;
  if (mod === 'this') return addDays(ref, wd - weekday(ref)); // within the same Monday-Sunday week
  if (dir === 'past') return addDays(ref, -back);
  if (dir === 'future') return addDays(ref, fwd);
  return back <= fwd ? addDays(ref, -back) : addDays(ref, fwd);
}

/**
 * How far tense may push a month or day without a year away from the nearest
 * reading: a past-tense report reaches back up to ten months ("it happened
 * in September", said in June). The month just ahead stays ahead: a report in
 * the past tense of a cut "in July", said in June, tells of a plan.
 */
const TENSE_REACH_MONTHS = 10;
const TENSE_REACH_DAYS = 305;

/** Year of month `m` (1-12) as the sentence means it. */
export function resolveMonthYear(ref: Day, m: number, dir: Direction, mod: 'last' | 'next' | 'this' | null): number {
  if (mod === 'this') return ref.y;
  if (mod === 'last') return m < ref.m ? ref.y : ref.y - 1;
  if (mod === 'next') return m > ref.m ? ref.y : ref.y + 1;
  if (m === ref.m) return ref.y;
  const back = m < ref.m ? ref.m - m : ref.m + 12 - m; // months back to the last such month
  const past = m < ref.m ? ref.y : ref.y - 1;
  const future = m > ref.m ? ref.y : ref.y + 1;
  if (dir === 'past' && back <= TENSE_REACH_MONTHS) return past;
  if (dir === 'future' && 12 - back <= TENSE_REACH_MONTHS) return future;
  return back <= 6 ? past : future;
}

/** A month and day without a year: the occurrence in the sentence's direction, else the nearest. */
export function resolveMonthDay(ref: Day, m: number, d: number, dir: Direction): Day | null {
  const options = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, m, d })).filter(isValidDay);
  if (options.length === 0) return null;
  const dist = (x: Day) => diffDays(x, ref);
  let pick: Day[] = options;
  if (dir === 'past') pick = options.filter((x) => dist(x) <= 0 && dist(x) >= -TENSE_REACH_DAYS);
  if (dir === 'future') pick = options.filter((x) => dist(x) >= 0 && dist(x) <= TENSE_REACH_DAYS);
  if (pick.length === 0) pick = options;
  return pick.reduce((a, b) => (Math.abs(dist(b)) < Math.abs(dist(a)) ? b : a));
}

/** Quarter n (1-4) without a year: this year's if it has begun, else last year's when looking back. */
export function resolveQuarterYear(ref: Day, n: number, dir: Direction): number {
  const cur = quarterOf(ref.m);
  if (n <= cur) return ref.y;
  return dir === 'past' ? ref.y - 1 : ref.y;
}

/** A value shifted by n units of its own granularity where that makes sense (for "a year earlier"). */
export function shiftYears(value: string, n: number): string | null {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m) return null;
  const y = +m[1]! + n;
  let rest = m[2]!;
  if (/^-W\d\d/.test(rest)) return null; // week numbers do not carry over years
  if (/^-\d\d-\d\d/.test(rest)) {
    const day = parseDay(`${fmtYear(y)}${rest.slice(0, 6)}`);
    if (!day) return null;
    rest = rest.slice(6);
    return fmtDay(day) + rest;
  }
  return fmtYear(y) + rest;
}

/** The day part of a value, if it names a single day. */
export function dayOf(value: string | null): Day | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? parseDay(value) : null;
}

/** A shift from the reference by n units, at the granularity of the unit (TimeML style). */
export function shiftUnit(ref: Day, unit: string, n: number): string | null {
  switch (unit) {
    case 'D':
      return fmtDay(addDays(ref, n));
    case 'W':
      return fmtWeek(addDays(ref, 7 * n));
    case 'M': {
      const x = addMonths(ref.y, ref.m, n);
      return fmtMonth(x.y, x.m);
    }
    case 'Q': {
      const q = ref.y * 4 + quarterOf(ref.m) - 1 + n;
      return `${fmtYear(Math.floor(q / 4))}-Q${(q % 4) + 1}`;
    }
    case 'Y':
      return fmtYear(ref.y + n);
    case 'DE':
      return String(Math.floor(ref.y / 10) + n);
    case 'CE':
      return String(Math.floor(ref.y / 100) + n).padStart(2, '0');
    default:
      return null;
  }
}

/** Shift a value of any granularity by n of its own units (used for anchored "the following day"). */
export function shiftValue(value: string, unit: string, n: number): string | null {
  const day = dayOf(value);
  if (day) return shiftUnit(day, unit, n);
  const ym = /^(\d{4})-(\d{2})$/.exec(value);
  if (ym) return unit === 'M' || unit === 'Y' ? shiftUnit({ y: +ym[1]!, m: +ym[2]!, d: 1 }, unit, n) : null;
  const q = /^(\d{4})-Q([1-4])$/.exec(value);
  if (q) return unit === 'Q' || unit === 'Y' ? shiftUnit({ y: +q[1]!, m: +q[2]! * 3, d: 1 }, unit, n) : null;
  const y = /^(\d{4})$/.exec(value);
  if (y) return unit === 'Y' ? fmtYear(+y[1]! + n) : null;
  return null;
}
