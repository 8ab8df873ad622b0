/**
 * Date extraction: the rules of rules.ts propose spans over each sentence of the
 * shared parse; its refiners merge and trim them; then each is resolved in text
 * order, with the sentence's direction and the last date the article named.
 */
import type { Parsed, Sentence } from '../../nlp/parse.js';
import type { DateFinding } from '../findings.js';
import type { DateCandidate, ResolveCtx, SentenceView } from './candidate.js';
import { lowerBound } from '../../nlp/search.js';
import { parseDay, rangeOf } from './calendar.js';
import { directionAt, localCue } from './tense.js';
import { shiftUnit } from './resolve.js';
import { DATE_REFINERS, DATE_RULES } from './rules.js';

/** Candidates of one sentence, each rule isolated so one failure costs only its own spans. */
function sentenceCandidates(s: SentenceView, failures: Set<string>): DateCandidate[] {
  let all: DateCandidate[] = [];
  for (const rule of DATE_RULES) {
    try {
      for (const p of rule.find(s)) all.push({ ...p, rule: rule.name });
    } catch (err) {
      // A bug in one rule must not lose the article's other dates; the record says what was lost.
      failures.add(`date rule ${rule.name} failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  }
  for (const refiner of DATE_REFINERS) all = refiner.apply(s, all);
  return all;
}

function sentenceEnd(parsed: Parsed, sentence: Sentence): number {
  const last = parsed.tokens[sentence.last - 1];
  return last ? last.end + /^\S*/.exec(last.post)![0].length : sentence.end;
}

/** Index of the quoted span holding an offset, or -1 (binary search over the shared quote scan). */
function quoteLookup(parsed: Parsed): (offset: number) => number {
  const q = parsed.quoted;
  return (offset) => {
    const k = lowerBound(q.length, (i) => q[i]!.open <= offset) - 1;
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
