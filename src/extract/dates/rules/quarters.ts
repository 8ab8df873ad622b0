/**
 * Quarters, halves and fiscal periods: "the third quarter", "third-quarter",
 * "the first quarter of 2009", "next year's first quarter", "the latest quarter",
 * "the year-earlier quarter", "the current fiscal year" (the whole year, "year-end", is in years.ts).
 */
import type { ResolveCtx, SentenceView } from '../candidate.js';
import { dateRule, type DateRuleName } from '../rule.js';
import { fmtYear, quarterOf } from '../calendar.js';
import { MONTH, NON_QUARTER_PERIOD, YEAR, monthIndex, ordinalOf } from '../words.js';
import { resolveQuarterYear, shiftUnit, shiftYears } from '../resolve.js';
import { pattern, scan, textAfter, textBefore, tokenAfter, type Hit } from './scan.js';

const ORDINAL_PERIOD = pattern(
  `(?:(?<art>the|its|their|a|this|that)\\s+)?(?:(?<relpos>this|last|next) year['’]s\\s+)?(?:(?<ylead>${YEAR})\\s+)?(?:(?:fiscal|flat|calendar|financial)[\\s-]+)?` +
    `(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+(?:fiscal[\\s-]+)?(?<unit>quarter|half)` +
    `(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?(?<ytrail>${YEAR})|(?<reltrail>this|last|next) year|the (?<cur>current )?year))?`,
  'quarter|half',
);
/** "the first two quarters of 1990": a half year named by its quarters (without a year it stays a duration). */
const TWO_QUARTERS_OF = pattern(
  `(?:the\\s+)?(?<which>first|last|final|second)\\s+(?:two|2)\\s+quarters\\s+of\\s+(?:(?:fiscal\\s+)?(?<year>${YEAR})|(?<rel>this|last|next) year)`,
  'quarters',
);
const RELATIVE_QUARTER = pattern(
  `(?<mod>the|this|last|next|the latest|the current|the previous|the past|the most recent|the recent|the prior|that|the same|the coming|the next|the last)\\s+(?:fiscal\\s+)?quarter(?!s)`,
  'quarter',
);
const YEAR_AGO_PERIOD = pattern(
  `(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+)?(?:year-earlier|year-ago|year earlier|prior-year|previous-year|last year['’]s)(?:\\s+(?<ord>first|second|third|fourth)(?:\\s+|-))?(?:\\s*(?<unit>quarter|period))?` +
    `|the quarter a year (?:earlier|ago)`,
  'year',
);
/** "the same month a year ago", "the corresponding period last year": the period just named, a year back. */
const SAME_PERIOD_AGO = pattern(
  `the (?:same|corresponding|comparable) (?<unit>quarter|period|month|week|day|time)(?: of)? (?:a year (?:earlier|ago|before)|last year|the (?:previous|prior|last) year)`,
  'year',
);
/** "the 1988 period", "the 1989 quarter": in a quarterly report, that year's reported quarter. */
const YEAR_PERIOD = pattern(`the (?<year>${YEAR})(?:\\s+fiscal)? (?<unit>quarter|period)`, '\\d');
const LATEST_PERIOD = pattern(`the (?:latest|most recent|recent|current) period`, 'period');
/** Business shorthand: "Q3", "Q3 2023", "Q1'24", "H1 2022", "FY2023", "FY23". */
const SHORTHAND = pattern(
  `(?:(?<q>Q[1-4])|(?<h>H[12]))(?:\\s*(?:FY)?\\s*(?:(?<y>${YEAR})|'(?<yy>\\d\\d)))?|FY\\s?(?<fy>${YEAR}|\\d\\d)(?![\\p{L}\\p{N}])`,
  '[qh][1-4]|fy',
);
const FISCAL_YEAR = pattern(
  `(?<mod>the current|this|the|last|next|the latest|the previous|the prior)\\s+fiscal year`,
  'fiscal',
);

const fmtQ = (y: number, q: number): string => `${fmtYear(y)}-Q${q}`;

/** The quarter the article is talking about: the last one it named, else the last completed one. */
function currentTopicQuarter(ctx: ResolveCtx): string | null {
  if (ctx.topicQuarter) return ctx.topicQuarter;
  return ctx.ref ? shiftUnit(ctx.ref, 'Q', -1) : null;
}

/**
 * "After a flat second quarter, ...": a quarter named with "a" is a comparison, not
 * the one reported on; in "a third-quarter loss" the article belongs to the loss.
 */
function indefiniteQuarter(s: SentenceView, hit: Hit): boolean {
  const art = hit.g.art?.toLowerCase();
  const indefinite = art === 'a' || (!art && /\ba\s+[a-z]+\s+$/i.test(textBefore(s, hit.start)));
  if (!indefinite || /-\s*(?:fiscal[\s-]+)?(?:quarter|half)/i.test(hit.m[0])) return false;
  const next = /^\s*[\p{L}\p{N}]/u.test(textAfter(s, hit.end)) ? tokenAfter(s, hit.end) : null;
  return (
    !next ||
    !/^(?:net|loss|losses|profit|profits|earnings|income|sales|revenue|results|deficit|growth|dividend|gain|decline|drop|rise)$/i.test(
      next.normal,
    )
  );
}

/** "the quarter ended Sept. 30": the month (1-12) that closes a quarter, or 0. */
const CLOSING = new RegExp(`^\\s*,?\\s+end(?:ed|ing)\\s+(?:on\\s+)?(${MONTH})\\s*\\d{1,2}\\b(?!,?\\s*\\d{4})`, 'iu');

function closingMonth(after: string): number {
  const m = CLOSING.exec(after);
  return m && /^\p{Lu}/u.test(m[1]!) ? monthIndex(m[1]!) : 0;
}

/** Whether the date just named is a day of the reported quarter (its closing day, typically). */
function dayInTopicQuarter(ctx: ResolveCtx): boolean {
  const m = ctx.anchor ? /^(\d{4})-(\d\d)-\d\d/.exec(ctx.anchor) : null;
  return !!m && !!ctx.topicQuarter && ctx.topicQuarter === fmtQ(+m[1]!, quarterOf(+m[2]!));
}

const ordinal = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, ORDINAL_PERIOD, (hit) => {
      const ordWord = hit.g.ord!.toLowerCase();
      const isHalf = hit.g.unit!.toLowerCase() === 'half';
      if ((isHalf ? 'quarter.half-ordinal' : 'quarter.ordinal') !== name) return null;
      const unitLetter = isHalf ? 'H' : 'Q';
      const max = isHalf ? 2 : 4;
      const ord = ordinalOf(ordWord) || (/^(?:final|last)$/.test(ordWord) ? max : 0);
      if (ord === 0 || ord > max) return null;
      const fixedYear = hit.g.ylead ? +hit.g.ylead : hit.g.ytrail ? +hit.g.ytrail : null;
      const rel = (hit.g.relpos ?? hit.g.reltrail)?.toLowerCase();
      const lastMeansPrevious = ordWord === 'last' && fixedYear === null && !rel && !hit.g.cur;
      // "a third-quarter loss", "its fourth quarter": the determiner belongs to the noun phrase, not to the date;
      // "the third quarter" keeps its article (TimeML spans).
      const art = hit.g.art?.toLowerCase();
      const modifier = /-\s*(?:fiscal[\s-]+)?(?:quarter|half)$/i.test(
        hit.m[0].replace(/\s+(?:of\s+)?(?:fiscal\s+)?(?:\d{4}|(?:this|last|next) year|the (?:current )?year)$/i, ''),
      );
      const start =
        art && (modifier || /^(?:its|their|that)$/.test(art))
          ? hit.start + /^\S+\s+/.exec(hit.m[0])![0].length
          : hit.start;
      return {
        start,
        end: hit.end,
        type: 'date',
        topic: !isHalf && fixedYear === null && rel !== 'last' && !indefiniteQuarter(s, hit),
        resolve: (ctx) => {
          if (fixedYear !== null) return `${fmtYear(fixedYear)}-${unitLetter}${ord}`;
          if (!ctx.ref) return null;
          if (lastMeansPrevious && !isHalf) return shiftUnit(ctx.ref, 'Q', -1);
          if (rel) return `${fmtYear(ctx.ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0))}-${unitLetter}${ord}`;
          if (isHalf) {
            const cur = ctx.ref.m <= 6 ? 1 : 2;
            return `${fmtYear(ord <= cur || ctx.dir !== 'past' ? ctx.ref.y : ctx.ref.y - 1)}-H${ord}`;
          }
          return fmtQ(resolveQuarterYear(ctx.ref, ord, ctx.dir), ord);
        },
      };
    }),
  );
export const quarterOrdinal = ordinal('quarter.ordinal', ['Profit rose in the third quarter.']);
export const quarterHalfOrdinal = ordinal('quarter.half-ordinal', ['Profit rose in the first half of 2009.']);

/** "the first two quarters of 1990": the half year. */
export const twoQuarters = dateRule('quarter.two-quarters', ['Profit rose in the first two quarters of 1990.'], (s) =>
  scan(s, TWO_QUARTERS_OF, (hit) => {
    const half = hit.g.which!.toLowerCase() === 'first' ? 1 : 2;
    const rel = hit.g.rel?.toLowerCase();
    return {
      start: hit.start,
      end: hit.end,
      type: 'date',
      resolve: (ctx) => {
        const y = hit.g.year
          ? +hit.g.year
          : ctx.ref
            ? ctx.ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0)
            : null;
        return y === null ? null : `${fmtYear(y)}-H${half}`;
      },
    };
  }),
);

/** A relative quarter's rule by its modifier ("the quarter ended Sept. 30" is quarter.ended whatever the modifier). */
function relativeKind(mod: string): DateRuleName {
  if (/^(?:this|the current)$/.test(mod)) return 'quarter.this';
  if (/^(?:next|the coming|the next)$/.test(mod)) return 'quarter.next';
  if (/^(?:last|the previous|the past|the prior|the last)$/.test(mod)) return 'quarter.last';
  return 'quarter.reported';
}

const relative = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, RELATIVE_QUARTER, (hit) => {
      const mod = hit.g.mod!.toLowerCase();
      const closing = /^(?:the|the latest|the most recent|the recent|that)$/.test(mod)
        ? closingMonth(textAfter(s, hit.end))
        : 0;
      if ((closing ? 'quarter.ended' : relativeKind(mod)) !== name) return null;
      if (closing) {
        return {
          start: hit.start,
          end: hit.end,
          type: 'date',
          topic: true,
          resolve: (ctx) => {
            if (!ctx.ref) return null;
            // A quarter the article already named keeps its (maybe fiscal) label: "the fiscal first quarter ... the quarter ended Sept. 30".
            if (ctx.topicQuarter) return ctx.topicQuarter;
            // Three months up to the closing month: most of them lie in the quarter of the middle one
            // ("the quarter ended July 31" is May-July, the second quarter).
            const y = closing <= ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1;
            const middle = closing === 1 ? { y: y - 1, m: 12 } : { y, m: closing - 1 };
            return fmtQ(middle.y, quarterOf(middle.m));
          },
        };
      }
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        topic: !/^(?:last|the previous|the past|the prior|the last|next|the coming|the next)$/.test(mod),
        resolve: (ctx) => {
          if (!ctx.ref) return null;
          if (/^(?:this|the current)$/.test(mod)) return shiftUnit(ctx.ref, 'Q', 0);
          if (/^(?:next|the coming|the next)$/.test(mod)) return shiftUnit(ctx.ref, 'Q', 1);
          if (/^(?:last|the previous|the past|the prior|the last)$/.test(mod)) return shiftUnit(ctx.ref, 'Q', -1);
          // "the quarter", "the latest quarter": the one being reported, or the last completed one.
          if (ctx.dir === 'future' && mod === 'the') return shiftUnit(ctx.ref, 'Q', 0);
          return currentTopicQuarter(ctx);
        },
      };
    }),
  );
export const quarterEnded = relative('quarter.ended', ['Profit rose in the quarter ended Sept. 30.']);
export const quarterThis = relative('quarter.this', ['Profit will rise this quarter.']);
export const quarterNext = relative('quarter.next', ['Profit will rise next quarter.']);
export const quarterLast = relative('quarter.last', ['Profit fell in the previous quarter.']);
export const quarterReported = relative('quarter.reported', ['Profit rose 5% in the latest quarter.']);

const yearAgo = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, YEAR_AGO_PERIOD, (hit) => {
      const ord = hit.g.ord ? ordinalOf(hit.g.ord) : 0;
      // Without "quarter"/"period" ("year-ago results") it is the year before.
      const yearOnly = !hit.g.unit && !ord && !/quarter/i.test(hit.m[0]);
      if ((yearOnly ? 'quarter.year-ago-bare' : 'quarter.year-ago') !== name) return null;
      // "the year-ago results": the article goes with "results"; "the year-ago quarter" keeps it.
      const lead = yearOnly ? /^the\s+/i.exec(hit.m[0]) : null;
      return {
        start: hit.start + (lead ? lead[0].length : 0),
        end: hit.end,
        type: 'date',
        resolve: (ctx) => {
          if (!ctx.ref) return null;
          if (ord) return fmtQ(ctx.ref.y - 1, ord);
          // "year-earlier profit" in a quarterly report compares with the same quarter.
          if (yearOnly)
            return ctx.topicQuarter && !NON_QUARTER_PERIOD.test(s.text)
              ? shiftYears(ctx.topicQuarter, -1)
              : fmtYear(ctx.ref.y - 1);
          const topic = currentTopicQuarter(ctx);
          return topic ? shiftYears(topic, -1) : null;
        },
      };
    }),
  );
export const quarterYearAgo = yearAgo('quarter.year-ago', ['Profit rose from the year-ago quarter.']);
export const quarterYearAgoBare = yearAgo('quarter.year-ago-bare', ['Profit beat year-ago results.']);

/** "the same month a year ago", "the corresponding period last year": the period just named, a year back. */
export const samePeriodAgo = dateRule('quarter.same-period-ago', ['Profit rose from the same period last year.'], (s) =>
  scan(s, SAME_PERIOD_AGO, (hit) => {
    const unit = hit.g.unit!.toLowerCase();
    return {
      start: hit.start,
      end: hit.end,
      type: 'date',
      resolve: (ctx) => {
        if (!ctx.ref) return null;
        // "the corresponding period last year" after "the quarter ended Sept. 30": the quarter, not its last day.
        if (unit === 'quarter' || (unit === 'period' && (!ctx.anchor || dayInTopicQuarter(ctx)))) {
          return shiftYears(currentTopicQuarter(ctx) ?? '', -1);
        }
        return ctx.anchor ? shiftYears(ctx.anchor, -1) : fmtYear(ctx.ref.y - 1);
      },
    };
  }),
);

/** "the 1988 period", "the 1989 quarter": that year's reported quarter. */
export const yearPeriod = dateRule(
  'quarter.year-period',
  ['Profit rose in the third quarter from the 1988 period.'],
  (s) =>
    scan(s, YEAR_PERIOD, (hit) => {
      const y = +hit.g.year!;
      const isQuarter = hit.g.unit!.toLowerCase() === 'quarter';
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        resolve: (ctx) => {
          const q = ctx.topicQuarter ? /Q([1-4])$/.exec(ctx.topicQuarter)?.[1] : undefined;
          if (q) return fmtQ(y, +q);
          return isQuarter && ctx.ref ? fmtQ(y, +shiftUnit(ctx.ref, 'Q', -1)!.slice(-1)) : fmtYear(y);
        },
      };
    }),
);

export const latestPeriod = dateRule('quarter.latest-period', ['Profit rose 5% in the latest period.'], (s) =>
  scan(s, LATEST_PERIOD, (hit) => ({
    start: hit.start,
    end: hit.end,
    type: 'date',
    resolve: (ctx) => currentTopicQuarter(ctx),
  })),
);

const twoDigit = (yy: string, ref: { y: number } | null): number => {
  const base = ref ? ref.y : 2000;
  return Math.round((base - +yy) / 100) * 100 + +yy;
};

const shorthand = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, SHORTHAND, (hit) => {
      const g = hit.g;
      // Case matters here: "q3" or "h1" in running text are not periods.
      if (!/^(?:Q|H|FY)/.test(hit.m[0])) return null;
      if ((g.fy ? 'quarter.fiscal-shorthand' : g.q ? 'quarter.shorthand' : 'quarter.half-shorthand') !== name)
        return null;
      if (g.fy) {
        return {
          start: hit.start,
          end: hit.end,
          type: 'date',
          resolve: (ctx) => fmtYear(g.fy!.length === 4 ? +g.fy! : twoDigit(g.fy!, ctx.ref)),
        };
      }
      const letter = g.q ? 'Q' : 'H';
      const n = +(g.q ?? g.h)!.slice(1);
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        topic: letter === 'Q',
        resolve: (ctx) => {
          const y = g.y ? +g.y : g.yy ? twoDigit(g.yy, ctx.ref) : null;
          if (y !== null) return `${fmtYear(y)}-${letter}${n}`;
          if (!ctx.ref) return null;
          if (letter === 'Q') return fmtQ(resolveQuarterYear(ctx.ref, n, ctx.dir), n);
          return `${fmtYear(n <= (ctx.ref.m <= 6 ? 1 : 2) || ctx.dir !== 'past' ? ctx.ref.y : ctx.ref.y - 1)}-H${n}`;
        },
      };
    }),
  );
export const quarterShorthand = shorthand('quarter.shorthand', ['Profit rose in Q3 2023.']);
export const halfShorthand = shorthand('quarter.half-shorthand', ['Profit rose in H1 2022.']);
export const fiscalShorthand = shorthand('quarter.fiscal-shorthand', ['Profit rose in FY2023.']);

export const fiscalYear = dateRule('quarter.fiscal-year', ['Profit will rise in the current fiscal year.'], (s) =>
  scan(s, FISCAL_YEAR, (hit) => {
    const mod = hit.g.mod!.toLowerCase();
    const shift = /^(?:last|the latest|the previous|the prior)$/.test(mod) ? -1 : mod === 'next' ? 1 : 0;
    return {
      start: hit.start,
      end: hit.end,
      type: 'date',
      resolve: (ctx) => (ctx.ref ? fmtYear(ctx.ref.y + shift) : null),
    };
  }),
);
