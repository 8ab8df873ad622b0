/**
 * Durations ("three years", "the past six months", "a decade"). Typed so the
 * date rules do not claim them; they carry TIMEX3 values (P3Y, P1W) but no
 * calendar range. Recurring sets are in sets.ts.
 */
import { dateRule } from '../rule.js';
import { NUMBER_WORD, countOf, unitOf } from '../words.js';
import { pattern, scan, textAfter } from './scan.js';

const DURATION = pattern(
  `(?:(?:the|over|nearly|almost|about|around|some|more than|less than|at least|up to|the past|the last|the next|the first|the coming|another|an additional)\\s+)*` +
    `(?<n>${NUMBER_WORD}|\\d+(?:\\.\\d+)?)[\\s-]+(?<unit>second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?(?<old>-old|\\s+old)?`,
  'second|minute|hour|day|week|month|quarter|year|decade|centur',
);
export const CODE: Record<string, string> = {
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

export const durationCount = dateRule('duration.count', ['The talks lasted three years.'], (s) =>
  scan(s, DURATION, (hit) => {
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
    return { start: hit.start, end: hit.end, type: 'duration', resolve: () => value };
  }),
);
