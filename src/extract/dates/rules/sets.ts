/**
 * Recurring sets: "every week", "twice a year", "daily", "each July". They
 * carry TIMEX3 values (P1W, XXXX-07) but no calendar range.
 */
import { dateRule, type DateRuleName } from '../rule.js';
import { FULL_MONTH, monthIndex, unitOf } from '../words.js';
import { CODE } from './durations.js';
import { pattern, scan } from './scan.js';

const SET = pattern(
  `(?:(?:once|twice|\\w+ times)\\s+)?(?:every|each|per)\\s+(?:other\\s+)?(?<unit>second|minute|hour|day|week|month|quarter|year|morning|evening|night|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)` +
    `|(?<freq>once|twice|\\w+ times)\\s+(?:a|an)\\s+(?<unit2>day|week|month|quarter|year)` +
    `|(?<adv>daily|weekly|monthly|annually|yearly|hourly)` +
    // "each July", "every December": a month that recurs, not one date.
    `|(?:every|each)\\s+(?<mon>${FULL_MONTH})`,
  'every|each|per|once|twice|times|daily|weekly|monthly|annually|yearly|hourly',
);

const set = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, SET, (hit) => {
      if ((hit.g.mon ? 'set.month' : 'set.frequency') !== name) return null;
      if (hit.g.mon) {
        if (!/^\p{Lu}/u.test(hit.g.mon)) return null;
        const mm = String(monthIndex(hit.g.mon)).padStart(2, '0');
        return { start: hit.start, end: hit.end, type: 'set', resolve: () => `XXXX-${mm}` };
      }
      const word = (hit.g.unit ?? hit.g.unit2 ?? hit.g.adv ?? '').toLowerCase();
      const unit = unitOf(
        word
          .replace(/ly$/, '')
          .replace(/^dai$/, 'day')
          .replace(/^annual$/, 'year'),
      );
      const value = unit ? `P1${CODE[unit]}` : 'P1D';
      return { start: hit.start, end: hit.end, type: 'set', resolve: () => value };
    }),
  );
export const setMonth = set('set.month', ['The fair is held each July.']);
export const setFrequency = set('set.frequency', ['The board meets twice a year.']);
