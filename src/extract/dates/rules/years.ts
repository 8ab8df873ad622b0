/**
 * Years: a bare year ("1998", "fiscal 2009"), a range of years ("2009-2010"),
 * "since '82", and the current year as a whole ("the full year", "year-end").
 */
import type { SentenceView } from '../candidate.js';
import { fmtYear } from '../calendar.js';
import { YEAR } from '../words.js';
import { dateRule, type DateRuleName } from '../rule.js';
import { gated, isCapitalized, pattern, scan, textBefore, tokenAfter, tokenAt, tokenBefore, type Hit } from './scan.js';

/** "since '82", "in ’95": a two-digit year with its apostrophe, trusted only after a preposition of time. */
const APOS_YEAR = gated(
  /(?<=\b(?:since|in|until|till|by|from|before|after|through|of)\s+)['’](?<yy>\d\d)(?![\p{L}\p{N}]|['’]?s\b)/dgiu,
  "['’]\\d\\d",
);
/** "2009-2010", "1957-58", "1995–96" (a range of years; not "2000-01-05"). */
const YEAR_RANGE = pattern(`(?<y1>${YEAR})[-–](?<y2>${YEAR}|\\d\\d)(?![-–/.:]?\\d)`, '\\d');
const BARE_YEAR = pattern(`(?:(?<fiscal>fiscal(?:\\s+year)?|FY)\\s*)?(?<year>${YEAR})(?!s|-\\d|\\.\\d|,\\d)`, '\\d');

/** "the full year", "the entire year" (of the period just named), "the current year", "year-end". */
const WHOLE_YEAR = pattern(
  `the (?:full|entire|whole|current|calendar) year|(?:the\\s+)?year(?:-end|\\s+end|['’]s\\s+end)`,
  'year',
);

export const yearRange = dateRule('year.range', ['The 2009-2010 season was long.'], (s) =>
  scan(s, YEAR_RANGE, (hit) => {
    const y1 = +hit.g.y1!;
    const y2 = hit.g.y2!.length === 4 ? +hit.g.y2! : Math.floor(y1 / 100) * 100 + +hit.g.y2!;
    if (y2 <= y1 || y2 - y1 > 50) return null;
    // "2009-2010", "1957-58": each year is a date of its own
    const split = hit.at('y2');
    return [
      { start: hit.start, end: split - 1, type: 'date', resolve: () => fmtYear(y1) },
      { start: split, end: hit.end, type: 'date', resolve: () => fmtYear(y2) },
    ];
  }),
);

export const yearApostrophe = dateRule('year.apostrophe', ["Prices have risen since '82."], (s) =>
  scan(s, APOS_YEAR, (hit) => ({
    start: hit.start,
    end: hit.end,
    type: 'date',
    resolve: (ctx) => {
      // The century that puts the year nearest the publication year ("since '82" in 2008 is 1982).
      const base = ctx.ref ? ctx.ref.y : 2000;
      const yy = +hit.g.yy!;
      return fmtYear(Math.round((base - yy) / 100) * 100 + yy);
    },
  })),
);

/** Which of the two bare-year rules a match is, or null when it is a count, a price or part of a name. */
function bareYearKind(s: SentenceView, hit: Hit): DateRuleName | null {
  const tok = tokenAt(s, hit.at('year'));
  if (!tok || !/^\d{4}$/.test(tok.text) || tok.tags.has('Money') || tok.tags.has('Percent')) return null;
  const before = textBefore(s, hit.start);
  if (/[$€£#№]\s*$|\bno\.\s*$/i.test(before)) return null;
  // "1500 people", "2000 troops": a count, not a year.
  const next = tokenAfter(s, tok.end);
  const prev = tokenBefore(s, tok.start);
  if (!hit.g.fiscal && tok.post.trim() === '' && next && next.tags.has('Plural') && !next.tags.has('Date')) return null;
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
  return hit.g.fiscal ? 'year.fiscal' : 'year.bare';
}

const bareYear = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, BARE_YEAR, (hit) =>
      bareYearKind(s, hit) === name
        ? { start: hit.start, end: hit.end, type: 'date', resolve: () => fmtYear(+hit.g.year!) }
        : null,
    ),
  );
export const yearBare = bareYear('year.bare', ['The bridge was built in 1998.']);
export const yearFiscal = bareYear('year.fiscal', ['Sales fell in fiscal 2009.']);

/** Which of the two whole-year rules a match is ("the full year" is the year of the period just named). */
const wholeYear = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, WHOLE_YEAR, (hit) => {
      // "a loss in the fourth quarter of 2005 and for the entire year": the year of that quarter.
      const ofNamed = /^the (?:full|entire|whole) year$/i.test(hit.m[0]);
      if ((ofNamed ? 'year.full' : 'year.whole') !== name) return null;
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        resolve: (ctx) => {
          const named = ofNamed && ctx.anchorNear ? /^(\d{4})-(?:Q|H|\d\d)/.exec(ctx.anchor ?? '') : null;
          if (named) return named[1]!;
          return ctx.ref ? fmtYear(ctx.ref.y) : null;
        },
      };
    }),
  );
export const yearFull = wholeYear('year.full', ['Profit rose in the fourth quarter of 2005 and for the full year.']);
export const yearWhole = wholeYear('year.whole', ['Prices should ease by year-end.']);
