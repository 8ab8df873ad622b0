/**
 * Periods named from the publication date or from the date the article just
 * named: "last week", "this weekend", "next month", "the past year",
 * "two years ago", "three days later", "the following day", "that year".
 */
import type { Candidate, ResolveCtx, SentenceView } from '../candidate.js';
import { addDays, fmtYear, isValidDay, isoWeek, weekday, type Day } from '../calendar.js';
import { DAY_NUM, MONTH, NON_QUARTER_PERIOD, NUMBER_WORD, YEAR, countOf, monthIndex, unitOf } from '../lexicon.js';
import { dayOf, resolveMonthDay, shiftUnit, shiftValue, shiftYears } from '../resolve.js';
import { pattern, scan, textAfter, textBefore } from './scan.js';

const PERIOD = pattern(
  `(?<mod>this|last|next|past|the past|the previous|the coming|the following|the current|this past|this coming|the last|the next|the latest|the prior|the same|that|the)\\s+(?<unit>day|week(?:end)?|month|year|fiscal year|decade|century)(?![-\\w])`,
  'day|week|month|year|decade|century',
);
const AGO = pattern(
  `(?:(?:nearly|almost|about|around|some|more than|less than|over|just|only|roughly|exactly|barely)\\s+)?(?<n>${NUMBER_WORD})[\\s-]+(?<unit>second|minute|hour|day|week|month|year|decade)s?(?:\\s+or\\s+(?:so|two|three|more))?\\s+(?:(?<dir>ago|earlier|later|from now|hence)|(?<dir2>before|after)(?=\\s*(?:[,.;:!?)]|$)))`,
  'ago|earlier|later|now|hence|before|after',
);
/** "the week of March 6": the week that day falls in. */
const WEEK_OF = pattern(
  `the week of (?<mon>${MONTH})\\s*(?<day>${DAY_NUM})(?:,?\\s+(?<year>${YEAR}))?(?![:.,]?\\d)`,
  'week of',
);
const DAY_AROUND = pattern(`the day (?<dir>before|after)(?=\\s*[,.;:!?)]|\\s*$)`, 'the day');

type Shift = 'ref' | 'anchor';

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

export function relativePeriods(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  out.push(
    ...scan(s, PERIOD, (hit) => {
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
      // "the day he died": a day named by a clause, not a date we can place.
      if (
        unit === 'D' &&
        mod === 'the' &&
        /^\s+(?:before|after|of|when|that|which|he|she|they|it|we|i|you|the|a|an|his|her|their|its|our)\b/i.test(
          textAfter(s, hit.end),
        )
      )
        return null;
      let shift: number | null;
      if (/^(?:this|the current|the|that|the same)$/.test(mod)) shift = mod === 'the' && isWeekend ? null : 0;
      else if (/^(?:last|the past|the last|this past|the latest|the prior|the previous)$/.test(mod)) shift = -1;
      else shift = 1;
      const rule = from === 'anchor' ? 'period.anchored' : `period.${mod.replace(/\s+/g, '-')}`;
      const comparesAmount = unit === 'Y' && shift === -1 && from === 'ref' && AMOUNT_BEFORE.test(before);
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        rule,
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
    ...scan(s, AGO, (hit) => {
      const unit = unitOf(hit.g.unit!)!;
      const n = countOf(hit.g.n!.replace(/^a couple.*/, 'two'));
      // "two days before the vote" is placed by an event we cannot date; alone, "two days after" is.
      const dirWord = (hit.g.dir ?? hit.g.dir2)!.toLowerCase();
      const back = /^(?:ago|earlier|before)$/.test(dirWord) ? -1 : 1;
      // "ago" counts from the publication date, "earlier"/"later" from the date just named.
      const from: Shift = dirWord === 'ago' || dirWord === 'from now' || dirWord === 'hence' ? 'ref' : 'anchor';
      const isTime = unit === 'H' || unit === 'MIN' || unit === 'S';
      return {
        start: hit.start,
        end: hit.end,
        type: isTime ? 'time' : 'date',
        rule: `ago.${dirWord.replace(' ', '-')}`,
        resolve: (ctx) => {
          if (!ctx.ref) return null;
          if (n === null || isTime) return back < 0 ? 'PAST_REF' : 'FUTURE_REF';
          if (unit === 'Y' && n === 1) {
            // "up from $5 million a year ago" in a quarterly report: the same quarter a year before,
            // unless the sentence compares longer periods ("the first nine months").
            if (ctx.topicQuarter && !NON_QUARTER_PERIOD.test(s.text)) return shiftYears(ctx.topicQuarter, back);
            if (ctx.anchor && ctx.anchorNear && /^\d{4}-(?:Q\d|\d\d)$/.test(ctx.anchor))
              return shiftYears(ctx.anchor, back);
          }
          const base =
            from === 'anchor' && dayOf(ctx.anchorDay) && (unit === 'D' || unit === 'W')
              ? dayOf(ctx.anchorDay)!
              : ctx.ref;
          // "a week ago", "two weeks ago" name a day (TimeML); "six weeks ago" is too far to mean one: a week.
          // "a decade ago" is a year (not a decade).
          if (unit === 'W') return n >= 3 ? shiftUnit(base, 'W', back * n) : shiftUnit(base, 'D', back * n * 7);
          if (unit === 'DE') return shiftUnit(base, 'Y', back * n * 10);
          return shiftUnit(base, unit, back * n);
        },
      };
    }),
    ...scan(s, WEEK_OF, (hit) => {
      if (!/^\p{Lu}/u.test(hit.g.mon!)) return null;
      const m = monthIndex(hit.g.mon!);
      const d = parseInt(hit.g.day!, 10);
      const year = hit.g.year ? +hit.g.year : null;
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        rule: 'period.week-of',
        resolve: (ctx) => {
          const day = year !== null ? { y: year, m, d } : ctx.ref ? resolveMonthDay(ctx.ref, m, d, ctx.dir) : null;
          if (!day || !isValidDay(day)) return null;
          const { y, w } = isoWeek(day);
          return `${fmtYear(y)}-W${String(w).padStart(2, '0')}`;
        },
      };
    }),
    ...scan(s, DAY_AROUND, (hit) => {
      const shift = hit.g.dir!.toLowerCase() === 'before' ? -1 : 1;
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        rule: 'period.day-around',
        resolve: (ctx) => {
          const base = dayOf(ctx.anchorDay) ?? ctx.ref;
          return base ? shiftUnit(base, 'D', shift) : null;
        },
      };
    }),
  );
  return out;
}
