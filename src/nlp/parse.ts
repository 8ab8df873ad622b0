/**
 * One compromise parse per article, plus a token table with UTF-16 offsets
 * into the original text, shared by all extractors.
 */
import { nlp, type Doc } from './engine.js';
import type { Article } from '../types.js';
import { scanQuotes, type QuotedSpan } from './quote-marks.js';

export interface Token {
  /** Global index in Parsed.tokens. */
  i: number;
  /** Sentence index and term index within it (compromise's pointer). */
  s: number;
  t: number;
  text: string;
  normal: string;
  tags: Set<string>;
  pre: string;
  post: string;
  /** UTF-16 offsets of `text` in the article text. */
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [first, last) in Parsed.tokens. */
  first: number;
  last: number;
}

export interface Parsed {
  text: string;
  /** The text as analysed: metadata regions replaced by spaces (same length as `text`). */
  visible: string;
  doc: Doc;
  tokens: Token[];
  sentences: Sentence[];
  /** tokens by [sentence][term] for mapping compromise pointers. */
  grid: Token[][];
  /** Quoted material, by pairing quote marks (shared by the quote extractor and date tense). */
  quoted: QuotedSpan[];
}

interface Term {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  tags: Set<string>;
}

/** Replace masked ranges (metadata) by spaces so they are not analysed but offsets hold. */
export function maskText(text: string, masked: Array<[number, number]>): string {
  if (masked.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [a, b] of masked) {
    out += text.slice(at, a) + text.slice(a, b).replace(/[^\n]/g, ' ');
    at = b;
  }
  return out + text.slice(at);
}

export function parse(article: Pick<Article, 'text' | 'masked'>): Parsed {
  const text = article.text;
  const visible = maskText(text, article.masked);
  const doc = nlp(visible);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const grid: Token[][] = [];
  const docs = (doc as unknown as { document: Term[][] }).document;
  let cursor = 0;
  docs.forEach((terms, s) => {
    const row: Token[] = [];
    const first = tokens.length;
    terms.forEach((term, t) => {
      cursor += term.pre.length;
      let start = cursor;
      // compromise keeps the input intact; align defensively in case it does not.
      if (term.text && text.slice(start, start + term.text.length) !== term.text) {
        const found = text.indexOf(term.text, Math.max(0, start - term.pre.length));
        if (found >= 0) start = found;
      }
      let end = start + term.text.length;
      cursor = end + term.post.length;
      // compromise can glue whitespace onto a term it cannot split (spaces before an emoji): keep it out of the span.
      let word = term.text;
      const lead = /^\s+/.exec(word)?.[0].length ?? 0;
      const trail = /\s+$/.exec(word.slice(lead))?.[0].length ?? 0;
      if (lead || trail) {
        word = word.slice(lead, word.length - trail);
        start += lead;
        end -= trail;
      }
      const tok: Token = {
        i: tokens.length,
        s,
        t,
        text: word,
        normal: term.normal ?? term.text.toLowerCase(),
        tags: term.tags,
        pre: term.pre,
        post: term.post,
        start,
        end,
      };
      tokens.push(tok);
      row.push(tok);
    });
    grid.push(row);
    if (row.length > 0) {
      sentences.push({
        index: s,
        start: row[0]!.start,
        end: row[row.length - 1]!.end,
        first,
        last: tokens.length,
      });
    } else {
      sentences.push({ index: s, start: cursor, end: cursor, first, last: first });
    }
  });
  return { text, visible, doc, tokens, sentences, grid, quoted: scanQuotes(visible) };
}

/** UTF-16 ranges of the terms a compromise view covers, one per match. */
export function matchSpans(
  parsed: Parsed,
  view: Doc,
): Array<{ start: number; end: number; first: Token; last: Token }> {
  const out: Array<{ start: number; end: number; first: Token; last: Token }> = [];
  const pointers = (view as unknown as { fullPointer: Array<[number, number, number]> }).fullPointer;
  for (const [s, a, b] of pointers) {
    const row = parsed.grid[s];
    if (!row || a >= b) continue;
    const first = row[a];
    const last = row[Math.min(b, row.length) - 1];
    if (!first || !last) continue;
    out.push({ start: first.start, end: last.end, first, last });
  }
  return out;
}
