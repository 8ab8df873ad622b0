/**
 * Spans end at the expression: "[last year]'s results", "[Thursday]'s close"
 * lose the possessive; a trailing comma or colon never belongs to a date.
 */
import type { DateCandidate, SentenceView } from '../candidate.js';
import type { DateRefiner } from '../rule.js';

function trimEnds(s: SentenceView, cands: DateCandidate[]): DateCandidate[] {
  return cands.map((c) => {
    const text = s.text.slice(c.start - s.start, c.end - s.start);
    const cut = /['’]s$/.exec(text)?.[0].length ?? /[,;:]+$/.exec(text)?.[0].length ?? 0;
    return cut && cut < text.length ? { ...c, end: c.end - cut } : c;
  });
}

export const trim: DateRefiner = {
  name: 'refine.trim',
  examples: ["Thursday's vote was close."],
  shows: { text: 'Thursday', rule: 'weekday.tense' },
  apply: trimEnds,
};
