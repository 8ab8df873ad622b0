/**
 * Periods named from the publication date or from the date the article just
 * named: "last week", "this weekend", "next month", "the past year",
 * "the following day", "that year", "the week of March 6" (counted ones,
 * "two years ago", are in ago.ts).
 */
import type { ResolveCtx } from '../candidate.js';
import { dateRule, type DateRuleName } from '../rule.js';
import { addDays, fmtYear, isValidDay, isoWeek, weekday, type Day } from '../calendar.js';
import { DAY_NUM, MONTH, NON_QUARTER_PERIOD, YEAR, monthIndex, unitOf } from '../words.js';
import { dayOf, resolveMonthDay, shiftUnit, shiftValue, shiftYears } from '../resolve.js';
import { pattern, scan, textAfter, textBefore } from './scan.js';

const PERIOD = pattern(
  `(?<mod>this|last|next|past|the past|the previous|the coming|the following|the current|this past|this coming|the last|the next|the latest|the prior|the same|that|the)\\s+(?<unit>day|week(?:end)?|month|year|fiscal year|decade|century)(?![-\\w])`,
  'day|week|month|year|decade|century',
);
/** "the week of March 6": the week that day falls in. */
const WEEK_OF = pattern(
  `the week of (?<mon>${MONTH})\\s*(?<day>${DAY_NUM})(?:,?\\s+(?<year>${YEAR}))?(?![:.,]?\\d)`,
  'week of',
);
const DAY_AROUND = pattern(`the day (?<dir>before|after)(?=\\s*[,.;:!?)]|\\s*$)`, 'the day');

type Shift = 'ref' | 'anchor';

/** A written-out day and a comma just before: what follows it is an apposition to that day. */
const APPOSITION = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}\\s*${DAY_NUM}(?:,\\s*${YEAR})?,\\s+$`, 'iu');

/** "compared with $33 million last year": an amount set against the reported quarter. */
const AMOUNT_BEFORE = /(?:\$|#|C\$|US\$)\s?[\d.,]+(?:\s+(?:million|billion))?(?:,?\s+or\s+[^,;]{1,30}?)?\s+$/;

/** Base day and value for a shift: the anchor the article just named when asked, else the publication date. */
function baseValue(ctx: ResolveCtx, from: Shift, unit: string): string | null {
  // "the day", "the following day": from the last day the article named, past any month or year since.
  if (from === 'anchor' && unit === 'D' && ctx.anchorDay) return ctx.anchorDay;
  if (from === 'anchor' && ctx.anchor) return ctx.anchor;
  return ctx.ref
    ? `${fmtYear(ctx.ref.y)}-${String(ctx.ref.m).padStart(2, '0')}-${String(ctx.ref.d).padStart(2, '0')}`
    : null;
}

/** The weekend the sentence means: this week's, last week's or next week's Saturday-Sunday. */
function weekend(ref: Day, shift: number | null, dir: ResolveCtx['dir']): string {
  let n = shift;
  if (n === null) {
    const wd = weekday(ref);
    if (wd >= 6) n = dir === 'future' && wd === 7 ? 1 : 0;
    else if (dir === 'past') n = -1;
    else if (dir === 'future') n = 0;
    else n = wd <= 3 ? -1 : 0;
  }
  const { y, w } = isoWeek(addDays(ref, 7 * n));
  return `${fmtYear(y)}-W${String(w).padStart(2, '0')}-WE`;
}

const period = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, PERIOD, (hit) => {
      const mod = hit.g.mod!.toLowerCase();
      const unitWord = hit.g.unit!.toLowerCase();
      const isWeekend = unitWord === 'weekend';
      const unit = isWeekend ? 'W' : unitWord === 'fiscal year' ? 'Y' : unitOf(unitWord)!;
      // Bare "the week/month/year" is too vague to place, except "the end of the year", "earlier in the year".
      const before = textBefore(s, hit.start);
      const after = textAfter(s, hit.end);
      const framed =
        (unit === 'Y' || unit === 'M') &&
        (/(?:(?:beginning|end|start|middle|close|rest|remainder) of|(?:earlier|later|early|late) in)\s+$/i.test(
          before,
        ) ||
          // "For the year, sales rose": the current year, closed off by punctuation.
          (/\b(?:for|of|through|during)\s+$/i.test(before) && /^\s*[,.;:]/.test(after)));
      if (mod === 'the' && !isWeekend && unit !== 'D' && !framed) return null;
      // ABC's "This Week": a capitalised title in quotes.
      if (/^\p{Lu}/u.test(hit.g.unit!) && /["“‘']$/.test(before)) return null;
      if (mod === 'past' || (mod === 'that' && isWeekend)) return null;
      // "the year of the dragon", "the week of March 2": the period is named by what follows.
      if (/^(?:the|that|the same)$/.test(mod) && /^\s+of\b/i.test(after)) return null;
      // "the following day", "the previous day", "that year": from the date the article just named.
      const from: Shift = unit === 'D' || /^(?:the following|that|the same)$/.test(mod) ? 'anchor' : 'ref';
      if (unit === 'D' && !/^(?:the following|the next|next|the previous|that|the same|the)$/.test(mod)) return null;
      // "the day he died": a day named by a clause, not a date we can place; but set beside a date it
      // restates it ("after Oct. 12, the day before the crash").
      if (
        unit === 'D' &&
        mod === 'the' &&
        !APPOSITION.test(before) &&
        /^\s+(?:before|after|of|when|that|which|he|she|they|it|we|i|you|the|a|an|his|her|their|its|our)\b/i.test(
          textAfter(s, hit.end),
        )
      )
        return null;
      let shift: number | null;
      if (/^(?:this|the current|the|that|the same)$/.test(mod)) shift = mod === 'the' && isWeekend ? null : 0;
      else if (/^(?:last|the past|the last|this past|the latest|the prior|the previous)$/.test(mod)) shift = -1;
      else shift = 1;
      const rule =
        from === 'anchor'
          ? 'period.anchored'
          : mod === 'the'
            ? 'period.the'
            : shift === 0
              ? 'period.this'
              : shift === -1
                ? 'period.last'
                : 'period.next';
      if (rule !== name) return null;
      const comparesAmount = unit === 'Y' && shift === -1 && from === 'ref' && AMOUNT_BEFORE.test(before);
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        resolve: (ctx) => {
          if (isWeekend) return ctx.ref ? weekend(ctx.ref, shift, ctx.dir) : null;
          if (comparesAmount && ctx.topicQuarter && !NON_QUARTER_PERIOD.test(s.text))
            return shiftYears(ctx.topicQuarter, -1);
          const base = baseValue(ctx, from, unit);
          if (!base) return null;
          if (from === 'anchor')
            return shiftValue(base, unit, shift ?? 0) ?? (ctx.ref ? shiftUnit(ctx.ref, unit, shift ?? 0) : null);
          return shiftUnit(dayOf(base)!, unit, shift ?? 0);
        },
      };
    }),
  );
export const periodThis = period('period.this', ['Sales rose this year.']);
export const periodLast = period('period.last', ['Sales rose last year.', 'Sales rose over the past month.']);
export const periodNext = period('period.next', ['Sales will rise next year.']);
export const periodThe = period('period.the', ['Sales will rise by the end of the year.']);
export const periodAnchored = period('period.anchored', [
  'The fire began on May 2, 2023. It was out the following day.',
]);

export const weekOf = dateRule('period.week-of', ['Sales rose in the week of March 6.'], (s) =>
  scan(s, WEEK_OF, (hit) => {
    if (!/^\p{Lu}/u.test(hit.g.mon!)) return null;
    const m = monthIndex(hit.g.mon!);
    const d = parseInt(hit.g.day!, 10);
    const year = hit.g.year ? +hit.g.year : null;
    return {
      start: hit.start,
      end: hit.end,
      type: 'date',
      resolve: (ctx) => {
        const day = year !== null ? { y: year, m, d } : ctx.ref ? resolveMonthDay(ctx.ref, m, d, ctx.dir) : null;
        if (!day || !isValidDay(day)) return null;
        const { y, w } = isoWeek(day);
        return `${fmtYear(y)}-W${String(w).padStart(2, '0')}`;
      },
    };
  }),
);

export const dayAround = dateRule(
  'period.day-around',
  ['The fire began on May 2, 2023. He had left the day before.'],
  (s) =>
    scan(s, DAY_AROUND, (hit) => {
      const shift = hit.g.dir!.toLowerCase() === 'before' ? -1 : 1;
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        resolve: (ctx) => {
          const base = dayOf(ctx.anchorDay) ?? ctx.ref;
          return base ? shiftUnit(base, 'D', shift) : null;
        },
      };
    }),
);
