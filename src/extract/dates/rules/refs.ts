/**
 * Vague references to the present, past and future: "now", "currently",
 * "recently", "the past", "soon", "in the near future" (TIMEX3 PRESENT_REF,
 * PAST_REF, FUTURE_REF). Words that are mostly not time references in news
 * ("previously", "formerly", "soon" as in "soon after") are left out.
 */
import { dateRule, type DateRule, type DateRuleName } from '../rule.js';
import { isCapitalized, pattern, scan, textAfter, textBefore, tokenAt, tokenBefore } from './scan.js';

/** [rule, value, pattern, words every match contains] */
const REFS: Array<[DateRuleName, string, string, string]> = [
  [
    'ref.present',
    'PRESENT_REF',
    'right now|now|currently|at present|presently|nowadays|these days|the time being',
    'now|current|present|these days|time being',
  ],
  [
    'ref.past',
    'PAST_REF',
    'recently|more recently|the past|recent (?:years|months|weeks|days)(?: and (?:years|months|weeks|days))?|past years|the last few (?:years|months|weeks|days)|the past few (?:years|months|weeks|days)|in the old days',
    'recent|past|last few|old days',
  ],
  [
    'ref.future',
    'FUTURE_REF',
    'very soon|the future|the near future|the near term|the short term|the long term|the coming (?:years|months|weeks|days)|coming (?:years|months|weeks|days)|future quarters|a later date|as soon as possible',
    'soon|future|term|coming|later date',
  ],
];

const EXAMPLES: Record<string, string[]> = {
  'ref.present': ['Prices are now rising.'],
  'ref.past': ['Prices rose recently.'],
  'ref.future': ['Prices will rise in the near future.'],
};

export const [refPresent, refPast, refFuture] = REFS.map(([name, value, body, gate]) => {
  const re = pattern(body, gate);
  return dateRule(name, EXAMPLES[name]!, (s) =>
    scan(s, re, (hit) => {
      const word = hit.m[0].toLowerCase();
      const tok = tokenAt(s, hit.start);
      // "now" as a discourse marker ("Now, ...") still refers to the present; "the past" as "past the" does not occur here.
      if (word === 'the past') {
        // "the past three years", "the past year" are periods, not the vague past.
        const after = textAfter(s, hit.end);
        if (
          /^\s+(?:\d|few|several|year|month|week|decade|day|two|three|four|five|six|seven|eight|nine|ten)/i.test(after)
        )
          return null;
      }
      if (word === 'soon' && /\bas$/i.test(textBefore(s, hit.start).trimEnd())) return null;
      // "the now-cancelled deal": part of a compound adjective.
      if (!tok || s.text[hit.end - s.start] === '-') return null;
      // "the Liberty Now PAC": capitalised inside a name.
      const prev = tokenBefore(s, tok.start);
      if (
        isCapitalized(tok.text) &&
        prev &&
        isCapitalized(prev.text) &&
        prev.tags.has('ProperNoun') &&
        prev.post.trim() === ''
      )
        return null;
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        resolve: () => value,
      };
    }),
  );
}) as [DateRule, DateRule, DateRule];
