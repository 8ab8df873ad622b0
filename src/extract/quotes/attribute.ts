/**
 * Attribution of quoted material: each rule looks for a cue and a speaker
 * phrase around one quote and, when it fits, names itself in `rule`.
 *
 *   quoted.cue-after      “...,” he said. / “...,” said Mr. Burman. / “...,” the top diplomat added
 *   quoted.cue-before     Kritenbrink told reporters, “...” / He said: “...”
 *   quoted.embedded       He called it “shameful” / said he expected Blinken would “reiterate ...”
 *   quoted.according-to   According to Smith, “...”
 */
import type { Range } from '../findings.js';
import type { Cue, NounPhrase, QuoteContext } from './context.js';
import { quoteEnd } from './context.js';
import type { QuotedSpan } from './marks.js';

export interface Attribution {
  speaker: NounPhrase | null;
  cue: Cue | null;
  rule: string;
}

/** Tokens allowed between a cue and the quote it introduces: an addressee or a setting ("told reporters", "said in a statement"). */
const MAX_GAP_BEFORE = 7;

export function attributeQuote(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  return cueAfter(ctx, q) ?? cueBefore(ctx, q) ?? null;
}

function cueAfter(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  if (q.close < 0) return null;
  const right = ctx.rightOf(quoteEnd(q), 14);
  for (let n = 0; n < Math.min(right.length, 9); n++) {
    const i = right[n]!;
    const cue = ctx.cueAt[i];
    if (!cue) continue;
    if (n === 0) {
      // “...,” said Mr. Burman
      const sp = ctx.subjectAfter(cue.last + 1);
      if (sp) return { speaker: sp, cue, rule: 'quoted.cue-after' };
      return null;
    }
    // “...,” the top diplomat added / he said
    const sp = ctx.subjectBefore(i, right[0]);
    if (sp && sp.first === right[0]) return { speaker: sp, cue, rule: 'quoted.cue-after' };
    // “...,” he told reporters, “…”: a pronoun straight after the mark
    return null;
  }
  return null;
}

function cueBefore(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  const left = ctx.leftOf(q.open, 40);
  for (let n = 0; n < left.length; n++) {
    const i = left[n]!;
    const cue = ctx.cueAt[i] ?? (n + 1 < left.length ? phraseCueEndingAt(ctx, i) : undefined);
    if (!cue) continue;
    const gap = n; // tokens between the cue and the quote
    const embedded = !introducedByPunctuation(ctx, q);
    if (!embedded && gap > MAX_GAP_BEFORE) return null;
    if (cue.lemma === 'according to') {
      const sp = ctx.subjectAfter(cue.last + 1, left[0]! + 1);
      if (sp) return { speaker: sp, cue, rule: 'quoted.according-to' };
      continue;
    }
    let sp = ctx.subjectBefore(cue.first);
    if (!sp) {
      // Inverted: Said Smith: “...”
      const after = ctx.subjectAfter(cue.last + 1, left[0]! + 1);
      if (after && ctx.looksLikeName(after.first, after.last)) sp = after;
    }
    if (!sp) {
      if (embedded) continue;
      return null;
    }
    return { speaker: sp, cue, rule: embedded ? 'quoted.embedded' : 'quoted.cue-before' };
  }
  return null;
}

function phraseCueEndingAt(ctx: QuoteContext, i: number): Cue | undefined {
  const c = ctx.cueAt[i - 1];
  return c && c.last === i ? c : undefined;
}

/**
 * Whether the quote stands as its own utterance — at a paragraph's start or after
 * a comma, colon or dash — rather than inside the reporter's clause.
 */
export function introducedByPunctuation(ctx: QuoteContext, q: QuotedSpan): boolean {
  const text = ctx.parsed.text;
  let i = q.open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0 || text[i] === '\n') return true;
  return /[,:;—–\-(.!?"”']/.test(text[i]!);
}

export function rangeOf(ctx: QuoteContext, np: NounPhrase | Cue): Range {
  return ctx.range(np.first, np.last);
}
