/**
 * Weekdays: "Wednesday", "last Friday", "next Monday", "the following Tuesday",
 * "Friday morning" (a time of day). Direction comes from the sentence (see tense.ts).
 */
import { dateRule, type DateRuleName } from '../rule.js';
import { fmtDay } from '../calendar.js';
import { PART_OF_DAY, PARTS_OF_DAY, WEEKDAY, weekdayIndex } from '../words.js';
import { dayOf, resolveWeekday } from '../resolve.js';
import { isCapitalized, pattern, scan } from './scan.js';

const WEEKDAY_RE = pattern(
  `(?:(?<mod>last|next|this|this past|this coming|coming|past|the previous|the following|the next|that|on)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<part>${PART_OF_DAY}))?`,
  'day',
);

const weekday = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, WEEKDAY_RE, (hit) => {
      if (!isCapitalized(hit.g.wd)) return null;
      const wd = weekdayIndex(hit.g.wd!);
      const modWord = hit.g.mod?.toLowerCase() ?? '';
      // "on" is never part of the span; it only tells us the weekday is a date.
      const start = modWord === 'on' ? hit.at('wd') : hit.start;
      const mod: 'last' | 'next' | 'this' | null = /^(?:last|this past|past)$/.test(modWord)
        ? 'last'
        : /^(?:next|this coming|coming)$/.test(modWord)
          ? 'next'
          : modWord === 'this'
            ? 'this'
            : null;
      const anchored = /^(?:the previous|the following|the next|that)$/.test(modWord);
      const part = hit.g.part ? PARTS_OF_DAY[hit.g.part.toLowerCase()] : undefined;
      if ((anchored ? 'weekday.anchored' : mod ? `weekday.${mod}` : 'weekday.tense') !== name) return null;
      const possessive = /^['’]s\b/.test(s.text.slice(hit.end - s.start, hit.end - s.start + 3));
      return {
        start,
        end: hit.end,
        type: part ? 'time' : 'date',
        resolve: (ctx) => {
          let base = ctx.ref;
          let m: 'last' | 'next' | 'this' | null = mod;
          let dir = ctx.dir;
          if (anchored) {
            // "the following Tuesday": after the day the article just named.
            base = dayOf(ctx.anchorDay) ?? ctx.ref;
            m = modWord === 'the previous' ? 'last' : modWord === 'that' ? null : 'next';
            if (modWord === 'that') dir = 'none';
          }
          if (!base) return null;
          // "over Thursday's closing price": a day's own event, told without a tense, is one that took place.
          if (possessive && dir === 'none' && !m) dir = 'past';
          const day = fmtDay(resolveWeekday(base, wd, dir, m));
          return part ? `${day}T${part}` : day;
        },
      };
    }),
  );

export const weekdayLast = weekday('weekday.last', ['The plant closed last Friday.']);
export const weekdayNext = weekday('weekday.next', ['The plant opens next Monday.']);
export const weekdayThis = weekday('weekday.this', ['The plant opens this Monday.']);
export const weekdayAnchored = weekday('weekday.anchored', [
  'The trial began on May 2, 2023. It ended the following Tuesday.',
]);
export const weekdayTense = weekday('weekday.tense', [
  'The plant closed on Wednesday.',
  'Friday morning the plant closed.',
]);
