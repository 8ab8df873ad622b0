/**
 * Direct or partial, and whether quoted material is speech at all: titles
 * ("One Hundred Years of Solitude"), scare quotes (cats are "cuties") and
 * nicknames are left out unless a speech cue makes them speech.
 */
import type { QuoteFinding } from '../findings.js';
import { introducedByPunctuation } from './attribute.js';
import type { TokenView } from './token-view.js';
import type { QuotedSpan } from '../../nlp/quote-marks.js';

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

export function isSpeech(ctx: TokenView, q: QuotedSpan, f: QuoteFinding): boolean {
  const content = ctx.parsed.text.slice(q.start, q.end);
  const words = content.split(/\s+/).filter(Boolean);
  if (titleLike(words) && f.type === 'partial') return false;
  if (content.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return false; // a lone letter: “R” or “D”
  // A speaker carried over from a neighbouring quote does not make a short label speech.
  if (f.carried && f.type === 'partial' && words.length <= 4) return false;
  // ... nor a short quote standing alone as its paragraph: a subheading ('Chief trade prosecutor.').
  // ... nor one woven into the words after it ('Stoic' driver identified ...).
  if (f.carried && words.length <= 4 && ((wholeParagraph(ctx, q) && !hasVerb(ctx, q)) || wovenAfter(ctx, q)))
    return false;
  if (f.speaker || f.cue) return true;
  // “Lose safety? Lose work? No to Schengen” (2005): a slogan or work cited with its year.
  if (citedWithYear(ctx, q)) return false;
  if (q.close < 0 || q.continuation) return true;
  // Unattributed: keep what reads as an utterance, not a label.
  if (words.length <= 4) return false;
  if (titleLike(words)) return false;
  return true;
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
