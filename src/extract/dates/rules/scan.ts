/**
 * Helpers for rules: run a regex over one sentence's text (word-bounded) and
 * look at the compromise tags of the tokens a match covers.
 */
import type { Token } from '../../../nlp/parse.js';
import type { Proposal, SentenceView } from '../candidate.js';
import { firstStartingAt, lowerBound } from '../../../nlp/search.js';

/**
 * A cheap test per pattern, of words that every match must contain: most
 * sentences have none of them, and skipping the full pattern there (word
 * bounds, case folding, named groups, at every position) saves most of the
 * date rules' time. Same case folding ('iu') as the patterns.
 */
const GATES = new WeakMap<RegExp, RegExp>();

/** Give `re` a gate: an alternation of words every match of `re` contains. */
export function gated(re: RegExp, gate: string): RegExp {
  GATES.set(re, new RegExp(gate, 'iu'));
  return re;
}

/**
 * Compile a rule pattern: case-insensitive, global, and bounded so it never
 * cuts a word; `gate` lists words every match contains (see GATES).
 */
export function pattern(body: string, gate: string): RegExp {
  return gated(new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giud'), gate);
}

export interface Hit {
  m: RegExpExecArray;
  g: Record<string, string | undefined>;
  start: number;
  end: number;
  /** Article offset where a named group starts, or -1. */
  at: (name: string) => number;
}

/**
 * The matches of each pattern in a sentence, kept while the sentence is
 * scanned: several rules read one pattern (each takes the matches of its own
 * kind), and the pattern runs once.
 */
const HITS = new WeakMap<SentenceView, Map<RegExp, Hit[]>>();

function hitsOf(s: SentenceView, re: RegExp): Hit[] {
  let bySentence = HITS.get(s);
  if (!bySentence) HITS.set(s, (bySentence = new Map()));
  let hits = bySentence.get(re);
  if (hits) return hits;
  hits = [];
  bySentence.set(re, hits);
  if (GATES.get(re)?.test(s.text) === false) return hits;
  // exec on the pattern itself, not matchAll: matchAll copies the RegExp on
  // every call, and the copy may have to compile again (these are large
  // Unicode patterns); that was most of the date rules' time in the command.
  const text = s.text;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      // step over the empty match, by a whole code point ('u' flag)
      const c = text.charCodeAt(re.lastIndex);
      re.lastIndex += c >= 0xd800 && c <= 0xdbff && re.lastIndex + 1 < text.length ? 2 : 1;
      continue;
    }
    const match = m;
    const start = s.start + m.index;
    const at = (name: string): number => {
      const ix = match.indices?.groups?.[name];
      return ix ? s.start + ix[0] : -1;
    };
    hits.push({ m, g: m.groups ?? {}, start, end: start + m[0].length, at });
  }
  return hits;
}

/** Every match of `re` in the sentence, mapped to article offsets and handed to `build`. */
export function scan(s: SentenceView, re: RegExp, build: (hit: Hit) => Proposal | Proposal[] | null): Proposal[] {
  const out: Proposal[] = [];
  for (const hit of hitsOf(s, re)) {
    const got = build(hit);
    if (Array.isArray(got)) out.push(...got);
    else if (got) out.push(got);
  }
  return out;
}

/** The sentence token containing an article offset (binary search). */
export function tokenAt(s: SentenceView, offset: number): Token | null {
  // the first token ending after the offset holds it, if it starts at or before it
  const t = s.tokens[lowerBound(s.tokens.length, (i) => s.tokens[i]!.end <= offset)];
  return t && t.start <= offset ? t : null;
}

/** Index of the first sentence token starting at or after an offset (binary search). */
function firstFrom(s: SentenceView, offset: number): number {
  return firstStartingAt(s.tokens, offset);
}

/** The token just after an offset. */
export function tokenAfter(s: SentenceView, end: number): Token | null {
  return s.tokens[firstFrom(s, end)] ?? null;
}

/** The last token ending at or before an offset. */
export function tokenBefore(s: SentenceView, start: number): Token | null {
  let i = firstFrom(s, start) - 1;
  while (i >= 0 && s.tokens[i]!.end > start) i--;
  return i >= 0 ? s.tokens[i]! : null;
}

export const isCapitalized = (w: string | undefined): boolean => !!w && /^\p{Lu}/u.test(w);

/** Up to `n` characters of the sentence before / after an article offset (bounded, so checks stay linear). */
export function textBefore(s: SentenceView, offset: number, n = 40): string {
  const i = offset - s.start;
  return s.text.slice(Math.max(0, i - n), i);
}
export function textAfter(s: SentenceView, offset: number, n = 40): string {
  const i = offset - s.start;
  return s.text.slice(i, i + n);
}
