/**
 * Which way the sentence points at a date expression: the verb group nearest
 * to it, read through compromise's tags (#PastTense, #FutureTense, modal "will").
 */
import type { Token } from '../../nlp/parse.js';
import type { Direction, SentenceView } from './candidate.js';
import { pastForms } from '../../data/speech-verbs.js';

const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo', 'going', 'would', 'should', 'may', 'might', 'must']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
/** Modals whose perfect speaks of the past ("may have been"); "will have" stays ahead. */
const MODAL_PERFECT = new Set(['would', 'should', 'may', 'might', 'must', 'could', 'can']);
/** Verbs that put their object in the future even in the past tense ("was scheduled for Friday"). */
const FUTURE_GOVERNORS =
  /^(?:plan|expect|schedul|due|set|intend|aim|hope|prepar|propos|slat|want|anticipat|forecast|project)/;

/** Verbs of intention: their infinitive looks ahead even when they are past ("agreed to buy it in January"). */
const INTENTIONS =
  /^(?:agree|decide|promise|vow|pledge|seek|sought|offer|threaten|vote|ask|order|urge|plan|expect|intend|aim|hope|want|wish|prepar|propos|call|move|elect|choose|chose)/;

/** Nouns of intention: the infinitive after them looks ahead ("an agreement to buy it in January"). */
const INTENTION_NOUNS =
  /^(?:agreement|accord|plans?|deal|offer|bid|proposal|intention|effort|attempt|pledge|promise|decision|commitment|option|right|pact)$/;

/** Reporting verbs compromise sometimes tags as adjectives right after a closing quote mark ("…,” said Smith"). */
const PAST_REPORTING = new Set(pastForms((v) => v.adjectivalPast));

/** Past forms compromise reads as nouns ("Stocks rose Friday": the flower); lower case only, so "Pete Rose" stays a name. */
const PAST_MISREAD = new Set(['rose']);

function isVerb(t: Token): boolean {
  return (t.tags.has('Verb') || PAST_REPORTING.has(t.normal) || PAST_MISREAD.has(t.text)) && !t.tags.has('Date');
}

/** Direction of the verb group a token ends, or null when the group does not show one (a bare "arriving"). */
function groupDirection(tokens: Token[], i: number): Direction | null {
  // The auxiliaries and adverbs just before the main verb ("will not be", "has been", "is expected to").
  let first = i;
  while (first > 0 && i - first < 4) {
    const p = tokens[first - 1]!;
    // Punctuation (a comma, a closing quote mark) ends the group: “We will not give in,” said ...
    if (p.post.trim()) break;
    if (isVerb(p) || p.tags.has('Adverb') || p.tags.has('Negative') || p.normal === 'to') first--;
    else break;
  }
  const group = tokens.slice(first, i + 1);
  // A modal perfect looks back: "may have been", "should have known" (but "will have finished" is ahead).
  const perfect = group.findIndex(
    (t, k) => k > 0 && (t.normal === 'have' || t.normal === "'ve") && MODAL_PERFECT.has(group[k - 1]!.normal),
  );
  if (perfect >= 0 && perfect < group.length - 1) return 'past';
  if (group.some((t) => FUTURE_AUX.has(t.normal) || t.tags.has('FutureTense'))) return 'future';
  // A plan told in the pluperfect is one whose time has come and gone ("had been scheduled to expire Friday").
  if (group.some((t) => isVerb(t) && FUTURE_GOVERNORS.test(t.normal)))
    return group.some((t) => t.normal === 'had') ? 'past' : 'future';
  const to = group.findIndex((t) => t.normal === 'to');
  if (to >= 0) {
    // "is to resume": looks ahead; "went to see": past; "shares fell 5 cents to close": the infinitive says nothing.
    const governors = group.slice(0, to).filter(isVerb);
    // "an agreement to acquire it in January", "plans to close the plant in May": a noun of intention looks ahead.
    if (governors.length === 0)
      return first + to > 0 && INTENTION_NOUNS.test(tokens[first + to - 1]!.normal) ? 'future' : null;
    if (governors.some((t) => INTENTIONS.test(t.normal))) return 'future';
    return governors.some((t) => t.tags.has('PastTense') || PAST_AUX.has(t.normal)) ? 'past' : 'future';
  }
  if (
    group.some(
      (t) =>
        PAST_AUX.has(t.normal) || t.tags.has('PastTense') || PAST_REPORTING.has(t.normal) || PAST_MISREAD.has(t.text),
    )
  ) {
    // A bare participle ("the plan announced Friday") is past; "is expected" was caught above.
    return 'past';
  }
  if (group.some((t) => t.normal === 'has' || t.normal === 'have')) return 'past';
  if (group.length === 1 && (group[0]!.tags.has('Gerund') || group[0]!.tags.has('Participle'))) return null;
  return 'none';
}

/**
 * compromise reads the possessive in "the week's busiest session" as a contracted
 * "is" (an implicit token without text); after anything but a pronoun ("it's",
 * "that's") it is a possessive, not a verb.
 */
function possessiveIs(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  return t.text === '' && t.tags.has('Copula') && !!prev && prev.post === '' && !prev.tags.has('Pronoun');
}

/**
 * A plural noun compromise reads as a present-tense verb at the end of a
 * prepositional phrase that closes the clause ("in March for health reasons."):
 * no verb group, so the tense of the clause's own verb decides.
 */
function nounAfterPreposition(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const noun = tokens[i - 1];
  const prep = tokens[i - 2];
  return (
    t.tags.has('PresentTense') &&
    /s$/.test(t.normal) &&
    /^[.,;:!?]/.test(t.post.trim()) &&
    !!noun &&
    noun.tags.has('Noun') &&
    !noun.tags.has('Pronoun') &&
    !noun.tags.has('ProperNoun') &&
    !!prep &&
    prep.tags.has('Preposition')
  );
}

/** Indices of the tokens that end a verb group, per sentence (computed once). */
const groupEnds = new WeakMap<SentenceView, number[]>();

function verbGroupEnds(s: SentenceView): number[] {
  let ends = groupEnds.get(s);
  if (!ends) {
    ends = [];
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      // Auxiliaries directly followed by their main verb: the group is read from its last verb.
      if (
        isVerb(tokens[i]!) &&
        !(tokens[i + 1] && isVerb(tokens[i + 1]!)) &&
        !possessiveIs(tokens, i) &&
        !nounAfterPreposition(tokens, i)
      )
        ends.push(i);
    }
    groupEnds.set(s, ends);
  }
  return ends;
}

/**
 * The direction for an expression at [start, end) of the sentence: the nearest
 * verb group that shows one (left first on ties); present tense counts ("opens Friday").
 * A date adverbial mostly follows the verb it belongs to, so verbs to the right
 * count half as far again ("will double its flights by August in search of
 * markets untouched by the crisis" is read from "will double").
 */
const RIGHT_WEIGHT = 1.5;

export function directionAt(s: SentenceView, start: number, end: number): Direction {
  const tokens = s.tokens;
  // Verbs on the other side of a quote mark speak of another time ("“We will win,” she said on Monday").
  const side = s.quoteAt ? s.quoteAt(start) : -1;
  const ends = verbGroupEnds(s).filter(
    (i) =>
      !(tokens[i]!.start >= start && tokens[i]!.end <= end) && (!s.quoteAt || s.quoteAt(tokens[i]!.start) === side),
  );
  // Walk outwards from the expression, nearest verb first.
  let right = ends.findIndex((i) => tokens[i]!.start >= end);
  if (right < 0) right = ends.length;
  let left = right - 1;
  while (left >= 0 || right < ends.length) {
    const dl = left >= 0 ? start - tokens[ends[left]!]!.end : Infinity;
    const dr = right < ends.length ? (tokens[ends[right]!]!.start - end) * RIGHT_WEIGHT : Infinity;
    const i = dl <= dr ? ends[left--]! : ends[right++]!;
    const dir = groupDirection(tokens, i);
    if (dir) return dir;
  }
  return 'none';
}

/**
 * Words just before the date that point ahead whatever the tense of the report:
 * "payable Dec. 7", "effective Feb. 1", "due June 3"; and deadlines
 * ("until mid-November", "by May") that keep the past from deciding.
 */
export function localCue(s: SentenceView, start: number, dir: Direction): Direction {
  const before = s.text.slice(Math.max(0, start - s.start - 24), start - s.start);
  // "set on" is as often a past participle ("the record set on Aug. 6"); only "set for" looks ahead.
  if (
    /\b(?:payable|effective|due|(?:scheduled|slated) (?:for|on)|set for|starting|beginning|expiring)\s+(?:on\s+)?$/i.test(
      before,
    )
  )
    return 'future';
  // "since March": the date lies behind whatever the tense ("has been on patrol since March").
  if (/\bsince\s+(?:early\s+|late\s+|mid-?\s*)?$/i.test(before)) return 'past';
  // "postponed until Tuesday", "as soon as Monday": ahead, whatever the tense of the report.
  if (
    /\b(?:postponed|delayed|adjourned|deferred|put off|pushed back|extended|suspended|recessed|rescheduled)\s+(?:\w+\s+)?(?:until|till|to)\s+$/i.test(
      before,
    )
  )
    return 'future';
  if (/\bas soon as\s+(?:[\w'’-]+\s+){0,3}$/i.test(s.text.slice(Math.max(0, start - s.start - 48), start - s.start)))
    return 'future';
  // "the record high set on Aug. 6", "the peak reached in March": a participle of an event already over.
  if (/\b(?:set|reached|hit|recorded|touched|peaked|posted)\s+(?:on|in)\s+$/i.test(before)) return 'past';
  if (dir === 'past' && /\b(?:until|till|through|by)\s+$/i.test(before)) return 'none';
  return dir;
}
