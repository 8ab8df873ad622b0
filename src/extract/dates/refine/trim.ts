/**
 * Spans end at the expression: "[last year]'s results", "[Thursday]'s close"
 * lose the possessive; a trailing comma or colon never belongs to a date.
 */
import type { Candidate, SentenceView } from '../candidate.js';

export function trimEnds(s: SentenceView, cands: Candidate[]): Candidate[] {
  return cands.map((c) => {
    const text = s.text.slice(c.start - s.start, c.end - s.start);
    const cut = /['’]s$/.exec(text)?.[0].length ?? /[,;:]+$/.exec(text)?.[0].length ?? 0;
    return cut && cut < text.length ? { ...c, end: c.end - cut } : c;
  });
}
