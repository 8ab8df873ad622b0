/**
 * Seasons: "this summer", "last fall", "the winter of 1994", "in spring".
 */
import { dateRule, type DateRuleName } from '../rule.js';
import { fmtYear } from '../calendar.js';
import { SEASONS, YEAR } from '../words.js';
import { pattern, scan, textBefore, tokenAt } from './scan.js';

const SEASON_RE = pattern(
  `(?:(?<mod>this|last|next|this past|this coming|the coming|the past|the|early|late|mid)\\s+)?(?<season>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?`,
  'spring|summer|fall|autumn|winter',
);
const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

/** Season index 0-3 (spring first) of a month, winter counted in the year of its December. */
function seasonOfMonth(m: number): { idx: number; yShift: number } {
  if (m <= 2) return { idx: 3, yShift: -1 };
  return { idx: Math.floor(m / 3) - 1, yShift: 0 };
}

/** A season's rule: by its year, else by its modifier (those that only place it in the season, "early", read the tense as "the" does). */
function seasonKind(year: number | null, mod: string): DateRuleName {
  if (year) return 'season.year';
  if (!mod) return 'season.bare';
  if (mod === 'this') return 'season.this';
  if (/last|past/.test(mod)) return 'season.last';
  if (/next|coming/.test(mod)) return 'season.next';
  return 'season.the';
}

const season = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, SEASON_RE, (hit) => {
      const tok = tokenAt(s, hit.at('season'));
      // "prices fall", "spring into action": the season must be a noun.
      if (!tok || tok.tags.has('Verb')) return null;
      const mod = hit.g.mod?.toLowerCase() ?? '';
      const year = hit.g.year ? +hit.g.year : null;
      // A bare season needs a preposition that makes it a time: "in spring", "by summer".
      const bare = !year && !mod;
      if (bare && !/\b(?:in|during|by|until|since|through|over|this|last|next)\s+$/i.test(textBefore(s, hit.start)))
        return null;
      if (seasonKind(year, mod) !== name) return null;
      const code = SEASONS[hit.g.season!.toLowerCase()]!;
      const target = SEASON_ORDER.indexOf(code);
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
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
  );
export const seasonYear = season('season.year', ['It snowed in the winter of 1994.']);
export const seasonBare = season('season.bare', ['It opens in spring.']);
export const seasonThis = season('season.this', ['It opens this summer.']);
export const seasonLast = season('season.last', ['It opened last fall.']);
export const seasonNext = season('season.next', ['It opens next spring.']);
export const seasonThe = season('season.the', ['It opened in the summer.', 'It opens in early spring.']);
