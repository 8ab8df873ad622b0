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
import { isPronounOf, looksLikeName, sentenceSubject, speakerOf } from './speaker-phrase.js';

/** At most this much text may follow a quote in its paragraph for the next paragraph to continue it. */
const TAIL = 120;

export function carrySpeakers(ctx: TokenView, spans: QuotedSpan[], quoted: QuoteFinding[]): void {
  const text = ctx.parsed.text;
  for (let k = 0; k < spans.length; k++) {
    const f = quoted[k]!;
    if (f.speaker) continue;
    const q = spans[k]!;
    const prev = k > 0 ? spans[k - 1]! : null;
    const pf = k > 0 ? quoted[k - 1]! : null;
    const opensParagraph = !text.slice(q.paraStart, q.open).trim();
    if (prev && pf?.speaker) {
      if (q.continuation) {
        copy(f, pf, 'quoted.continues');
        continue;
      }
      if (prev.para === q.para) {
        copy(f, pf, 'quoted.interrupted');
        continue;
      }
      if (opensParagraph && prev.para === q.para - 1 && prev.close >= 0) {
        // The previous paragraph ended with this speaker's quote (and perhaps its attribution).
        const tailEnd = text.indexOf('\n', prev.close);
        const tail = text.slice(prev.close, tailEnd < 0 ? text.length : tailEnd);
        // (a longer tail is fine when it is only that quote's own attribution: "..., said Lamar Smith, a Republican who chairs ...")
        const ownAttribution =
          !!pf.speaker &&
          pf.speaker.start >= prev.close &&
          pf.speaker.end <= prev.close + tail.length &&
          tail.length <= TAIL * 3;
        if ((tail.length <= TAIL || ownAttribution) && !/["“”«»]/.test(tail)) {
          copy(f, pf, 'quoted.continues');
          continue;
        }
      }
    }
    if (opensParagraph && q.paraStart > 0) colonIntro(ctx, q.paraStart, f);
  }
}

function copy(to: QuoteFinding, from: QuoteFinding, rule: string): void {
  to.speaker = from.speaker;
  to.cue = from.cue;
  if (from.speakerTitle) to.speakerTitle = from.speakerTitle;
  to.carried = true;
  to.rule = rule;
}

/** "... X said:" (or "X listed the qualities:") closing the paragraph before `paragraphStart`. */
function colonIntro(ctx: TokenView, paragraphStart: number, f: QuoteFinding): void {
  const before = ctx.tokenFrom(paragraphStart) - 1;
  const last = ctx.tokens[before];
  if (!last || !last.post.includes(':') || ctx.inQuote[before]! >= 0) return;
  for (let i = before; i >= 0 && ctx.tokens[i]!.s === last.s && ctx.inQuote[i]! < 0; i--) {
    const cue = ctx.cueAt[i];
    if (!cue) continue;
    const sp = speakerOf(ctx, cue, before + 1);
    if (sp) {
      f.speaker = rangeOf(ctx, sp);
      f.cue = rangeOf(ctx, cue);
      if (sp.appositive) f.speakerTitle = sp.appositive;
      f.rule = 'quoted.colon-intro';
    }
    return;
  }
  // "He then listed the qualities a nominee needs:" — no cue: the subject of the introducing sentence.
  const sp = sentenceSubject(ctx, before);
  if (sp && (sp.pronoun || looksLikeName(ctx, sp.first, sp.last)) && !isPronounOf(ctx, sp, ['it', 'you', 'i', 'we'])) {
    f.speaker = rangeOf(ctx, sp);
    f.cue = null;
    if (sp.appositive) f.speakerTitle = sp.appositive;
    f.rule = 'quoted.colon-intro';
  }
}
