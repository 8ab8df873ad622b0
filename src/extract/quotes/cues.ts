/**
 * Cue recognition: which tokens are speech cues (a verb of the table in src/data/speech-verbs.ts
 * used as a verb, or one of its phrases) and which are stance verbs with their object. The
 * inflected forms are generated here from the table.
 */
import type { TokenView } from './token-view.js';
import {
  NOUN_LIKE,
  PHRASE_CUES,
  REGULAR_SUFFIXES,
  SPEECH_VERBS,
  STANCE_VERBS,
  type Frame,
} from '../../data/speech-verbs.js';

export type { Frame } from '../../data/speech-verbs.js';

export interface CueInfo {
  lemma: string;
  frames: Frame[];
}

/** Every inflected form of every cue verb, to its lemma and frames. */
export const CUE_FORMS: ReadonlyMap<string, CueInfo> = (() => {
  const m = new Map<string, CueInfo>();
  for (const v of SPEECH_VERBS) {
    const info = { lemma: v.lemma, frames: v.frames };
    for (const f of [v.lemma, ...(v.forms ?? REGULAR_SUFFIXES(v.lemma))]) if (!m.has(f)) m.set(f, info);
  }
  return m;
})();

export interface StanceInfo {
  lemma: string;
  prep?: string[];
  stated?: true;
}

/** Stance verbs whose object must hold "as" ("see golf courses as wasted space"). */
export const STANCE_AS: ReadonlySet<string> = new Set(STANCE_VERBS.filter((v) => v.as).map((v) => v.lemma));

/** Every inflected form of every stance verb, to its lemma and required preposition. */
export const STANCE_FORMS: ReadonlyMap<string, StanceInfo> = (() => {
  const m = new Map<string, StanceInfo>();
  for (const v of STANCE_VERBS) {
    const info: StanceInfo = {
      lemma: v.lemma,
      ...(v.prep ? { prep: v.prep } : {}),
      ...(v.stated ? { stated: v.stated } : {}),
    };
    for (const f of [v.lemma, ...(v.forms ?? REGULAR_SUFFIXES(v.lemma))]) if (!m.has(f)) m.set(f, info);
  }
  return m;
})();

export interface Cue {
  /** First and last token of the cue ("said"; "according to"; "pointed out"). */
  first: number;
  last: number;
  lemma: string;
  frames: Frame[];
}

/** The speech cue that starts at token i (a verb used as a verb, or a phrase), outside quoted material. */
export function readCue(view: TokenView, i: number): Cue | undefined {
  const tok = view.tokens[i]!;
  if (view.inQuote[i]! >= 0) return undefined;
  for (const p of PHRASE_CUES) {
    if (p.words[0] !== tok.normal) continue;
    if (p.words.every((w, k) => view.tokens[i + k]?.normal === w && view.inQuote[i + k]! < 0)) {
      return { first: i, last: i + p.words.length - 1, lemma: p.lemma ?? p.words.join(' '), frames: p.frames };
    }
  }
  const info = CUE_FORMS.get(tok.normal);
  if (!info || !verbUse(view, i, info.lemma)) return undefined;
  return { first: i, last: i, lemma: info.lemma, frames: info.frames };
}

/**
 * A stance verb at token i with its object ("endorsed Ted Cruz", "called for a ban"): a cue
 * for reported content only, never for quoted material. `last` is the required preposition, if any.
 */
export function stanceAt(view: TokenView, i: number): Cue | undefined {
  const tok = view.tokens[i]!;
  if (view.inQuote[i]! >= 0) return undefined;
  const info = STANCE_FORMS.get(tok.normal);
  if (!info) return undefined;
  const thirdPerson = thirdPersonAfterSubject(view, i);
  const verb = thirdPerson || verbUse(view, i, info.lemma);
  if (!verb || prevIsDeterminer(view, i)) return undefined;
  if (
    !thirdPerson &&
    (!(tok.tags.has('Verb') || tok.tags.has('PastTense') || tok.tags.has('Gerund')) || tok.tags.has('Noun'))
  )
    return undefined;
  // "the Dec. 2 attack", "the presidential campaign for months": the base form of a verb that is
  // as often a noun is a verb only after "to", a modal, a negation or a subject pronoun
  if (
    tok.normal === info.lemma &&
    STANCE_NOUN_LIKE.has(info.lemma) &&
    !VERB_BEFORE.has(view.tokens[i - 1]?.normal ?? '')
  )
    return undefined;
  if (info.stated && /^(?:could|can|may|might|should|must)$/.test(view.tokens[i - 1]?.normal ?? '')) return undefined;
  if (!info.prep) return { first: i, last: i, lemma: info.lemma, frames: ['topic'] };
  const next = view.tokens[i + 1];
  if (!next || tok.post.trim() || !info.prep.includes(next.normal) || view.inQuote[i + 1]! >= 0) return undefined;
  // "asked whether ...", "asked if ...", "vowed to run": the conjunction or the infinitive's "to" belongs to the content
  const keep = next.normal === 'whether' || next.normal === 'if' || (next.normal === 'to' && verbAfterTo(view, i + 2));
  return { first: i, last: keep ? i : i + 1, lemma: `${info.lemma} ${next.normal}`, frames: ['topic'] };
}

/** The word after "to" is a verb ("vowed to veto the bill", where compromise may read "veto" as a noun), not a noun phrase. */
function verbAfterTo(view: TokenView, i: number): boolean {
  const tok = view.tokens[i];
  if (!tok || tok.tags.has('Determiner') || tok.tags.has('ProperNoun') || tok.tags.has('Pronoun')) return false;
  if (tok.tags.has('Infinitive') || tok.tags.has('Verb')) return true;
  // "to veto the bill": a bare word right before a determiner is the verb
  return !tok.tags.has('Plural') && !!view.tokens[i + 1]?.tags.has('Determiner') && view.sameClause(i, i + 1);
}

/** Stance verbs whose base form is as often a noun ("the attack", "a campaign for", "the vote"). */
const STANCE_NOUN_LIKE = new Set(['campaign', 'vote', 'demand', 'promise', 'pledge', 'vow', 'point', 'hint', 'fault']);
const VERB_BEFORE = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'not',
  "n't",
  'did',
  'do',
  'does',
  'i',
  'we',
  'they',
  'you',
  'also',
  'never',
]);
/**
 * "Rubio favors a path to citizenship", "He supports the bill": compromise reads a third-person
 * verb after a name as a plural noun; between a name or a subject pronoun and a determiner,
 * a name or a possessive it is the verb.
 */
function thirdPersonAfterSubject(view: TokenView, i: number): boolean {
  const tok = view.tokens[i]!;
  const prev = view.tokens[i - 1];
  const next = view.tokens[i + 1];
  if (!prev || !next || !/s$/.test(tok.normal) || prev.post.trim() || tok.post.trim()) return false;
  if (!view.sameClause(i - 1, i) || !view.sameClause(i, i + 1)) return false;
  const subject =
    (prev.tags.has('ProperNoun') && !prev.tags.has('Possessive') && /^\p{Lu}/u.test(prev.text)) ||
    /^(?:he|she|it)$/.test(prev.normal);
  const object =
    next.tags.has('Determiner') ||
    (next.tags.has('ProperNoun') && /^\p{Lu}/u.test(next.text)) ||
    (next.tags.has('Possessive') && next.tags.has('Pronoun'));
  return subject && object;
}

/** Token i, a form of `lemma`, is used as a verb here ("the said agreement", "his tweet" are not). */
function verbUse(view: TokenView, i: number, lemma: string): boolean {
  const tok = view.tokens[i]!;
  const base = tok.normal === lemma;
  const isVerb = tok.tags.has('Verb') || tok.tags.has('PastTense') || tok.tags.has('Gerund');
  // "the report", "A 2009 report by the Center found": a determiner (and a year or number) before it makes it a noun
  const determined = isDetermined(view, i);
  if (NOUN_LIKE.has(lemma) && (!isVerb || (base && determined))) return false;
  if (base && !isVerb) return false;
  // "the said agreement", "a telling sign": adjectival uses.
  if (determined && !tok.tags.has('PastTense')) return false;
  return true;
}

/** A determiner, or a determiner and a number, right before token i ("the report", "A 2009 report"). */
export function isDetermined(view: TokenView, i: number): boolean {
  return prevIsDeterminer(view, i) || (numberBefore(view, i) && prevIsDeterminer(view, i - 1));
}

/** A number or year right before token i, nothing between ("2009 report"). */
function numberBefore(view: TokenView, i: number): boolean {
  const p = view.tokens[i - 1];
  return !!p && !p.post.trim() && view.sameClause(i - 1, i) && /^\d[\d,.]*$/.test(p.text);
}

export function prevIsDeterminer(view: TokenView, i: number): boolean {
  const p = view.tokens[i - 1];
  // "the said agreement", "his tweet": only a determiner or possessive right before, nothing between.
  return (
    !!p &&
    !p.post.trim() &&
    view.sameClause(i - 1, i) &&
    (p.tags.has('Determiner') || (p.tags.has('Possessive') && p.tags.has('Pronoun')))
  );
}

/** Verbs of appearance: the reporter's reading of how someone or something seems ("Mr. Putin seemed most concerned with ..."). */
const APPEARANCE_FORMS: ReadonlyMap<string, string> = new Map([
  ...['seem', 'seems', 'seemed'].map((f) => [f, 'seem'] as const),
  ...['appear', 'appears', 'appeared'].map((f) => [f, 'appear'] as const),
  ...['look', 'looks', 'looked'].map((f) => [f, 'look'] as const),
  ...['sound', 'sounds', 'sounded'].map((f) => [f, 'sound'] as const),
  ['expected', 'be expected'],
]);
export const APPEARANCE_LEMMAS: ReadonlySet<string> = new Set(APPEARANCE_FORMS.values());

/**
 * "Mr. Putin seemed most concerned with ...", "others appeared ready to abandon him", "Garland looks
 * dead on arrival", "The White House is expected to sign the measure": a verb of appearance (or a
 * passive "expected") with its complement — an infinitive, "like", an adjective (after at most one
 * adverb) or, for seem and appear, a noun phrase ("the returns seemed a reminder that ..."). "look"
 * and "sound" take no infinitive or noun phrase ("looked at", "sounded a note" are none); "appeared on
 * TV", "seems that" take no complement here.
 */
export function appearanceAt(view: TokenView, i: number): Cue | undefined {
  const tok = view.tokens[i]!;
  const lemma = APPEARANCE_FORMS.get(tok.normal);
  if (!lemma || view.inQuote[i]! >= 0 || tok.post.trim() || prevIsDeterminer(view, i)) return undefined;
  if (lemma === 'be expected') {
    let b = i - 1;
    if (/^(?:not|n't|also|still|widely|now|generally)$/.test(view.tokens[b]?.normal ?? '')) b--;
    if (!/^(?:is|are|was|were|be|been|'s)$/.test(view.tokens[b]?.normal ?? '') || !view.sameClause(b, i))
      return undefined;
    return view.tokens[i + 1]?.normal === 'to' && verbAfterToken(view, i + 2) ? cueOf(i, lemma) : undefined;
  }
  if (!(tok.tags.has('Verb') || tok.tags.has('PastTense')) || tok.tags.has('Noun')) return undefined;
  let k = i + 1;
  // one adverb of degree or time: "seems increasingly likely", "seemed most concerned", "now appears"
  if (
    view.tokens[k]?.tags.has('Adverb') &&
    !/^(?:like|to)$/.test(view.tokens[k]!.normal) &&
    !view.tokens[k]!.post.trim()
  )
    k++;
  const next = view.tokens[k];
  if (!next || view.inQuote[k]! >= 0 || !view.sameClause(i, k)) return undefined;
  if (next.normal === 'like') return cueOf(i, lemma);
  if (next.normal === 'to')
    return (lemma === 'seem' || lemma === 'appear') && verbAfterToken(view, k + 1) ? cueOf(i, lemma) : undefined;
  const t = next.tags;
  if (t.has('Adjective') && !t.has('Preposition') && !t.has('Determiner') && !t.has('Noun')) return cueOf(i, lemma);
  if ((lemma === 'seem' || lemma === 'appear') && k === i + 1 && t.has('Determiner') && /^(?:a|an)$/.test(next.normal))
    return cueOf(i, lemma);
  return undefined;
}

function cueOf(i: number, lemma: string): Cue {
  return { first: i, last: i, lemma, frames: ['topic'] };
}

/** The token is a verb's base form ("to sign", "to quit"), not a noun or a name. */
function verbAfterToken(view: TokenView, i: number): boolean {
  const tok = view.tokens[i];
  return (
    !!tok &&
    !tok.tags.has('ProperNoun') &&
    !tok.tags.has('Determiner') &&
    (tok.tags.has('Verb') || tok.tags.has('Infinitive') || tok.tags.has('Copula') || tok.tags.has('Auxiliary'))
  );
}
