/**
 * Reported speech (type `indirect`): the content of a statement given in the
 * reporter's words. Each rule starts from a cue outside quoted material:
 *
 *   reported.that        X said (that) CLAUSE / X told reporters (that) CLAUSE
 *   reported.to          X urged Y to VP / X told Y to VP  (content: "Y to VP")
 *   reported.colon       X said: CLAUSE
 *   reported.preposed    CLAUSE, X said. / CLAUSE, said X.
 *   reported.interrupted PART, X said, PART.  (two records, one per piece)
 *   reported.according   according to X, CLAUSE / CLAUSE, according to X.
 *   reported.stance      X endorsed NP / X wants to VP / X called for NP / X talked about NP
 *
 * The content is the reported clause without speaker and cue, up to the end of
 * its sentence. Statements already carried by quoted material are not repeated.
 * The rules are in ordered lists: SPEECH_CUE_RULES, STANCE_RULES, LABEL_RULES.
 */
import type { QuoteFinding, Range } from '../findings.js';
import { rangeOf } from './attribute.js';
import type { TokenView } from './token-view.js';
import type { Cue } from './cues.js';
import { EVIDENCE_VERBS, NOT_OBJECT_OPENERS, SPEECH_VERBS } from '../../data/speech-verbs.js';
import { firstMatch, type QuoteRule, type QuoteRuleName } from './rules.js';
import type { NounPhrase } from './speaker-phrase.js';
import {
  isPronoun,
  looksLikeName,
  openingPhraseEnd,
  speakerOf,
  subjectAfter,
  subjectBefore,
} from './speaker-phrase.js';
import { APPEARANCE_LEMMAS, STANCE_AS, appearanceAt, stanceAt } from './cues.js';
import { EVIDENCE_NOUNS, NOUN_TO_OBJECT, PASSIVE_STANCE, STANCE_NOUNS } from './phrase-words.js';

/**
 * Cues that take a bare clause without "that" ("He said the plan failed"); the
 * others need "that" ("she mentioned that ...") so that "added to his portfolio"
 * or "posted a photo" are not read as speech.
 */
const BARE_CLAUSE = new Set([
  ...SPEECH_VERBS.filter((v) => v.bare).map((v) => v.lemma),
  ...EVIDENCE_VERBS.map((v) => v.lemma),
]);

const SUBORDINATORS = new Set([
  'if',
  'when',
  'because',
  'although',
  'though',
  'while',
  'unless',
  'once',
  'whether',
  'since',
  'before',
  'after',
]);

/** A reported clause needs at least this many words. */
const MIN_WORDS = 2;
/** Adjuncts that may stand between a cue and its "that" ("said on Tuesday in a statement that"). */
const MAX_BEFORE_THAT = 9;

/**
 * `quoted`: the quoted material kept as speech, `speech` the indices of those quotes among all
 * quoted spans (reported content may run over the others), `labelled` the article's labels.
 */
export function extractReported(
  ctx: TokenView,
  quoted: QuoteFinding[],
  speech: ReadonlySet<number>,
  labelled: readonly Label[],
): QuoteFinding[] {
  const out: QuoteFinding[] = [];
  const taken: Range[] = quoted.map((q) => ({ start: q.start, end: q.end }));
  // A labelled paragraph ("TAPPER: ...") is one attribution; the reported speech inside it is its content.
  for (const lab of labelled) {
    const found = firstMatch(LABEL_RULES, lab)?.out;
    if (!found) continue;
    if (taken.some((r) => r.start < found.content.end && found.content.start < r.end)) continue;
    taken.push(found.content);
    out.push({
      start: found.content.start,
      end: found.content.end,
      type: 'indirect',
      cue: null,
      speaker: found.speaker ? rangeOf(ctx, found.speaker) : null,
      rule: found.rule,
    });
  }
  // one reading of each cue's surroundings, shared by its own rules and by closedByAttribution
  const sites = new Map<Cue, CueSite>();
  const siteOf = (c: Cue): CueSite => {
    let site = sites.get(c);
    if (!site) sites.set(c, (site = new CueSite(ctx, speech, c)));
    return site;
  };
  for (let i = 0; i < ctx.tokens.length; i++) {
    let cue = ctx.cueAt[i] ?? evidenceAt(ctx, i) ?? thatComplement(ctx, i);
    let found: Found | null = null;
    if (cue && cue.first === i) found = firstMatch(SPEECH_CUE_RULES, siteOf(cue))?.out ?? null;
    if (cue && EVIDENCE_LEMMAS.has(cue.lemma) && !ctx.cueAt[i] && (!found || !isEvidence(ctx, found.speaker))) {
      // "she found that ...": not evidence, but still a that-clause
      cue = thatComplement(ctx, i);
      found = cue ? (firstMatch(CONTENT_AFTER, new CueSite(ctx, speech, cue))?.out ?? null) : null;
    }
    let cueUsed = cue;
    if (!found) {
      cueUsed = cue?.frames.includes('topic') ? cue : (stanceAt(ctx, i) ?? appearanceAt(ctx, i));
      if (cueUsed && cueUsed.first === i)
        found = firstMatch(STANCE_RULES, new CueSite(ctx, speech, cueUsed))?.out ?? null;
    }
    // "his opposition to the war", "Clinton's proposal to make firms stay or pay": a noun of saying with its possessor
    if (!found && !ctx.cueAt[i]) {
      const noun = stanceNounAt(ctx, i);
      if (noun) {
        found = firstMatch(NOUN_RULES, new CueSite(ctx, speech, noun))?.out ?? null;
        if (found) cueUsed = noun;
      }
    }
    // "Blocher was charged with anti-Semitic libel", "she is seen by other leaders as credible"
    if (!found) {
      const passive = passiveAt(ctx, i);
      if (passive) {
        found = firstMatch(PASSIVE_RULES, new CueSite(ctx, speech, passive))?.out ?? null;
        if (found) cueUsed = passive;
      }
    }
    // "recent polls show Clinton with a double-digit lead": a document's evidence may be a noun phrase
    const ev = !found && !ctx.cueAt[i] ? evidenceAt(ctx, i) : undefined;
    if (ev) {
      const object = firstMatch(EVIDENCE_OBJECT_RULES, new CueSite(ctx, speech, ev))?.out ?? null;
      if (object && isEvidence(ctx, object.speaker)) [found, cueUsed] = [object, ev];
    }
    if (!found || !cueUsed) continue;
    let cue2 = cueUsed;
    // "Lewandowski sought to restore the deal ..., Politico reported.": the closing attribution owns the
    // sentence, so the cue inside it gives no record of its own (reported.preposed reads the whole clause)
    if (found.rule !== 'reported.preposed' && closedByAttribution(ctx, siteOf, cue2)) continue;
    // "According to the Post, campaign officials looked into what would happen if their candidate
    // announced he would ...": the outer source owns every attribution in its sentence
    const outer = found.rule === 'reported.according' ? null : accordingOpening(ctx, cue2);
    if (outer) {
      found = { ...found, speaker: outer.source, rule: 'reported.according' };
      cue2 = outer.cue;
    }
    const pieces = [found.content, ...(found.rest ? [found.rest] : [])];
    if (pieces.some((p) => taken.some((r) => r.start < p.end && p.start < r.end))) continue;
    for (const piece of pieces) {
      taken.push(piece);
      out.push({
        start: piece.start,
        end: piece.end,
        type: 'indirect',
        cue: rangeOf(ctx, cue2),
        speaker: found.speaker ? rangeOf(ctx, found.speaker) : null,
        ...(found.speaker?.appositive ? { speakerTitle: found.speaker.appositive } : {}),
        rule: found.rule,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Paragraph labels that name a section, not a source ("Contributing: ...", "Q: ..."). */
const NOT_SOURCE_LABELS = new Set([
  'contributing',
  'breaking',
  'twitter',
  'facebook',
  'update',
  'updated',
  'note',
  'editor',
  "editor's",
  'correction',
  'photo',
  'photos',
  'video',
  'watch',
  'source',
  'sources',
  'related',
  'read',
  'see',
  'listen',
  'follow',
  'email',
  'q',
  'a',
  'question',
  'answer',
  'so',
  'now',
  'here',
  'warning',
  'disclosure',
  'exclusive',
  'analysis',
  'opinion',
  'live',
  'full',
  'transcript',
  'text',
  'summary',
  'abstract',
  // web-page furniture: "Published: 10:00am, 20 Jan", "Posted:", "MORE:", "(Credit: ...)", "Review:"
  'published',
  'posted',
  'more',
  'credit',
  'credits',
  'review',
  'image',
  'images',
  'picture',
  'pictures',
  'filed',
  'modified',
  'last',
  'date',
  'tags',
  'topics',
  'share',
  'comments',
  'advertisement',
  'sponsored',
  'caption',
  'location',
  'byline',
  'by',
  'copyright',
  'also',
  'reporting',
  'additional',
  'subscribe',
  'trending',
  'recommended',
  'previously',
  'earlier',
  'background',
  'getty',
  'ap',
  'reuters',
  'afp',
  'file',
]);
export type Label = Found & { isQuote: boolean };
/** Most words a label may have ("OK Gov Fallin", "Tuesday's Morning Email"). */
const MAX_LABEL = 4;

/**
 * "Graham: Trump's rhetoric destroying GOP's chance" (a headline), "TAPPER: Do you think ..."
 * (a transcript): a paragraph that opens with a short name and a colon gives the rest of the
 * paragraph to that name. The label is capitalised words only, with no verb and no comma; section
 * labels ("Contributing:", "Q:") are not sources.
 */
export function labels(ctx: TokenView): Label[] {
  const out: Label[] = [];
  const text = ctx.parsed.text;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const tok = ctx.tokens[i]!;
    const prev = ctx.tokens[i - 1];
    if (prev && !/\n/.test(text.slice(prev.end, tok.start)) && !prev.post.includes('\n')) continue;
    if (ctx.inQuote[i]! >= 0 || NOT_SOURCE_LABELS.has(tok.normal) || tok.tags.has('Determiner')) continue;
    let colon = -1;
    for (let k = i; k < Math.min(ctx.tokens.length, i + MAX_LABEL); k++) {
      const t = ctx.tokens[k]!;
      if (!/^[\p{Lu}\d]/u.test(t.text) || t.tags.has('Pronoun') || t.tags.has('Conjunction') || t.tags.has('Adverb'))
        break;
      // a verb makes a headline of its own ("Carly Fiorina Endorses Ted Cruz:"), except as the whole label ("Poll:")
      if (t.tags.has('Verb') && !t.tags.has('ProperNoun') && !(k === i && (t.post === ':' || /^:\s/.test(t.post))))
        break;
      if (/^:\s/.test(t.post) || t.post === ':') {
        colon = k;
        break;
      }
      if (t.post.trim()) break;
    }
    if (colon < 0) continue;
    let end = colon + 1;
    if (end >= ctx.tokens.length || /\n/.test(ctx.tokens[colon]!.post)) continue;
    while (
      end + 1 < ctx.tokens.length &&
      !ctx.tokens[end]!.post.includes('\n') &&
      !/\n/.test(text.slice(ctx.tokens[end]!.end, ctx.tokens[end + 1]!.start))
    )
      end++;
    while (end > colon + 1 && !ctx.tokens[end]!.text) end--;
    if (end - colon < 2 && ctx.inQuote[colon + 1]! < 0) continue;
    // a label's content says something: a timestamp or a list of names after a colon is not speech
    if (ctx.inQuote[colon + 1]! < 0 && !hasVerb(ctx, colon + 1, end) && !sayingWords(ctx, colon + 1, end)) continue;
    out.push({
      content: ctx.range(colon + 1, end),
      speaker: { first: i, last: colon, pronoun: false },
      rule: 'reported.label',
      isQuote: ctx.inQuote[colon + 1]! >= 0 && ctx.inQuote[end] === ctx.inQuote[colon + 1],
    });
  }
  return out;
}

/** Lower-case words beyond a timestamp ("Farm bill a ‘disgrace’ for small growers", not "10:00am, 20 Jan 2016"). */
function sayingWords(ctx: TokenView, from: number, to: number): boolean {
  if (/^\d/.test(ctx.tokens[from]!.text)) return false;
  for (let k = from; k <= to; k++)
    if (/^\p{Ll}{3,}/u.test(ctx.tokens[k]!.text) && !ctx.tokens[k]!.tags.has('Date')) return true;
  return false;
}

/** A verb, copula or modal among tokens [from, to]. */
function hasVerb(ctx: TokenView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = ctx.tokens[k]!.tags;
    if (t.has('Verb') || t.has('Copula') || t.has('Modal')) return true;
  }
  return false;
}

/**
 * "Records show ...", "the poll found ...": verbs of evidence report a clause only when their
 * subject is a document, a poll or a study (`EVIDENCE_NOUNS`), never a person ("she found a way").
 */
const EVIDENCE_FORMS = new Map(EVIDENCE_VERBS.flatMap((v) => v.forms.map((f) => [f, v.lemma] as const)));
const EVIDENCE_LEMMAS = new Set(EVIDENCE_FORMS.values());

function evidenceAt(ctx: TokenView, i: number): Cue | undefined {
  const tok = ctx.tokens[i]!;
  const lemma = EVIDENCE_FORMS.get(tok.normal);
  if (!lemma || ctx.inQuote[i]! >= 0 || !tok.tags.has('Verb')) return undefined;
  return { first: i, last: i, lemma, frames: ['clause'] };
}

/** The speaker phrase names a document, poll or study ("A new CNN/ORC poll", "F.A.A. records"). */
function isEvidence(ctx: TokenView, np: NounPhrase | null): boolean {
  if (!np || np.pronoun) return false;
  for (let k = np.first; k <= np.last; k++) if (EVIDENCE_NOUNS.has(ctx.tokens[k]!.normal)) return true;
  return false;
}

export interface Found {
  content: Range;
  /** The second piece of content interrupted by its attribution ("Overall, she said, the party ..."). */
  rest?: Range;
  speaker: NounPhrase | null;
  rule: QuoteRuleName;
}

/**
 * Any other verb with a that-clause reports a statement or a stance: "she made clear that ...",
 * "he acknowledged that ...", "the poll found that ...". Copulas, auxiliaries and "so that" are not.
 */
function thatComplement(ctx: TokenView, i: number): Cue | undefined {
  const tok = ctx.tokens[i]!;
  const next = ctx.tokens[i + 1];
  if (!next || next.normal !== 'that' || tok.post.trim() || ctx.inQuote[i]! >= 0) return undefined;
  const t = tok.tags;
  if (!t.has('Verb') || t.has('Copula') || t.has('Auxiliary') || t.has('Modal') || NOT_REPORTING.has(tok.normal))
    return undefined;
  // "that" must open a clause, not point at a noun ("found that plan")
  const after = ctx.tokens[i + 2];
  if (
    !after ||
    (after.tags.has('Noun') &&
      !after.tags.has('Pronoun') &&
      !after.tags.has('ProperNoun') &&
      ctx.tokens[i + 3]?.tags.has('Verb') !== true &&
      !after.tags.has('Determiner'))
  )
    return undefined;
  return { first: i, last: i, lemma: tok.normal, frames: ['clause'] };
}

const NOT_REPORTING = new Set([
  'so',
  'such',
  'now',
  'given',
  'except',
  'provided',
  'assuming',
  'ensure',
  'ensured',
  'ensuring',
  'ensures',
  'means',
  'meant',
  'mean',
]);

/** One cue as the reported-speech rules see it; the readings of the words around it are made once. */
class CueSite {
  private after: AfterCue | null | undefined;
  private before: BeforeCue | null | undefined;
  constructor(
    readonly ctx: TokenView,
    readonly speech: ReadonlySet<number>,
    readonly cue: Cue,
  ) {}
  /** The words after a speech cue, for the rules that read its content there. */
  get afterCue(): AfterCue | null {
    if (this.after === undefined) this.after = afterCue(this.ctx, this.cue);
    return this.after;
  }
  /** The attribution after its content ("CLAUSE, X said."). */
  get beforeCue(): BeforeCue | null {
    if (this.before === undefined) this.before = beforeCue(this.ctx, this.cue);
    return this.before;
  }
}

type ReportedRule = QuoteRule<CueSite, Found>;

interface AfterCue {
  /** The first token after the cue, the sentence's last, and the cue's speaker. */
  i: number;
  end: number;
  speaker: NounPhrase;
  /** A colon or a comma-like mark right after the cue. */
  colon: boolean;
  comma: boolean;
  /** The "that" opening the content, past an addressee or a setting, or -1. */
  that: number;
  /** The phrase right after the cue, when it is followed by "to" ("urged Jones to"). */
  addresseeTo: NounPhrase | null;
  addressee: NounPhrase | null;
}

/** X said (that) ..., X told Y (that) ..., X urged Y to ..., X said: ... */
function afterCue(ctx: TokenView, cue: Cue): AfterCue | null {
  if (cue.lemma === 'according to') return null; // (its source follows it: reported.according)
  if (!cue.frames.some((f) => f === 'clause' || f === 'object' || f === 'to')) return null;
  // "While saying that he respects her, he continued ...": the content ends with the opening phrase.
  const phraseEnd = /ing$/.test(ctx.tokens[cue.first]!.normal) ? openingPhraseEnd(ctx, cue.first) : -1;
  const end = Math.min(
    phraseEnd >= 0 ? Math.min(phraseEnd, sentenceEnd(ctx, cue.last)) : sentenceEnd(ctx, cue.last),
    embeddedEnd(ctx, cue),
  );
  const i = cue.last + 1;
  if (i > end) return null;
  const speaker = speakerOf(ctx, cue, i);
  if (!speaker) return null;
  if (invertedName(ctx, cue, end)) return null;
  const cueTok = ctx.tokens[cue.last]!;
  const colon = cueTok.post.includes(':');
  const comma = /[,;(—–]/.test(cueTok.post); // "he said, adding ..." — no clause follows the cue directly
  if (colon || comma) return { i, end, speaker, colon, comma, that: -1, addresseeTo: null, addressee: null };
  // An addressee or a setting before "that": "told reporters on Tuesday that", "said in a statement that".
  const that = findThat(ctx, i, end);
  let addressee: NounPhrase | null = null;
  if (that < 0 && (cue.frames.includes('object') || cue.frames.includes('to')))
    addressee = subjectAfter(ctx, i, end + 1);
  const addresseeTo =
    addressee && ctx.tokens[addressee.last + 1]?.normal === 'to' && addressee.last + 1 <= end ? addressee : null;
  return { i, end, speaker, colon, comma, that, addresseeTo, addressee };
}

/**
 * "The plan has failed, said Smith, who runs the agency.": after a comma, a name that ends its clause
 * is the inverted speaker, and the content came before the cue (reported.preposed), not after it.
 */
function invertedName(ctx: TokenView, cue: Cue, end: number): boolean {
  const prev = ctx.tokens[cue.first - 1];
  if (!prev || !prev.post.includes(',') || !ctx.sameClause(cue.first - 1, cue.first)) return false;
  // (", demanding that the flag, which ..., be removed": a participle is never inverted)
  if (/ing$/.test(ctx.tokens[cue.first]!.normal)) return false;
  const np = subjectAfter(ctx, cue.last + 1, end + 1);
  if (!np || np.first !== cue.last + 1 || np.pronoun || !looksLikeName(ctx, np.first, np.last)) return false;
  return np.last >= end || ctx.tokens[np.last]!.post.includes(',');
}

/** The content after the cue: a colon first (nothing else follows it), then "Y to ...", then a clause. */
const COLON_RULE: ReportedRule = {
  name: 'reported.colon',
  examples: ['Jane Smith said: the plan has failed and the city must start again.'],
  apply: ({ ctx, speech, afterCue: a }) =>
    a?.colon ? clause(ctx, speech, a.i, a.end, a.speaker, 'reported.colon') : null,
};
const TO_RULE: ReportedRule = {
  // X urged Y to VP / X told Y to VP: the content includes its addressee (the one who is to act).
  name: 'reported.to',
  examples: ['Jane Smith urged voters to reject the plan.'],
  apply: ({ ctx, speech, afterCue: a }) =>
    a && !a.colon && !a.comma && a.that < 0 && a.addresseeTo
      ? clause(ctx, speech, a.addresseeTo.first, a.end, a.speaker, 'reported.to', true)
      : null,
};
const THAT_RULE: ReportedRule = {
  name: 'reported.that',
  examples: ['Jane Smith said that the plan had failed.', 'Jane Smith told reporters the plan had failed.'],
  apply: ({ ctx, speech, cue, afterCue: a }) => {
    if (!a || a.colon || a.comma || a.addresseeTo) return null;
    if (a.that >= 0) return clause(ctx, speech, a.that + 1, a.end, a.speaker, 'reported.that');
    const { end, speaker, addressee: np } = a;
    if (cue.frames.includes('object') && !cue.frames.includes('clause')) {
      // X told reporters the plan was dead: skip the addressee.
      if (np && np.last + 1 <= end && !ctx.tokens[np.last]!.post.includes(',') && !adjunctOnly(ctx, np.last + 1, end))
        return clause(ctx, speech, np.last + 1, end, speaker, 'reported.that');
      return null;
    }
    if (!cue.frames.includes('clause') || !BARE_CLAUSE.has(cue.lemma)) return null;
    // X said the plan was dead / X said Tuesday the plan was dead — but not "added to his portfolio"
    let i = a.i;
    for (;;) {
      if (i <= end && isTimeWord(ctx, i)) i++;
      else if (i < end && /^(?:on|in|at|last|this)$/.test(ctx.tokens[i]!.normal) && isTimeWord(ctx, i + 1)) i += 2;
      else break;
    }
    const next = ctx.tokens[i];
    if (!next || next.normal === 'to') return null;
    // "said if ...", "said when ..." open a clause; "said in", "said and" do not.
    if ((next.tags.has('Preposition') || next.tags.has('Conjunction')) && !SUBORDINATORS.has(next.normal)) return null;
    if (adjunctOnly(ctx, i, end)) return null;
    return clause(ctx, speech, i, end, speaker, 'reported.that');
  },
};

/** Conjunctions of time that open an adjunct, not a reported clause, when no main clause follows them. */
const TIME_OPENERS = new Set(['after', 'before', 'as', 'while', 'until', 'once']);

/**
 * The words after a cue (or its addressee) are only an adjunct: a clause of time with no main clause
 * after it ("“...,” Hooton said after Rubio spoke.", "he told his advisers as he labored over the
 * speech"), or a preposition ("told the crowd about ...").
 */
function adjunctOnly(ctx: TokenView, from: number, end: number): boolean {
  const tok = ctx.tokens[from]!;
  if (tok.tags.has('Preposition') && !SUBORDINATORS.has(tok.normal)) return true;
  if (!TIME_OPENERS.has(tok.normal)) return false;
  for (let k = from; k < end; k++) if (/[,;:—–]/.test(ctx.tokens[k]!.post)) return false;
  return true;
}

/** Words that may open the object of a stance verb (besides nouns, names, pronouns, determiners). */
const TOPIC_OPENERS = new Set(['to', 'whether', 'if', 'how', 'what', 'why', 'who', 'that', 'not']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'you', 'this', 'that']);
const PASSIVE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s"]);

/**
 * X endorsed Ted Cruz / X wants to lose / X called for a ban: the verb's object, up to the end of
 * its clause (a comma, semicolon or dash, or the sentence's end), attributed to the verb's subject.
 * Passives ("was criticized") and verbs without a readable subject report nothing.
 */
function stance(ctx: TokenView, speech: ReadonlySet<number>, cue: Cue): Found | null {
  const prev = ctx.tokens[cue.first - 1];
  if (prev && PASSIVE.has(prev.normal) && ctx.sameClause(cue.first - 1, cue.first)) return null;
  const bound = embeddedEnd(ctx, cue);
  let end = Math.min(sentenceEnd(ctx, cue.last), bound);
  const first = cue.last + 1;
  if (first > end) return null;
  const head = ctx.tokens[first]!;
  const t = head.tags;
  if (ctx.inQuote[first]! >= 0 && speech.has(ctx.inQuote[first]!)) return null;
  // "which Cruz proposed under a flat rate": a preposition opens no object ("accused of" still does)
  if (
    (t.has('Preposition') || NOT_OBJECT_OPENERS.has(head.normal)) &&
    !TOPIC_OPENERS.has(head.normal) &&
    head.normal !== 'of'
  )
    return null;
  if (!(
    TOPIC_OPENERS.has(head.normal) ||
    t.has('Noun') ||
    t.has('Determiner') ||
    t.has('Pronoun') ||
    t.has('Value') ||
    t.has('Adjective') ||
    t.has('Gerund') ||
    /^\p{Lu}/u.test(head.text)
  ))
    return null;
  if (/[,;:—–(]/.test(ctx.tokens[cue.last]!.post)) return null;
  // "Pointing to Manafort's role, Weber told AP ...": an opening participle's object ends at its comma
  const opening = cue.first === sentenceStart(ctx, cue.first) && /ing$/.test(ctx.tokens[cue.first]!.normal);
  for (let k = first; k < end; k++)
    if (
      /[;:—–(]/.test(ctx.tokens[k]!.post) ||
      (/,\s*$/.test(ctx.tokens[k]!.post) && (opening || clauseFollows(ctx, k + 1)))
    ) {
      end = k;
      break;
    }
  // "Voters oppose the tax, the survey found.": the sentence is another attribution's content
  // (not when the stance is in a clause of its own: "After Brown criticized Clinton, Hillary shot back.")
  const last = sentenceEnd(ctx, cue.last);
  for (let k = first + 1; k <= last && bound >= last; k++) {
    const c = ctx.cueAt[k] ?? evidenceAt(ctx, k);
    if (!c || !c.frames.includes('clause') || /ing$/.test(ctx.tokens[k]!.normal) || last - c.last > 6) continue;
    if (ctx.tokens[k - 1]!.post.includes(',')) return null;
    const sp = subjectBefore(ctx, k, first);
    if (sp && ctx.tokens[sp.first - 1]?.post.includes(',')) return null;
  }
  // "developers see golf courses as wasted space": a view needs its "as" ("they saw a movie" is none)
  if (STANCE_AS.has(cue.lemma)) {
    let as = false;
    for (let k = first + 1; k < end && !as; k++) as = ctx.tokens[k]!.normal === 'as';
    if (!as) return null;
  }
  // "Egypt welcomed him.", "they blamed it": a lone pronoun says nothing a reader could cite.
  if (end === first && OBJECT_PRONOUNS.has(head.normal)) return null;
  // "Sen. Claire McCaskill, who has endorsed Clinton, said ...": a stance in a relative set off by commas only describes the speaker
  if (inAsideRelative(ctx, cue.first)) return null;
  const speaker = speakerOf(ctx, cue, first);
  if (!speaker) return null;
  // "as they wanted to." — an elliptical infinitive has no content
  return clause(ctx, speech, first, end, speaker, 'reported.stance', true, head.normal === 'to' ? 2 : 1);
}

/** Token i lies in a relative clause set off by a comma (", who has endorsed ..."), with no other comma before it. */
function inAsideRelative(ctx: TokenView, i: number): boolean {
  const start = sentenceStart(ctx, i);
  for (let k = i - 1; k >= start; k--) {
    if (ctx.inQuote[k]! >= 0) return false;
    if (/^(?:who|which)$/.test(ctx.tokens[k]!.normal)) return k > start && ctx.tokens[k - 1]!.post.includes(',');
    if (/[,;:—–(]/.test(ctx.tokens[k]!.post)) return false;
  }
  return false;
}

const SUBORDINATE_OPENERS = new Set([
  'when',
  'after',
  'before',
  'if',
  'because',
  'while',
  'since',
  'although',
  'though',
  'once',
  'until',
  'unless',
  'whenever',
]);

/**
 * The last token a cue's content may reach when the cue sits in a clause of its own: an opening
 * subordinate clause ("When Mr. Hurt asked Norton to republish the book, it declined.") or a
 * relative clause set off by commas ("Sanders, who had said he would debate her, criticized ...")
 * ends at its comma. Otherwise the sentence's end.
 */
function embeddedEnd(ctx: TokenView, cue: Cue): number {
  const end = sentenceEnd(ctx, cue.last);
  const start = sentenceStart(ctx, cue.first);
  let opener = -1;
  for (let k = cue.first - 1; k >= start; k--) {
    if (/[,;:—–(]/.test(ctx.tokens[k]!.post) || ctx.inQuote[k]! >= 0) {
      // "Sanders, who had said": a relative right after the comma
      if (ctx.tokens[k]!.post.includes(',') && /^(?:who|which)$/.test(ctx.tokens[k + 1]?.normal ?? '')) opener = k + 1;
      break;
    }
    const w = ctx.tokens[k]!.normal;
    // "When Mr. Hurt asked", "But after she criticized": a subordinator opening the sentence
    if (
      SUBORDINATE_OPENERS.has(w) &&
      (k === start || (k === start + 1 && /^(?:but|and|so|yet)$/.test(ctx.tokens[start]!.normal)))
    )
      opener = k;
  }
  if (opener < 0) return end;
  for (let k = cue.last + 1; k < end; k++) if (ctx.tokens[k]!.post.includes(',') && ctx.inQuote[k]! < 0) return k;
  return end;
}

/** A comma before one of these ends the object of a stance verb ("..., but", "..., which", "..., saying"). */
function clauseFollows(ctx: TokenView, i: number): boolean {
  const tok = ctx.tokens[i];
  if (!tok) return true;
  return (
    tok.tags.has('Conjunction') ||
    tok.tags.has('Pronoun') ||
    tok.tags.has('Gerund') ||
    tok.tags.has('Preposition') ||
    RELATIVE_OR_ADV.has(tok.normal) ||
    !!ctx.cueAt[i]
  );
}
const RELATIVE_OR_ADV = new Set([
  'which',
  'who',
  'where',
  'when',
  'while',
  'although',
  'though',
  'but',
  'and',
  'as',
  'saying',
  'adding',
]);

interface BeforeCue {
  first: number;
  commaAt: number;
  tail: number;
  end: number;
  speaker: NounPhrase;
}

/** CLAUSE, X said. / CLAUSE, said X.: where the content before the attribution begins and ends. */
function beforeCue(ctx: TokenView, cue: Cue): BeforeCue | null {
  if (cue.lemma === 'according to' || !cue.frames.includes('clause')) return null;
  const end = sentenceEnd(ctx, cue.last);
  // Only short adjuncts may follow the attribution: "..., he said on Tuesday."
  let tail = cue.last + 1;
  let speaker: NounPhrase | null = null;
  const before = ctx.tokens[cue.first - 1];
  let commaAt = -1;
  if (before && before.post.includes(',') && ctx.sameClause(cue.first - 1, cue.first)) {
    // inverted: ", said Mr. Burman." (", saying the plan works" is a participle with its content, never inverted)
    if (/ing$/.test(ctx.tokens[cue.first]!.normal)) return null;
    speaker = subjectAfter(ctx, cue.last + 1, end + 1);
    if (!speaker) return null;
    tail = speaker.last + 1;
    // ", conceded the situation is dire": a noun phrase with its own verb is the content, not the speaker
    const next = ctx.tokens[tail];
    if (tail <= end && next && !ctx.tokens[speaker.last]!.post.includes(',') && verbAfterSubject(next)) return null;
    commaAt = cue.first - 1;
  } else {
    speaker = subjectBefore(ctx, cue.first);
    if (!speaker) return null;
    const lead = ctx.tokens[speaker.first - 1];
    if (!lead || !lead.post.includes(',') || !ctx.sameClause(speaker.first - 1, speaker.first)) return null;
    commaAt = speaker.first - 1;
  }
  const first = sentenceStart(ctx, commaAt);
  if (first > commaAt) return null;
  // "...,” the diplomat added, Reuters reported.": the content is another attribution, or follows a quote.
  if (first > 0 && ctx.inQuote[first - 1]! >= 0 && !ctx.tokens[first - 1]!.post.includes('\n')) return null;
  const chained = ctx.cueAt[commaAt];
  if (chained && subjectBefore(ctx, chained.first, first)) return null;
  return { first, commaAt, tail, end, speaker };
}

/** A finite verb or auxiliary ("is", "has", "will", "works"), not a participle that may follow a name. */
function verbAfterSubject(t: { normal: string; tags: ReadonlySet<string> }): boolean {
  return (t.tags.has('Verb') || t.tags.has('Copula') || t.tags.has('Auxiliary')) && !/(?:ing|ed)$/.test(t.normal);
}

/** More than a short adjunct after the attribution: it interrupts the sentence. */
const INTERRUPTED_RULE: ReportedRule = {
  name: 'reported.interrupted',
  examples: ['Overall, Jane Smith said, the party is losing its voters.'],
  // (a short second piece too when the first has no verb: "The allure of simplicity itself, Mr. Furman argued, is largely a chimera.")
  apply: ({ ctx, speech, beforeCue: b }) =>
    b && (b.end - b.tail > 4 || (b.tail < b.end && !hasVerb(ctx, b.first, b.commaAt)))
      ? interrupted(ctx, speech, b.first, b.commaAt, b.tail, b.end, b.speaker)
      : null,
};
const PREPOSED_RULE: ReportedRule = {
  name: 'reported.preposed',
  examples: ['The plan has failed, Jane Smith said.', 'The plan has failed, said Jane Smith.'],
  apply: ({ ctx, speech, beforeCue: b }) =>
    b &&
    (b.end - b.tail <= 4 || newClauseAfter(ctx, b.tail) || describedAfter(ctx, b.tail)) &&
    !adverbialOnly(ctx, b.first, b.commaAt)
      ? clause(ctx, speech, b.first, b.commaAt, b.speaker, 'reported.preposed')
      : null,
};

/** "As Trump attacked Clinton, the crowd chanted": a subordinate clause alone is when or why, not what was said. */
function adverbialOnly(ctx: TokenView, first: number, last: number): boolean {
  if (!/^(?:as|when|while|after|before|because|since|until|once|although|though)$/.test(ctx.tokens[first]!.normal))
    return false;
  for (let k = first; k < last; k++) if (/[,;:]/.test(ctx.tokens[k]!.post)) return false;
  return true;
}

/** "..., said Smith, who runs the agency." / "..., said Smith, a spokesman for the agency.": the speaker described to the end. */
function describedAfter(ctx: TokenView, tail: number): boolean {
  const next = ctx.tokens[tail];
  return !!next && ctx.tokens[tail - 1]!.post.includes(',') && /^(?:who|whose|a|an|the)$/.test(next.normal);
}

/** "..., records show, and experts said ...": the attribution closes its sentence's first clause; an "and" or "but" clause follows. */
function newClauseAfter(ctx: TokenView, tail: number): boolean {
  const next = ctx.tokens[tail];
  return !!next && ctx.tokens[tail - 1]!.post.includes(',') && /^(?:and|but)$/.test(next.normal);
}

/**
 * "Overall, she said, the party is losing them." / "Bob, they said, ordered them to wait.": an
 * attribution set off by commas inside the reported sentence; the content is the two pieces around
 * it (the first may be a single word, as the sentence goes on after the attribution).
 */
function interrupted(
  ctx: TokenView,
  speech: ReadonlySet<number>,
  first: number,
  commaAt: number,
  tail: number,
  end: number,
  speaker: NounPhrase,
): Found | null {
  // the attribution closes with a comma, after at most a short adjunct ("she said Tuesday,")
  let close = -1;
  for (let k = tail - 1; k <= Math.min(end - 1, tail + 2); k++) {
    if (ctx.tokens[k]!.post.includes(',')) {
      close = k;
      break;
    }
    if (k >= tail && !isTimeWord(ctx, k) && !/^(?:on|in|at|last|this)$/.test(ctx.tokens[k]!.normal)) return null;
  }
  if (close < 0 || newClauseAfter(ctx, close + 1)) return null;
  const head = clause(ctx, speech, first, commaAt, speaker, 'reported.interrupted', true, 1);
  const rest = clause(ctx, speech, close + 1, end, speaker, 'reported.interrupted', true);
  if (!head || !rest) return null;
  // the second piece must not open with an attribution of its own ("..., he said, adding that ...")
  if (ctx.cueAt[close + 1] || ctx.tokens[close + 1]!.tags.has('Gerund')) return null;
  return { ...head, rest: rest.content };
}

/** A ", X reported." / ", said X." attribution closes the sentence of this cue and reads a clause holding it. */
function closedByAttribution(ctx: TokenView, siteOf: (c: Cue) => CueSite, cue: Cue): boolean {
  const end = sentenceEnd(ctx, cue.last);
  for (let k = cue.last + 1; k <= end; k++) {
    const c = ctx.cueAt[k];
    if (!c || c.first !== k || c.lemma === 'according to') continue;
    const b = siteOf(c).beforeCue;
    // ("After Brown criticized Clinton, Hillary shot back.": a subordinate clause alone is no content of the closing cue)
    return (
      !!b &&
      b.end - b.tail <= 4 &&
      b.first <= cue.first &&
      b.commaAt > cue.last &&
      !newClauseAfter(ctx, b.tail) &&
      !adverbialOnly(ctx, b.first, b.commaAt)
    );
  }
  return false;
}

/** The "According to X," that opens the sentence of a cue after it, with its source. */
function accordingOpening(ctx: TokenView, cue: Cue): { cue: Cue; source: NounPhrase } | null {
  const first = sentenceStart(ctx, cue.first);
  const open = ctx.cueAt[first];
  if (!open || open.lemma !== 'according to' || open.first >= cue.first) return null;
  const source = subjectAfter(ctx, open.last + 1, cue.first);
  // ("According to a report by Reuters on Thursday, American officials said ...": a source with its time stays out of the inner cue)
  if (!source || !ctx.tokens[source.last]!.post.includes(',')) return null;
  return { cue: open, source };
}

/** The last token of a short time phrase right after token i ("that night", "last week", "on Monday"), or i. */
function timeTail(ctx: TokenView, i: number, end: number): number {
  if (ctx.tokens[i]!.post.includes(',')) return i;
  for (let k = i + 1; k <= Math.min(end, i + 3); k++) {
    const tok = ctx.tokens[k]!;
    if (
      !isTimeWord(ctx, k) &&
      !/^(?:that|this|last|next|on|in|at|the|same|night|day|week|month|year|morning|evening|afternoon)$/.test(
        tok.normal,
      )
    )
      return i;
    if (tok.post.includes(','))
      return isTimeWord(ctx, k) || /^(?:night|day|week|month|year|morning|evening|afternoon)$/.test(tok.normal) ? k : i;
  }
  return i;
}

/** according to X, CLAUSE / CLAUSE, according to X. */
function according(ctx: TokenView, speech: ReadonlySet<number>, cue: Cue): Found | null {
  const end = sentenceEnd(ctx, cue.last);
  const source = subjectAfter(ctx, cue.last + 1, end + 1);
  if (!source) return accordingAfter(ctx, speech, cue, end, null);
  // "According to the officer in charge of the base that night, ...": a time phrase closes the source
  const sourceLast = timeTail(ctx, source.last, end);
  const sourceEnd = ctx.tokens[sourceLast]!;
  // "CLAUSE, according to X, ...": content before the cue is read first
  const preposed = ctx.tokens[cue.first - 1]?.post.includes(',') && sentenceStart(ctx, cue.first - 1) <= cue.first - 1;
  const after = preposed ? accordingAfter(ctx, speech, cue, end, source) : null;
  if (after) return after;
  if (sourceEnd.post.includes(',') && sourceLast < end && !preposed) {
    // "According to X, CLAUSE" — but a nested cue ("X said that ...") speaks for itself.
    for (let k = sourceLast + 1; k <= end; k++) if (ctx.cueAt[k] && ctx.cueAt[k]!.lemma !== 'according to') return null;
    return clause(ctx, speech, sourceLast + 1, end, source, 'reported.according');
  }
  return preposed ? null : accordingAfter(ctx, speech, cue, end, source);
}

/**
 * CLAUSE, according to X. — the source runs to the next comma or the sentence's end ("according to
 * a poll of 400 voters released on Friday by Latino Decisions."); "PART, according to X, PART." is
 * interrupted by it, one record per piece ("Fundraising, according to the campaign, has surged.").
 */
function accordingAfter(
  ctx: TokenView,
  speech: ReadonlySet<number>,
  cue: Cue,
  end: number,
  source: NounPhrase | null,
): Found | null {
  const before = ctx.tokens[cue.first - 1];
  if (!before || !before.post.includes(',') || cue.last >= end) return null;
  let close = cue.last + 1;
  while (close < end && !(ctx.tokens[close]!.post.includes(',') && ctx.inQuote[close]! < 0)) close++;
  // ("complete but unofficial returns", which the phrase reader does not take): the words up to the comma, if no verb is among them
  const src =
    source ??
    (close - cue.last <= 6 && !hasFiniteVerb(ctx, cue.last + 1, close)
      ? { first: cue.last + 1, last: close, pronoun: false }
      : null);
  if (!src) return null;
  const first = sentenceStart(ctx, cue.first - 1);
  if (first > cue.first - 1) return null;
  // "“...,” Sanders said (in an interview), according to CNN.": "Sanders said" is the quote's attribution, not content
  for (let k = first; k < cue.first; k++) if (ctx.cueAt[k] && first > 0 && ctx.inQuote[first - 1]! >= 0) return null;
  // the second piece goes on with a verb ("has surged", "becoming a 93 percent owner"), not an appositive ("a polling firm")
  let verb = close < end && ctx.tokens[close + 1]!.tags.has('Gerund');
  for (let k = close + 1; k <= end && !verb; k++)
    verb = ctx.tokens[k]!.tags.has('Verb') && !ctx.tokens[k]!.tags.has('Gerund');
  const interrupted = verb && close < end && !newClauseAfter(ctx, close + 1) && !clauseOpener(ctx, close + 1);
  // "The mayor was, in the words of an aide, “the heir”": a head that stops at a copula goes on after the source
  const lastTags = ctx.tokens[cue.first - 1]!.tags;
  if (
    !interrupted &&
    close < end &&
    (lastTags.has('Copula') || lastTags.has('Auxiliary') || lastTags.has('Preposition'))
  )
    return null;
  const head = clause(
    ctx,
    speech,
    first,
    cue.first - 1,
    src,
    'reported.according',
    interrupted,
    interrupted ? 1 : MIN_WORDS,
  );
  if (!head || !interrupted) return head;
  // (a second piece that is quoted material is that quote's: "was, in the words of an aide, “the heir”")
  const rest = clause(ctx, speech, close + 1, end, src, 'reported.according', true);
  return rest ? { ...head, rest: rest.content } : null;
}

/** A relative, a pronoun subject or a cue opens the words after the source's comma: they are not the sentence's second piece. */
function clauseOpener(ctx: TokenView, i: number): boolean {
  const tok = ctx.tokens[i];
  return (
    !tok || RELATIVE_OR_ADV.has(tok.normal) || tok.tags.has('Pronoun') || !!ctx.cueAt[i] || /^\p{Lu}/u.test(tok.text)
  );
}

/** A finite verb (not a participle: "returns reported by CNN") among tokens [from, to]. */
function hasFiniteVerb(ctx: TokenView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = ctx.tokens[k]!.tags;
    if (
      (t.has('Verb') && !t.has('PastTense') && !t.has('Gerund') && !t.has('Participle')) ||
      t.has('Copula') ||
      t.has('Modal')
    )
      return true;
  }
  return false;
}

const ACCORDING_RULE: ReportedRule = {
  name: 'reported.according',
  examples: ['According to Jane Smith, the plan has failed.', 'The plan has failed, according to Jane Smith.'],
  apply: ({ ctx, speech, cue }) => (cue.lemma === 'according to' ? according(ctx, speech, cue) : null),
};

/**
 * "As the Post observed, Republicans control 30 states." / "Republicans control 30 states, as the
 * Post noted.": an as-clause names the source; the content is the rest of the sentence.
 */
function asClause(ctx: TokenView, speech: ReadonlySet<number>, cue: Cue): Found | null {
  // (a verb that reports a clause: "As the judge read his decision, ..." says when)
  if (cue.lemma === 'according to' || !cue.frames.includes('clause')) return null;
  const speaker = subjectBefore(ctx, cue.first);
  if (!speaker) return null;
  const as = speaker.first - 1;
  const asTok = ctx.tokens[as];
  if (!asTok || asTok.normal !== 'as' || !ctx.sameClause(as, cue.first) || ctx.inQuote[as]! >= 0) return null;
  const start = sentenceStart(ctx, as);
  const end = sentenceEnd(ctx, cue.last);
  const opening = as === start || ctx.tokens[as - 1]!.post.includes(',');
  if (!opening) return null;
  // (only short adjuncts after the cue: "as he later explained,", "as she said on Monday,")
  let close = cue.last;
  while (close < Math.min(end, cue.last + 3) && !ctx.tokens[close]!.post.includes(',')) close++;
  const closed = ctx.tokens[close]!.post.includes(',');
  if (closed && close < end && (as === start || adverbialHead(ctx, start, as - 1)))
    return clause(ctx, speech, close + 1, end, speaker, 'reported.as');
  // "CLAUSE, as X noted."
  if (as > start && ctx.tokens[as - 1]!.post.includes(',') && end - cue.last <= 3)
    return clause(ctx, speech, start, as - 1, speaker, 'reported.as');
  return null;
}

/** The words before an opening as-clause are only a sentence adverb ("Of course, as X observed, ..."). */
function adverbialHead(ctx: TokenView, first: number, last: number): boolean {
  if (last - first > 2) return false;
  for (let k = first; k <= last; k++) {
    const t = ctx.tokens[k]!.tags;
    if (t.has('Verb') || (t.has('Noun') && !/^(?:course|fact|sum|short)$/.test(ctx.tokens[k]!.normal))) return false;
  }
  return true;
}

const AS_RULE: ReportedRule = {
  name: 'reported.as',
  examples: [
    'As the Daily Ledger observed, the council has run out of money.',
    'The council has run out of money, as the mayor noted.',
  ],
  apply: ({ ctx, speech, cue }) => asClause(ctx, speech, cue),
};

/** The readings of a speech cue's content after it, in order (they exclude each other). */
const CONTENT_AFTER: readonly ReportedRule[] = [COLON_RULE, TO_RULE, THAT_RULE];

/**
 * A speech cue's rules, in order: "according to" names its source and nothing else; then the
 * content after the cue (a cue that opens its content is read forwards first: "X said the plan
 * failed"); only when there is none, the content before it ("The plan failed, X said"), where a
 * long tail after the attribution makes it an interruption.
 */
export const SPEECH_CUE_RULES: readonly ReportedRule[] = [
  ACCORDING_RULE,
  AS_RULE,
  ...CONTENT_AFTER,
  INTERRUPTED_RULE,
  PREPOSED_RULE,
];

/** A stance verb's object, read only where no speech rule gave a record. */
export const STANCE_RULES: readonly ReportedRule[] = [
  {
    name: 'reported.appearance',
    examples: ['The mayor seemed ready to quit the race.', 'The council is expected to pass the budget next week.'],
    apply: ({ ctx, speech, cue }) => (APPEARANCE_LEMMAS.has(cue.lemma) ? appearance(ctx, speech, cue) : null),
  },
  {
    name: 'reported.stance',
    examples: ['Jane Smith endorsed the new mayor of the city.', 'Jane Smith called for a ban on cars.'],
    apply: ({ ctx, speech, cue }) => (APPEARANCE_LEMMAS.has(cue.lemma) ? null : stance(ctx, speech, cue)),
  },
];

const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom']);
/** Verbs of offering or implying that are no speech cues of their own ("seemed to offer a caveat", "appeared to imply"). */
const STATED_AFTER_TO = new Set(['offer', 'imply', 'insinuate', 'endorse', 'embrace', 'concede']);

/** The complement is a saying or a stance ("to imply that", "to offer a caveat", "hopeful that"): its subject speaks. */
function statedBySubject(ctx: TokenView, first: number, end: number): boolean {
  const head = ctx.tokens[first]!;
  if (head.normal === 'to' && first + 1 <= end)
    return STATED_AFTER_TO.has(ctx.tokens[first + 1]!.normal) || ctx.tokens[first + 2]?.normal === 'that';
  return head.tags.has('Adjective') && ctx.tokens[first + 1]?.normal === 'that';
}

/** Subjects that are no one's: "it seems likely", "there appears to be". */
const EXPLETIVE = new Set(['it', 'there', 'that', 'which', 'who', 'this']);

/**
 * "Mr. Putin seemed most concerned with ...": the reporter's reading, with no source named. The
 * complement is the content, up to the end of its clause; the subject it is said of is a second
 * piece ("Mr. Putin"), unless it is "it" or "there".
 */
function appearance(ctx: TokenView, speech: ReadonlySet<number>, cue: Cue): Found | null {
  let end = Math.min(sentenceEnd(ctx, cue.last), embeddedEnd(ctx, cue));
  const first = cue.last + 1;
  if (first > end) return null;
  for (let k = first; k < end; k++)
    if (/[;:—–(]/.test(ctx.tokens[k]!.post) || (/,\s*$/.test(ctx.tokens[k]!.post) && clauseFollows(ctx, k + 1))) {
      end = k;
      break;
    }
  // "Rubio seemed to urge the opposite tactic": the verb after "to" is a cue or a stance of its own, which reads it
  const inner = ctx.tokens[first]!.normal === 'to' && first + 1 <= end;
  if (inner && (ctx.cueAt[first + 1] ?? stanceAt(ctx, first + 1))) return null;
  const found = clause(ctx, speech, first, end, null, 'reported.appearance', true, 1);
  if (!found) return null;
  // ("Their choice now appears": an adverb between subject and verb)
  const before = ctx.tokens[cue.first - 1];
  const adverb = !!before && !before.post.trim() && (before.tags.has('Adverb') || /^(?:now|too)$/.test(before.normal));
  const subject = subjectBefore(ctx, cue.first) ?? (adverb ? subjectBefore(ctx, cue.first - 1) : null);
  if (!subject || EXPLETIVE.has(ctx.tokens[subject.first]!.normal) || ctx.inQuote[subject.first]! >= 0) return found;
  // "voters who often seems", "which the Senate is expected": the subject belongs to a relative clause
  for (let k = Math.max(0, subject.first - 1); k < cue.first; k++)
    if (RELATIVE_WORDS.has(ctx.tokens[k]!.normal) && (k < subject.first || k > subject.last)) return found;
  // "She appeared to imply that ...", "Rubio seemed hopeful that ...": a stance of the subject's own, who is its source
  if (statedBySubject(ctx, first, end)) return { ...found, speaker: subject };
  return { ...found, rest: ctx.range(subject.first, subject.last) };
}

/** A passive of judging, naming or choosing (`PASSIVE_STANCE`): "Blocher was charged with anti-Semitic libel". */
export const PASSIVE_RULES: readonly ReportedRule[] = [
  {
    name: 'reported.passive',
    examples: ['The mayor was accused of hiding the report.', 'The plan was rejected by most of the voters.'],
    apply: ({ ctx, speech, cue }) => passiveStance(ctx, speech, cue),
  },
];

/** The participle at token i after a form of "be" (and at most one adverb or "not"): "was widely criticized". */
function passiveAt(ctx: TokenView, i: number): Cue | undefined {
  const tok = ctx.tokens[i]!;
  if (!PASSIVE_STANCE.has(tok.normal) || ctx.inQuote[i]! >= 0) return undefined;
  let b = i - 1;
  const adv = ctx.tokens[b];
  if (adv && (adv.tags.has('Adverb') || adv.normal === 'not') && !adv.post.trim()) b--;
  const be = ctx.tokens[b];
  // (not "being considered", "can be seen", "to be seen": a participle phrase or a possibility, not a report)
  if (!be || !/^(?:is|are|was|were|been|'s)$/.test(be.normal) || be.post.trim() || !ctx.sameClause(b, i))
    return undefined;
  return { first: i, last: i, lemma: tok.normal, frames: ['topic'] };
}

/**
 * The one judged, named or chosen, as one piece, and what they were judged for, named or chosen as
 * ("with anti-Semitic libel", "as uniquely credible", "to be president", "ineligible") as another; an
 * agent after "by" is the source ("was rejected by 64 percent of the electorate"). A relative
 * pronoun is its own piece ("Gruenberg, who was nominated for his post").
 */
function passiveStance(ctx: TokenView, speech: ReadonlySet<number>, cue: Cue): Found | null {
  let end = Math.min(sentenceEnd(ctx, cue.last), embeddedEnd(ctx, cue));
  let first = cue.last + 1;
  let speaker: NounPhrase | null = null;
  if (first <= end && ctx.tokens[first]!.normal === 'by' && !ctx.tokens[cue.last]!.post.trim()) {
    speaker = subjectAfter(ctx, first + 1, end + 1);
    if (!speaker) return null;
    first = speaker.last + 1;
    // after the agent only "as", "to", "for", "of", "with" go on with the complement ("seen by other leaders as credible")
    if (ctx.tokens[speaker.last]!.post.trim() || !/^(?:as|to|for|of|with)$/.test(ctx.tokens[first]?.normal ?? ''))
      first = end + 1;
  }
  let rest: Range | null = null;
  if (first <= end && !/[,;:—–(]/.test(ctx.tokens[first - 1]!.post)) {
    for (let k = first; k < end; k++)
      if (/[;:—–(]/.test(ctx.tokens[k]!.post) || (/,\s*$/.test(ctx.tokens[k]!.post) && clauseFollows(ctx, k + 1))) {
        end = k;
        break;
      }
    // "was recommended for the job by Roger Stone": an agent after the complement is the source too
    if (!speaker)
      for (let k = first + 1; k < end; k++)
        if (ctx.tokens[k]!.normal === 'by' && ctx.inQuote[k]! < 0) {
          const agent = subjectAfter(ctx, k + 1, end + 1);
          if (agent && agent.first === k + 1) {
            speaker = agent;
            end = k - 1;
          }
          break;
        }
    const head = ctx.tokens[first]!;
    // ("was elected in 2004", "was named on Monday": a place or a time is no complement)
    const loneAdverb = first === end && head.tags.has('Adverb');
    if (
      !loneAdverb &&
      !(NOT_OBJECT_OPENERS.has(head.normal) || isTimeWord(ctx, first) || /^(?:and|last|this|next)$/.test(head.normal))
    )
      rest = clause(ctx, speech, first, end, speaker, 'reported.passive', true, 1)?.content ?? null;
  }
  // the one judged: the subject before "be", or the relative pronoun that stands for it
  const beAt =
    ctx.tokens[cue.first - 1]!.normal === 'not' || ctx.tokens[cue.first - 1]!.tags.has('Adverb')
      ? cue.first - 2
      : cue.first - 1;
  let hasBeen = beAt;
  while (
    hasBeen > 0 &&
    /^(?:has|have|had|will|would|could|may|might|must|should|been)$/.test(ctx.tokens[hasBeen - 1]!.normal)
  )
    hasBeen--;
  const rel = ctx.tokens[hasBeen - 1];
  let subject: Range | null = null;
  const relative = !!rel && /^(?:who|which|that)$/.test(rel.normal) && ctx.inQuote[hasBeen - 1]! < 0;
  if (relative) subject = ctx.range(hasBeen - 1, hasBeen - 1);
  else {
    const np = subjectBefore(ctx, cue.first);
    if (np && !EXPLETIVE.has(ctx.tokens[np.first]!.normal) && ctx.inQuote[np.first]! < 0)
      subject = ctx.range(np.first, np.last);
  }
  // "Clinton was asked about securing the border": the one asked is no part of what was asked
  if (cue.lemma === 'asked') subject = null;
  if (!subject && !rest) return null;
  // ("details that were disclosed during his lawsuit": a relative pronoun alone says nothing)
  if (relative && !rest && !speaker) return null;
  if (!subject) return { content: rest!, speaker, rule: 'reported.passive' };
  return { content: subject, ...(rest ? { rest } : {}), speaker, rule: 'reported.passive' };
}

/** A noun of saying or stance after a possessor (`STANCE_NOUNS`): "his opposition to the war in Iraq". */
export const NOUN_RULES: readonly ReportedRule[] = [
  {
    name: 'reported.noun',
    examples: ["Jane Smith's opposition to the new tax is well known."],
    apply: ({ ctx, speech, cue }) => stanceNoun(ctx, speech, cue),
  },
];

/**
 * The noun at token i, with the word opening its content ("opposition to", "assertion Monday that"),
 * after a named possessor ("Clinton's"), past at most two adjectives ("Cruz's sharp attacks on").
 * The cue runs from the noun to that word.
 */
function stanceNounAt(ctx: TokenView, i: number): Cue | undefined {
  const tok = ctx.tokens[i]!;
  const opens = STANCE_NOUNS.get(tok.normal);
  if (!opens || ctx.inQuote[i]! >= 0 || tok.post.trim() || !tok.tags.has('Noun')) return undefined;
  let k = i + 1;
  if (
    k <= i + 1 &&
    (ctx.tokens[k]?.tags.has('WeekDay') || ctx.tokens[k]?.tags.has('Date')) &&
    !ctx.tokens[k]!.post.trim()
  )
    k++;
  const next = ctx.tokens[k];
  if (!next || ctx.inQuote[k]! >= 0 || !opens.includes(next.normal) || !ctx.sameClause(i, k)) return undefined;
  const infinitive = next.normal === 'to' && !NOUN_TO_OBJECT.has(tok.normal);
  if (infinitive && !ctx.tokens[k + 1]?.tags.has('Verb')) return undefined;
  if (!possessorBefore(ctx, i)) return undefined;
  return { first: i, last: k, lemma: `${tok.normal} ${next.normal}`, frames: ['topic'] };
}

/**
 * The named possessor before a noun of saying, past at most two adjectives: "Donald Trump's", "Mr.
 * Ryan's". A possessive pronoun ("his attacks on") is left out: read back from the noun, the speaker
 * resolver too often finds the wrong person for it.
 */
function possessorBefore(ctx: TokenView, i: number): NounPhrase | null {
  let p = i - 1;
  for (let n = 0; n < 2 && p >= 0 && ctx.tokens[p]!.tags.has('Adjective') && !ctx.tokens[p]!.post.trim(); n++) p--;
  const tok = ctx.tokens[p];
  if (!tok || tok.post.trim() || ctx.inQuote[p]! >= 0 || !ctx.sameClause(p, i)) return null;
  if (!tok.tags.has('Possessive') || tok.tags.has('Pronoun') || !/^\p{Lu}/u.test(tok.text)) return null;
  let first = p;
  while (
    first > 0 &&
    /^\p{Lu}/u.test(ctx.tokens[first - 1]!.text) &&
    ctx.tokens[first - 1]!.tags.has('ProperNoun') &&
    (!ctx.tokens[first - 1]!.post.trim() ||
      (ctx.tokens[first - 1]!.tags.has('Honorific') && ctx.tokens[first - 1]!.post === '. ')) &&
    ctx.sameClause(first - 1, first)
  )
    first--;
  return { first, last: p, pronoun: false };
}

/**
 * The possessor's phrase is a verb's object ("Flake echoed Mr. Ryan's denunciation of ...", "vouched
 * for Trump's proposal to ..."): the sentence's subject is the one who takes the stance, so the noun gives no record.
 */
function objectOfVerb(ctx: TokenView, first: number): boolean {
  const prev = ctx.tokens[first - 1];
  if (!prev || prev.post.trim() || !ctx.sameClause(first - 1, first)) return false;
  const verb = (k: number) => {
    const t = ctx.tokens[k]?.tags;
    return !!t && t.has('Verb') && !t.has('Copula') && !t.has('Auxiliary');
  };
  if (verb(first - 1)) return true;
  return (
    /^(?:for|against|about|on|with|at|to)$/.test(prev.normal) &&
    (verb(first - 2) || /^(?:back|out)$/.test(ctx.tokens[first - 2]?.normal ?? ''))
  );
}

/** The content of a noun of saying: after its opening word ("to" kept), up to its clause's main verb or punctuation. */
function stanceNoun(ctx: TokenView, speech: ReadonlySet<number>, cue: Cue): Found | null {
  const speaker = possessorBefore(ctx, cue.first);
  if (!speaker || objectOfVerb(ctx, speaker.first)) return null;
  const open = ctx.tokens[cue.last]!;
  const infinitive = open.normal === 'to' && !NOUN_TO_OBJECT.has(ctx.tokens[cue.first]!.normal);
  const first = infinitive ? cue.last : cue.last + 1;
  let end = sentenceEnd(ctx, cue.last);
  if (first > end) return null;
  for (let k = first; k <= end; k++) {
    const t = ctx.tokens[k]!.tags;
    // "his promise to build a wall were about more": the sentence's own verb ends the content (not inside a that-clause)
    if (open.normal !== 'that' && k > first + (infinitive ? 1 : 0)) {
      const finite =
        t.has('Copula') ||
        t.has('Modal') ||
        (t.has('Auxiliary') && !/^(?:be|been|being)$/.test(ctx.tokens[k]!.normal)) ||
        (t.has('Verb') &&
          (t.has('PastTense') || (t.has('PresentTense') && !t.has('Infinitive'))) &&
          !t.has('Participle'));
      if (finite && ctx.tokens[k - 1]!.normal !== 'to') {
        end = k - 1;
        break;
      }
    }
    if (k < end && /[,;:—–(]/.test(ctx.tokens[k]!.post)) {
      end = k;
      break;
    }
  }
  return clause(ctx, speech, first, end, speaker, 'reported.noun', true, 1);
}

/** The object of a verb of evidence whose subject is a document, poll or study, where no clause follows it. */
export const EVIDENCE_OBJECT_RULES: readonly ReportedRule[] = [
  {
    name: 'reported.evidence-object',
    examples: ['A new state poll shows the mayor with a six-point lead.'],
    apply: ({ ctx, speech, cue }) => {
      const found = stance(ctx, speech, cue);
      return found ? { ...found, rule: 'reported.evidence-object' } : null;
    },
  },
];

/** A labelled paragraph's content, unless a quote is all of it (that quote's record, quoted.label). */
export const LABEL_RULES: readonly QuoteRule<Label, Found>[] = [
  {
    name: 'reported.label',
    examples: ['Graham: Trump is destroying the party'],
    // "Reid: 'Never ...'" is that quote's record (quoted.label); "Blumenthal: 'No Idea' If ..." is the label's
    apply: (lab) => (lab.isQuote ? null : lab),
  },
];

/** A content span over tokens [first, last], if it reads as a clause. */
function clause(
  ctx: TokenView,
  speech: ReadonlySet<number>,
  first: number,
  last: number,
  speaker: NounPhrase | null,
  rule: QuoteRuleName,
  infinitive = false,
  minWords = MIN_WORDS,
): Found | null {
  // Quoted material inside the clause is its own record: the reported content stops at the last
  // comma before it ("he did not own them to burnish his brand, but agreed that they had “value”").
  for (let k = first + 1; k <= last; k++) {
    if (ctx.inQuote[k]! < 0 || !speech.has(ctx.inQuote[k]!)) continue;
    let cut = -1;
    for (let c = k - 1; c > first; c--)
      if (ctx.tokens[c]!.post.includes(',')) {
        cut = c;
        break;
      }
    if (cut < 0) return null;
    last = cut;
    break;
  }
  last = beforeNextAttribution(ctx, first, last);
  while (first <= last && !ctx.tokens[first]!.text) first++;
  while (last >= first && !ctx.tokens[last]!.text) last--;
  if (first > last || last - first + 1 < minWords) return null;
  if (ctx.inQuote[first]! >= 0 && speech.has(ctx.inQuote[first]!)) return null; // content that opens with a quote is that quote's record
  if (!infinitive && !hasVerb(ctx, first, last)) return null;
  return { content: ctx.range(first, last), speaker, rule };
}

/**
 * "X said A, but Y said B", "X said A and added that B", "she told the AP A and said B": a second
 * attribution joined by "and" / "but" ends the first one's content, so that each is its own
 * record. Only a short subject (no verb of its own) may stand between the conjunction and the cue.
 * The same attribution repeated after a comma ("..., he told reporters.") ends it too.
 */
function beforeNextAttribution(ctx: TokenView, first: number, last: number): number {
  // "Obama said the plan works, he told reporters.": the same attribution repeated after a comma
  for (let c = first + 2; c < last; c++) {
    if (!ctx.tokens[c - 1]!.post.includes(',') || ctx.inQuote[c]! >= 0 || !isPronoun(ctx, c)) continue;
    const cue = ctx.cueAt[c + 1];
    // (only adjuncts after it: "..., he told reporters on Monday.")
    if (
      cue &&
      cue.lemma !== 'according to' &&
      ctx.tokens[c + 1]!.tags.has('PastTense') &&
      !hasVerb(ctx, cue.last + 1, last)
    )
      return c - 1;
  }
  for (let c = first + 2; c < last; c++) {
    if (!/^(?:and|but)$/.test(ctx.tokens[c]!.normal) || ctx.inQuote[c]! >= 0) continue;
    // "the cats and dogs said": the conjunction joins two nouns unless a clause stands before it
    // (or the cue follows it directly: "proposed a wall and said ...")
    const clauseBefore = hasVerb(ctx, first, c - 1);
    for (let k = c + 1; k <= Math.min(last, c + 6); k++) {
      if (!clauseBefore && k > c + 1) break;
      const t = ctx.tokens[k]!.tags;
      const cue = ctx.cueAt[k];
      // a finite verb: with no subject of its own, one that agrees with the first speaker ("and said", "and adds")
      const finite =
        !t.has('Gerund') &&
        (t.has('PastTense') ||
          (t.has('PresentTense') && !t.has('Infinitive') && (k > c + 1 || /s$/.test(ctx.tokens[k]!.normal))));
      if (cue && cue.lemma !== 'according to' && finite) return c - 1;
      // "complained that A and that B": a second clause of the same verb
      if (t.has('Verb') || ctx.tokens[k]!.normal === 'that' || /[,;:—–-]/.test(ctx.tokens[k - 1]!.post)) break;
    }
  }
  return last;
}

function findThat(ctx: TokenView, from: number, end: number): number {
  for (let k = from; k <= Math.min(end, from + MAX_BEFORE_THAT); k++) {
    const tok = ctx.tokens[k]!;
    if (ctx.inQuote[k]! >= 0) return -1;
    if (tok.normal === 'that' && !tok.post.trim()) return k;
    // Stop at anything that already reads as a finite verb of the clause.
    const t = tok.tags;
    if (k > from && t.has('Verb') && (t.has('PastTense') || t.has('Modal') || t.has('Copula') || t.has('Auxiliary')))
      return -1;
  }
  return -1;
}

function isTimeWord(ctx: TokenView, i: number): boolean {
  const tok = ctx.tokens[i]!;
  return (
    tok.tags.has('Date') ||
    tok.tags.has('WeekDay') ||
    /^(?:today|yesterday|tonight|recently|earlier|later|again|also|repeatedly|privately|publicly|previously)$/.test(
      tok.normal,
    )
  );
}

/** Last token of the sentence holding token i, before a paragraph break (quoted material is cut by clause()). */
function sentenceEnd(ctx: TokenView, i: number): number {
  const s = ctx.tokens[i]!.s;
  let k = i;
  while (k + 1 < ctx.tokens.length) {
    const tok = ctx.tokens[k]!;
    if (tok.post.includes('\n')) break;
    const next = ctx.tokens[k + 1]!;
    if (next.s !== s) break;
    k++;
  }
  return k;
}

/** First token of the sentence holding token i, after a paragraph break or a quote. */
function sentenceStart(ctx: TokenView, i: number): number {
  const s = ctx.tokens[i]!.s;
  let k = i;
  while (k - 1 >= 0) {
    const prev = ctx.tokens[k - 1]!;
    if (prev.s !== s || prev.post.includes('\n') || ctx.inQuote[k - 1]! >= 0) break;
    k--;
  }
  return k;
}
