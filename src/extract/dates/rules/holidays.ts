/**
 * Holidays that name a day: "on Christmas Day", "before Thanksgiving",
 * "New Year's Eve", "Easter Sunday". Only after a preposition or with a
 * year, so "Christmas sales" or "the Easter Bunny" stay out.
 */
import { dateRule } from '../rule.js';
import { addDays, diffDays, fmtDay, weekday, type Day } from '../calendar.js';
import { YEAR } from '../words.js';
import { pattern, scan, textBefore } from './scan.js';

type DayOf = (y: number) => Day;

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The nth given weekday (1-7) of a month, e.g. the fourth Thursday of November. */
function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - weekday(first) + 7) % 7) + (n - 1) * 7);
}

const HOLIDAYS: Array<[RegExp, DayOf]> = [
  [/^christmas eve$/i, (y) => ({ y, m: 12, d: 24 })],
  [/^christmas(?: day)?$/i, (y) => ({ y, m: 12, d: 25 })],
  [/^new year's eve$/i, (y) => ({ y, m: 12, d: 31 })],
  [/^new year's(?: day)?$/i, (y) => ({ y, m: 1, d: 1 })],
  [/^(?:valentine's day)$/i, (y) => ({ y, m: 2, d: 14 })],
  [/^halloween$/i, (y) => ({ y, m: 10, d: 31 })],
  [/^independence day$/i, (y) => ({ y, m: 7, d: 4 })],
  [/^thanksgiving(?: day)?$/i, (y) => nthWeekday(y, 11, 4, 4)],
  [/^easter(?: sunday)?$/i, easter],
  [/^good friday$/i, (y) => addDays(easter(y), -2)],
];

const HOLIDAY_RE = pattern(
  `(?<name>Christmas Eve|Christmas(?: Day)?|New Year['’]s (?:Eve|Day)|Valentine['’]s Day|Halloween|Independence Day|Thanksgiving(?: Day)?|Easter(?: Sunday)?|Good Friday)(?:,?\\s+(?<year>${YEAR}))?`,
  'christmas|new year|valentine|halloween|independence|thanksgiving|easter|good friday',
);

export const holiday = dateRule('holiday', ['The store closes on Christmas Day.'], (s) =>
  scan(s, HOLIDAY_RE, (hit) => {
    const name = hit.g.name!.replace(/[’]/g, "'");
    if (!/^\p{Lu}/u.test(name)) return null;
    const dayOf = HOLIDAYS.find(([re]) => re.test(name))?.[1];
    if (!dayOf) return null;
    const before = textBefore(s, hit.start);
    if (
      !hit.g.year &&
      !/\b(?:on|at|by|before|after|since|until|till|over|during|around|for|of|last|next|this)\s+$/i.test(before)
    )
      return null;
    const year = hit.g.year ? +hit.g.year : null;
    return {
      start: hit.start,
      end: hit.end,
      type: 'date',
      resolve: (ctx) => {
        if (year !== null) return fmtDay(dayOf(year));
        if (!ctx.ref) return null;
        const ref = ctx.ref;
        const options = [ref.y - 1, ref.y, ref.y + 1].map(dayOf);
        const prefix = before.trimEnd().split(/\s+/).pop()?.toLowerCase();
        const dir = prefix === 'last' ? 'past' : prefix === 'next' ? 'future' : ctx.dir;
        let pick = options;
        if (dir === 'past') pick = options.filter((d) => diffDays(d, ref) <= 0);
        if (dir === 'future') pick = options.filter((d) => diffDays(d, ref) >= 0);
        if (pick.length === 0) pick = options;
        return fmtDay(pick.reduce((a, b) => (Math.abs(diffDays(b, ref)) < Math.abs(diffDays(a, ref)) ? b : a)));
      },
    };
  }),
);
