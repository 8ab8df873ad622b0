/**
 * Carries a speaker over to quoted material that names none of its own:
 *   quoted.continues     a paragraph continuing a multi-paragraph quote, or opening with a
 *                        quote right after a paragraph that ended with the same speaker's quote
 *   quoted.interrupted   “We have a commitment,” he said. “And I think ...”
 *   quoted.colon-intro   a paragraph ending in "X said:" (or any sentence of X's ending in a colon)
 *                        followed by a quoted paragraph
 */
import type { QuoteFinding } from '../findings.js';
import { rangeOf } from './attribute.js';
import type { TokenView } from './token-view.js';
import type { QuotedSpan } from '../../nlp/quote-marks.js';
import { firstMatch, type QuoteRule } from './rules.js';
import { isPronounOf, looksLikeName, sentenceSubject, speakerOf } from './speaker-phrase.js';

/** At most this much text may follow a quote in its paragraph for the next paragraph to continue it. */
const TAIL = 120;

/** Quote k, among all quoted spans and their findings so far (earlier quotes may have been carried already). */
interface CarrySite {
  ctx: TokenView;
  spans: readonly QuotedSpan[];
  quoted: readonly QuoteFinding[];
  k: number;
}

/** The speaker a quote is given: from the previous quote (`carried`) or from the sentence before it. */
type Carried = Pick<QuoteFinding, 'speaker' | 'cue' | 'speakerTitle' | 'carried'>;

/**
 * For a quote with no speaker of its own, in order: the previous quote's speaker first (the two
 * are one utterance; a continuation or the same paragraph cannot be told otherwise), and only
 * then a colon at the end of the paragraph before (which introduces a new one).
 */
export const CARRY_RULES: readonly QuoteRule<CarrySite, Carried>[] = [
  {
    name: 'quoted.continues',
    examples: [
      'Jane Smith said, “We will win the vote next week.”\n\n“The city is with us and the state is with us too.”',
    ],
    apply: ({ ctx, spans, quoted, k }) => {
      const q = spans[k]!;
      const prev = spans[k - 1];
      const pf = quoted[k - 1];
      if (!prev || !pf?.speaker) return null;
      if (q.continuation) return carried(pf);
      const text = ctx.parsed.text;
      if (!opensParagraph(text, q) || prev.para !== q.para - 1 || prev.close < 0) return null;
      // The previous paragraph ended with this speaker's quote (and perhaps its attribution).
      const tailEnd = text.indexOf('\n', prev.close);
      const tail = text.slice(prev.close, tailEnd < 0 ? text.length : tailEnd);
      // (a longer tail is fine when it is only that quote's own attribution: "..., said Lamar Smith, a Republican who chairs ...")
      const ownAttribution =
        !!pf.speaker &&
        pf.speaker.start >= prev.close &&
        pf.speaker.end <= prev.close + tail.length &&
        tail.length <= TAIL * 3;
      return (tail.length <= TAIL || ownAttribution) && !/["“”«»]/.test(tail) ? carried(pf) : null;
    },
  },
  {
    name: 'quoted.interrupted',
    examples: ['“We have a plan,” Jane Smith said at the town hall. “And we will win the vote next week.”'],
    apply: ({ spans, quoted, k }) => {
      const pf = quoted[k - 1];
      return pf?.speaker && spans[k - 1]!.para === spans[k]!.para ? carried(pf) : null;
    },
  },
  {
    name: 'quoted.colon-intro',
    examples: [
      'Jane Smith listed the qualities a leader needs:\n\n“Courage, patience and a sense of humour are what we need.”',
    ],
    apply: ({ ctx, spans, k }) => {
      const q = spans[k]!;
      return opensParagraph(ctx.parsed.text, q) && q.paraStart > 0 ? colonIntro(ctx, q.paraStart) : null;
    },
  },
];

export function carrySpeakers(ctx: TokenView, spans: readonly QuotedSpan[], quoted: QuoteFinding[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = quoted[k]!;
    if (f.speaker) continue;
    const m = firstMatch(CARRY_RULES, { ctx, spans, quoted, k });
    if (!m) continue;
    f.speaker = m.out.speaker;
    f.cue = m.out.cue;
    if (m.out.speakerTitle) f.speakerTitle = m.out.speakerTitle;
    if (m.out.carried) f.carried = true;
    f.rule = m.rule.name;
  }
}

function opensParagraph(text: string, q: QuotedSpan): boolean {
  return !text.slice(q.paraStart, q.open).trim();
}

function carried(from: QuoteFinding): Carried {
  return {
    speaker: from.speaker,
    cue: from.cue,
    ...(from.speakerTitle ? { speakerTitle: from.speakerTitle } : {}),
    carried: true,
  };
}

/** "... X said:" (or "X listed the qualities:") closing the paragraph before `paragraphStart`. */
function colonIntro(ctx: TokenView, paragraphStart: number): Carried | null {
  const before = ctx.tokenFrom(paragraphStart) - 1;
  const last = ctx.tokens[before];
  if (!last || !last.post.includes(':') || ctx.inQuote[before]! >= 0) return null;
  for (let i = before; i >= 0 && ctx.tokens[i]!.s === last.s && ctx.inQuote[i]! < 0; i--) {
    const cue = ctx.cueAt[i];
    if (!cue) continue;
    const sp = speakerOf(ctx, cue, before + 1);
    if (!sp) return null;
    return {
      speaker: rangeOf(ctx, sp),
      cue: rangeOf(ctx, cue),
      ...(sp.appositive ? { speakerTitle: sp.appositive } : {}),
    };
  }
  // "He then listed the qualities a nominee needs:" — no cue: the subject of the introducing sentence.
  const sp = sentenceSubject(ctx, before);
  if (sp && (sp.pronoun || looksLikeName(ctx, sp.first, sp.last)) && !isPronounOf(ctx, sp, ['it', 'you', 'i', 'we']))
    return { speaker: rangeOf(ctx, sp), cue: null, ...(sp.appositive ? { speakerTitle: sp.appositive } : {}) };
  return null;
}
