/**
 * Which way the sentence points at a date expression: the verb group nearest
 * to it, read through compromise's tags (#PastTense, #FutureTense, modal "will").
 */
import type { Token } from '../../nlp/parse.js';
import type { Direction, SentenceView } from './candidate.js';

const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo', 'going', 'would', 'should', 'may', 'might', 'must']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
/** Verbs that put their object in the future even in the past tense ("was scheduled for Friday"). */
const FUTURE_GOVERNORS = /^(?:plan|expect|schedul|due|set|intend|aim|hope|prepar|propos|slat|want|anticipat|forecast|project)/;

function isVerb(t: Token): boolean {
  return t.tags.has('Verb') && !t.tags.has('Date');
}

/** Direction of the verb group a token belongs to. */
function groupDirection(tokens: Token[], i: number): Direction {
  // The auxiliaries and adverbs just before the main verb ("will not be", "has been", "is expected to").
  let first = i;
  while (first > 0 && i - first < 4) {
    const p = tokens[first - 1]!;
    if (isVerb(p) || p.tags.has('Adverb') || p.tags.has('Negative') || p.normal === 'to') first--;
    else break;
  }
  const group = tokens.slice(first, i + 1);
  if (group.some((t) => FUTURE_AUX.has(t.normal) || t.tags.has('FutureTense'))) return 'future';
  if (group.some((t) => isVerb(t) && FUTURE_GOVERNORS.test(t.normal))) return 'future';
  // "is to resume", "plans to meet": an infinitive looks ahead unless its governor is a plain past ("went to see").
  const to = group.findIndex((t) => t.normal === 'to');
  if (to >= 0 && !group.slice(0, to).some((t) => t.tags.has('PastTense') || PAST_AUX.has(t.normal))) return 'future';
  if (group.some((t) => PAST_AUX.has(t.normal) || t.tags.has('PastTense'))) return 'past';
  if (group.some((t) => t.normal === 'has' || t.normal === 'have')) return 'past';
  return 'none';
}

/** The direction for an expression at [start, end) of the sentence: its nearest verb, left first on ties. */
export function directionAt(s: SentenceView, start: number, end: number): Direction {
  const tokens = s.tokens;
  let best = -1;
  let bestDist = Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isVerb(t) || (t.start >= start && t.end <= end)) continue;
    // Skip auxiliaries directly followed by their main verb: the group is read from the last verb.
    const next = tokens[i + 1];
    if (next && isVerb(next) && !(next.start >= start && next.end <= end)) continue;
    const dist = t.end <= start ? start - t.end : t.start - end;
    if (dist < bestDist || (dist === bestDist && t.end <= start)) {
      best = i;
      bestDist = dist;
    }
  }
  return best < 0 ? 'none' : groupDirection(tokens, best);
}
