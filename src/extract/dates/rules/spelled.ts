/**
 * Years spelled out, as in broadcast transcripts: "nineteen ninety-six",
 * "the year two thousand", "January nineteen ninety-seven", "the winter of nineteen ninety-four".
 */
import type { SentenceView } from '../candidate.js';
import { dateRule, type DateRuleName } from '../rule.js';
import { fmtMonth, fmtYear } from '../calendar.js';
import { MONTH, SEASONS, monthIndex } from '../words.js';
import { isCapitalized, pattern, scan, textAfter, type Hit } from './scan.js';

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

/** Which of the three spelled-year rules a match is, with its value, or null for a count ("two thousand years"). */
function spelledKind(s: SentenceView, hit: Hit): { name: DateRuleName; start: number; value: string } | null {
  const y = spelledYear(hit.g.year!);
  if (y === null) return null;
  // "two thousand years": a count.
  if (/^\s+(?:years|people|of|miles|dollars)\b/i.test(textAfter(s, hit.end))) return null;
  const mon = hit.g.mon && isCapitalized(hit.g.mon) ? monthIndex(hit.g.mon) : 0;
  const start = hit.g.mon && !mon ? hit.at('year') : hit.start;
  // "the winter of nineteen ninety-four", as "the winter of 1994" (rules/seasons.ts).
  const season = hit.g.season ? SEASONS[hit.g.season.toLowerCase()] : undefined;
  if (season) return { name: 'spelled.season-year', start, value: `${fmtYear(y)}-${season}` };
  return mon
    ? { name: 'spelled.month-year', start, value: fmtMonth(y, mon) }
    : { name: 'spelled.year', start, value: fmtYear(y) };
}

const spelled = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, YEAR_RE, (hit) => {
      const k = spelledKind(s, hit);
      return k && k.name === name ? { start: k.start, end: hit.end, type: 'date', resolve: () => k.value } : null;
    }),
  );
export const spelledSeasonYear = spelled('spelled.season-year', ['It was cold in the winter of nineteen ninety-four.']);
export const spelledMonthYear = spelled('spelled.month-year', ['It began in January nineteen ninety-seven.']);
export const spelledYearAlone = spelled('spelled.year', ['It began in nineteen ninety-six.']);
