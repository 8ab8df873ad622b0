/**
 * Date extraction: rules per family propose spans over each sentence of the
 * shared parse; refiners merge and trim them; then each is resolved in text
 * order, with the sentence's direction and the last date the article named.
 */
import type { Parsed, Sentence } from '../../nlp/parse.js';
import type { DateFinding } from '../findings.js';
import type { Candidate, ResolveCtx, SentenceView } from './candidate.js';
import { parseDay, rangeOf } from './calendar.js';
import { directionAt, localCue } from './tense.js';
import { shiftUnit } from './resolve.js';
import { absoluteDates } from './rules/absolute.js';
import { spelledYears } from './rules/spelled-years.js';
import { holidays } from './rules/holidays.js';
import { weekdays } from './rules/weekday.js';
import { relativeDays } from './rules/relative-day.js';
import { relativePeriods } from './rules/relative-period.js';
import { quarters } from './rules/quarters.js';
import { seasonsAndDecades } from './rules/seasons-decades.js';
import { clockTimes } from './rules/times.js';
import { references } from './rules/refs.js';
import { durationsAndSets } from './rules/durations-sets.js';
import { dropOverlaps } from './refine/overlaps.js';
import { takeModifiers } from './refine/modifiers.js';
import { mergeParentheticals } from './refine/parenthetical.js';
import { mergeTimes } from './refine/time-merge.js';
import { trimEnds } from './refine/trim.js';

/** Rule families in priority order (earlier wins a tie in span length). */
const RULES: Array<(s: SentenceView) => Candidate[]> = [
  absoluteDates,
  spelledYears,
  holidays,
  quarters,
  weekdays,
  relativeDays,
  relativePeriods,
  seasonsAndDecades,
  clockTimes,
  references,
  durationsAndSets,
];

/** Candidates of one sentence, each rule isolated so one failure costs only its own spans. */
function sentenceCandidates(s: SentenceView, failures: Set<string>): Candidate[] {
  const all: Candidate[] = [];
  for (const rule of RULES) {
    try {
      all.push(...rule(s));
    } catch (err) {
      // A bug in one rule family must not lose the article's other dates; the record says what was lost.
      failures.add(
        `date rule ${rule.name || 'anonymous'} failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
      );
    }
  }
  let cands = dropOverlaps(all);
  cands = mergeParentheticals(s, cands);
  cands = mergeTimes(s, cands);
  return trimEnds(s, takeModifiers(s, cands));
}

function sentenceEnd(parsed: Parsed, sentence: Sentence): number {
  const last = parsed.tokens[sentence.last - 1];
  return last ? last.end + /^\S*/.exec(last.post)![0].length : sentence.end;
}

/** Index of the quoted span holding an offset, or -1 (binary search over the shared quote scan). */
function quoteLookup(parsed: Parsed): (offset: number) => number {
  const q = parsed.quoted;
  return (offset) => {
    let lo = 0;
    let hi = q.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (q[mid]!.open <= offset) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    if (k < 0) return -1;
    const end = q[k]!.close >= 0 ? q[k]!.close : q[k]!.end;
    return offset < end ? k : -1;
  };
}

const CALENDAR = /^\d{2,4}(?:-|$)/;

/** Dates of an article. Rule families that fail are named in `warnings` (when given) instead of throwing. */
export function extractDates(parsed: Parsed, refDate: string | null, warnings?: string[]): DateFinding[] {
  const failures = new Set<string>();
  const quoteAt = quoteLookup(parsed);
  const ref = parseDay(refDate);
  const out: DateFinding[] = [];
  let anchor: string | null = null;
  let anchorDay: string | null = null;
  let anchorSentence = -1;
  let topicQuarter: string | null = null;
  const lastQuarter = ref ? shiftUnit(ref, 'Q', -1) : null;
  for (const sentence of parsed.sentences) {
    if (sentence.last <= sentence.first) continue;
    const s: SentenceView = {
      index: sentence.index,
      // Up to the sentence's closing punctuation, so "in Sept." keeps its abbreviation point.
      text: parsed.visible.slice(sentence.start, sentenceEnd(parsed, sentence)),
      start: sentence.start,
      tokens: parsed.tokens.slice(sentence.first, sentence.last),
      sentence,
      quoteAt,
    };
    for (const c of sentenceCandidates(s, failures)) {
      const ctx: ResolveCtx = {
        ref,
        dir: localCue(s, c.start, directionAt(s, c.start, c.end)),
        anchor,
        anchorDay,
        anchorNear: anchorSentence === sentence.index,
        topicQuarter,
      };
      let value: string | null = null;
      try {
        value = c.resolve(ctx);
      } catch {
        value = null; // an unresolvable value still leaves the span listed
      }
      if (value && CALENDAR.test(value) && (c.type === 'date' || c.type === 'time')) {
        anchor = value.replace(/T.*$/, '');
        if (/^\d{4}-\d\d-\d\d$/.test(anchor)) anchorDay = anchor;
        anchorSentence = sentence.index;
      }
      // Only a quarter already over can be the one reported on (not "the fourth quarter" ahead).
      if (c.topic && value && /^\d{4}-Q[1-4]$/.test(value) && (!lastQuarter || value <= lastQuarter))
        topicQuarter = value;
      const range = c.type === 'date' || c.type === 'time' ? rangeOf(value) : null;
      out.push({
        start: c.start,
        end: c.end,
        type: c.type,
        value,
        from: range?.from ?? null,
        to: range?.to ?? null,
        rule: c.rule,
      });
    }
  }
  warnings?.push(...failures);
  return out;
}
