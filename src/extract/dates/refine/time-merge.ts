/**
 * A clock time next to a day is one time: "10 p.m. Wednesday",
 * "18:00 UTC today", "Friday, 9 a.m." → 1998-02-11T22:00. Across "at" the
 * two stay separate spans, but the time takes the day.
 */
import type { DateCandidate, SentenceView } from '../candidate.js';
import type { DateRefiner, FindingRule } from '../rule.js';
import { dayOf } from '../resolve.js';

function mergeTimes(s: SentenceView, cands: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b) {
      const gap = s.text.slice(a.end - s.start, b.start - s.start);
      const clock = a.clock ?? b.clock;
      const day = a.clock ? b : a;
      if (/^\s*,?\s*$/.test(gap) && clock && !day.clock && day.type === 'date') {
        out.push({
          start: a.start,
          end: b.end,
          type: 'time',
          rule: `${day.rule}+${a.clock ? a.rule : b.rule}` as FindingRule,
          resolve: (ctx) => {
            const v = day.resolve(ctx);
            return dayOf(v) ? v!.slice(0, 10) + clock : null;
          },
        });
        i++;
        continue;
      }
    }
    // "shortly after midnight on Dec. 19", "at 6 p.m. on Friday": the time falls on the day named after it.
    if (
      b &&
      a.clock &&
      !b.clock &&
      b.type === 'date' &&
      /^\s*(?:,\s*)?on\s+$/i.test(s.text.slice(a.end - s.start, b.start - s.start))
    ) {
      const clock = a.clock;
      out.push(
        {
          ...a,
          rule: 'time.clock+day',
          resolve: (ctx) => {
            const v = b.resolve(ctx);
            return dayOf(v) ? v!.slice(0, 10) + clock : a.resolve(ctx);
          },
        },
        b,
      );
      i++;
      continue;
    }
    // "Nov. 9 at 5 p.m.": two expressions, but the time falls on that day.
    if (
      b &&
      b.clock &&
      a.type === 'date' &&
      /^\s*(?:,\s*)?at\s+$/i.test(s.text.slice(a.end - s.start, b.start - s.start))
    ) {
      const clock = b.clock;
      out.push(a, {
        ...b,
        rule: 'time.clock+day',
        resolve: (ctx) => {
          const v = a.resolve(ctx);
          return dayOf(v) ? v!.slice(0, 10) + clock : b.resolve(ctx);
        },
      });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

export const timeMerge: DateRefiner = {
  name: 'refine.time-merge',
  examples: ['The vote is at 10 p.m. Wednesday.', 'Police came shortly after midnight on Dec. 19.'],
  shows: { text: '10 p.m. Wednesday', rule: 'weekday.tense+time.clock' },
  apply: mergeTimes,
};
