/**
 * Periods counted from the publication date ("two years ago", "three weeks
 * from now") or from the date the article just named ("three days later",
 * "two weeks earlier").
 */
import { dateRule, type DateRuleName } from '../rule.js';
import { NON_QUARTER_PERIOD, NUMBER_WORD, countOf, unitOf } from '../words.js';
import { dayOf, shiftUnit, shiftYears } from '../resolve.js';
import { pattern, scan } from './scan.js';

type Shift = 'ref' | 'anchor';

const AGO = pattern(
  `(?:(?:nearly|almost|about|around|some|more than|less than|over|just|only|roughly|exactly|barely)\\s+)?(?<n>${NUMBER_WORD})[\\s-]+(?<unit>second|minute|hour|day|week|month|year|decade)s?(?:\\s+or\\s+(?:so|two|three|more))?\\s+(?:(?<dir>ago|earlier|later|from now|hence)|(?<dir2>before|after)(?=\\s*(?:[,.;:!?)]|$)))`,
  'ago|earlier|later|now|hence|before|after',
);
/** The rule of a direction word: "hence" counts as "from now", "before" and "after" (alone) as "earlier" and "later". */
const BY_DIRECTION: Record<string, DateRuleName> = {
  ago: 'ago.ago',
  'from now': 'ago.from-now',
  hence: 'ago.from-now',
  earlier: 'ago.earlier',
  before: 'ago.earlier',
  later: 'ago.later',
  after: 'ago.later',
};

const ago = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, AGO, (hit) => {
      const unit = unitOf(hit.g.unit!)!;
      const n = countOf(hit.g.n!.replace(/^a couple.*/, 'two'));
      // "two days before the vote" is placed by an event we cannot date; alone, "two days after" is.
      const dirWord = (hit.g.dir ?? hit.g.dir2)!.toLowerCase();
      if (BY_DIRECTION[dirWord.replace(/\s+/g, ' ')] !== name) return null;
      const back = /^(?:ago|earlier|before)$/.test(dirWord) ? -1 : 1;
      // "ago" counts from the publication date, "earlier"/"later" from the date just named.
      const from: Shift = dirWord === 'ago' || dirWord === 'from now' || dirWord === 'hence' ? 'ref' : 'anchor';
      const isTime = unit === 'H' || unit === 'MIN' || unit === 'S';
      return {
        start: hit.start,
        end: hit.end,
        type: isTime ? 'time' : 'date',
        resolve: (ctx) => {
          if (!ctx.ref) return null;
          if (n === null || isTime) return back < 0 ? 'PAST_REF' : 'FUTURE_REF';
          if (unit === 'Y' && n === 1) {
            // "up from $5 million a year ago" in a quarterly report: the same quarter a year before,
            // unless the sentence compares longer periods ("the first nine months").
            if (ctx.topicQuarter && !NON_QUARTER_PERIOD.test(s.text)) return shiftYears(ctx.topicQuarter, back);
            if (ctx.anchor && ctx.anchorNear && /^\d{4}-(?:Q\d|\d\d)$/.test(ctx.anchor))
              return shiftYears(ctx.anchor, back);
          }
          const base =
            from === 'anchor' && dayOf(ctx.anchorDay) && (unit === 'D' || unit === 'W')
              ? dayOf(ctx.anchorDay)!
              : ctx.ref;
          // "a week ago", "two weeks ago" name a day (TimeML); "six weeks ago" is too far to mean one: a week.
          // "a decade ago" is a year (not a decade).
          if (unit === 'W') return n >= 3 ? shiftUnit(base, 'W', back * n) : shiftUnit(base, 'D', back * n * 7);
          if (unit === 'DE') return shiftUnit(base, 'Y', back * n * 10);
          return shiftUnit(base, unit, back * n);
        },
      };
    }),
  );
export const agoAgo = ago('ago.ago', ['He left two years ago.']);
export const agoFromNow = ago('ago.from-now', ['It opens two weeks from now.']);
export const agoEarlier = ago('ago.earlier', ['The fire began on May 2, 2023. He had left two days earlier.']);
export const agoLater = ago('ago.later', ['The fire began on May 2, 2023. It was out three days later.']);
