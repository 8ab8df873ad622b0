/**
 * A month named alone: "February", "last March", "next June" (the year from
 * the sentence's direction or the modifier), and the month-name check every
 * month rule shares.
 */
import type { SentenceView } from '../candidate.js';
import { fmtMonth } from '../calendar.js';
import { FULL_MONTH, MONTH, MONTH_GATE, monthIndex } from '../words.js';
import { resolveMonthYear } from '../resolve.js';
import { dateRule, type DateRuleName } from '../rule.js';
import { isCapitalized, pattern, scan, tokenAfter, tokenAt, tokenBefore } from './scan.js';

const BARE_MONTH = pattern(
  `(?:(?<mod>last|next|this|this past|this coming|coming|past)\\s+)?(?<mon>${MONTH})`,
  MONTH_GATE,
);
const FULL_MONTH_WORD = new RegExp(`^${FULL_MONTH}$`, 'i');

/** Month-name capitalisation, and "May"/"March" as a month rather than a modal or verb. */
export function monthOk(s: SentenceView, start: number, word: string | undefined, followedByNumber: boolean): boolean {
  if (!isCapitalized(word)) return false;
  if (followedByNumber) return true;
  const tok = tokenAt(s, start);
  // compromise's #Month tag is unreliable ("January" can come out #Person), but its verb tags are not.
  if (!tok || tok.tags.has('Verb') || tok.tags.has('Modal')) return false;
  // "June Carter", "April Fools": a capitalised name word right after the month.
  const next = tokenAfter(s, tok.end);
  if (next && tok.post.trim() === '' && isCapitalized(next.text) && !next.tags.has('Date') && !next.tags.has('Value'))
    return false;
  if (/^may$/i.test(word!) && !tok.tags.has('Month')) {
    const prev = tokenBefore(s, tok.start);
    if (
      !prev ||
      !/^(?:in|since|by|until|till|of|from|during|through|before|after|early|late|mid|last|next|this|past|coming)$/.test(
        prev.normal,
      )
    )
      return false;
  }
  // Alone, a month must be written in full or as a dotted abbreviation ("Sept."), not "Mar" or "Jun".
  return FULL_MONTH_WORD.test(word!) || /^(?:jan|feb|aug|sept?|oct|nov|dec)\.$/i.test(word!);
}

const month = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, BARE_MONTH, (hit) => {
      if (!monthOk(s, hit.at('mon'), hit.g.mon, false)) return null;
      const m = monthIndex(hit.g.mon!);
      const modWord = hit.g.mod?.toLowerCase();
      const mod = !modWord ? null : /last|past/.test(modWord) ? 'last' : /next|coming/.test(modWord) ? 'next' : 'this';
      if (`month.${mod ?? 'bare'}` !== name) return null;
      return {
        start: hit.start,
        end: hit.end,
        type: 'date',
        resolve: (ctx) => (ctx.ref ? fmtMonth(resolveMonthYear(ctx.ref, m, ctx.dir, mod), m) : null),
      };
    }),
  );
export const monthBare = month('month.bare', ['The plant closed in February.']);
export const monthLast = month('month.last', ['Prices fell last March.']);
export const monthNext = month('month.next', ['The vote is due next September.']);
export const monthThis = month('month.this', ['The vote is due this September.']);
