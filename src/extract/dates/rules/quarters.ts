/**
 * Quarters, halves and fiscal periods: "the third quarter", "third-quarter",
 * "the first quarter of 2009", "next year's first quarter", "the latest quarter",
 * "the year-earlier quarter", "the current fiscal year".
 */
import type { Candidate, ResolveCtx, SentenceView } from '../candidate.js';
import { fmtYear } from '../calendar.js';
import { YEAR, ordinalOf } from '../lexicon.js';
import { resolveQuarterYear, shiftUnit, shiftYears } from '../resolve.js';
import { pattern, scan } from './scan.js';

const ORDINAL_PERIOD = pattern(
  `(?:(?:the|its|their|a|this|that)\\s+)?(?:(?<relpos>this|last|next) year's\\s+)?(?:(?<ylead>${YEAR})\\s+)?(?:(?:fiscal|flat|calendar|financial)[\\s-]+)?` +
    `(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+(?:fiscal[\\s-]+)?(?<unit>quarter|half)` +
    `(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?(?<ytrail>${YEAR})|(?<reltrail>this|last|next) year|the (?<cur>current )?year))?`,
);
const RELATIVE_QUARTER = pattern(
  `(?<mod>the|this|last|next|the latest|the current|the previous|the past|the most recent|the recent|the prior|that|the same|the coming|the next|the last)\\s+(?:fiscal\\s+)?quarter(?!s)`,
);
const YEAR_AGO_PERIOD = pattern(
  `(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+)?(?:year-earlier|year-ago|year earlier|prior-year|previous-year|last year's)(?:\\s+(?<ord>first|second|third|fourth)(?:\\s+|-))?(?:\\s*(?:quarter|period))?` +
    `|the (?:same|corresponding|comparable) (?:quarter|period)(?: of)? (?:a year (?:earlier|ago)|last year|the previous year|the prior year)` +
    `|the quarter a year (?:earlier|ago)`,
);
const FISCAL_YEAR = pattern(`(?<mod>the current|this|the|last|next|the latest|the previous|the prior)\\s+fiscal year`);

const fmtQ = (y: number, q: number): string => `${fmtYear(y)}-Q${q}`;

/** The quarter the article is talking about: the last one it named, else the last completed one. */
function currentTopicQuarter(ctx: ResolveCtx): string | null {
  const q = ctx.anchor ? /^(\d{4}-Q[1-4])$/.exec(ctx.anchor) : null;
  if (q) return q[1]!;
  return ctx.ref ? shiftUnit(ctx.ref, 'Q', -1) : null;
}

export function quarters(s: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  out.push(
    ...scan(s, ORDINAL_PERIOD, (hit) => {
      const ordWord = hit.g.ord!.toLowerCase();
      const isHalf = hit.g.unit!.toLowerCase() === 'half';
      const unitLetter = isHalf ? 'H' : 'Q';
      const max = isHalf ? 2 : 4;
      const ord = ordinalOf(ordWord) || (/^(?:final|last)$/.test(ordWord) ? max : 0);
      if (ord === 0 || ord > max) return null;
      const fixedYear = hit.g.ylead ? +hit.g.ylead : hit.g.ytrail ? +hit.g.ytrail : null;
      const rel = (hit.g.relpos ?? hit.g.reltrail)?.toLowerCase();
      const lastMeansPrevious = ordWord === 'last' && fixedYear === null && !rel && !hit.g.cur;
      return {
        start: hit.start, end: hit.end, type: 'date', rule: isHalf ? 'half.ordinal' : 'quarter.ordinal',
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
    ...scan(s, RELATIVE_QUARTER, (hit) => {
      const mod = hit.g.mod!.toLowerCase();
      return {
        start: hit.start, end: hit.end, type: 'date', rule: `quarter.${mod.replace(/\s+/g, '-')}`,
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
    ...scan(s, YEAR_AGO_PERIOD, (hit) => {
      const ord = hit.g.ord ? ordinalOf(hit.g.ord) : 0;
      return {
        start: hit.start, end: hit.end, type: 'date', rule: 'quarter.year-ago',
        resolve: (ctx) => {
          if (!ctx.ref) return null;
          if (ord) return fmtQ(ctx.ref.y - 1, ord);
          const topic = currentTopicQuarter(ctx);
          return topic ? shiftYears(topic, -1) : null;
        },
      };
    }),
    ...scan(s, FISCAL_YEAR, (hit) => {
      const mod = hit.g.mod!.toLowerCase();
      const shift = /^(?:last|the latest|the previous|the prior)$/.test(mod) ? -1 : mod === 'next' ? 1 : 0;
      return {
        start: hit.start, end: hit.end, type: 'date', rule: 'fiscal.year',
        resolve: (ctx) => (ctx.ref ? fmtYear(ctx.ref.y + shift) : null),
      };
    }),
  );
  return out;
}

