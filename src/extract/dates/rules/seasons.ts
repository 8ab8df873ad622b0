/**
 * Seasons ("this summer", "last fall", "the winter of 1994"), decades
 * ("the 1990s", "the '80s", "the nineties", "the past decade") and centuries.
 */
import type { Candidate, SentenceView } from '../candidate.js';
import { fmtYear } from '../calendar.js';
import { SEASONS, YEAR } from '../lexicon.js';
import { pattern, scan, textBefore, tokenAt } from './scan.js';

const SEASON_RE = pattern(
  `(?:(?<mod>this|last|next|this past|this coming|the coming|the past|the|early|late|mid)\\s+)?(?<season>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?`,
  'spring|summer|fall|autumn|winter',
);
const DECADE_RE = pattern(
  `(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(?<cent>1[0-9]|20)(?<dec>\\d)0s|'(?<short>\\d)0s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))` +
    `|(?<rel>the past|the last|the previous|this|the current|the next|the coming) decade` +
    `|(?:the\\s+)?(?<nth>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century`,
  '0s|ties|decade|century',
);
const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};
const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

/** Season index 0-3 (spring first) of a month, winter counted in the year of its December. */
function seasonOfMonth(m: number): { idx: number; yShift: number } {
  if (m <= 2) return { idx: 3, yShift: -1 };
  return { idx: Math.floor(m / 3) - 1, yShift: 0 };
}

export function seasonsAndDecades(s: SentenceView): Candidate[] {
  return [
    ...scan(s, SEASON_RE, (hit) => {
      const tok = tokenAt(s, hit.at('season'));
      // "prices fall", "spring into action": the season must be a noun.
      if (!tok || tok.tags.has('Verb')) return null;
      const mod = hit.g.mod?.toLowerCase() ?? '';
      const year = hit.g.year ? +hit.g.year : null;
      // A bare season needs a preposition that makes it a time: "in spring", "by summer".
      const bare = !year && !mod;
      if (bare && !/\b(?:in|during|by|until|since|through|over|this|last|next)\s+$/i.test(textBefore(s, hit.start)))
        return null;
      const code = SEASONS[hit.g.season!.toLowerCase()]!;
      const target = SEASON_ORDER.indexOf(code);
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        rule: year ? 'season.year' : `season.${mod.replace(/\s+/g, '-') || 'bare'}`,
        resolve: (ctx) => {
          if (year) return `${fmtYear(year)}-${code}`;
          if (!ctx.ref) return null;
          const cur = seasonOfMonth(ctx.ref.m);
          const curY = ctx.ref.y + cur.yShift;
          // Seasons as a sequence: index = year * 4 + season, winter ending the year.
          const now = curY * 4 + cur.idx;
          let pick = curY * 4 + target; // this year's
          const back = /last|past/.test(mod) || (!/this|next|coming/.test(mod) && ctx.dir === 'past');
          const fwd = /next|coming/.test(mod) || (!/this|last|past/.test(mod) && ctx.dir === 'future');
          if (back && pick >= now) pick -= 4;
          if (fwd && pick <= now && !(pick === now && !/next|coming/.test(mod))) pick += 4;
          return `${fmtYear(Math.floor(pick / 4))}-${code}`;
        },
      };
    }),
    ...scan(s, DECADE_RE, (hit) => {
      const g = hit.g;
      if (g.nth) {
        const n = +g.nth;
        if (n < 1 || n > 21) return null;
        return {
          start: hit.start,
          end: hit.end,
          type: 'date',
          rule: 'century',
          resolve: () => String(n - 1).padStart(2, '0'),
        };
      }
      if (g.rel) {
        const rel = g.rel.toLowerCase();
        const shift = /past|last|previous/.test(rel) ? -1 : /next|coming/.test(rel) ? 1 : 0;
        return {
          start: hit.start,
          end: hit.end,
          type: 'date',
          rule: 'decade.relative',
          resolve: (ctx) => (ctx.ref ? String(Math.floor(ctx.ref.y / 10) + shift) : null),
        };
      }
      const digit = g.dec ?? g.short ?? (g.word ? String(DECADE_WORDS[g.word.toLowerCase()]) : undefined);
      if (digit === undefined) return null;
      const cent = g.cent;
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        rule: cent ? 'decade.numeric' : 'decade.short',
        resolve: (ctx) => {
          if (cent) return `${cent}${digit}`;
          // "the '80s": the most recent such decade before the publication date (20th century by default).
          const refY = ctx.ref?.y ?? 1999;
          let c = Math.floor(refY / 100);
          if (c * 100 + +digit * 10 > refY) c--;
          return `${c}${digit}`;
        },
      };
    }),
  ];
}
