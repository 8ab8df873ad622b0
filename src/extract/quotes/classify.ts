/**
 * Direct or partial, and whether quoted material is speech at all: titles
 * ("One Hundred Years of Solitude"), scare quotes (cats are "cuties") and
 * nicknames are left out unless a speech cue makes them speech.
 */
import type { QuoteFinding } from '../findings.js';
import { introducedByPunctuation } from './attribute.js';
import type { TokenView } from './token-view.js';
import type { QuotedSpan } from '../../nlp/quote-marks.js';
import { firstMatch, type Rule } from './rules.js';

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'is',
  'vs',
]);

export function quoteType(ctx: TokenView, q: QuotedSpan): 'direct' | 'partial' {
  // Quoted words woven into the reporter's sentence are partial, even when followed by "he said".
  if (!introducedByPunctuation(ctx, q)) return 'partial';
  const content = ctx.parsed.text.slice(q.start, q.end);
  if (/^[\p{Lu}\d[(‘'"“]/u.test(content) || /[.,!?…:;—-]$/.test(content) || q.close < 0) return 'direct';
  return 'partial';
}

/** One quote before the speech filter: its span, its finding so far, and whether a label's paragraph holds it. */
export interface FilterSite {
  ctx: TokenView;
  q: QuotedSpan;
  f: QuoteFinding;
  /** Inside the content of a labelled paragraph that is not the quote itself (the label's record holds it). */
  inLabel: boolean;
}

/** Why quoted material is kept as speech or dropped: the name of the filter rule that decided. */
export type SpeechFilterName =
  | 'speech.in-label'
  | 'speech.label'
  | 'speech.partial-title'
  | 'speech.lone-letter'
  | 'speech.carried-short'
  | 'speech.carried-heading'
  | 'speech.attributed'
  | 'speech.cited-work'
  | 'speech.open'
  | 'speech.short'
  | 'speech.title'
  | 'speech.utterance';

type Verdict = 'keep' | 'drop';

/**
 * The speech filter, in order: the first rule with a verdict decides (`--explain`-style answer to
 * "why was this dropped?": the rule's name). A label's record comes first (it owns its paragraph);
 * shapes that are never speech — a partial title, a lone letter, a short quote that only a carried
 * speaker would make speech — come before a cue, which makes the rest speech; unattributed material
 * is kept only when it reads as an utterance.
 */
export const SPEECH_FILTER: readonly Rule<SpeechFilterName, FilterSite, Verdict>[] = [
  {
    name: 'speech.in-label',
    examples: ['Graham: Trump is “not fit” to serve as president'],
    apply: ({ inLabel }) => (inLabel ? 'drop' : null),
  },
  {
    name: 'speech.label',
    examples: ["Reid: 'Never underestimate him.'"],
    apply: ({ f }) => (f.rule === 'quoted.label' ? 'keep' : null),
  },
  {
    name: 'speech.partial-title',
    examples: ['He said he read “One Hundred Years of Solitude” twice.'],
    apply: ({ f, q, ctx }) => (titleLike(wordsOf(ctx, q)) && f.type === 'partial' ? 'drop' : null),
  },
  {
    name: 'speech.lone-letter',
    examples: ['The senator, a “D” from Ohio, said nothing.'],
    apply: ({ ctx, q }) => (quotable(ctx, q) ? null : 'drop'), // “R” or “D”
  },
  {
    // A speaker carried over from a neighbouring quote does not make a short label speech.
    name: 'speech.carried-short',
    examples: ['“We will win,” Jane Smith said. The “cuties” were there.'],
    apply: ({ ctx, q, f }) => (f.carried && f.type === 'partial' && wordsOf(ctx, q).length <= 4 ? 'drop' : null),
  },
  {
    // ... nor a short quote standing alone as its paragraph: a subheading ('Chief trade prosecutor.'),
    // nor one woven into the words after it ('Stoic' driver identified ...).
    name: 'speech.carried-heading',
    examples: ['Jane Smith said, “We will win the vote next week.”\n\n“Chief prosecutor.”'],
    apply: ({ ctx, q, f }) =>
      f.carried && wordsOf(ctx, q).length <= 4 && ((wholeParagraph(ctx, q) && !hasVerb(ctx, q)) || wovenAfter(ctx, q))
        ? 'drop'
        : null,
  },
  {
    name: 'speech.attributed',
    examples: ['He called it “shameful.”'],
    apply: ({ f }) => (f.speaker || f.cue ? 'keep' : null),
  },
  {
    // “Lose safety? Lose work? No to Schengen” (2005): a slogan or work cited with its year.
    name: 'speech.cited-work',
    examples: ['The poster read on. “Lose safety? Lose work? No to the treaty” (2005) was its slogan.'],
    apply: ({ ctx, q }) => (citedWithYear(ctx, q) ? 'drop' : null),
  },
  {
    name: 'speech.open',
    examples: ['The mayor spoke.\n\n“We will win this'],
    apply: ({ q }) => (q.close < 0 || q.continuation ? 'keep' : null),
  },
  {
    // Unattributed: keep what reads as an utterance, not a label.
    name: 'speech.short',
    examples: ['Cats are “cuties” to many people.'],
    apply: ({ ctx, q }) => (wordsOf(ctx, q).length <= 4 ? 'drop' : null),
  },
  {
    name: 'speech.title',
    examples: ['The film opened.\n\n“The Long Road Home To The Old Country”'],
    apply: ({ ctx, q }) => (titleLike(wordsOf(ctx, q)) ? 'drop' : null),
  },
  {
    name: 'speech.utterance',
    examples: ['The mayor has a plan. “We will build three new schools and hire more teachers.”'],
    apply: () => 'keep',
  },
];

/** The filter rule that decides whether the quote is speech, and its verdict. */
export function speechVerdict(site: FilterSite): { rule: SpeechFilterName; keep: boolean } {
  const m = firstMatch(SPEECH_FILTER, site)!; // (the last rule always decides)
  return { rule: m.rule.name, keep: m.out === 'keep' };
}

function wordsOf(ctx: TokenView, q: QuotedSpan): string[] {
  return ctx.parsed.text.slice(q.start, q.end).split(/\s+/).filter(Boolean);
}

/** A verb inside the quote ("This is irresponsible." is a sentence; "Chief trade prosecutor." is not). */
function hasVerb(ctx: TokenView, q: QuotedSpan): boolean {
  for (let i = ctx.tokenFrom(q.start); i < ctx.tokens.length && ctx.tokens[i]!.start < q.end; i++) {
    const t = ctx.tokens[i]!.tags;
    if ((t.has('Verb') || t.has('Copula')) && !t.has('Noun')) return true;
  }
  return false;
}

/** A parenthesis with a year right after the closing mark: “...” (2005), “...” (poster, 2003). */
function citedWithYear(ctx: TokenView, q: QuotedSpan): boolean {
  return q.close >= 0 && /^\s*\([^()\n]{0,60}?\b(?:1[89]|20)\d\d\)/.test(ctx.parsed.text.slice(q.close, q.close + 70));
}

/** A word follows the closing mark with no punctuation on either side of it. */
function wovenAfter(ctx: TokenView, q: QuotedSpan): boolean {
  const text = ctx.parsed.text;
  return (
    q.close >= 0 &&
    !/[.,!?;:—–-]$/.test(text.slice(q.start, q.end)) &&
    /^\s+\p{L}/u.test(text.slice(q.close, q.close + 3))
  );
}

/** The quote, with its marks and end punctuation, is all its paragraph holds. */
function wholeParagraph(ctx: TokenView, q: QuotedSpan): boolean {
  const text = ctx.parsed.text;
  const end = text.indexOf('\n', q.end);
  const rest = text.slice(q.close >= 0 ? q.close : q.end, end < 0 ? text.length : end);
  return !text.slice(q.paraStart, q.open).trim() && /^[\s"'“”‘’«».!?,:;]*$/.test(rest);
}

/** Quoted material that could be speech at all: not a lone letter (“R” or “D”). */
export function quotable(ctx: TokenView, q: QuotedSpan): boolean {
  return ctx.parsed.text.slice(q.start, q.end).replace(/[^\p{L}\p{N}]/gu, '').length >= 2;
}

/** Every significant word capitalised: a title or a name, not a sentence. */
function titleLike(words: string[]): boolean {
  // The mark may hold the sentence's own end punctuation: “Meet the Press.”
  const significant = words
    .map((w) => w.replace(/[.,!?;:]+$/, ''))
    .filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (significant.length < 2) return false;
  return significant.every((w) => /^[\p{Lu}\d]/u.test(w));
}
