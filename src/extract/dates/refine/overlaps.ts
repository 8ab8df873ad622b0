/**
 * Rules overlap ("two years" inside "two years ago", "June" inside "June 14,
 * 2023"): keep the longest candidate, the earlier rule on a tie.
 */
import type { Candidate } from '../candidate.js';

export function dropOverlaps(cands: Candidate[]): Candidate[] {
  const order = cands.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  // Kept spans never overlap, so sorted by start a new one only needs checking against its neighbours.
  const kept: Candidate[] = [];
  for (const { c } of order) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}
