/**
 * A date clarified in parentheses is one date: "Wednesday (June 14)" takes
 * the value of the written-out date inside.
 */
import type { DateCandidate, SentenceView } from '../candidate.js';
import type { DateRefiner, FindingRule } from '../rule.js';

function mergeParentheticals(s: SentenceView, cands: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && a.type === 'date' && b.type === 'date') {
      const gap = s.text.slice(a.end - s.start, b.start - s.start);
      const close = s.text.slice(b.end - s.start, b.end - s.start + 8).match(/^\s*\)/);
      if (/^\s*\(\s*$/.test(gap) && close) {
        out.push({
          ...a,
          end: b.end + close[0].length,
          // a rule's own finding: the refiners before this one join nothing
          rule: `${a.rule}+paren` as FindingRule,
          resolve: (ctx) => b.resolve(ctx) ?? a.resolve(ctx),
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

export const parenthetical: DateRefiner = {
  name: 'refine.parenthetical',
  examples: ['The vote is on Wednesday (June 21).'],
  shows: { text: 'Wednesday (June 21)', rule: 'weekday.tense+paren' },
  apply: mergeParentheticals,
};
