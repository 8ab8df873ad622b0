/**
 * Quote extraction: quoted material (direct and partial) and reported speech
 * (indirect), each finding named after the rule that proposed it.
 *
 *   (../../nlp/quote-marks.ts pairs quote marks into quoted spans, once per parse)
 *   token-view.ts      the tokens, read once: which lie in quotes, where clauses end, the cue at each
 *   cues.ts            cue recognition: a speech verb used as a verb, a phrase, a stance verb
 *   speaker-phrase.ts  the speaker-phrase grammar (free functions); phrase-words.ts its word sets
 *   attribute.ts  finds the cue and speaker around each quoted span
 *   carry.ts      carries a speaker over to quotes that have none of their own
 *   classify.ts   direct or partial; titles and scare quotes are not speech
 *   reported.ts   reported speech: X said (that) ..., according to X, ...
 *   (here)        short quoted words inside reported speech become its quoted material (quoted.reported)
 */
import type { Parsed } from '../../nlp/parse.js';
import type { QuoteFinding } from '../findings.js';
import { attributeQuote, rangeOf } from './attribute.js';
import { carrySpeakers } from './carry.js';
import { isSpeech, quotable, quoteType } from './classify.js';
import { TokenView } from './token-view.js';
import { extractReported, labels } from './reported.js';

export function extractQuotes(parsed: Parsed): QuoteFinding[] {
  const spans = parsed.quoted;
  const ctx = new TokenView(parsed, spans);
  const quoted = spans.map((q) => {
    const att = attributeQuote(ctx, q);
    const finding: QuoteFinding = {
      start: q.start,
      end: q.end,
      type: quoteType(ctx, q),
      cue: att?.cue ? rangeOf(ctx, att.cue) : null,
      speaker: att?.speaker ? rangeOf(ctx, att.speaker) : null,
      rule: att ? att.rule : 'quoted.unattributed',
    };
    if (att?.speaker?.appositive) finding.speakerTitle = att.speaker.appositive;
    return finding;
  });
  carrySpeakers(ctx, spans, quoted);
  // A labelled paragraph ("Graham: Trump's 'hateful rhetoric' ...") is one record for the label: a quote
  // that opens its content is the label's, quoted words further in are part of the label's record.
  const inLabel = new Set<number>();
  const labelled = labels(ctx);
  for (const lab of labelled) {
    quoted.forEach((f, k) => {
      if (f.start < lab.content.start - 1 || f.end > lab.content.end + 1) return;
      if (!lab.isQuote) inLabel.add(k);
      else if (spans[k]!.open <= lab.content.start)
        Object.assign(f, { speaker: rangeOf(ctx, lab.speaker!), cue: null, rule: 'quoted.label', type: 'direct' });
    });
  }
  const speech: ReadonlySet<number> = new Set(
    quoted.flatMap((f, k) =>
      !inLabel.has(k) && (f.rule === 'quoted.label' || isSpeech(ctx, spans[k]!, f)) ? [k] : [],
    ),
  );
  const kept = quoted.filter((_, k) => speech.has(k));
  let reported = extractReported(ctx, kept, speech, labelled);
  // Quoted words inside the content of reported speech are that attribution's quoted material, even
  // when short ("Clinton blamed the “fog of war” for ..."): the record becomes the quote's.
  const absorbed = new Set<QuoteFinding>();
  const promoted: QuoteFinding[] = [];
  quoted.forEach((f, k) => {
    if (inLabel.has(k) || speech.has(k) || !quotable(ctx, spans[k]!)) return;
    // (the record may stop before the closing mark: "prefer the term “undocumented immigrants.”")
    const r = reported.find((x) => x.start <= f.start + 1 && f.start < x.end && x.end - x.start > 1);
    if (!r) return;
    absorbed.add(r);
    promoted.push({
      ...f,
      type: 'partial',
      speaker: r.speaker,
      cue: r.cue,
      rule: 'quoted.reported',
      ...(r.speakerTitle ? { speakerTitle: r.speakerTitle } : {}),
    });
  });
  reported = reported.filter((r) => !absorbed.has(r));
  return [...kept, ...promoted, ...reported].sort((a, b) => a.start - b.start || a.end - b.end);
}
