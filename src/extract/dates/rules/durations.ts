/**
 * Durations ("three years", "the past six months", "a decade") and recurring
 * sets ("every week", "twice a year", "daily"). Typed so the date rules do not
 * claim them; they carry TIMEX3 values (P3Y, P1W) but no calendar range.
 */
import type { Candidate, SentenceView } from '../candidate.js';
import { FULL_MONTH, NUMBER_WORD, countOf, monthIndex, unitOf } from '../lexicon.js';
import { pattern, scan, textAfter } from './scan.js';

const DURATION = pattern(
  `(?:(?:the|over|nearly|almost|about|around|some|more than|less than|at least|up to|the past|the last|the next|the first|the coming|another|an additional)\\s+)*` +
    `(?<n>${NUMBER_WORD}|\\d+(?:\\.\\d+)?)[\\s-]+(?<unit>second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?(?<old>-old|\\s+old)?`,
  'second|minute|hour|day|week|month|quarter|year|decade|centur',
);
const SET = pattern(
  `(?:(?:once|twice|\\w+ times)\\s+)?(?:every|each|per)\\s+(?:other\\s+)?(?<unit>second|minute|hour|day|week|month|quarter|year|morning|evening|night|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)` +
    `|(?<freq>once|twice|\\w+ times)\\s+(?:a|an)\\s+(?<unit2>day|week|month|quarter|year)` +
    `|(?<adv>daily|weekly|monthly|annually|yearly|hourly)` +
    // "each July", "every December": a month that recurs, not one date.
    `|(?:every|each)\\s+(?<mon>${FULL_MONTH})`,
  'every|each|per|once|twice|times|daily|weekly|monthly|annually|yearly|hourly',
);

const CODE: Record<string, string> = {
  S: 'S',
  MIN: 'M',
  H: 'H',
  D: 'D',
  W: 'W',
  M: 'M',
  Q: 'Q',
  Y: 'Y',
  DE: 'DE',
  CE: 'CE',
};

export function durationsAndSets(s: SentenceView): Candidate[] {
  return [
    ...scan(s, DURATION, (hit) => {
      if (hit.g.old) return null; // "a 50-year-old man": an age
      // "the first two quarters of 1990" is a half year (rules/quarters.ts), not two quarters' length.
      if (
        /\b(?:first|last|final|second)\s+(?:two|2)\s+quarters$/i.test(hit.m[0]) &&
        /^\s+of\s+(?:fiscal\s+)?(?:\d{4}|this year|last year|next year)\b/i.test(textAfter(s, hit.end))
      )
        return null;
      const unit = unitOf(hit.g.unit!);
      if (!unit) return null;
      const n = countOf(hit.g.n!);
      const time = unit === 'H' || unit === 'MIN' || unit === 'S';
      let num = n === null ? 'X' : String(n);
      let code = CODE[unit]!;
      if (unit === 'Q') [num, code] = [n === null ? 'X' : String(n * 3), 'M'];
      if (unit === 'DE') [num, code] = [n === null ? 'X' : String(n * 10), 'Y'];
      if (unit === 'CE') [num, code] = [n === null ? 'X' : String(n * 100), 'Y'];
      const value = `P${time ? 'T' : ''}${num}${code}`;
      return { start: hit.start, end: hit.end, type: 'duration', rule: 'duration.count', resolve: () => value };
    }),
    ...scan(s, SET, (hit) => {
      if (hit.g.mon) {
        if (!/^\p{Lu}/u.test(hit.g.mon)) return null;
        const mm = String(monthIndex(hit.g.mon)).padStart(2, '0');
        return { start: hit.start, end: hit.end, type: 'set', rule: 'set.month', resolve: () => `XXXX-${mm}` };
      }
      const word = (hit.g.unit ?? hit.g.unit2 ?? hit.g.adv ?? '').toLowerCase();
      const unit = unitOf(
        word
          .replace(/ly$/, '')
          .replace(/^dai$/, 'day')
          .replace(/^annual$/, 'year'),
      );
      const value = unit ? `P1${CODE[unit]}` : 'P1D';
      return { start: hit.start, end: hit.end, type: 'set', rule: 'set.frequency', resolve: () => value };
    }),
  ];
}
