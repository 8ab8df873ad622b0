/**
 * Years spelled out, as in broadcast transcripts: "nineteen ninety-six",
 * "the year two thousand", "January nineteen ninety-seven", "the winter of nineteen ninety-four".
 */
import type { Candidate, SentenceView } from '../candidate.js';
import { fmtMonth, fmtYear } from '../calendar.js';
import { MONTH, SEASONS, monthIndex } from '../lexicon.js';
import { isCapitalized, pattern, scan, textAfter } from './scan.js';

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const TWO_DIGITS = `(?:${TEENS.join('|')}|(?:${TENS.join('|')})(?:[\\s-]+(?:${UNITS.join('|')}))?|oh[\\s-]+(?:${UNITS.join('|')}))`;
const SPELLED = `(?:(?:nineteen|eighteen|twenty)[\\s-]+(?:hundred(?:[\\s-]+and)?[\\s-]+)?${TWO_DIGITS}|two thousand(?:(?:[\\s-]+and)?[\\s-]+(?:${UNITS.join('|')}|${TEENS.join('|')}))?)`;
const YEAR_RE = pattern(
  `(?:(?<mon>${MONTH})\\s+|the year\\s+|(?:the\\s+)?(?<season>spring|summer|fall|autumn|winter)\\s+of\\s+)?(?<year>${SPELLED})`,
  'nineteen|eighteen|twenty|two thousand',
);

/** 0-99 from words like "ninety-six", "oh five", "eleven". */
function twoDigits(words: string[]): number | null {
  if (words[0] === 'oh') return UNITS.indexOf(words[1] ?? '') + 1 || null;
  const teen = TEENS.indexOf(words[0]!);
  if (teen >= 0) return 10 + teen;
  const tens = TENS.indexOf(words[0]!);
  if (tens < 0) return null;
  return (tens + 2) * 10 + (words[1] ? UNITS.indexOf(words[1]) + 1 : 0);
}

export function spelledYear(text: string): number | null {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and' && w !== 'hundred');
  if (words[0] === 'two' && words[1] === 'thousand') {
    const rest = words[2];
    if (!rest) return 2000;
    const n = UNITS.indexOf(rest) + 1 || (TEENS.indexOf(rest) >= 0 ? 10 + TEENS.indexOf(rest) : 0);
    return n ? 2000 + n : null;
  }
  const century = { eighteen: 1800, nineteen: 1900, twenty: 2000 }[words[0]!];
  const rest = twoDigits(words.slice(1));
  return century === undefined || rest === null ? null : century + rest;
}

export function spelledYears(s: SentenceView): Candidate[] {
  return scan(s, YEAR_RE, (hit) => {
    const y = spelledYear(hit.g.year!);
    if (y === null) return null;
    // "two thousand years": a count.
    if (/^\s+(?:years|people|of|miles|dollars)\b/i.test(textAfter(s, hit.end))) return null;
    const mon = hit.g.mon && isCapitalized(hit.g.mon) ? monthIndex(hit.g.mon) : 0;
    const start = hit.g.mon && !mon ? hit.at('year') : hit.start;
    // "the winter of nineteen ninety-four", as "the winter of 1994" (rules/seasons-decades.ts).
    const season = hit.g.season ? SEASONS[hit.g.season.toLowerCase()] : undefined;
    if (season)
      return {
        start,
        end: hit.end,
        type: 'date',
        rule: 'season.spelled-year',
        resolve: () => `${fmtYear(y)}-${season}`,
      };
    return {
      start,
      end: hit.end,
      type: 'date',
      rule: mon ? 'absolute.month-spelled-year' : 'year.spelled',
      resolve: () => (mon ? fmtMonth(y, mon) : fmtYear(y)),
    };
  });
}
