/** The months of a timeline, with long runs of months without articles folded into one row (HTML and table). */
import type { MonthStat } from '../summary/types.js';

/** A run of at least this many months without articles is folded into one row. */
export const FOLD_MIN = 3;

export type TimelineRow = { kind: 'month'; m: MonthStat } | { kind: 'gap'; from: string; to: string; n: number };

/** The dated months from the first to the last, each run of FOLD_MIN or more months without articles as one `gap`. */
export function foldMonths(months: MonthStat[]): TimelineRow[] {
  const out: TimelineRow[] = [];
  const known = months.filter((m) => m.month !== 'unknown');
  for (let i = 0; i < known.length;) {
    let j = i;
    while (j < known.length && known[j]!.articles === 0) j++;
    if (j - i >= FOLD_MIN) {
      out.push({ kind: 'gap', from: known[i]!.month, to: known[j - 1]!.month, n: j - i });
      i = j;
    } else {
      out.push({ kind: 'month', m: known[i]! });
      i++;
    }
  }
  return out;
}
