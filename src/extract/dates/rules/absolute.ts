/**
 * Calendar dates written out: "June 14, 2023", "14 June", "Sept. 30",
 * "January 2021", "2023-06-14", "7/8/07", a bare month ("February") or year ("1998", "since '82").
 */
import type { Candidate, SentenceView } from '../candidate.js';
import { fmtDay, fmtMonth, fmtYear, isValidDay, type Day } from '../calendar.js';
import { DAY_NUM, FULL_MONTH, MONTH, MONTH_GATE, WEEKDAY, YEAR, monthIndex } from '../lexicon.js';
import { resolveMonthDay, resolveMonthYear } from '../resolve.js';
import { gated, isCapitalized, pattern, scan, textBefore, tokenAfter, tokenAt, tokenBefore } from './scan.js';

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
const BARE_MONTH = pattern(
  `(?:(?<mod>last|next|this|this past|this coming|coming|past)\\s+)?(?<mon>${MONTH})`,
  MONTH_GATE,
);
/** "since '82", "in ’95": a two-digit year with its apostrophe, trusted only after a preposition of time. */
const APOS_YEAR = gated(
  /(?<=\b(?:since|in|until|till|by|from|before|after|through|of)\s+)['’](?<yy>\d\d)(?![\p{L}\p{N}]|['’]?s\b)/dgiu,
  "['’]\\d\\d",
);
/** "2009-2010", "1957-58", "1995–96" (a range of years; not "2000-01-05"). */
const YEAR_RANGE = pattern(`(?<y1>${YEAR})[-–](?<y2>${YEAR}|\\d\\d)(?![-–/.:]?\\d)`, '\\d');
const BARE_YEAR = pattern(`(?:(?<fiscal>fiscal(?:\\s+year)?|FY)\\s*)?(?<year>${YEAR})(?!s|-\\d|\\.\\d|,\\d)`, '\\d');

const FULL_MONTH_WORD = new RegExp(`^${FULL_MONTH}$`, 'i');

/** Year named relative to the publication year ("this year"), or null. */
function relYear(ref: Day | null, rel: string | undefined): number | null {
  if (!ref) return null;
  const r = rel?.toLowerCase();
  return r === 'last' ? ref.y - 1 : r === 'next' ? ref.y + 1 : ref.y;
}

/** Month-name capitalisation, and "May"/"March" as a month rather than a modal or verb. */
function monthOk(s: SentenceView, start: number, word: string | undefined, followedByNumber: boolean): boolean {
  if (!isCapitalized(word)) return false;
  if (followedByNumber) return true;
  const tok = tokenAt(s, start);
  // compromise's #Month tag is unreliable ("January" can come out #Person), but its verb tags are not.
  if (!tok || tok.tags.has('Verb') || tok.tags.has('Modal')) return false;
  // "June Carter", "April Fools": a capitalised name word right after the month.
  const next = tokenAfter(s, tok.end);
  if (next && tok.post.trim() === '' && isCapitalized(next.text) && !next.tags.has('Date') && !next.tags.has('Value'))
    return false;
  if (/^may$/i.test(word!) && !tok.tags.has('Month')) {
    const prev = tokenBefore(s, tok.start);
    if (
      !prev ||
      !/^(?:in|since|by|until|till|of|from|during|through|before|after|early|late|mid|last|next|this|past|coming)$/.test(
        prev.normal,
      )
    )
      return false;
  }
  // Alone, a month must be written in full or as a dotted abbreviation ("Sept."), not "Mar" or "Jun".
  return FULL_MONTH_WORD.test(word!) || /^(?:jan|feb|aug|sept?|oct|nov|dec)\.$/i.test(word!);
}

function dayOrMonthDay(hit: { g: Record<string, string | undefined> }): Candidate['resolve'] {
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

export function absoluteDates(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  out.push(
    ...scan(s, MONTH_DAY_YEAR, (hit) => {
      if (!monthOk(s, hit.at('mon'), hit.g.mon, true)) return null;
      if (hit.g.wd && !isCapitalized(hit.g.wd)) return null;
      // a modifier belongs to a day without its year ("last Oct. 23"); else the span starts at the date
      if (hit.g.mod && hit.g.year) return null;
      const rule = hit.g.year ? 'absolute.month-day-year' : hit.g.mod ? 'absolute.month-day-mod' : 'absolute.month-day';
      return { start: hit.start, end: hit.end, type: 'date', rule, resolve: dayOrMonthDay(hit) };
    }),
    ...scan(s, YEAR_RANGE, (hit) => {
      const y1 = +hit.g.y1!;
      const y2 = hit.g.y2!.length === 4 ? +hit.g.y2! : Math.floor(y1 / 100) * 100 + +hit.g.y2!;
      if (y2 <= y1 || y2 - y1 > 50) return null;
      // "2009-2010", "1957-58": each year is a date of its own
      const split = hit.at('y2');
      return [
        { start: hit.start, end: split - 1, type: 'date', rule: 'year.range', resolve: () => fmtYear(y1) },
        { start: split, end: hit.end, type: 'date', rule: 'year.range', resolve: () => fmtYear(y2) },
      ];
    }),
    ...scan(s, DAY_MONTH_YEAR, (hit) => {
      if (!monthOk(s, hit.at('mon'), hit.g.mon, true)) return null;
      const rule = hit.g.year ? 'absolute.day-month-year' : 'absolute.day-month';
      return { start: hit.start, end: hit.end, type: 'date', rule, resolve: dayOrMonthDay(hit) };
    }),
    ...scan(s, MONTH_YEAR, (hit) => {
      if (!monthOk(s, hit.at('mon'), hit.g.mon, true)) return null;
      const m = monthIndex(hit.g.mon!);
      const year = hit.g.year ? +hit.g.year : null;
      // "October of next year": two expressions, the month and the year it is placed in (as TimeML marks them).
      const of = hit.g.rel ? /\s+of\s+/i.exec(hit.m[0]) : null;
      if (of) {
        const monEnd = hit.start + of.index;
        const relStart = hit.start + of.index + of[0].length;
        return [
          {
            start: hit.start,
            end: monEnd,
            type: 'date',
            rule: 'absolute.month-of-year',
            resolve: (ctx) => {
              const y = relYear(ctx.ref, hit.g.rel);
              return y === null ? null : fmtMonth(y, m);
            },
          },
          {
            start: relStart,
            end: hit.end,
            type: 'date',
            rule: 'absolute.month-of-year',
            resolve: (ctx) => {
              const y = relYear(ctx.ref, hit.g.rel);
              return y === null ? null : fmtYear(y);
            },
          },
        ];
      }
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        rule: 'absolute.month-year',
        resolve: (ctx) => {
          const y = year ?? relYear(ctx.ref, hit.g.rel);
          return y === null ? null : fmtMonth(y, m);
        },
      };
    }),
    ...scan(s, ISO, (hit) => {
      const day = { y: +hit.g.year!, m: +hit.g.mm!, d: +hit.g.dd! };
      if (!isValidDay(day)) return null;
      return { start: hit.start, end: hit.end, type: 'date', rule: 'absolute.iso', resolve: () => fmtDay(day) };
    }),
    ...scan(s, SLASHED, (hit) => {
      const yy = hit.g.yy!;
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        rule: 'absolute.slashed',
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
    ...scan(s, APOS_YEAR, (hit) => ({
      start: hit.start,
      end: hit.end,
      type: 'date',
      rule: 'year.apostrophe',
      resolve: (ctx) => {
        // The century that puts the year nearest the publication year ("since '82" in 2008 is 1982).
        const base = ctx.ref ? ctx.ref.y : 2000;
        const yy = +hit.g.yy!;
        return fmtYear(Math.round((base - yy) / 100) * 100 + yy);
      },
    })),
    ...scan(s, BARE_MONTH, (hit) => {
      if (!monthOk(s, hit.at('mon'), hit.g.mon, false)) return null;
      const m = monthIndex(hit.g.mon!);
      const modWord = hit.g.mod?.toLowerCase();
      const mod = !modWord ? null : /last|past/.test(modWord) ? 'last' : /next|coming/.test(modWord) ? 'next' : 'this';
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        rule: mod ? `month.${mod}` : 'month.bare',
        resolve: (ctx) => (ctx.ref ? fmtMonth(resolveMonthYear(ctx.ref, m, ctx.dir, mod), m) : null),
      };
    }),
    ...scan(s, BARE_YEAR, (hit) => {
      const tok = tokenAt(s, hit.at('year'));
      if (!tok || !/^\d{4}$/.test(tok.text) || tok.tags.has('Money') || tok.tags.has('Percent')) return null;
      const before = textBefore(s, hit.start);
      if (/[$€£#№]\s*$|\bno\.\s*$/i.test(before)) return null;
      // "1500 people", "2000 troops": a count, not a year.
      const next = tokenAfter(s, tok.end);
      const prev = tokenBefore(s, tok.start);
      if (!hit.g.fiscal && tok.post.trim() === '' && next && next.tags.has('Plural') && !next.tags.has('Date'))
        return null;
      // "of 1990 people" counts people; across punctuation ("part of 1990." Sometime ...) the next word is no noun of it.
      if (
        prev &&
        /^(?:about|around|some|nearly|almost|over|than|of|by)$/.test(prev.normal) &&
        tok.post.trim() === '' &&
        next?.tags.has('Noun') &&
        !next.tags.has('Pronoun') &&
        !next.tags.has('Date')
      )
        return null;
      // "the Russell 2000 Index", "Windows 2000 Server": part of a name.
      const cap = (t: typeof prev) => !!t && isCapitalized(t.text) && !t.tags.has('Date') && !t.tags.has('Month');
      if (cap(prev) && cap(next) && tok.post.trim() === '' && prev!.post.trim() === '') return null;
      const y = +hit.g.year!;
      // Before 1800 a four-digit number is more often a count or a code; trust it after "in", "since"...
      if (y < 1800 && !(prev && /^(?:in|since|until|from|by|before|after|year|circa)$/.test(prev.normal))) return null;
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        rule: hit.g.fiscal ? 'year.fiscal' : 'year.bare',
        resolve: () => fmtYear(y),
      };
    }),
  );
  return out;
}
