/**
 * Rules overlap ("two years" inside "two years ago", "June" inside "June 14,
 * 2023"): keep the longest candidate, the earlier rule on a tie.
 */
import type { Candidate } from '../candidate.js';

export function dropOverlaps(cands: Candidate[]): Candidate[] {
  // Candidates come grouped by sentence, so this quadratic pass stays sentence-sized.
  const order = cands.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of order) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
