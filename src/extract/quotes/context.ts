/**
 * Token-level view of an article for the quote rules: which tokens lie inside
 * quoted material, where clauses end, which tokens are speech cues, and how
 * to read the noun phrase that names a speaker.
 */
import type { Parsed, Token } from '../../nlp/parse.js';
import type { Range } from '../findings.js';
import { CUE_FORMS, NOUN_LIKE, PHRASE_CUES, STANCE_FORMS, type Frame } from './cues.js';
import type { QuotedSpan } from '../../nlp/quote-marks.js';
import { firstStartingAt } from '../../nlp/search.js';

export interface Cue {
  /** First and last token of the cue ("said"; "according to"; "pointed out"). */
  first: number;
  last: number;
  lemma: string;
  frames: Frame[];
}

export interface NounPhrase {
  first: number;
  last: number;
  /** The phrase is a personal pronoun ("he", "they"). */
  pronoun: boolean;
  /** An appositive after the name ("director of the Center"), when there was one. */
  appositive?: Range;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
/** Words between a subject and its cue that do not break the link ("he also said", "has repeatedly argued"). */
const BETWEEN = new Set([
  'also',
  'later',
  'then',
  'again',
  'previously',
  'recently',
  'repeatedly',
  'once',
  'reportedly',
  'has',
  'had',
  'have',
  'would',
  'will',
  'had',
  'did',
  'does',
  'do',
  'often',
  'frequently',
  'further',
  'quickly',
  'simply',
  'flatly',
  'publicly',
  'privately',
  'separately',
  'still',
  'bluntly',
  'just',
  'even',
  'immediately',
  'subsequently',
  'ultimately',
  'finally',
  'already',
  'never',
  'earlier',
  'first',
  'last',
  'clearly',
  'openly',
  'explicitly',
  'specifically',
  'emphatically',
  'has been',
  'is',
  'was',
  'were',
  'are',
  'been',
  'being',
  'might',
  'may',
  'could',
  'should',
  'can',
  'must',
  'not',
  "n't",
]);
/** Lower-case words allowed inside a speaker phrase ("spokesman for the State Department"). */
const NP_LINKS = new Set(['of', 'for', 'at', 'the', 'a', 'an', 'and', 'in', 'from', 'with', 'on', 'to']);
/** Prepositions that may sit inside a name ("Bank of America", "spokesman for the company"). */
const NP_LINKS_INNER = new Set(['of', 'for', 'at']);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'am', "'s"]);
/** Verbs whose "to"-infinitive shares their subject ("he used to boast", "Smith plans to call"). */
const CONTROL =
  /^(?:wants?|wanted|wanting|plann?(?:ed|ing|s)?|intend(?:s|ed|ing)?|hop(?:es?|ed|ing)|tr(?:y|ies|ied|ying)|decid(?:es?|ed|ing)|used|went|goes|going|continu(?:es?|ed|ing)|refus(?:es?|ed|ing)|threaten(?:s|ed|ing)?|seek(?:s|ing)?|sought|promis(?:es?|ed|ing)|vow(?:s|ed|ing)?|pledg(?:es?|ed|ing)|agree(?:s|d|ing)?|appear(?:s|ed|ing)?|seem(?:s|ed|ing)?|expect(?:s|ed|ing)?|need(?:s|ed|ing)?|ha(?:s|d|ve|ving)|beg[iau]n(?:s|ning)?|start(?:s|ed|ing)?|attempt(?:s|ed|ing)?|mov(?:es?|ed|ing)|chose|choos(?:es?|ing)|chosen|fail(?:s|ed|ing)?|manag(?:es?|ed|ing)|offer(?:s|ed|ing)?|prepar(?:es?|ed|ing)|rush(?:es|ed|ing)?|hasten(?:s|ed|ing)?|like[sd]?|lov(?:es?|ed)|dar(?:es?|ed)|took|takes?|stopp?(?:ed|s)?|paus(?:es?|ed))$/;
/** Words opening a clause whose subject a later participle may share. */
const COORDINATORS = new Set(['and', 'but', 'where', 'yet']);
/** Conjunctions that may open a participial phrase ("while denouncing ...", "after meeting ..."). */
const SUBORDINATORS = new Set(['while', 'after', 'before', 'when', 'since', 'by', 'in', 'upon', 'on']);
const DASH = /[—–]|\s-+\s/;
const RELATIVE = new Set(['who', 'which', 'that']);
/** Words that open a sentence before its subject. */
const INTRODUCTORY = new Set([
  'but',
  'and',
  'yet',
  'so',
  'still',
  'however',
  'meanwhile',
  'later',
  'earlier',
  'instead',
  'also',
  'then',
  'now',
  'indeed',
  'moreover',
  'back',
  'well',
]);
const NP_NOT = new Set([
  'that',
  'this',
  'which',
  'who',
  'whom',
  'what',
  'when',
  'where',
  'as',
  'but',
  'or',
  'if',
  'because',
  'so',
  'than',
  'while',
  'although',
  'though',
  'not',
  'no',
  'there',
  'here',
  'all',
  'both',
]);

export class QuoteContext {
  readonly tokens: Token[];
  /** For each token, the index of the quote it lies in, or -1. */
  readonly inQuote: Int32Array;
  readonly cueAt: Array<Cue | undefined>;

  constructor(
    readonly parsed: Parsed,
    readonly quotes: QuotedSpan[],
  ) {
    this.tokens = parsed.tokens;
    this.inQuote = new Int32Array(this.tokens.length).fill(-1);
    let q = 0;
    for (const tok of this.tokens) {
      while (q < quotes.length && quoteEnd(quotes[q]!) <= tok.start) q++;
      const cur = quotes[q];
      if (cur && tok.start >= cur.open && tok.start < quoteEnd(cur)) this.inQuote[tok.i] = q;
    }
    this.cueAt = this.tokens.map((_, i) => this.readCue(i));
  }

  private readCue(i: number): Cue | undefined {
    const tok = this.tokens[i]!;
    if (this.inQuote[i]! >= 0) return undefined;
    for (const p of PHRASE_CUES) {
      if (p.words[0] !== tok.normal) continue;
      if (p.words.every((w, k) => this.tokens[i + k]?.normal === w && this.inQuote[i + k]! < 0)) {
        return { first: i, last: i + p.words.length - 1, lemma: p.lemma ?? p.words.join(' '), frames: p.frames };
      }
    }
    const info = CUE_FORMS.get(tok.normal);
    if (!info || !this.verbUse(i, info.lemma)) return undefined;
    return { first: i, last: i, lemma: info.lemma, frames: info.frames };
  }

  /**
   * A stance verb at token i with its object ("endorsed Ted Cruz", "called for a ban"): a cue
   * for reported content only, never for quoted material. `last` is the required preposition, if any.
   */
  stanceAt(i: number): Cue | undefined {
    const tok = this.tokens[i]!;
    if (this.inQuote[i]! >= 0) return undefined;
    const info = STANCE_FORMS.get(tok.normal);
    if (!info || !this.verbUse(i, info.lemma) || this.prevIsDeterminer(i)) return undefined;
    if (!(tok.tags.has('Verb') || tok.tags.has('PastTense') || tok.tags.has('Gerund')) || tok.tags.has('Noun'))
      return undefined;
    if (!info.prep) return { first: i, last: i, lemma: info.lemma, frames: ['topic'] };
    const next = this.tokens[i + 1];
    if (!next || tok.post.trim() || !info.prep.includes(next.normal) || this.inQuote[i + 1]! >= 0) return undefined;
    // "asked whether ...", "asked if ...": the conjunction belongs to the content
    const keep = next.normal === 'whether' || next.normal === 'if';
    return { first: i, last: keep ? i : i + 1, lemma: `${info.lemma} ${next.normal}`, frames: ['topic'] };
  }

  /** Token i, a form of `lemma`, is used as a verb here ("the said agreement", "his tweet" are not). */
  private verbUse(i: number, lemma: string): boolean {
    const tok = this.tokens[i]!;
    const base = tok.normal === lemma;
    const isVerb = tok.tags.has('Verb') || tok.tags.has('PastTense') || tok.tags.has('Gerund');
    if (NOUN_LIKE.has(lemma) && (!isVerb || (base && this.prevIsDeterminer(i)))) return false;
    if (base && !isVerb) return false;
    // "the said agreement", "a telling sign": adjectival uses.
    if (this.prevIsDeterminer(i) && !tok.tags.has('PastTense')) return false;
    return true;
  }

  private prevIsDeterminer(i: number): boolean {
    const p = this.tokens[i - 1];
    // "the said agreement", "his tweet": only a determiner or possessive right before, nothing between.
    return (
      !!p &&
      !p.post.trim() &&
      this.sameClause(i - 1, i) &&
      (p.tags.has('Determiner') || (p.tags.has('Possessive') && p.tags.has('Pronoun')))
    );
  }

  /** Whether tokens a < b are in one clause: same sentence, no paragraph break, no quote in between. */
  sameClause(a: number, b: number): boolean {
    const ta = this.tokens[a]!;
    const tb = this.tokens[b]!;
    if (ta.s !== tb.s) return false;
    for (let k = a; k < b; k++) if (this.tokens[k]!.post.includes('\n')) return false;
    return true;
  }

  /** Index of the first token starting at or after offset (tokens.length if none). */
  tokenFrom(offset: number): number {
    return firstStartingAt(this.tokens, offset);
  }

  /** Tokens outside quotes just before `offset`, nearest first, within the clause and paragraph. */
  leftOf(offset: number, max: number): number[] {
    const out: number[] = [];
    let i = this.tokenFrom(offset) - 1;
    const anchor = this.tokenFrom(offset);
    const s = this.tokens[anchor]?.s ?? this.tokens[i]?.s;
    for (; i >= 0 && out.length < max; i--) {
      const tok = this.tokens[i]!;
      if (this.inQuote[i]! >= 0) break;
      if (tok.post.includes('\n') || /\n/.test(this.parsed.text.slice(tok.end, offset))) break;
      // a parser split after "Mr." or an initial is not a sentence end
      if (tok.s !== s && !this.isAbbreviation(i)) break;
      out.push(i);
    }
    return out;
  }

  /** Tokens outside quotes just after `offset`, in order, within the sentence and paragraph. */
  rightOf(offset: number, max: number): number[] {
    const out: number[] = [];
    let i = this.tokenFrom(offset);
    const prev = this.tokens[i - 1];
    for (; i < this.tokens.length && out.length < max; i++) {
      const tok = this.tokens[i]!;
      if (this.inQuote[i]! >= 0) break;
      const gapFrom = out.length ? this.tokens[i - 1]!.end : offset;
      if (/\n/.test(this.parsed.text.slice(gapFrom, tok.start))) break;
      // A lower-case word after the closing mark continues the sentence even where the parser split it ("!" he said).
      if (out.length === 0 && prev && tok.s !== prev.s && !/^\p{Ll}/u.test(tok.text)) break;
      if (out.length > 0 && tok.s !== this.tokens[out[out.length - 1]!]!.s) break;
      out.push(i);
      if (/[.!?]/.test(tok.post) && !this.isAbbreviation(i)) break;
    }
    return out;
  }

  isAbbreviation(i: number): boolean {
    const tok = this.tokens[i]!;
    return tok.tags.has('Abbreviation') || tok.tags.has('Honorific') || /^\p{Lu}$/u.test(tok.text);
  }

  /** The phrase is one of these pronouns. */
  isPronounOf(np: NounPhrase, words: string[]): boolean {
    return np.pronoun && words.includes(this.tokens[np.first]!.normal);
  }

  isPronoun(i: number): boolean {
    return PRONOUNS.has(this.tokens[i]!.normal);
  }

  /** A word that can be part of a speaker phrase. */
  private npWord(i: number): boolean {
    const tok = this.tokens[i]!;
    if (this.inQuote[i]! >= 0 || this.cueAt[i]) return false;
    const n = tok.normal;
    if (NP_NOT.has(n) || PRONOUNS.has(n) || BETWEEN.has(n)) return false;
    if (!tok.text) return false;
    if (/^\p{Lu}/u.test(tok.text)) return true;
    if (NP_LINKS.has(n)) return true;
    const t = tok.tags;
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

  /**
   * The speaker phrase that ends just before token `end` (exclusive), reading leftwards:
   * "he", "Daniel Kritenbrink", "Leonard E. Burman, director of the Center,", "A spokesman for the company".
   */
  subjectBefore(end: number, floor = 0): NounPhrase | null {
    let j = this.skipBetween(end - 1, floor, end);
    if (j < floor || !this.sameClause(j, end) || this.inQuote[j]! >= 0) return null;
    if (this.isPronoun(j)) {
      if (this.tokens[j]!.post.includes(',')) return null;
      return { first: j, last: j, pronoun: true };
    }
    // "pointed to a man and called him ...": a verb coordinated with "and" shares the sentence's subject.
    if (/^(?:and|but|or)$/.test(this.tokens[j]!.normal) && !this.tokens[j - 1]?.post.includes(',')) {
      const subject = this.sentenceSubject(j);
      return subject && subject.first >= floor ? subject : null;
    }
    // "he used to boast", "Smith went on to say", "she is expected to announce": the subject of the verb governing "to".
    const governing = this.verbBeforeTo(j, floor, end);
    if (governing >= 0) return this.subjectBefore(governing, floor);
    // "Mr. Trump, in a brief interview, said": an inserted prepositional phrase is skipped like an appositive.
    const pp = this.prepositionalBefore(j, floor);
    if (pp >= 0) {
      const head = this.phraseEndingAt(pp, floor);
      if (head && this.looksLikeName(head.first, head.last)) return head;
      j = pp;
    }
    // "Trump, who has called ...": a relative pronoun speaks for the phrase before its comma.
    if (
      RELATIVE.has(this.tokens[j]!.normal) &&
      j - 1 >= floor &&
      this.tokens[j - 1]!.post.includes(',') &&
      this.sameClause(j - 1, j)
    ) {
      const head = this.phraseEndingAt(j - 1, floor, true);
      // "Matt Bai, a columnist for Yahoo, who said": the relative speaks for the name the appositive describes
      if (
        head &&
        /^(?:a|an|the)$/.test(this.tokens[head.first]!.normal) &&
        head.first - 1 >= floor &&
        this.tokens[head.first - 1]!.post.includes(',') &&
        this.sameClause(head.first - 1, j)
      ) {
        const name = this.phraseEndingAt(head.first - 1, floor, true);
        if (name && this.isProperName(name.first, name.last))
          return { ...name, appositive: { start: this.tokens[head.first]!.start, end: this.tokens[j - 1]!.end } };
      }
      return head;
    }
    // "Name, appositive, said": the phrase before the appositive's comma is the speaker.
    // Appositives may hold commas of their own, so the nearest name-like head wins.
    // Dashes set off an appositive too ("Jordan Reynolds - his co-host - says").
    const sep = this.tokens[j]!.post.includes(',') ? /,/ : DASH.test(this.tokens[j]!.post) ? DASH : null;
    if (sep) {
      let fallback: NounPhrase | null = null;
      for (let k = j - 1; k >= Math.max(floor, j - 30); k--) {
        if (!this.sameClause(k, j) || this.inQuote[k]! >= 0) break;
        if (!sep.test(this.tokens[k]!.post)) continue;
        const head = this.phraseEndingAt(k, floor);
        if (!head) continue;
        // "Cory James, 22, of Flint, Mich., said": a place of origin is part of the appositive.
        const lead = this.tokens[head.first - 1];
        if (lead && /^(?:of|from|in)$/.test(lead.normal) && !lead.post.trim()) continue;
        const withApp = { ...head, appositive: { start: this.tokens[k + 1]!.start, end: this.tokens[j]!.end } };
        if (head.pronoun || this.isProperName(head.first, head.last)) return withApp;
        if (!fallback && this.looksLikeName(head.first, head.last)) fallback = withApp;
      }
      return fallback;
    }
    return this.phraseEndingAt(j, floor);
  }

  /**
   * If token j is the "to" of an infinitive right after its verb ("wants to", "went on to",
   * "is expected to", "was eager to"), the index of that verb (or adjective); else -1.
   * "urged Jones to" has a noun before "to" and is left alone.
   */
  private verbBeforeTo(j: number, floor: number, end: number): number {
    if (this.tokens[j]?.normal !== 'to' || j - 1 < floor || !this.sameClause(j - 1, end)) return -1;
    let v = j - 1;
    if (/^(?:on|up)$/.test(this.tokens[v]!.normal) && v - 1 >= floor) v--;
    // "could not bring himself to utter": any verb with a reflexive object shares its subject
    const reflexive =
      /^(?:himself|herself|themselves|itself|myself|ourselves)$/.test(this.tokens[v]!.normal) && v - 1 >= floor;
    if (reflexive) v--;
    const tok = this.tokens[v]!;
    if (tok.post.trim() || this.inQuote[v]! >= 0 || this.cueAt[v]?.lemma === 'according to') return -1;
    const next = this.tokens[j + 1];
    if (!next || !next.tags.has('Verb') || this.prevIsDeterminer(v)) return -1;
    if (CONTROL.test(tok.normal) || (reflexive && tok.tags.has('Verb'))) return v;
    // "is expected to", "was eager to", "are likely to"
    return BE.has(this.tokens[v - 1]?.normal ?? '') &&
      (tok.tags.has('Adjective') || tok.tags.has('PastTense') || tok.tags.has('Participle'))
      ? v
      : -1;
  }

  /**
   * If tokens ending at j form a prepositional phrase set off by a comma before it
   * ("..., in a brief interview"), the index of the token holding that comma; else -1.
   */
  private prepositionalBefore(j: number, floor: number): number {
    for (let k = j; k >= Math.max(floor, j - 8); k--) {
      const tok = this.tokens[k]!;
      if (k < j && tok.post.includes(',')) return -1;
      if (tok.tags.has('Preposition') && (!NP_LINKS_INNER.has(tok.normal) || this.tokens[k - 1]?.post.includes(','))) {
        // "Right now, as Smith put it, ...": "as" opens a clause whose subject follows it.
        if (this.opensAsClause(k)) return -1;
        const before = this.tokens[k - 1];
        return before && k - 1 >= floor && before.post.includes(',') && this.sameClause(k - 1, j) ? k - 1 : -1;
      }
      if (!this.npWord(k) && !tok.tags.has('Preposition')) return -1;
    }
    return -1;
  }

  /** Steps left over adverbs, auxiliaries and time expressions between a subject and its cue. */
  private skipBetween(j: number, floor: number, end: number): number {
    while (j >= floor && this.sameClause(j, end)) {
      const tok = this.tokens[j]!;
      if (BETWEEN.has(tok.normal)) {
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
        while (j >= floor && /^(?:on|in|at|last|this|early|late|earlier|later|during)$/.test(this.tokens[j]!.normal))
          j--;
        continue;
      }
      break;
    }
    return j;
  }

  /** Every word capitalised and not a bare determiner phrase: "Daniel Kritenbrink", "Mr. Burman". */
  isProperName(first: number, last: number): boolean {
    const a = this.tokens[first]!;
    if (a.tags.has('Determiner')) return false;
    for (let k = first; k <= last; k++) {
      const t = this.tokens[k]!;
      if (!/^[\p{Lu}\d]/u.test(t.text) && !NP_LINKS.has(t.normal)) return false;
    }
    return true;
  }

  /**
   * The speaker of a cue: the subject before it; for a participle ("..., saying") or when that
   * fails, the subject of the sentence; inverted ("Said Smith:") only at the clause's start.
   */
  speakerOf(cue: Cue, ceiling: number): NounPhrase | null {
    const prevTok = this.tokens[cue.first - 1];
    // "The paper quoted Smith as saying ...", "cited officials as saying": the one quoted is the speaker
    if (prevTok?.normal === 'as' && /ing$/.test(this.tokens[cue.first]!.normal)) {
      for (let k = cue.first - 2; k >= Math.max(0, cue.first - 10) && this.sameClause(k, cue.first); k--) {
        if (!/^(?:quoted|quotes|quoting|quote|cited|cites|citing)$/.test(this.tokens[k]!.normal)) continue;
        const np = this.subjectAfter(k + 1, cue.first - 1);
        if (np && np.last === cue.first - 2) return np;
        // ("a senior official", tagged as adjectives): the words between, when they hold no verb
        const words = this.tokens.slice(k + 1, cue.first - 1);
        if (words.length && words.length <= 6 && words.every((t) => !t.tags.has('Verb') && this.inQuote[t.i]! < 0))
          return { first: k + 1, last: cue.first - 2, pronoun: false };
        break;
      }
    }
    // "..., saying" / "issued a statement saying": the participle's subject is the sentence's.
    const participle = /ing$/.test(this.tokens[cue.first]!.normal) && !(prevTok && BE.has(prevTok.normal));
    if (participle) {
      // "..., with analysts saying ...", "with each candidate questioning ... and Senator Bernie Sanders pressing": the participle's own subject
      const own =
        cue.first > 0 && this.sameClause(cue.first - 1, cue.first) && !prevTok?.post.trim()
          ? this.phraseEndingAt(cue.first - 1, 0, true)
          : null;
      if (own && !own.pronoun && this.withClause(own.first)) return own;
      const subject = this.coordinateSubject(cue.first) ?? this.sentenceSubject(cue.first);
      if (subject) return subject;
    }
    const direct = this.subjectBefore(cue.first);
    if (direct && !(participle && prevTok?.post.includes(','))) return direct;
    const prev = this.tokens[cue.first - 1];
    const clauseStart = !prev || !this.sameClause(cue.first - 1, cue.first) || /[,:;—(]/.test(prev.post);
    // Inversion ("..., said Mr. Burman") only for verbs that report a clause: after "accused" or
    // "called" the phrase is the object ("accused the leadership of using ...").
    if (clauseStart && !participle && cue.frames.some((f) => f === 'clause' || f === 'object' || f === 'to')) {
      const after = this.subjectAfter(cue.last + 1, ceiling);
      if (after && !after.pronoun && this.looksLikeName(after.first, after.last)) return after;
    }
    return this.sentenceSubject(cue.first) ?? direct;
  }

  /** The phrase at token i opens an absolute "with" clause ("with analysts saying"), or a second subject in one ("... and Senator Sanders pressing"). */
  private withClause(i: number): boolean {
    const before = this.tokens[i - 1];
    if (!before || !this.sameClause(i - 1, i)) return false;
    if (before.normal === 'with') return true;
    if (before.normal !== 'and') return false;
    for (let k = i - 2; k >= Math.max(0, i - 14) && this.sameClause(k, i); k--)
      if (this.tokens[k]!.normal === 'with') return true;
    return false;
  }

  /**
   * The subject of the nearest clause before token i opened by "and", "but" or "where" ("..., and he
   * has battled the mayor, at one point calling him ...", "where about 50 protesters had gathered,
   * chanting ..."): a participle after it speaks for that clause. Null if there is none.
   */
  coordinateSubject(i: number): NounPhrase | null {
    const s = this.tokens[i]!.s;
    for (let k = i - 2; k > 0 && this.tokens[k]!.s === s && this.inQuote[k]! < 0; k--) {
      // the clause is set off by a comma: "..., and he", "..., where they" ("Fox and Friends" is a name)
      if (
        !COORDINATORS.has(this.tokens[k - 1]!.normal) ||
        this.inQuote[k - 1]! >= 0 ||
        !this.tokens[k - 2]?.post.includes(',')
      )
        continue;
      const np = this.subjectAfter(k, i);
      if (!np) continue;
      const v = this.skipForward(np.last + 1, i);
      const verb = this.tokens[v];
      if (
        v < i &&
        verb &&
        verb.tags.has('Verb') &&
        !verb.tags.has('Gerund') &&
        !verb.tags.has('Noun') &&
        (np.pronoun || this.looksLikeName(np.first, np.last) || /^\p{Ll}/u.test(this.tokens[np.first]!.text))
      )
        return np;
    }
    return null;
  }

  /** Steps right over auxiliaries and adverbs ("had", "has often"). */
  private skipForward(j: number, end: number): number {
    while (j < end && BETWEEN.has(this.tokens[j]!.normal) && !this.tokens[j]!.tags.has('Verb')) j++;
    return j;
  }

  /** The subject that opens the sentence holding token i, past an introductory phrase ("On Tuesday, ..."). */
  sentenceSubject(i: number): NounPhrase | null {
    const s = this.tokens[i]!.s;
    const row = this.parsed.sentences[s];
    if (!row) return null;
    let k = row.first;
    while (k < i && this.inQuote[k]! >= 0) k++;
    const head = this.tokens[k];
    if (!head) return null;
    // "Continuing to explain his view, Carson rejected ...", "But while denouncing the plan, she ...":
    // an opening participial phrase has the subject of the clause after its comma.
    const opening = this.openingParticiple(k, row.last);
    if (
      opening >= 0 &&
      (i >= opening || (this.openingParticiple(k, i + 1) < 0 && /ing$/.test(this.tokens[i]!.normal)))
    ) {
      const np = opening < row.last ? this.subjectAfter(opening, row.last) : null;
      return np && (np.pronoun || this.looksLikeName(np.first, np.last)) ? np : null;
    }
    if (
      INTRODUCTORY.has(head.normal) ||
      head.tags.has('Preposition') ||
      head.tags.has('Adverb') ||
      head.tags.has('Conjunction') ||
      this.frontedTime(k, i)
    ) {
      // skip to just past the first comma, if one comes before i
      let c = k;
      while (c < i && !this.tokens[c]!.post.includes(',')) c++;
      if (c >= i) {
        if (head.tags.has('Conjunction') || INTRODUCTORY.has(head.normal)) k++;
        else return null;
      } else k = c + 1;
    }
    // "ATLANTIC CITY — Hillary Clinton ...": a dateline before a dash is not the subject.
    for (let d = k; d < Math.min(i, k + 5) && /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(this.tokens[d]!.text); d++) {
      if (DASH.test(this.tokens[d]!.post)) {
        k = d + 1;
        break;
      }
    }
    if (k >= i) return null;
    const np = this.subjectAfter(k, i);
    if (!np) return null;
    // The subject must be followed by its verb, not be part of a longer phrase we cannot read.
    return np;
  }

  /** "Two months later, ...", "Last week, ...", "In 2008, ...": a short time phrase before a comma opens the sentence. */
  private frontedTime(k: number, i: number): boolean {
    for (let c = k; c < Math.min(i, k + 5); c++) {
      const t = this.tokens[c]!;
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
  openingPhraseEnd(i: number): number {
    const row = this.parsed.sentences[this.tokens[i]!.s];
    if (!row) return -1;
    let k = row.first;
    while (k < i && this.inQuote[k]! >= 0) k++;
    const after = this.openingParticiple(k, row.last);
    return after >= 0 && after > i && this.openingParticiple(k, i + 1) < 0 ? after - 1 : -1;
  }

  /**
   * If the sentence from token k opens with a participial phrase ("Continuing to ...", "while
   * denouncing ...", "after meeting ..."), the first token after the comma that closes it; else -1.
   */
  private openingParticiple(k: number, end: number): number {
    if (INTRODUCTORY.has(this.tokens[k]!.normal) && !this.tokens[k]!.post.includes(',')) k++;
    if (k < end && SUBORDINATORS.has(this.tokens[k]!.normal)) k++;
    const tok = this.tokens[k];
    // (an all-capital "TELLING OF THE CRISIS" is a headline, not a phrase)
    if (
      !tok ||
      this.inQuote[k]! >= 0 ||
      !tok.tags.has('Gerund') ||
      !/ing$/.test(tok.normal) ||
      !/\p{Ll}/u.test(tok.text)
    )
      return -1;
    // "Lobbying records filed in ...": a gerund modifying the subject noun.
    const noun = this.tokens[k + 1];
    const verb = this.tokens[k + 2];
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
      if (this.tokens[c]!.post.includes('\n')) return -1;
      if (this.inQuote[c]! < 0 && this.tokens[c]!.post.includes(',')) return c + 1;
    }
    return -1;
  }

  /** The longest speaker phrase ending at token j. */
  private phraseEndingAt(j: number, floor: number, objectOk = false): NounPhrase | null {
    if (this.isPronoun(j)) return { first: j, last: j, pronoun: true };
    if (!this.npWord(j)) return null;
    let first = j;
    for (let k = j - 1; k >= Math.max(floor, j - 9); k--) {
      if (
        !this.sameClause(k, j) ||
        this.tokens[k]!.post.includes(',') ||
        /[;:()]/.test(this.tokens[k]!.post) ||
        DASH.test(this.tokens[k]!.post)
      )
        break;
      // "Clinton campaign Chairman John Podesta": a word the tagger read as a verb, between capitals, is part of the name.
      if (!this.npWord(k) && !this.insideName(k)) break;
      first = k;
    }
    // A phrase after a preposition, a verb or "and" is an object, not the subject ("forced into a moment ... and said").
    const before = this.tokens[first - 1];
    if (
      !objectOk &&
      before &&
      first - 1 >= floor &&
      this.sameClause(first - 1, j) &&
      !before.post.trim() &&
      this.inQuote[first - 1]! < 0 &&
      !this.opensAsClause(first - 1)
    ) {
      const t = before.tags;
      if (
        (t.has('Preposition') && !NP_LINKS_INNER.has(before.normal)) ||
        before.normal === 'and' ||
        before.normal === 'or' ||
        (t.has('Verb') && !this.cueAt[first - 1])
      )
        return null;
    }
    if (!objectOk && this.tokens[first]!.tags.has('Preposition') && !NP_LINKS_INNER.has(this.tokens[first]!.normal))
      return null;
    return this.trimPhrase(first, j);
  }

  /** "as" opening a clause of its own ("As Smith puts it, ...", "..., as he noted,"): its subject is a subject. */
  private opensAsClause(i: number): boolean {
    if (this.tokens[i]!.normal !== 'as') return false;
    const prev = this.tokens[i - 1];
    return !prev || !this.sameClause(i - 1, i) || /[,;:—(]/.test(prev.post);
  }

  /** The speaker phrase that starts at token i, reading rightwards ("said Mr. Burman, ..."). */
  subjectAfter(i: number, ceiling = this.tokens.length): NounPhrase | null {
    if (i >= ceiling || this.inQuote[i]! >= 0) return null;
    if (this.isPronoun(i)) return { first: i, last: i, pronoun: true };
    // "said retired Army Lt. Gen. Mick Bednarek": a participle or two before a name belong to it.
    if (!this.npWord(i) && !this.cueAt[i]) {
      for (let k = i + 1; k < Math.min(ceiling, i + 3); k++) {
        if (!this.sameClause(i, k) || this.tokens[k - 1]!.post.trim()) break;
        if (/^\p{Lu}/u.test(this.tokens[k]!.text) && this.npWord(k)) {
          const rest = this.subjectAfter(k, ceiling);
          return rest && { ...rest, first: i };
        }
      }
    }
    if (!this.npWord(i)) return null;
    let last = i;
    for (let k = i; k < Math.min(ceiling, i + 10); k++) {
      if (!this.npWord(k) || (k > i && !this.sameClause(i, k))) break;
      last = k;
      if (
        /[,;:()]/.test(this.tokens[k]!.post) ||
        DASH.test(this.tokens[k]!.post) ||
        (/[.!?]/.test(this.tokens[k]!.post) && !this.isAbbreviation(k))
      )
        break;
    }
    return this.trimPhrase(i, last);
  }

  /** Drops leading and trailing link words ("and", "of") from a phrase; null if nothing nominal is left. */
  private trimPhrase(first: number, last: number): NounPhrase | null {
    while (
      first <= last &&
      NP_LINKS.has(this.tokens[first]!.normal) &&
      !['the', 'a', 'an'].includes(this.tokens[first]!.normal)
    )
      first++;
    while (last >= first && NP_LINKS.has(this.tokens[last]!.normal)) last--;
    if (first > last) return null;
    let nominal = false;
    for (let k = first; k <= last; k++) {
      const t = this.tokens[k]!.tags;
      if (
        t.has('Noun') ||
        t.has('ProperNoun') ||
        t.has('Person') ||
        t.has('Actor') ||
        /^\p{Lu}/u.test(this.tokens[k]!.text)
      )
        nominal = true;
      // "one said", "said another": an unnamed member of a group just mentioned
      if (first === last && /^(?:one|another|others)$/.test(this.tokens[k]!.normal)) nominal = true;
    }
    if (!nominal) return null;
    // Sentence-initial capitals of ordinary words ("Officials said") are fine; a bare determiner is not.
    return { first, last, pronoun: false };
  }

  /** A verb-tagged word between two capitalised ones ("Clinton campaign Chairman"): part of a name. */
  insideName(i: number): boolean {
    if (!this.contentWord(i) || !this.capitalised(i - 1)) return false;
    if (this.capitalised(i + 1)) return true;
    // "Clinton campaign spokesman Nick Merrill": a lower-case title between leads on to the name
    const next = this.tokens[i + 1];
    return (
      !!next &&
      !next.post.trim() &&
      /^\p{Ll}/u.test(next.text) &&
      next.tags.has('Noun') &&
      !next.tags.has('Verb') &&
      this.capitalised(i + 2) &&
      this.inQuote[i + 1]! < 0
    );
  }

  /** A verb-tagged content word ("campaign"), not a function word or a cue. */
  private contentWord(i: number): boolean {
    const tok = this.tokens[i]!;
    const n = tok.normal;
    return (
      !this.cueAt[i] &&
      this.inQuote[i]! < 0 &&
      tok.tags.has('Verb') &&
      !NP_NOT.has(n) &&
      !BETWEEN.has(n) &&
      !PRONOUNS.has(n) &&
      !tok.post.trim()
    );
  }

  private capitalised(i: number): boolean {
    const tok = this.tokens[i];
    return !!tok && /^\p{Lu}/u.test(tok.text);
  }

  looksLikeName(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) {
      const tok = this.tokens[k]!;
      if (
        /^\p{Lu}/u.test(tok.text) ||
        tok.tags.has('Person') ||
        (tok.tags.has('Pronoun') && !tok.tags.has('Possessive'))
      )
        return true;
    }
    return false;
  }

  range(first: number, last: number): Range {
    return { start: this.tokens[first]!.start, end: this.tokens[last]!.end };
  }
}

export function quoteEnd(q: QuotedSpan): number {
  return q.close >= 0 ? q.close : q.end;
}
