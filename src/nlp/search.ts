/** The first index in [0, n) at which `before(i)` turns false (it is true, then false, along the range). */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Binary search over anything sorted by `start` (tokens, mentions): offsets to indices in log time. */
export function firstStartingAt(items: ReadonlyArray<{ start: number }>, offset: number): number {
  return lowerBound(items.length, (i) => items[i]!.start < offset);
}

/** How many of the sorted numbers are below x. */
export function countBelow(sorted: ReadonlyArray<number>, x: number): number {
  return lowerBound(sorted.length, (i) => sorted[i]! < x);
}
