/**
 * An immutable view of an article's tokens for the quote rules: which tokens lie inside quoted
 * material, where clauses end, and the speech cue at each token. Built once per parse; nothing
 * in it changes afterwards.
 */
import type { Parsed, Token } from '../../nlp/parse.js';
import type { Range } from '../findings.js';
import type { QuotedSpan } from '../../nlp/quote-marks.js';
import { firstStartingAt } from '../../nlp/search.js';
import { readCue, type Cue } from './cues.js';

export class TokenView {
  readonly tokens: readonly Token[];
  /** For each token, the index of the quote it lies in, or -1. */
  readonly inQuote: Int32Array;
  /** The speech cue that starts at each token, if any (see cues.ts). */
  readonly cueAt: ReadonlyArray<Cue | undefined>;

  constructor(
    readonly parsed: Parsed,
    readonly quotes: readonly QuotedSpan[],
  ) {
    this.tokens = parsed.tokens;
    this.inQuote = new Int32Array(this.tokens.length).fill(-1);
    let q = 0;
    for (const tok of this.tokens) {
      while (q < quotes.length && quoteEnd(quotes[q]!) <= tok.start) q++;
      const cur = quotes[q];
      if (cur && tok.start >= cur.open && tok.start < quoteEnd(cur)) this.inQuote[tok.i] = q;
    }
    this.cueAt = this.tokens.map((_, i) => readCue(this, i));
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

  range(first: number, last: number): Range {
    return { start: this.tokens[first]!.start, end: this.tokens[last]!.end };
  }

  capitalised(i: number): boolean {
    const tok = this.tokens[i];
    return !!tok && /^\p{Lu}/u.test(tok.text);
  }
}

export function quoteEnd(q: QuotedSpan): number {
  return q.close >= 0 ? q.close : q.end;
}
