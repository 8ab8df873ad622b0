/**
 * A date clarified in parentheses is one date: "Wednesday (June 14)" takes
 * the value of the written-out date inside.
 */
import type { Candidate, SentenceView } from '../candidate.js';

export function mergeParentheticals(s: SentenceView, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
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
          rule: `${a.rule}+paren`,
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
