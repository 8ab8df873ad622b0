/**
 * Rules overlap ("two years" inside "two years ago", "June" inside "June 14,
 * 2023"): keep the longest candidate, the earlier rule on a tie.
 */
import type { DateCandidate } from '../candidate.js';
import type { DateRefiner } from '../rule.js';
import { firstStartingAt } from '../../../nlp/search.js';

function dropOverlaps(cands: DateCandidate[]): DateCandidate[] {
  const order = cands.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  // Kept spans never overlap, so sorted by start a new one only needs checking against its neighbours.
  const kept: DateCandidate[] = [];
  for (const { c } of order) {
    const lo = firstStartingAt(kept, c.start);
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

export const overlaps: DateRefiner = {
  name: 'refine.overlaps',
  examples: ['He left two years ago.'],
  shows: { text: 'two years ago', rule: 'ago.ago' },
  apply: (_s, cands) => dropOverlaps(cands),
};
