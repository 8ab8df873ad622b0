/**
 * The shape of a date rule and of a refiner: a name that is the provenance
 * string a finding carries (`rule` in the record, shown by `--explain`), one
 * or two short texts that produce a finding of that name, and the function.
 * The ordered lists are in rules.ts; docs/dates.md describes every name.
 */
import type { DateCandidate, Proposal, SentenceView } from './candidate.js';

/** Every name a date rule gives; the prefix names the file in rules/ that holds it. */
export type DateRuleName =
  // rules/absolute.ts
  | 'absolute.month-day-year'
  | 'absolute.month-day-mod'
  | 'absolute.month-day'
  | 'absolute.day-month-year'
  | 'absolute.day-month'
  | 'absolute.month-of-year'
  | 'absolute.month-year'
  | 'absolute.iso'
  | 'absolute.slashed'
  // rules/years.ts
  | 'year.range'
  | 'year.apostrophe'
  | 'year.bare'
  | 'year.fiscal'
  | 'year.full'
  | 'year.whole'
  // rules/months.ts
  | 'month.bare'
  | 'month.last'
  | 'month.next'
  | 'month.this'
  // rules/spelled.ts
  | 'spelled.season-year'
  | 'spelled.month-year'
  | 'spelled.year'
  // rules/holidays.ts
  | 'holiday'
  // rules/quarters.ts
  | 'quarter.ordinal'
  | 'quarter.half-ordinal'
  | 'quarter.two-quarters'
  | 'quarter.ended'
  | 'quarter.this'
  | 'quarter.next'
  | 'quarter.last'
  | 'quarter.reported'
  | 'quarter.year-ago'
  | 'quarter.year-ago-bare'
  | 'quarter.same-period-ago'
  | 'quarter.year-period'
  | 'quarter.latest-period'
  | 'quarter.shorthand'
  | 'quarter.half-shorthand'
  | 'quarter.fiscal-shorthand'
  | 'quarter.fiscal-year'
  // rules/weekday.ts
  | 'weekday.last'
  | 'weekday.next'
  | 'weekday.this'
  | 'weekday.anchored'
  | 'weekday.tense'
  // rules/days.ts
  | 'day.today'
  | 'day.tonight'
  | 'day.this'
  | 'day.yesterday'
  | 'day.last'
  | 'day.tomorrow'
  | 'day.before-yesterday'
  | 'day.after-tomorrow'
  | 'day.part'
  // rules/periods.ts
  | 'period.this'
  | 'period.last'
  | 'period.next'
  | 'period.the'
  | 'period.anchored'
  | 'period.week-of'
  | 'period.day-around'
  // rules/ago.ts
  | 'ago.ago'
  | 'ago.from-now'
  | 'ago.earlier'
  | 'ago.later'
  // rules/seasons.ts
  | 'season.year'
  | 'season.bare'
  | 'season.this'
  | 'season.last'
  | 'season.next'
  | 'season.the'
  // rules/decades.ts
  | 'decade.century'
  | 'decade.numeric'
  | 'decade.short'
  // rules/times.ts
  | 'time.clock'
  // rules/refs.ts
  | 'ref.present'
  | 'ref.past'
  | 'ref.future'
  // rules/durations.ts
  | 'duration.count'
  // rules/sets.ts
  | 'set.month'
  | 'set.frequency';

/**
 * A finding's `rule`: a rule's name, or, when a refiner joined two findings
 * into one, the first rule's name and what joined it ("Wednesday (June 14)" is
 * `weekday.tense+paren`, "10 p.m. Wednesday" `weekday.tense+time.clock`, a clock
 * time placed on the day after "on" `time.clock+day`).
 */
export type FindingRule = DateRuleName | `${DateRuleName}+paren` | `${DateRuleName}+time.clock` | 'time.clock+day';

export interface DateRule {
  readonly name: DateRuleName;
  /** One or two short texts that produce a finding with this name (checked by tests/date-rules.test.ts). */
  readonly examples: readonly string[];
  /** The spans it proposes in one sentence; the caller stamps them with `name`. */
  readonly find: (s: SentenceView) => Proposal[];
}

export const dateRule = (
  name: DateRuleName,
  examples: readonly string[],
  find: (s: SentenceView) => Proposal[],
): DateRule => ({ name, examples, find });

/** Every refiner's name; the part after "refine." is its file in refine/. */
export type DateRefinerName =
  'refine.overlaps' | 'refine.parenthetical' | 'refine.time-merge' | 'refine.modifiers' | 'refine.trim';

export interface DateRefiner {
  readonly name: DateRefinerName;
  /** Short texts it changes the findings of. */
  readonly examples: readonly string[];
  /** The text of a finding the first example ends with (checked by tests/date-rules.test.ts). */
  readonly shows: { text: string; rule: FindingRule };
  readonly apply: (s: SentenceView, cands: DateCandidate[]) => DateCandidate[];
}
