/**
 * Calendar dates written out: "June 14, 2023", "14 June", "Sept. 30",
 * "January 2021", "2023-06-14", "7/8/07". Years alone are in years.ts, months alone in months.ts.
 */
import type { DateCandidate, SentenceView } from '../candidate.js';
import { fmtDay, fmtMonth, fmtYear, isValidDay, type Day } from '../calendar.js';
import { DAY_NUM, MONTH, MONTH_GATE, WEEKDAY, YEAR, monthIndex } from '../words.js';
import { resolveMonthDay } from '../resolve.js';
import { dateRule, type DateRuleName } from '../rule.js';
import { isCapitalized, pattern, scan, type Hit } from './scan.js';
import { monthOk } from './months.js';

const REL_YEAR = '(?:(?<rel>this|last|next) year)';
const MONTH_DAY_YEAR = pattern(
  `(?:(?<mod>last|this past|next|this coming)\\s+)?(?:(?<wd>${WEEKDAY}),?\\s+)?(?<mon>${MONTH})\\s*(?<day>${DAY_NUM})(?:(?:,\\s*|\\s+)(?:(?<year>${YEAR})|${REL_YEAR}))?(?![:.,]?\\d)`,
  MONTH_GATE,
);
const DAY_MONTH_YEAR = pattern(
  `(?:(?<wd>${WEEKDAY}),?\\s+)?(?:the\\s+)?(?<day>${DAY_NUM})(?:\\s+of)?\\s+(?<mon>${MONTH})(?:,?\\s+(?:(?<year>${YEAR})|${REL_YEAR}))?`,
  MONTH_GATE,
);
const MONTH_YEAR = pattern(`(?<mon>${MONTH}),?\\s+(?:of\\s+)?(?:(?<year>${YEAR})|${REL_YEAR})`, MONTH_GATE);
const ISO = pattern(`(?<year>${YEAR})-(?<mm>0[1-9]|1[0-2])-(?<dd>[0-3]\\d)`, '\\d');
const SLASHED = pattern(`(?<mm>1[0-2]|0?[1-9])/(?<dd>[12]\\d|3[01]|0?[1-9])/(?<yy>\\d{4}|\\d{2})`, '\\d');
/** Year named relative to the publication year ("this year"), or null. */
function relYear(ref: Day | null, rel: string | undefined): number | null {
  if (!ref) return null;
  const r = rel?.toLowerCase();
  return r === 'last' ? ref.y - 1 : r === 'next' ? ref.y + 1 : ref.y;
}

function dayOrMonthDay(hit: { g: Record<string, string | undefined> }): DateCandidate['resolve'] {
  const m = monthIndex(hit.g.mon!);
  const d = parseInt(hit.g.day!, 10);
  const year = hit.g.year ? +hit.g.year : null;
  return (ctx) => {
    const y = year ?? (hit.g.rel ? relYear(ctx.ref, hit.g.rel) : null);
    if (y !== null) {
      const day = { y, m, d };
      return isValidDay(day) ? fmtDay(day) : null;
    }
    if (!ctx.ref) return null;
    // "last Oct. 23": the one before the publication date; "next June 3": the one after.
    const mod = hit.g.mod?.toLowerCase();
    const dir = !mod ? ctx.dir : /last|past/.test(mod) ? 'past' : 'future';
    const day = resolveMonthDay(ctx.ref, m, d, dir);
    return day ? fmtDay(day) : null;
  };
}

/** Which of the month-day rules a "June 14" match is ("last Oct. 23" keeps its modifier only without a year). */
function monthDayKind(s: SentenceView, hit: Hit): DateRuleName | null {
  if (!monthOk(s, hit.at('mon'), hit.g.mon, true)) return null;
  if (hit.g.wd && !isCapitalized(hit.g.wd)) return null;
  // a modifier belongs to a day without its year ("last Oct. 23"); else the span starts at the date
  if (hit.g.mod && hit.g.year) return null;
  return hit.g.year ? 'absolute.month-day-year' : hit.g.mod ? 'absolute.month-day-mod' : 'absolute.month-day';
}
const monthDay = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, MONTH_DAY_YEAR, (hit) =>
      monthDayKind(s, hit) === name
        ? { start: hit.start, end: hit.end, type: 'date', resolve: dayOrMonthDay(hit) }
        : null,
    ),
  );
export const monthDayYear = monthDay('absolute.month-day-year', ['The law passed on June 14, 2023.']);
export const monthDayMod = monthDay('absolute.month-day-mod', ['The index peaked last Oct. 23.']);
export const monthDayAlone = monthDay('absolute.month-day', ['The law passed on June 14.']);

const dayMonth = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, DAY_MONTH_YEAR, (hit) => {
      if (!monthOk(s, hit.at('mon'), hit.g.mon, true)) return null;
      if ((hit.g.year ? 'absolute.day-month-year' : 'absolute.day-month') !== name) return null;
      return { start: hit.start, end: hit.end, type: 'date', resolve: dayOrMonthDay(hit) };
    }),
  );
export const dayMonthYear = dayMonth('absolute.day-month-year', ['The law passed on 14 June 2023.']);
export const dayMonthAlone = dayMonth('absolute.day-month', ['The law passed on 14 June.']);

/** "October of next year": two expressions, the month and the year it is placed in (as TimeML marks them). */
export const monthOfYear = dateRule('absolute.month-of-year', ['The plant opens in October of next year.'], (s) =>
  scan(s, MONTH_YEAR, (hit) => {
    if (!monthOk(s, hit.at('mon'), hit.g.mon, true)) return null;
    const of = hit.g.rel ? /\s+of\s+/i.exec(hit.m[0]) : null;
    if (!of) return null;
    const m = monthIndex(hit.g.mon!);
    const monEnd = hit.start + of.index;
    const relStart = hit.start + of.index + of[0].length;
    return [
      {
        start: hit.start,
        end: monEnd,
        type: 'date',
        resolve: (ctx) => {
          const y = relYear(ctx.ref, hit.g.rel);
          return y === null ? null : fmtMonth(y, m);
        },
      },
      {
        start: relStart,
        end: hit.end,
        type: 'date',
        resolve: (ctx) => {
          const y = relYear(ctx.ref, hit.g.rel);
          return y === null ? null : fmtYear(y);
        },
      },
    ];
  }),
);

export const monthYear = dateRule('absolute.month-year', ['The plant opened in January 2021.'], (s) =>
  scan(s, MONTH_YEAR, (hit) => {
    if (!monthOk(s, hit.at('mon'), hit.g.mon, true)) return null;
    if (hit.g.rel && /\s+of\s+/i.test(hit.m[0])) return null;
    const m = monthIndex(hit.g.mon!);
    const year = hit.g.year ? +hit.g.year : null;
    return {
      start: hit.start,
      end: hit.end,
      type: 'date',
      resolve: (ctx) => {
        const y = year ?? relYear(ctx.ref, hit.g.rel);
        return y === null ? null : fmtMonth(y, m);
      },
    };
  }),
);

export const iso = dateRule('absolute.iso', ['The report is dated 2023-06-14.'], (s) =>
  scan(s, ISO, (hit) => {
    const day = { y: +hit.g.year!, m: +hit.g.mm!, d: +hit.g.dd! };
    if (!isValidDay(day)) return null;
    return { start: hit.start, end: hit.end, type: 'date', resolve: () => fmtDay(day) };
  }),
);

export const slashed = dateRule('absolute.slashed', ['The memo is dated 7/8/07.'], (s) =>
  scan(s, SLASHED, (hit) => {
    const yy = hit.g.yy!;
    return {
      start: hit.start,
      end: hit.end,
      type: 'date',
      resolve: (ctx) => {
        let y = +yy;
        if (yy.length === 2) {
          // Two-digit years: the century that puts the date nearest the publication year.
          const base = ctx.ref ? ctx.ref.y : 2000;
          y = Math.round((base - y) / 100) * 100 + y;
        }
        const day = { y, m: +hit.g.mm!, d: +hit.g.dd! };
        return isValidDay(day) ? fmtDay(day) : null;
      },
    };
  }),
);
