/**
 * Attribution of quoted material: each rule looks for a cue and a speaker
 * phrase on one side of a quote and, when it fits, its name becomes the quote's `rule`.
 * The lists below (AFTER_QUOTE, BEFORE_QUOTE, NO_CUE, OUTER_SOURCE) are the table of
 * contents; docs/quotes.md has an example of each.
 */
import type { Range } from '../findings.js';
import type { Cue } from './cues.js';
import { SPEECH_VERBS } from '../../data/speech-verbs.js';
import type { NounPhrase } from './speaker-phrase.js';
import type { TokenView } from './token-view.js';
import { quoteEnd } from './token-view.js';
import type { QuotedSpan } from '../../nlp/quote-marks.js';
import {
  looksLikeName,
  sentenceSubject,
  speakerOf,
  subjectAfter,
  subjectBefore,
  insideName,
  isPronoun,
  trimPhrase,
} from './speaker-phrase.js';
import { firstMatch, type QuoteRule, type QuoteRuleName } from './rules.js';

export interface Attribution {
  speaker: NounPhrase | null;
  cue: Cue | null;
  rule: QuoteRuleName;
}

/** What a rule reads on one side of the quote: a speaker, a cue, or both. */
type Reading = Omit<Attribution, 'rule'>;
type AttributionRule = QuoteRule<QuoteSite, Reading>;

/** Tokens allowed between a cue and the quote it introduces: an addressee or a setting ("told reporters", "said in a statement"). */
const MAX_GAP_BEFORE = 10;

/**
 * One quote as the attribution rules see it. Each side is scanned once for its nearest cue
 * (`right`, `left`); the rules of that side read what the scan found.
 */
export class QuoteSite {
  /** Woven into the reporter's sentence rather than introduced by punctuation ("He called it “shameful”"). */
  readonly woven: boolean;
  private leftScan: LeftScan | undefined;
  private rightScan: RightScan | null | undefined;
  constructor(
    readonly ctx: TokenView,
    readonly q: QuotedSpan,
  ) {
    this.woven = !introducedByPunctuation(ctx, q);
  }
  get left(): LeftScan {
    return (this.leftScan ??= scanLeft(this.ctx, this.q, this.woven));
  }
  get right(): RightScan | null {
    if (this.rightScan === undefined) this.rightScan = scanRight(this.ctx, this.q);
    return this.rightScan;
  }
}

/**
 * The words right after the quote: “...,” he said / “...,” according to Smith. The scan stops at
 * the first cue, so at most one of these holds.
 */
export const AFTER_QUOTE: readonly AttributionRule[] = [
  {
    name: 'quoted.according-to',
    examples: ['“We will win,” according to Jane Smith.'],
    apply: (site) => {
      const r = site.right;
      if (!r || r.n !== 0 || r.cue.lemma !== 'according to') return null;
      return { speaker: subjectAfter(site.ctx, r.cue.last + 1), cue: r.cue };
    },
  },
  {
    name: 'quoted.cue-after',
    examples: ['“We will win,” he said.', '“We will win,” said Jane Smith, the mayor.'],
    apply: (site) => cueAfter(site.ctx, site.right),
  },
];

/**
 * The clause before the quote: He said: “...” / He called it “shameful” / According to Smith, “...”.
 * The nearest cue to the left decides which rule holds (they exclude each other): "according to"
 * names the source after it, a speech cue its speaker, for a woven quote or one set off by
 * punctuation; with no cue, a colon hands the quote to the clause's subject.
 */
export const BEFORE_QUOTE: readonly AttributionRule[] = [
  {
    name: 'quoted.according-to',
    examples: ['According to Jane Smith, “the plan failed.”'],
    apply: ({ left }) => (left.kind === 'according' ? { speaker: left.speaker, cue: left.cue } : null),
  },
  {
    name: 'quoted.embedded',
    examples: ['Jane Smith called the plan “a disaster for the city.”'],
    apply: (site) =>
      // ("a trend that the foundation predicts will continue “for years”": "continue" reports speech only
      // when it introduces the quote, “...,” he continued / He continued: “...”)
      site.woven && site.left.kind === 'cue' && site.left.cue.lemma !== 'continue'
        ? embedded(site.ctx, site.left)
        : null,
  },
  {
    name: 'quoted.cue-before',
    examples: ['Jane Smith told reporters, “We will win.”', 'We will win, the mayor writes. “It is time.”'],
    apply: ({ ctx, q, woven, left }) => {
      if (left.kind === 'cue') return woven ? null : { speaker: left.speaker, cue: left.cue };
      return left.kind === 'none' && left.left.length === 0 ? sentenceBefore(ctx, q) : null;
    },
  },
  {
    name: 'quoted.colon',
    examples: ['Jane Smith delivered a blunt message: “We will win.”'],
    apply: ({ ctx, left }) => {
      if (left.kind !== 'none' || !left.colon || !left.left.length) return null;
      // "McConnell delivered a blunt message to Trump: “...”": a colon hands the quote to the clause's subject.
      const sp = sentenceSubject(ctx, left.left[0]!);
      return sp && (sp.pronoun || looksLikeName(ctx, sp.first, sp.last)) ? { speaker: sp, cue: null } : null;
    },
  },
];

/** No cue on either side: a noun of saying with its possessor, or no attribution at all. */
export const NO_CUE: readonly AttributionRule[] = [
  {
    name: 'quoted.noun',
    examples: ['The plan drew her remark that “nothing will change.”'],
    apply: ({ ctx, q }) => possessiveNoun(ctx, q),
  },
  {
    name: 'quoted.label-inside',
    examples: ['“Chris Matthews: Seriously, the tax sounds great. We will screw the bad guys.”'],
    apply: ({ ctx, q }) => labelInside(ctx, q),
  },
  {
    name: 'quoted.credit',
    examples: ['NEW PLANS “The city will build three new schools next year.” [Reuters.]'],
    apply: ({ ctx, q }) => bracketCredit(ctx, q),
  },
  {
    // last: quoted material with no cue and no noun of saying (classify.ts decides whether it is speech)
    name: 'quoted.unattributed',
    examples: ['The mayor has a plan. “We will build three new schools and hire more teachers.”'],
    apply: () => ({ speaker: null, cue: null }),
  },
];

/**
 * Applied to the attribution found: an outer source later in the cue's sentence owns the quote
 * ("“...,” Sanders said, according to CNN." is CNN's; "Clinton pledged to “...,” the Orlando
 * Sentinel reported." is the Sentinel's).
 */
export const OUTER_SOURCE: readonly QuoteRule<{ ctx: TokenView; cue: Cue }, { speaker: NounPhrase; cue: Cue }>[] = [
  {
    name: 'quoted.according-to',
    examples: ['“We will win,” Jane Smith said, according to CNN.'],
    apply: ({ ctx, cue }) => {
      const outer = outerAttribution(ctx, rangeOf(ctx, cue));
      // ("“...,” Carson noted, as reported by BuzzFeed News.": the outlet passes the quote on; Carson stays its speaker)
      return outer && outer.cue.lemma === 'according to' && ctx.tokens[outer.cue.first]!.normal !== 'as' ? outer : null;
    },
  },
  {
    name: 'quoted.outer-report',
    examples: ['Jane Smith pledged to “build three new schools,” the Daily Star reported.'],
    apply: ({ ctx, cue }) => {
      const outer = outerAttribution(ctx, rangeOf(ctx, cue));
      return outer && outer.cue.lemma === 'report' ? outer : null;
    },
  },
];

/**
 * Which side speaks first: a quote woven into the sentence belongs to the clause around it, so
 * the clause before it is read first; a quote set off by punctuation is attributed by the words
 * after it first (“...,” he said), as news writes it. The first side whose rule names a speaker
 * wins; failing both, a cue with no readable speaker (after, then before) still makes the quote
 * speech; with no cue at all, NO_CUE. An outer source then takes the quote over (OUTER_SOURCE).
 */
export function attributeQuote(ctx: TokenView, q: QuotedSpan): Attribution {
  const site = new QuoteSite(ctx, q);
  const read = (rules: readonly AttributionRule[]): Attribution | null => {
    const m = firstMatch(rules, site);
    return m && { speaker: m.out.speaker, cue: m.out.cue, rule: m.rule.name };
  };
  const after = read(AFTER_QUOTE);
  const before = read(BEFORE_QUOTE);
  const [first, second] = site.woven ? [before, after] : [after, before];
  const att = first?.speaker ? first : second?.speaker ? second : (after ?? before ?? read(NO_CUE)!);
  if (!att.cue || att.rule === 'quoted.according-to') return att;
  const outer = firstMatch(OUTER_SOURCE, { ctx, cue: att.cue });
  if (!outer) return att;
  // (the outer source's own appositive is not recorded)
  const { first: f, last, pronoun } = outer.out.speaker;
  return { speaker: { first: f, last, pronoun }, cue: outer.out.cue, rule: outer.rule.name };
}

/** Nouns of saying whose possessor is the speaker: "her remark that “...”", "Mr. Obama's rejection of “...”". */
const SPEECH_NOUNS = new Set([
  'remark',
  'remarks',
  'comment',
  'comments',
  'statement',
  'claim',
  'claims',
  'assertion',
  'warning',
  'description',
  'self-description',
  'rejection',
  'promise',
  'pledge',
  'admission',
  'words',
  'call',
  'criticism',
  'characterization',
  'prediction',
  'vow',
  'insistence',
  'argument',
  'complaint',
  'accusation',
  'denial',
  'boast',
  'declaration',
  'announcement',
  'plea',
  'refrain',
  'mantra',
  'tweet',
  'quip',
  'response',
  'reply',
  'slogan',
  'catchphrase',
]);

/**
 * "her remark that “...”", "Sanders' self-description of being a “...”", "by her own admission was a
 * “...”": a noun of saying with a possessor, a few words before the quote, names its speaker.
 */
function possessiveNoun(ctx: TokenView, q: QuotedSpan): Reading | null {
  const left = ctx.leftOf(q.open, 6);
  for (let n = 0; n < left.length; n++) {
    const i = left[n]!;
    if (!SPEECH_NOUNS.has(ctx.tokens[i]!.normal)) continue;
    // the possessor, past an adjective or two ("her own admission", "Mr. Obama's lyrical rejection")
    for (let k = i - 1; k >= Math.max(0, i - 3) && ctx.sameClause(k, i); k--) {
      const tok = ctx.tokens[k]!;
      if (/^(?:his|her|their)$/.test(tok.normal)) return { speaker: { first: k, last: k, pronoun: true }, cue: null };
      if (tok.tags.has('Possessive') || /['’]s?$/.test(tok.text)) {
        let first = k;
        while (
          first > 0 &&
          ctx.sameClause(first - 1, k) &&
          /^\p{Lu}/u.test(ctx.tokens[first - 1]!.text) &&
          !ctx.tokens[first - 1]!.post.trim()
        )
          first--;
        return /^\p{Lu}/u.test(tok.text) ? { speaker: { first, last: k, pronoun: false }, cue: null } : null;
      }
      if (!tok.tags.has('Adjective') && tok.normal !== 'own') break;
    }
    return null;
  }
  return null;
}

/**
 * A quoted transcript that opens with its speaker's name and a colon (“Chris Matthews: Seriously, ...”): a person's
 * name of two or three words, the first a first name.
 */
function labelInside(ctx: TokenView, q: QuotedSpan): Reading | null {
  const first = ctx.tokenFrom(q.start);
  for (let k = first; k < Math.min(ctx.tokens.length, first + 3); k++) {
    const t = ctx.tokens[k]!;
    if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(t.text) || ctx.inQuote[k] !== ctx.inQuote[first]) return null;
    if (/^:\s/.test(t.post))
      return k > first && ctx.tokens[first]!.tags.has('FirstName')
        ? { speaker: { first, last: k, pronoun: false }, cue: null }
        : null;
    if (t.post !== ' ') return null;
  }
  return null;
}

/**
 * A digest's excerpt credited at the end of its paragraph: “...” [NYT.] / “...” Tune in at 9. [Mother Jones.] — a
 * name of up to four capitalised words alone in square brackets closing the paragraph is the quote's source.
 */
function bracketCredit(ctx: TokenView, q: QuotedSpan): Reading | null {
  if (q.close < 0) return null;
  const toks = ctx.tokens;
  let end = ctx.tokenFrom(quoteEnd(q));
  for (let n = 0; end < toks.length && n < 80 && !toks[end]!.post.includes('\n'); n++) end++;
  if (end >= toks.length) end = toks.length - 1;
  if (!/^\.?\]\s*$/.test(toks[end]!.post) || ctx.inQuote[end]! >= 0) return null;
  for (let k = end; k >= Math.max(0, end - 3); k--) {
    const t = toks[k]!;
    if (!/^\p{Lu}/u.test(t.text) || (k < end && t.post.trim())) return null;
    if (t.pre.includes('['))
      return t.start >= quoteEnd(q) ? { speaker: { first: k, last: end, pronoun: false }, cue: null } : null;
  }
  return null;
}

interface RightScan {
  /** The first cue after the quote, at right[n]. */
  cue: Cue;
  n: number;
  right: number[];
}

/** The first cue in the words after the quote, unless the words before it cannot be its speaker. */
function scanRight(ctx: TokenView, q: QuotedSpan): RightScan | null {
  if (q.close < 0) return null;
  const right = ctx.rightOf(quoteEnd(q), 40);
  if (right.length === 0) return null;
  // “... ended.” He added that ...: a new sentence after a complete quoted one is not its attribution,
  // unless it is only "Smith said."
  const text = ctx.parsed.text;
  // “Parasite” director Bong Joon Ho said ...: a quoted title modifying the noun after it is no one's speech
  const first = ctx.tokens[right[0]!]!;
  if (
    !/[.,!?…:;—–-]$/.test(text.slice(q.start, q.end)) &&
    text.slice(q.start, q.end).split(/\s+/).length <= 4 &&
    /^\p{Ll}/u.test(first.text) &&
    first.tags.has('Noun') &&
    !ctx.cueAt[right[0]!] &&
    !isPronoun(ctx, right[0]!) &&
    /^\s+$/.test(text.slice(q.close, first.start))
  )
    return null;
  const sentenceDone = /[.!?…]$/.test(text.slice(q.start, q.end)) && /^\p{Lu}/u.test(ctx.tokens[right[0]!]!.text);
  for (let n = 0; n < right.length; n++) {
    const i = right[n]!;
    const cue = ctx.cueAt[i];
    if (!cue) {
      // Before the cue only the speaker phrase may stand (with an appositive); a verb ends the search.
      const tok = ctx.tokens[i]!;
      if (
        n > 0 &&
        tok.tags.has('Verb') &&
        !tok.tags.has('Noun') &&
        !tok.tags.has('Participle') &&
        !insideName(ctx, i) &&
        !insideAppositive(ctx, right, n) &&
        !reducedRelative(ctx, right, n)
      )
        return null;
      continue;
    }
    if (sentenceDone && startsClause(ctx, cue.last + 1)) return null;
    // “... ended.” He added, “...”: a new sentence whose cue introduces the next quote is not this one's.
    if (sentenceDone && n > 0 && /^\s*[,:]?\s*["“'‘«„]/.test(text.slice(ctx.tokens[cue.last]!.end))) return null;
    return { cue, n, right };
  }
  return null;
}

/** The speaker of the cue after a quote (not "according to" right after it: that is the source's rule). */
function cueAfter(ctx: TokenView, r: RightScan | null): Reading | null {
  if (!r) return null;
  const { cue, n, right } = r;
  const i = right[n]!;
  if (n === 0) {
    // “...,” said Mr. Burman — or a cue with no speaker we can read: still speech.
    if (cue.lemma === 'according to') return null;
    // “...,” describing the team as ...: a participle speaks for the sentence's subject.
    if (/ing$/.test(ctx.tokens[i]!.normal)) return { speaker: sentenceSubject(ctx, i), cue };
    return { speaker: subjectAfter(ctx, cue.last + 1), cue };
  }
  // “...,” the top diplomat added / he said / Leonard Burman, director of ..., said
  const sp = subjectBefore(ctx, i, right[0]);
  if (sp && sp.first === right[0]) return { speaker: sp, cue };
  // “...,” a statement issued by the company on Monday said: the phrase before the reduced relative
  for (let m = 0; m + 1 < n; m++) {
    if (!reducedRelative(ctx, right, m + 1)) continue;
    const words = right.slice(0, m + 1).map((k) => ctx.tokens[k]!);
    // (the phrase runs to the cue, so that an issuer after "by" is read with it)
    const phrase = trimPhrase(ctx, right[0]!, right[n - 1]!);
    if (
      phrase &&
      words.every((t) => !t.tags.has('Verb') && !t.tags.has('Pronoun')) &&
      /^(?:a|an|the)$/.test(words[0]!.normal)
    )
      // ("the order released Friday said": nothing after the participle but a day)
      return { speaker: phrase.last === right[m + 1] ? { ...phrase, last: right[m]! } : phrase, cue };
    break;
  }
  // “...” than that of the CIA chief, Zuckoff said. / “...” income, he said, rather than ...:
  // an attribution set off by a comma speaks for the whole sentence the quote is in.
  if (sp && ctx.tokens[sp.first - 1]?.post.includes(',') && closesClause(ctx, cue)) return { speaker: sp, cue };
  // “...” like the recent volatility of markets, said Richard Curtin, the chief economist.: inverted after the rest of the sentence
  if (!/ing$/.test(ctx.tokens[i]!.normal) && cue.lemma !== 'according to' && ctx.tokens[i - 1]?.post.includes(',')) {
    const after = subjectAfter(ctx, cue.last + 1);
    if (after) return { speaker: after, cue };
  }
  return null;
}

/** "He added that ...", "She told reporters ...": the cue opens a sentence of its own. */
function startsClause(ctx: TokenView, i: number): boolean {
  const tok = ctx.tokens[i];
  const cueTok = ctx.tokens[i - 1];
  if (!tok || !cueTok || /[.!?,;:]/.test(cueTok.post) || !ctx.sameClause(i - 1, i)) return false;
  const t = tok.tags;
  return tok.normal === 'that' || t.has('Pronoun') || t.has('Determiner') || t.has('ProperNoun') || t.has('Noun');
}

/** The cue ends its clause: a comma or the sentence's end right after it (or after a short adjunct). */
function closesClause(ctx: TokenView, cue: Cue): boolean {
  // "..., Clinton said at a Fox News event.": a prepositional adjunct may run a little longer
  const reach = ctx.tokens[cue.last + 1]?.tags.has('Preposition') ? 9 : 3;
  for (let k = cue.last; k <= cue.last + reach && k < ctx.tokens.length; k++) {
    if (k > cue.last && !ctx.sameClause(cue.last, k)) return true;
    if (/[,.;!?]/.test(ctx.tokens[k]!.post)) return true;
  }
  return false;
}

/**
 * “...,” a statement issued by the company on Monday said / the order released Friday said: a past participle
 * right after the speaker phrase's noun describes it (a reduced relative clause), it is not the sentence's verb.
 */
function reducedRelative(ctx: TokenView, right: number[], n: number): boolean {
  const tok = ctx.tokens[right[n]!]!;
  const prev = ctx.tokens[right[n - 1]!];
  if (
    !prev ||
    prev.post.trim() ||
    !tok.tags.has('PastTense') ||
    !/ed$|^(?:sent|written|made|given|shown|held)$/.test(tok.normal)
  )
    return false;
  if (!prev.tags.has('Noun') || prev.tags.has('Pronoun') || /^\p{Lu}/u.test(prev.text)) return false;
  // the cue follows within a few words ("issued by the company on Monday said")
  for (let m = n + 1; m < Math.min(right.length, n + 8); m++) if (ctx.cueAt[right[m]!]) return true;
  return false;
}

/** Whether right[n] lies between two commas after the first token (an appositive or relative clause). */
function insideAppositive(ctx: TokenView, right: number[], n: number): boolean {
  for (let m = 0; m < n; m++) if (ctx.tokens[right[m]!]!.post.includes(',')) return true;
  return false;
}

/** What the nearest cue before the quote is, if the scan reaches one. */
type LeftScan =
  | { kind: 'according'; cue: Cue; speaker: NounPhrase }
  | { kind: 'cue'; cue: Cue; speaker: NounPhrase | null; n: number; left: number[] }
  /** No cue before the quote in its clause; `colon`: a colon right before the quote. */
  | { kind: 'none'; left: number[]; colon: boolean }
  /** A cue too far away, or one whose clause cannot hold the quote. */
  | { kind: 'blocked' };

function scanLeft(ctx: TokenView, q: QuotedSpan, woven: boolean): LeftScan {
  const left = ctx.leftOf(q.open, 60);
  const colon = /:\s*$/.test(ctx.parsed.text.slice(Math.max(0, q.open - 3), q.open));
  let unnamed: Cue | undefined;
  let unnamedAt = 0;
  for (let n = 0; n < left.length; n++) {
    const i = left[n]!;
    const cue = ctx.cueAt[i] ?? (n + 1 < left.length ? phraseCueEndingAt(ctx, i) : undefined);
    if (!cue) continue;
    const gap = n; // tokens between the cue and the quote
    if (!woven && gap > (colon ? 25 : MAX_GAP_BEFORE)) return { kind: 'blocked' };
    if (cue.lemma === 'according to') {
      const sp = subjectAfter(ctx, cue.last + 1, left[0]! + 1);
      if (sp) return { kind: 'according', cue, speaker: sp };
      continue;
    }
    if (woven && openParenthesis(ctx.parsed.text.slice(ctx.tokens[cue.last]!.end, q.open))) return { kind: 'blocked' }; // (..., including “top secret”)
    const sp = speakerOf(ctx, cue, left[0]! + 1);
    // "said former Rep. George Miller, one of the original “big four” negotiators": quoted words in the
    // description of an inverted speaker are not that speaker's speech.
    if (woven && sp && sp.first > cue.last && !unnamed && !verbBetween(ctx, sp.last + 1, left[0]!))
      return { kind: 'blocked' };
    if (!sp) {
      // A speech cue whose speaker we cannot read still makes the quote speech.
      if (!unnamed) [unnamed, unnamedAt] = [cue, n];
      if (woven) continue;
      break;
    }
    return { kind: 'cue', cue, speaker: sp, n, left };
  }
  if (unnamed) return { kind: 'cue', cue: unnamed, speaker: null, n: unnamedAt, left };
  return { kind: 'none', left, colon };
}

/**
 * A woven quote's speaker: the cue's, or — "Kritenbrink also said he expected Blinken would “...”" —
 * for a pronoun or a cue that is not plain speech, the speaker of a speech verb further left.
 */
function embedded(ctx: TokenView, scan: Extract<LeftScan, { kind: 'cue' }>): Reading {
  const { cue, speaker: sp, n, left } = scan;
  if (sp && (sp.pronoun || !SPEECH.has(cue.lemma))) {
    const outer = outerSpeaker(ctx, left, n + 1, sp.first);
    if (outer) return outer;
  }
  return { speaker: sp, cue };
}

/** “...” right after a sentence that ends in its attribution: "..., the editorial board writes. “...”" */
function sentenceBefore(ctx: TokenView, q: QuotedSpan): Reading | null {
  const last = ctx.tokenFrom(q.open) - 1;
  const tok = ctx.tokens[last];
  if (!tok || ctx.inQuote[last]! >= 0 || !/[.:]/.test(tok.post)) return null;
  // Across a paragraph break only when the quote opens its paragraph and the sentence before is a
  // short one of its own ("Howard continued his scathing remarks.").
  if (/\n/.test(ctx.parsed.text.slice(tok.end, q.open))) {
    const first = ctx.parsed.sentences[tok.s]?.first ?? last;
    const opensParagraph = !ctx.parsed.text.slice(q.paraStart, q.open).trim();
    if (!opensParagraph || last - first > 12) return null;
  }
  let cue = ctx.cueAt[last] ?? (last > 0 && ctx.tokens[last]!.tags.has('Adverb') ? ctx.cueAt[last - 1] : undefined);
  // "Howard continued his scathing remarks.": a cue with its object, the sentence's main verb.
  if (!cue && /\n/.test(ctx.parsed.text.slice(tok.end, q.open))) {
    for (let k = last; k >= Math.max(0, last - 5) && ctx.tokens[k]!.s === tok.s; k--)
      if (ctx.cueAt[k]) {
        cue = ctx.cueAt[k];
        break;
      }
  }
  if (!cue || cue.lemma === 'according to') return null;
  const sp = speakerOf(ctx, cue, last + 1);
  return sp ? { speaker: sp, cue } : null;
}

/** Verbs of saying proper: a nested "called"/"described" defers to an outer one of these. */
const SPEECH = new Set([...SPEECH_VERBS.filter((v) => v.proper).map((v) => v.lemma), 'according to']);

/**
 * A named speaker of a cue further left in the same sentence, whose clause holds the inner
 * speaker: a comma before the inner speaker ends the search ("In a release announcing his role,
 * Manafort described ...", "..., whom he described as ...").
 */
function outerSpeaker(
  ctx: TokenView,
  left: number[],
  from: number,
  inner: number,
): { speaker: NounPhrase; cue: Cue } | null {
  for (let n = from; n < left.length; n++) {
    if (left[n]! < inner && /[,;:—–]/.test(ctx.tokens[left[n]!]!.post)) return null;
    const cue = ctx.cueAt[left[n]!];
    if (!cue || !SPEECH.has(cue.lemma) || cue.lemma === 'according to') continue;
    const sp = speakerOf(ctx, cue, left[0]! + 1);
    if (sp && !sp.pronoun) return { speaker: sp, cue };
    if (sp) return null;
  }
  return null;
}

/** A verb among tokens [from, to]: the words after a speaker phrase make a clause of their own. */
function verbBetween(ctx: TokenView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = ctx.tokens[k]!.tags;
    if ((t.has('Verb') || t.has('Copula')) && !t.has('Noun') && !insideName(ctx, k)) return true;
  }
  return false;
}

/** A parenthesis opened and not closed in `between`. */
function openParenthesis(between: string): boolean {
  let depth = 0;
  for (const ch of between) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

function phraseCueEndingAt(ctx: TokenView, i: number): Cue | undefined {
  const c = ctx.cueAt[i - 1];
  return c && c.last === i ? c : undefined;
}

/**
 * Whether the quote stands as its own utterance — at a paragraph's start or after
 * a comma, colon or dash — rather than inside the reporter's clause.
 */
export function introducedByPunctuation(ctx: TokenView, q: QuotedSpan): boolean {
  const text = ctx.parsed.text;
  let i = q.open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0 || text[i] === '\n') return true;
  return /[,:;—–\-(.!?"”']/.test(text[i]!);
}

/**
 * "“...,” Sanders said, according to CNN." / "..., Mr. Lewandowski said, Politico reported.": an
 * outer attribution later in the cue's sentence owns the whole clause; its source is the speaker.
 */
function outerAttribution(ctx: TokenView, cue: Range): { speaker: NounPhrase; cue: Cue } | null {
  let i = ctx.tokenFrom(cue.end);
  const first = ctx.tokens[i - 1];
  if (!first) return null;
  let passedQuote = false;
  for (; i < ctx.tokens.length && ctx.sameClause(i - 1, i); i++) {
    // (the quoted words of the attribution itself are passed: "pledged to “...,” the Orlando Sentinel reported.")
    if (ctx.inQuote[i]! >= 0) {
      passedQuote = true;
      continue;
    }
    const c = ctx.cueAt[i];
    if (!c) continue;
    // "pledged to “...,” the Orlando Sentinel reported.": quoted words woven after the cue, and a
    // report closing the sentence (its subject set off by a comma), are the reporter's; a quote
    // before its own cue keeps its speaker ("“...,” the diplomat added, Reuters reported.")
    if (passedQuote && c.lemma === 'report' && closesClause(ctx, c) && !/,/.test(ctx.tokens[c.last]!.post)) {
      const sp = subjectBefore(ctx, c.first);
      return sp && !sp.pronoun && ctx.tokens[sp.first - 1]?.post.includes(',') ? { speaker: sp, cue: c } : null;
    }
    if (!ctx.tokens[i - 1]!.post.includes(',')) continue;
    if (c.lemma === 'according to') {
      const sp = subjectAfter(ctx, c.last + 1);
      return sp && !sp.pronoun ? { speaker: sp, cue: c } : null;
    }
  }
  return null;
}

export function rangeOf(ctx: TokenView, np: NounPhrase | Cue): Range {
  return ctx.range(np.first, np.last);
}
