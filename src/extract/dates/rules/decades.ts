/**
 * Decades ("the 1990s", "the '80s", "the nineties") and centuries ("the 19th
 * century"); "the past decade" is a period (periods.ts).
 */
import { dateRule, type DateRuleName } from '../rule.js';
import { pattern, scan } from './scan.js';

const DECADE_RE = pattern(
  `(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(?<cent>1[0-9]|20)(?<dec>\\d)0s|'(?<short>\\d)0s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))` +
    `|(?:the\\s+)?(?<nth>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century`,
  '0s|ties|decade|century',
);
const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};
const decade = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, DECADE_RE, (hit) => {
      const g = hit.g;
      const kind = g.nth ? 'decade.century' : g.cent ? 'decade.numeric' : 'decade.short';
      if (kind !== name) return null;
      if (g.nth) {
        const n = +g.nth;
        if (n < 1 || n > 21) return null;
        return {
          start: hit.start,
          end: hit.end,
          type: 'date',
          resolve: () => String(n - 1).padStart(2, '0'),
        };
      }
      const digit = g.dec ?? g.short ?? (g.word ? String(DECADE_WORDS[g.word.toLowerCase()]) : undefined);
      if (digit === undefined) return null;
      const cent = g.cent;
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        resolve: (ctx) => {
          if (cent) return `${cent}${digit}`;
          // "the '80s": the most recent such decade before the publication date (20th century by default).
          const refY = ctx.ref?.y ?? 1999;
          let c = Math.floor(refY / 100);
          if (c * 100 + +digit * 10 > refY) c--;
          return `${c}${digit}`;
        },
      };
    }),
  );
export const century = decade('decade.century', ['It was built in the 19th century.']);
export const decadeNumeric = decade('decade.numeric', ['It was built in the 1990s.']);
export const decadeShort = decade('decade.short', ["It was built in the '80s.", 'It was built in the nineties.']);
