/**
 * Modifiers that belong to the expression but not to its value: "early",
 * "late", "mid-", "earlier", "the end of", "around" ("early next year" is 1990
 * all the same). The span grows to take them in.
 */
import type { DateCandidate, SentenceView } from '../candidate.js';
import type { DateRefiner } from '../rule.js';

const BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:early|late|earlier|later|around|mid|(?:the (?:very )?)?(?:end|beginning|start|middle|close|turn) of|(?:early|late) in)\s+|(?<![\p{L}\p{N}])mid-)$/iu;

function takeModifiers(s: SentenceView, cands: DateCandidate[]): DateCandidate[] {
  let floor = s.start;
  return cands.map((c) => {
    const out = { ...c };
    if (c.type === 'date' || c.type === 'time') {
      const before = s.text.slice(Math.max(0, floor - s.start), c.start - s.start);
      const m = BEFORE.exec(before);
      if (m) out.start = c.start - m[0].length;
    }
    floor = out.end;
    return out;
  });
}

export const modifiers: DateRefiner = {
  name: 'refine.modifiers',
  examples: ['The plant opens early next year.'],
  shows: { text: 'early next year', rule: 'period.next' },
  apply: takeModifiers,
};
