/**
 * The speaker-phrase grammar: free functions over the token view that read the noun phrase naming
 * a speaker next to a cue ("he", "Daniel Kritenbrink", "Leonard E. Burman, director of the Center,",
 * "A spokesman for the company"), before it, after it, or at the head of the sentence.
 */
import type { Range } from '../findings.js';
import type { Cue } from './cues.js';
import { isDetermined, prevIsDeterminer } from './cues.js';
import {
  BE,
  BETWEEN,
  CONTROL,
  COORDINATORS,
  DASH,
  INTRODUCTORY,
  NP_LINKS,
  NP_LINKS_INNER,
  NP_NOT,
  PRONOUNS,
  RELATIVE,
  SOURCE_NOUNS,
  SUBORDINATORS,
  CLAUSE_OPENERS,
  EVIDENCE_NOUNS,
} from './phrase-words.js';
import type { TokenView } from './token-view.js';

export interface NounPhrase {
  first: number;
  last: number;
  /** The phrase is a personal pronoun ("he", "they"). */
  pronoun: boolean;
  /** An appositive after the name ("director of the Center"), when there was one. */
  appositive?: Range;
}

/** The phrase is one of these pronouns. */
export function isPronounOf(view: TokenView, np: NounPhrase, words: string[]): boolean {
  return np.pronoun && words.includes(view.tokens[np.first]!.normal);
}

export function isPronoun(view: TokenView, i: number): boolean {
  // "you're", "they've", "he'd": compromise keeps the contraction on the pronoun's token
  return PRONOUNS.has(view.tokens[i]!.normal.replace(/['’](?:re|ve|d|ll|m)$/, ''));
}

/** A word that can be part of a speaker phrase. */
function npWord(view: TokenView, i: number): boolean {
  const tok = view.tokens[i]!;
  if (view.inQuote[i]! >= 0 || view.cueAt[i]) return false;
  const n = tok.normal;
  if (NP_NOT.has(n) || PRONOUNS.has(n) || BETWEEN.has(n)) return false;
  // (a dash the tokenizer kept as a word of its own, "PHILADELPHIA ― Hillary Clinton", ends a phrase)
  if (!/[\p{L}\p{N}]/u.test(tok.text)) return false;
  if (/^\p{Lu}/u.test(tok.text)) return true;
  if (NP_LINKS.has(n)) return true;
  const t = tok.tags;
  if (verbReadAsNoun(view, i)) return true;
  // "A 2009 report by ...": a verb form after a determiner and a number is a noun
  if (t.has('Verb') && !t.has('PastTense') && numberAfterDeterminer(view, i)) return true;
  if (t.has('Verb') && !t.has('Noun') && !t.has('Actor') && !t.has('Participle')) return false;
  return (
    t.has('Noun') ||
    t.has('Adjective') ||
    t.has('Determiner') ||
    t.has('Possessive') ||
    t.has('Value') ||
    t.has('Actor')
  );
}

/** Token i comes after a determiner and a number ("A 2009 report"). */
function numberAfterDeterminer(view: TokenView, i: number): boolean {
  return isDetermined(view, i) && !prevIsDeterminer(view, i);
}

/**
 * "The Clinton campaign says": a bare verb form the tagger read after a name, with the cue right
 * after it (past auxiliaries), is the noun the name modifies, not a verb of its own.
 */
function verbReadAsNoun(view: TokenView, i: number): boolean {
  const tok = view.tokens[i]!;
  const t = tok.tags;
  if (!t.has('Verb') || t.has('PastTense') || t.has('Gerund') || t.has('Participle') || !/^\p{Ll}+$/u.test(tok.text))
    return false;
  if (i < 1 || tok.post.trim() || view.tokens[i - 1]!.post.trim() || !view.capitalised(i - 1)) return false;
  if (!view.sameClause(i - 1, i)) return false;
  let k = i + 1;
  while (k < view.tokens.length && BETWEEN.has(view.tokens[k]!.normal) && view.sameClause(i, k)) k++;
  return k < view.tokens.length && view.sameClause(i, k) && !!view.cueAt[k];
}

/**
 * The speaker phrase that ends just before token `end` (exclusive), reading leftwards:
 * "he", "Daniel Kritenbrink", "Leonard E. Burman, director of the Center,", "A spokesman for the company".
 */
export function subjectBefore(view: TokenView, end: number, floor = 0): NounPhrase | null {
  let j = skipBetween(view, end - 1, floor, end);
  if (j < floor || !view.sameClause(j, end) || view.inQuote[j]! >= 0) return null;
  if (isPronoun(view, j)) {
    if (view.tokens[j]!.post.includes(',')) return null;
    return { first: j, last: j, pronoun: true };
  }
  // "pointed to a man and called him ...": a verb coordinated with "and" shares the sentence's subject.
  if (/^(?:and|but|or)$/.test(view.tokens[j]!.normal) && !view.tokens[j - 1]?.post.includes(',')) {
    // "Jindal vowed ..., while Mike Huckabee proposed ... and said": the clause after ", while" has its own subject
    const own = whileClauseSubject(view, j, floor) ?? coordinatedVerbSubject(view, j, floor);
    if (own) return own;
    const subject = sentenceSubject(view, j);
    return subject && subject.first >= floor ? subject : null;
  }
  // "he used to boast", "Smith went on to say", "she is expected to announce": the subject of the verb governing "to".
  const governing = verbBeforeTo(view, j, floor, end);
  if (governing >= 0) return subjectBefore(view, governing, floor);
  // "Mr. Trump, in a brief interview, said": an inserted prepositional phrase is skipped like an appositive.
  const pp = prepositionalBefore(view, j, floor);
  if (pp >= 0) {
    const head = phraseEndingAt(view, pp, floor);
    if (head && looksLikeName(view, head.first, head.last)) return head;
    j = pp;
  }
  // "who've already said" is "who"
  const rel = view.tokens[j]!.normal.replace(/['’](?:ve|d|s|ll|re)$/, '');
  // "those who considered", "some who warned": a pronoun of a group is the unnamed speaker, not the sentence's subject
  if (
    rel === 'who' &&
    j - 1 >= floor &&
    GROUP_WORDS.has(view.tokens[j - 1]!.normal) &&
    !view.tokens[j - 1]!.post.trim() &&
    view.sameClause(j - 1, j)
  )
    return { first: j - 1, last: j - 1, pronoun: false };
  // "lawmakers who thought", "Graham contrasted that with Clinton who is looking": a restrictive "who" speaks for the phrase right before it
  if (
    rel === 'who' &&
    j - 1 >= floor &&
    !view.tokens[j - 1]!.post.trim() &&
    view.sameClause(j - 1, j) &&
    view.inQuote[j - 1]! < 0
  ) {
    const head = phraseEndingAt(view, j - 1, floor, true);
    if (head) return antecedentOfWho(view, head);
  }
  // "Trump, who has called ...": a relative pronoun speaks for the phrase before its comma.
  if (RELATIVE.has(rel) && j - 1 >= floor && view.tokens[j - 1]!.post.includes(',') && view.sameClause(j - 1, j)) {
    const found = phraseEndingAt(view, j - 1, floor, true);
    const head = found && rel === 'who' ? antecedentOfWho(view, found) : found;
    // "Matt Bai, a columnist for Yahoo, who said": the relative speaks for the name the appositive describes
    if (
      head &&
      /^(?:a|an|the)$/.test(view.tokens[head.first]!.normal) &&
      head.first - 1 >= floor &&
      view.tokens[head.first - 1]!.post.includes(',') &&
      view.sameClause(head.first - 1, j)
    ) {
      const name = phraseEndingAt(view, head.first - 1, floor, true);
      if (name && isProperName(view, name.first, name.last))
        return { ...name, appositive: { start: view.tokens[head.first]!.start, end: view.tokens[j - 1]!.end } };
    }
    return head;
  }
  // "Name, appositive, said": the phrase before the appositive's comma is the speaker.
  // Appositives may hold commas of their own, so the nearest name-like head wins.
  // Dashes set off an appositive too ("Jordan Reynolds - his co-host - says").
  const sep = view.tokens[j]!.post.includes(',') ? /,/ : DASH.test(view.tokens[j]!.post) ? DASH : null;
  if (sep) {
    let fallback: NounPhrase | null = null;
    for (let k = j - 1; k >= Math.max(floor, j - 30); k--) {
      if (!view.sameClause(k, j) || view.inQuote[k]! >= 0) break;
      if (!sep.test(view.tokens[k]!.post)) continue;
      const head = phraseEndingAt(view, k, floor);
      if (!head) continue;
      // "Cory James, 22, of Flint, Mich., said": a place of origin is part of the appositive.
      const lead = view.tokens[head.first - 1];
      if (lead && /^(?:of|from|in)$/.test(lead.normal) && !lead.post.trim()) continue;
      const withApp = { ...head, appositive: { start: view.tokens[k + 1]!.start, end: view.tokens[j]!.end } };
      if (head.pronoun || isProperName(view, head.first, head.last)) return withApp;
      if (!fallback && looksLikeName(view, head.first, head.last)) fallback = withApp;
    }
    return fallback;
  }
  return phraseEndingAt(view, j, floor);
}

/** Pronouns of a group that a restrictive "who" may follow ("those who", "some who", "others who"). */
const GROUP_WORDS = new Set([
  'those',
  'some',
  'others',
  'many',
  'several',
  'few',
  'most',
  'all',
  'anyone',
  'everyone',
  'someone',
]);

/**
 * The person a restrictive "who" stands for, within the phrase before it: from its last determiner
 * ("stars an Abraham Lincoln impersonator who" → an Abraham Lincoln impersonator), and past a
 * noun that is no person ("the ire of lawmakers who", "the mouth of Donald Trump, who").
 */
function antecedentOfWho(view: TokenView, np: NounPhrase): NounPhrase {
  let first = np.first;
  for (let k = np.last - 1; k > first; k--)
    if (/^(?:the|a|an)$/.test(view.tokens[k]!.normal) && !view.tokens[k - 1]!.tags.has('Preposition')) {
      first = k;
      break;
    }
  for (let k = first + 1; k < np.last; k++) {
    if (view.tokens[k]!.normal !== 'of') continue;
    const before = view.tokens.slice(first, k);
    const person = before.some(
      (t) =>
        t.tags.has('Actor') ||
        t.tags.has('Person') ||
        (/^\p{Lu}/u.test(t.text) && !t.tags.has('Determiner')) ||
        t.tags.has('Pronoun'),
    );
    if (!person) first = k + 1;
    break;
  }
  return first === np.first ? np : { first, last: np.last, pronoun: false };
}

/**
 * If token j is the "to" of an infinitive right after its verb ("wants to", "went on to",
 * "is expected to", "was eager to"), the index of that verb (or adjective); else -1.
 * "urged Jones to" has a noun before "to" and is left alone.
 */
function verbBeforeTo(view: TokenView, j: number, floor: number, end: number): number {
  if (view.tokens[j]?.normal !== 'to' || j - 1 < floor || !view.sameClause(j - 1, end)) return -1;
  let v = j - 1;
  if (/^(?:on|up)$/.test(view.tokens[v]!.normal) && v - 1 >= floor) v--;
  // "could not bring himself to utter": any verb with a reflexive object shares its subject
  const reflexive =
    /^(?:himself|herself|themselves|itself|myself|ourselves)$/.test(view.tokens[v]!.normal) && v - 1 >= floor;
  if (reflexive) v--;
  const tok = view.tokens[v]!;
  if (tok.post.trim() || view.inQuote[v]! >= 0 || view.cueAt[v]?.lemma === 'according to') return -1;
  const next = view.tokens[j + 1];
  if (!next || !next.tags.has('Verb') || prevIsDeterminer(view, v)) return -1;
  if (CONTROL.test(tok.normal) || (reflexive && tok.tags.has('Verb'))) return v;
  // "is expected to", "was eager to", "are likely to"
  return BE.has(view.tokens[v - 1]?.normal ?? '') &&
    (tok.tags.has('Adjective') || tok.tags.has('PastTense') || tok.tags.has('Participle'))
    ? v
    : -1;
}

/**
 * If tokens ending at j form a prepositional phrase set off by a comma before it
 * ("..., in a brief interview"), the index of the token holding that comma; else -1.
 */
function prepositionalBefore(view: TokenView, j: number, floor: number): number {
  for (let k = j; k >= Math.max(floor, j - 8); k--) {
    const tok = view.tokens[k]!;
    if (k < j && tok.post.includes(',')) return -1;
    if (tok.tags.has('Preposition') && (!NP_LINKS_INNER.has(tok.normal) || view.tokens[k - 1]?.post.includes(','))) {
      // "Right now, as Smith put it, ...": "as" opens a clause whose subject follows it ("..., after BuzzFeed reported" too).
      if (opensAsClause(view, k) || (CLAUSE_OPENERS.has(tok.normal) && !view.tokens[j]!.post.includes(','))) return -1;
      const before = view.tokens[k - 1];
      return before && k - 1 >= floor && before.post.includes(',') && view.sameClause(k - 1, j) ? k - 1 : -1;
    }
    if (!npWord(view, k) && !tok.tags.has('Preposition')) return -1;
  }
  return -1;
}

/** Steps left over adverbs, auxiliaries and time expressions between a subject and its cue. */
function skipBetween(view: TokenView, j: number, floor: number, end: number): number {
  while (j >= floor && view.sameClause(j, end)) {
    const tok = view.tokens[j]!;
    // ("you're talking": the copula of a contraction is a token with no text)
    if (BETWEEN.has(tok.normal) || (!tok.text && (tok.tags.has('Copula') || tok.tags.has('Auxiliary')))) {
      j--;
      continue;
    }
    // "Mr. Ryan on Tuesday called", "the minister last week said"
    if (
      tok.tags.has('Date') ||
      tok.tags.has('WeekDay') ||
      tok.tags.has('Month') ||
      /^(?:1[89]|20)\d\d$/.test(tok.text)
    ) {
      j--;
      while (j >= floor && /^(?:on|in|at|last|this|early|late|earlier|later|during)$/.test(view.tokens[j]!.normal)) j--;
      continue;
    }
    break;
  }
  return j;
}

/** Every word capitalised and not a bare determiner phrase: "Daniel Kritenbrink", "Mr. Burman". */
export function isProperName(view: TokenView, first: number, last: number): boolean {
  const a = view.tokens[first]!;
  if (a.tags.has('Determiner')) return false;
  for (let k = first; k <= last; k++) {
    const t = view.tokens[k]!;
    if (!/^[\p{Lu}\d]/u.test(t.text) && !NP_LINKS.has(t.normal)) return false;
  }
  return true;
}

/**
 * The speaker of a cue: the subject before it; for a participle ("..., saying") or when that
 * fails, the subject of the sentence; inverted ("Said Smith:") only at the clause's start.
 */
export function speakerOf(view: TokenView, cue: Cue, ceiling: number): NounPhrase | null {
  const prevTok = view.tokens[cue.first - 1];
  // "Blumenthal was asked, “...?”", "he was told: “...”": the subject of a passive question or telling is
  // the one spoken to; the asker is not named
  if (ADDRESSED.has(view.tokens[cue.first]!.normal)) {
    let k = cue.first - 1;
    while (k >= 0 && view.tokens[k]!.tags.has('Adverb') && view.sameClause(k, cue.first)) k--;
    const be = view.tokens[k];
    if (be && view.sameClause(k, cue.first) && (BE.has(be.normal) || be.normal === 'being')) return null;
  }
  // "The paper quoted Smith as saying ...", "cited officials as saying": the one quoted is the speaker
  if (prevTok?.normal === 'as' && /ing$/.test(view.tokens[cue.first]!.normal)) {
    for (let k = cue.first - 2; k >= Math.max(0, cue.first - 10) && view.sameClause(k, cue.first); k--) {
      if (!/^(?:quoted|quotes|quoting|quote|cited|cites|citing)$/.test(view.tokens[k]!.normal)) continue;
      const np = subjectAfter(view, k + 1, cue.first - 1);
      if (np && np.last === cue.first - 2) return np;
      // ("a senior official", tagged as adjectives): the words between, when they hold no verb
      const words = view.tokens.slice(k + 1, cue.first - 1);
      if (words.length && words.length <= 6 && words.every((t) => !t.tags.has('Verb') && view.inQuote[t.i]! < 0))
        return { first: k + 1, last: cue.first - 2, pronoun: false };
      break;
    }
  }
  // "..., saying" / "issued a statement saying": the participle's subject is the sentence's.
  // ("you're talking": the contracted copula is a token of its own with no text)
  const participle =
    /ing$/.test(view.tokens[cue.first]!.normal) && !(prevTok && (BE.has(prevTok.normal) || prevTok.tags.has('Copula')));
  if (participle) {
    // "..., with analysts saying ...", "with each candidate questioning ... and Senator Bernie Sanders pressing": the participle's own subject
    const own =
      cue.first > 0 && view.sameClause(cue.first - 1, cue.first) && !prevTok?.post.trim()
        ? phraseEndingAt(view, cue.first - 1, 0, true)
        : null;
    if (own && !own.pronoun && (withClause(view, own.first) || peopleObject(view, own))) return own;
    const subject = coordinateSubject(view, cue.first) ?? sentenceSubject(view, cue.first);
    if (subject) return subject;
  }
  const direct = subjectBefore(view, cue.first);
  // "jetting around the world asking for money": a preposition's object is not the participle's subject
  const prepObject = participle && !!direct && !!view.tokens[direct.first - 1]?.tags.has('Preposition');
  if (direct && !(participle && prevTok?.post.includes(',')) && !prepObject) return direct;
  const prev = view.tokens[cue.first - 1];
  const clauseStart = !prev || !view.sameClause(cue.first - 1, cue.first) || /[,:;—(]/.test(prev.post);
  // Inversion ("..., said Mr. Burman") only for verbs that report a clause: after "accused" or
  // "called" the phrase is the object ("accused the leadership of using ...").
  if (clauseStart && !participle && cue.frames.some((f) => f === 'clause' || f === 'object' || f === 'to')) {
    const after = subjectAfter(view, cue.last + 1, ceiling);
    if (after && !after.pronoun && looksLikeName(view, after.first, after.last)) return after;
  }
  return sentenceSubject(view, cue.first) ?? direct;
}

/**
 * "which included staff members suggesting ...", "quoted officials saying ...": people named as a
 * verb's object right before the participle are the ones saying it ("He left the room saying" is
 * still his). Only groups of people: "He called Smith saying ..." is still his call.
 */
/** Participles whose passive subject is the addressee, not the speaker. */
const ADDRESSED = new Set(['asked', 'told', 'questioned', 'pressed']);

function peopleObject(view: TokenView, np: NounPhrase): boolean {
  const head = view.tokens[np.last]!;
  const before = view.tokens[np.first - 1];
  if (!before || !before.tags.has('Verb') || before.tags.has('Copula') || !view.sameClause(np.first - 1, np.last))
    return false;
  return (head.tags.has('Plural') && head.tags.has('Actor')) || PEOPLE_PLURALS.has(head.normal);
}
const PEOPLE_PLURALS = new Set([
  'members',
  'staff',
  'staffers',
  'officials',
  'voters',
  'residents',
  'analysts',
  'experts',
  'people',
  'critics',
  'supporters',
  'protesters',
  'lawmakers',
  'leaders',
  'aides',
  'workers',
  'students',
  'parents',
  'activists',
  'witnesses',
]);

/** The phrase at token i opens an absolute "with" clause ("with analysts saying"), or a second subject in one ("... and Senator Sanders pressing"). */
function withClause(view: TokenView, i: number): boolean {
  const before = view.tokens[i - 1];
  if (!before || !view.sameClause(i - 1, i)) return false;
  if (before.normal === 'with') return true;
  if (before.normal !== 'and') return false;
  for (let k = i - 2; k >= Math.max(0, i - 14) && view.sameClause(k, i); k--)
    if (view.tokens[k]!.normal === 'with') return true;
  return false;
}

/**
 * The subject of the nearest clause before token i opened by "and", "but" or "where" ("..., and he
 * has battled the mayor, at one point calling him ...", "where about 50 protesters had gathered,
 * chanting ..."): a participle after it speaks for that clause. Null if there is none.
 */
export function coordinateSubject(view: TokenView, i: number): NounPhrase | null {
  const s = view.tokens[i]!.s;
  for (let k = i - 2; k > 0 && view.tokens[k]!.s === s && view.inQuote[k]! < 0; k--) {
    // the clause is set off by a comma: "..., and he", "..., where they" ("Fox and Friends" is a name)
    if (
      !COORDINATORS.has(view.tokens[k - 1]!.normal) ||
      view.inQuote[k - 1]! >= 0 ||
      !view.tokens[k - 2]?.post.includes(',')
    )
      continue;
    const np = subjectAfter(view, k, i);
    if (!np) continue;
    const v = skipForward(view, np.last + 1, i);
    const verb = view.tokens[v];
    if (
      v < i &&
      verb &&
      verb.tags.has('Verb') &&
      !verb.tags.has('Gerund') &&
      !verb.tags.has('Noun') &&
      (np.pronoun || looksLikeName(view, np.first, np.last) || /^\p{Ll}/u.test(view.tokens[np.first]!.text))
    )
      return np;
  }
  return null;
}

/** Steps right over auxiliaries and adverbs ("had", "has often"). */
function skipForward(view: TokenView, j: number, end: number): number {
  while (j < end && BETWEEN.has(view.tokens[j]!.normal) && !view.tokens[j]!.tags.has('Verb')) j++;
  return j;
}

/** The subject right after the nearest ", while" / ", whereas" before token j in its sentence, if it names someone. */
function whileClauseSubject(view: TokenView, j: number, floor: number): NounPhrase | null {
  const s = view.tokens[j]!.s;
  for (let k = j - 1; k > floor && view.tokens[k]!.s === s; k--) {
    if (view.inQuote[k]! >= 0 || !/^(?:while|whereas)$/.test(view.tokens[k]!.normal)) continue;
    if (!view.tokens[k - 1]!.post.includes(',')) return null;
    const np = subjectAfter(view, k + 1, j);
    return np && (np.pronoun || looksLikeName(view, np.first, np.last)) ? np : null;
  }
  return null;
}

/**
 * "... when Mr. Sanders took issue with the criticism and assailed ...", "Last October, Obama changed
 * course and decided ...": a verb after "and" shares the subject of the finite verb before it in
 * the same clause (no comma between), which need not open the sentence.
 */
function coordinatedVerbSubject(view: TokenView, j: number, floor: number): NounPhrase | null {
  for (let k = j - 1; k > floor && view.sameClause(k, j) && view.inQuote[k]! < 0; k--) {
    const tok = view.tokens[k]!;
    if (/[,;:—–(]/.test(tok.post)) return null;
    const t = tok.tags;
    if (!t.has('Verb') || t.has('Gerund') || t.has('Infinitive') || t.has('Participle')) continue;
    if (!t.has('PastTense') && !t.has('PresentTense')) continue;
    if (t.has('Auxiliary') || t.has('Copula') || t.has('Modal')) return null;
    // "Kirsch told the AP her group never worked ... and said": a verb inside a cue's content is not the one coordinated
    for (let c = k - 1; c >= floor && view.tokens[c]!.s === tok.s; c--) if (view.cueAt[c]) return null;
    const np = subjectBefore(view, k, floor);
    return np && !/^(?:and|but|or)$/.test(view.tokens[np.first]!.normal) ? np : null;
  }
  return null;
}

/** The subject that opens the sentence holding token i, past an introductory phrase ("On Tuesday, ..."). */
export function sentenceSubject(view: TokenView, i: number): NounPhrase | null {
  const s = view.tokens[i]!.s;
  const row = view.parsed.sentences[s];
  if (!row) return null;
  let k = row.first;
  while (k < i && view.inQuote[k]! >= 0) k++;
  const head = view.tokens[k];
  if (!head) return null;
  // "Continuing to explain his view, Carson rejected ...", "But while denouncing the plan, she ...":
  // an opening participial phrase has the subject of the clause after its comma.
  const opening = openingParticiple(view, k, row.last);
  if (
    opening >= 0 &&
    (i >= opening || (openingParticiple(view, k, i + 1) < 0 && /ing$/.test(view.tokens[i]!.normal)))
  ) {
    const np = opening < row.last ? subjectAfter(view, opening, row.last) : null;
    return np && (np.pronoun || looksLikeName(view, np.first, np.last)) ? np : null;
  }
  if (
    INTRODUCTORY.has(head.normal) ||
    head.tags.has('Preposition') ||
    head.tags.has('Adverb') ||
    head.tags.has('Conjunction') ||
    frontedTime(view, k, i)
  ) {
    // skip to just past the first comma, if one comes before i
    let c = k;
    while (c < i && !view.tokens[c]!.post.includes(',')) c++;
    if (c >= i) {
      if (head.tags.has('Conjunction') || INTRODUCTORY.has(head.normal)) k++;
      else return null;
    } else k = c + 1;
    // "In a September debate, while most of his rivals called for ..., Trump hewed ...": a second
    // opening clause after the first comma is skipped to its own comma too
    if (k < i && CLAUSE_OPENERS.has(view.tokens[k]!.normal)) {
      let c2 = k;
      while (c2 < i && !(view.tokens[c2]!.post.includes(',') && view.inQuote[c2]! < 0)) c2++;
      if (c2 >= i) return null;
      k = c2 + 1;
    }
  }
  // "ATLANTIC CITY — Hillary Clinton ...": a dateline before a dash is not the subject.
  for (let d = k; d < Math.min(i, k + 5) && /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(view.tokens[d]!.text); d++) {
    if (DASH.test(view.tokens[d]!.post)) {
      k = d + 1;
      break;
    }
    if (d + 1 < i && isDashToken(view, d + 1)) {
      k = d + 2;
      break;
    }
  }
  if (k >= i) return null;
  const np = subjectAfter(view, k, i);
  if (!np) return null;
  // The subject must be followed by its verb, not be part of a longer phrase we cannot read.
  return np;
}

/** A token that is only a dash ("―" kept as a word of its own). */
function isDashToken(view: TokenView, i: number): boolean {
  const t = view.tokens[i]!.text;
  return !!t && DASH.test(t) && !/[\p{L}\p{N}]/u.test(t);
}

/** "Two months later, ...", "Last week, ...", "In 2008, ...": a short time phrase before a comma opens the sentence. */
function frontedTime(view: TokenView, k: number, i: number): boolean {
  // "Wednesday at the CNN debate, candidate Hillary Clinton said": a day and where it was, before a comma
  if (view.tokens[k]!.tags.has('WeekDay') && /^(?:at|in|during|on)$/.test(view.tokens[k + 1]?.normal ?? '')) {
    for (let c = k + 1; c < Math.min(i, k + 10); c++) {
      const t = view.tokens[c]!;
      if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) return false;
      if (t.post.includes(',')) return true;
    }
    return false;
  }
  for (let c = k; c < Math.min(i, k + 5); c++) {
    const t = view.tokens[c]!;
    if (
      !/(?:Date|Value|Month|WeekDay)/.test([...t.tags].join(' ')) &&
      !/^(?:later|earlier|ago|last|next|this|that|years?|months?|weeks?|days?|hours?|decades?|time|night|morning|afternoon|evening|then)$/.test(
        t.normal,
      )
    )
      return false;
    if (t.post.includes(','))
      return c > k || /\d/.test(t.text) || t.tags.has('Date') || t.tags.has('WeekDay') || t.tags.has('Month');
  }
  return false;
}

/**
 * If token i is the participle of a phrase opening its sentence ("While saying that ..., he
 * continued"), the token holding the comma that closes the phrase; else -1.
 */
export function openingPhraseEnd(view: TokenView, i: number): number {
  const row = view.parsed.sentences[view.tokens[i]!.s];
  if (!row) return -1;
  let k = row.first;
  while (k < i && view.inQuote[k]! >= 0) k++;
  const after = openingParticiple(view, k, row.last);
  return after >= 0 && after > i && openingParticiple(view, k, i + 1) < 0 ? after - 1 : -1;
}

/**
 * If the sentence from token k opens with a participial phrase ("Continuing to ...", "while
 * denouncing ...", "after meeting ..."), the first token after the comma that closes it; else -1.
 */
function openingParticiple(view: TokenView, k: number, end: number): number {
  if (INTRODUCTORY.has(view.tokens[k]!.normal) && !view.tokens[k]!.post.includes(',')) k++;
  if (k < end && SUBORDINATORS.has(view.tokens[k]!.normal)) k++;
  const tok = view.tokens[k];
  // (an all-capital "TELLING OF THE CRISIS" is a headline, not a phrase)
  if (!tok || view.inQuote[k]! >= 0 || !tok.tags.has('Gerund') || !/ing$/.test(tok.normal) || !/\p{Ll}/u.test(tok.text))
    return -1;
  // "Lobbying records filed in ...": a gerund modifying the subject noun.
  const noun = view.tokens[k + 1];
  const verb = view.tokens[k + 2];
  if (
    noun &&
    verb &&
    /^\p{Ll}/u.test(noun.text) &&
    noun.tags.has('Noun') &&
    !noun.tags.has('Pronoun') &&
    verb.tags.has('Verb') &&
    !verb.tags.has('Gerund') &&
    !verb.tags.has('Infinitive')
  )
    return -1;
  for (let c = k; c < end; c++) {
    if (view.tokens[c]!.post.includes('\n')) return -1;
    if (view.inQuote[c]! < 0 && view.tokens[c]!.post.includes(',')) return c + 1;
  }
  return -1;
}

/** The longest speaker phrase ending at token j. */
function phraseEndingAt(view: TokenView, j: number, floor: number, objectOk = false): NounPhrase | null {
  if (isPronoun(view, j)) return { first: j, last: j, pronoun: true };
  if (!npWord(view, j)) return null;
  let first = j;
  for (let k = j - 1; k >= Math.max(floor, j - 9); k--) {
    if (
      !view.sameClause(k, j) ||
      view.tokens[k]!.post.includes(',') ||
      /[;:()]/.test(view.tokens[k]!.post) ||
      DASH.test(view.tokens[k]!.post)
    )
      break;
    // "... EXPLOSION Turkish President Recep Tayyip Erdogan said": a headline in capitals before the phrase is not part of it
    if (allCaps(view, k) && allCaps(view, k - 1) && !allCaps(view, k + 1)) break;
    // "Clinton campaign Chairman John Podesta": a word the tagger read as a verb, between capitals, is part of the name.
    if (!npWord(view, k) && !insideName(view, k)) break;
    first = k;
  }
  // A phrase after a preposition, a verb or "and" is an object, not the subject ("forced into a moment ... and said").
  const before = view.tokens[first - 1];
  if (
    !objectOk &&
    before &&
    first - 1 >= floor &&
    view.sameClause(first - 1, j) &&
    !before.post.trim() &&
    view.inQuote[first - 1]! < 0 &&
    !opensAsClause(view, first - 1) &&
    // "... was grounded after The New York Times reported": a conjunction opens a clause whose subject this is
    !CLAUSE_OPENERS.has(before.normal)
  ) {
    const t = before.tags;
    if (
      (t.has('Preposition') && !NP_LINKS_INNER.has(before.normal)) ||
      before.normal === 'and' ||
      before.normal === 'or' ||
      (t.has('Verb') && !view.cueAt[first - 1])
    )
      return null;
  }
  if (!objectOk && view.tokens[first]!.tags.has('Preposition') && !NP_LINKS_INNER.has(view.tokens[first]!.normal))
    return null;
  return trimPhrase(view, first, j);
}

/** A word in capitals with two letters or more and no period ("KILLED", "ISTANBUL"; not "U.S."). */
function allCaps(view: TokenView, i: number): boolean {
  const t = view.tokens[i]?.text;
  return !!t && /^[\p{Lu}\d'’-]+$/u.test(t) && (t.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** "as" opening a clause of its own ("As Smith puts it, ...", "..., as he noted,"): its subject is a subject. */
function opensAsClause(view: TokenView, i: number): boolean {
  if (view.tokens[i]!.normal !== 'as') return false;
  const prev = view.tokens[i - 1];
  return !prev || !view.sameClause(i - 1, i) || /[,;:—(]/.test(prev.post);
}

/** Words that open a noun phrase of their own. */
const NEW_PHRASE = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your', 'the', 'a', 'an']);

/** The speaker phrase that starts at token i, reading rightwards ("said Mr. Burman, ..."). */
export function subjectAfter(view: TokenView, i: number, ceiling = view.tokens.length): NounPhrase | null {
  if (i >= ceiling || view.inQuote[i]! >= 0) return null;
  if (isPronoun(view, i)) return { first: i, last: i, pronoun: true };
  // "said retired Army Lt. Gen. Mick Bednarek": a participle or two before a name belong to it.
  if (!npWord(view, i) && !view.cueAt[i]) {
    for (let k = i + 1; k < Math.min(ceiling, i + 3); k++) {
      if (!view.sameClause(i, k) || view.tokens[k - 1]!.post.trim()) break;
      if (/^\p{Lu}/u.test(view.tokens[k]!.text) && npWord(view, k)) {
        const rest = subjectAfter(view, k, ceiling);
        return rest && { ...rest, first: i };
      }
    }
  }
  if (!npWord(view, i)) return null;
  let last = i;
  for (let k = i; k < Math.min(ceiling, i + 12); k++) {
    if (k > i && !view.sameClause(i, k)) break;
    // "A 2009 report by the Center for ...": a document's author is part of the phrase
    const byAuthor = view.tokens[k]!.normal === 'by' && EVIDENCE_NOUNS.has(view.tokens[k - 1]?.normal ?? '') && k > i;
    if (!npWord(view, k) && !byAuthor) break;
    // "told the AP her group never ...", "told reporters the plan ...": a possessive pronoun or an
    // article right after a noun opens the next phrase (the clause's subject), not this one
    if (
      k > i &&
      NEW_PHRASE.has(view.tokens[k]!.normal) &&
      !NP_LINKS.has(view.tokens[k - 1]!.normal) &&
      !view.tokens[k - 1]!.tags.has('Preposition')
    )
      break;
    last = k;
    if (
      /[,;:()]/.test(view.tokens[k]!.post) ||
      DASH.test(view.tokens[k]!.post) ||
      (/[.!?]/.test(view.tokens[k]!.post) && !view.isAbbreviation(k))
    )
      break;
  }
  return trimPhrase(view, i, last);
}

/** Drops leading and trailing link words ("and", "of") from a phrase; null if nothing nominal is left. */
export function trimPhrase(view: TokenView, first: number, last: number): NounPhrase | null {
  while (
    first <= last &&
    NP_LINKS.has(view.tokens[first]!.normal) &&
    !['the', 'a', 'an'].includes(view.tokens[first]!.normal)
  )
    first++;
  // "the the congressional report": a doubled article is a typo
  const article = /^(?:the|a|an)$/;
  if (
    first < last &&
    article.test(view.tokens[first]!.normal) &&
    view.tokens[first + 1]!.normal === view.tokens[first]!.normal
  )
    first++;
  last = dropTrailingTime(view, first, last);
  while (last >= first && NP_LINKS.has(view.tokens[last]!.normal)) last--;
  if (first > last) return null;
  last = possessorOfSourceNoun(view, first, last);
  let nominal = false;
  for (let k = first; k <= last; k++) {
    const t = view.tokens[k]!.tags;
    if (
      t.has('Noun') ||
      t.has('ProperNoun') ||
      t.has('Person') ||
      t.has('Actor') ||
      /^\p{Lu}/u.test(view.tokens[k]!.text)
    )
      nominal = true;
    // "one said", "said another": an unnamed member of a group just mentioned
    if (first === last && /^(?:one|another|others)$/.test(view.tokens[k]!.normal)) nominal = true;
  }
  if (!nominal) return null;
  // Sentence-initial capitals of ordinary words ("Officials said") are fine; a bare determiner is not.
  return { first, last, pronoun: false };
}

/** Days that say when, not who: "Rep. Jane Smith on Friday", "the report Monday". */
const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
const DAY_PART = /^(?:morning|afternoon|evening|night)$/;
const PERIOD = /^(?:week|month|year|weekend)$/;

/** Drops a trailing time phrase ("on Monday", "Friday night", "last week") from a phrase ending at `last`. */
function dropTrailingTime(view: TokenView, first: number, last: number): number {
  const n = (k: number) => view.tokens[k]!.normal;
  let k = last;
  if (k > first && DAY_PART.test(n(k)) && DAY.test(n(k - 1))) k--;
  if (k > first && DAY.test(n(k))) k--;
  else if (k > first + 1 && PERIOD.test(n(k)) && /^(?:last|this|that)$/.test(n(k - 1))) k -= 2;
  else return last;
  while (k > first && /^(?:on|last|this|early|late|earlier|later)$/.test(n(k))) k--;
  return k;
}

/**
 * "Donald Trump's assertion", "the senator's main takeaway": a phrase headed by a noun of saying
 * or thinking (SOURCE_NOUNS) with a possessor before it is cut to the possessor, who is the source.
 * Returns the new last token (unchanged when the pattern is not there).
 */
function possessorOfSourceNoun(view: TokenView, first: number, last: number): number {
  if (!SOURCE_NOUNS.has(view.tokens[last]!.normal)) return last;
  for (let k = last - 1; k >= first; k--) {
    const tok = view.tokens[k]!;
    if (/['’]s?$/.test(tok.text) && !tok.tags.has('Pronoun')) return k;
    // only adjectives between the possessor and its noun ("'s main takeaway")
    if (!tok.tags.has('Adjective') || NP_LINKS.has(tok.normal) || /^\p{Lu}/u.test(tok.text)) return last;
  }
  return last;
}

/** A verb-tagged word between two capitalised ones ("Clinton campaign Chairman"): part of a name. */
export function insideName(view: TokenView, i: number): boolean {
  if (!contentWord(view, i) || !view.capitalised(i - 1)) return false;
  if (view.capitalised(i + 1)) return true;
  // "Clinton campaign spokesman Nick Merrill": a lower-case title between leads on to the name
  const next = view.tokens[i + 1];
  return (
    !!next &&
    !next.post.trim() &&
    /^\p{Ll}/u.test(next.text) &&
    next.tags.has('Noun') &&
    !next.tags.has('Verb') &&
    view.capitalised(i + 2) &&
    view.inQuote[i + 1]! < 0
  );
}

/** A verb-tagged content word ("campaign"), not a function word or a cue. */
function contentWord(view: TokenView, i: number): boolean {
  const tok = view.tokens[i]!;
  const n = tok.normal;
  return (
    !view.cueAt[i] &&
    view.inQuote[i]! < 0 &&
    tok.tags.has('Verb') &&
    !NP_NOT.has(n) &&
    !BETWEEN.has(n) &&
    !PRONOUNS.has(n) &&
    !tok.post.trim()
  );
}

export function looksLikeName(view: TokenView, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const tok = view.tokens[k]!;
    if (/^\p{Lu}/u.test(tok.text) || tok.tags.has('Person') || (tok.tags.has('Pronoun') && !tok.tags.has('Possessive')))
      return true;
  }
  return false;
}
