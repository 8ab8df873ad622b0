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
 *   rules.ts      the shape of a rule; (here) the passes, in order (QUOTE_PASSES)
 */
import type { Parsed } from '../../nlp/parse.js';
import type { QuotedSpan } from '../../nlp/quote-marks.js';
import type { QuoteFinding } from '../findings.js';
import { attributeQuote, rangeOf } from './attribute.js';
import { carrySpeakers } from './carry.js';
import { quotable, quoteType, speechVerdict, type SpeechFilterName } from './classify.js';
import { TokenView } from './token-view.js';
import { extractReported, labels, type Label } from './reported.js';
import { firstMatch, type QuoteRule, type Rule } from './rules.js';

/** What the passes share: the quotes' findings so far and what earlier passes decided. */
export interface QuoteState {
  readonly ctx: TokenView;
  readonly spans: readonly QuotedSpan[];
  /** One finding per quoted span, in order. */
  quoted: QuoteFinding[];
  labelled: readonly Label[];
  /** Quotes inside a label's paragraph that the label's record holds. */
  inLabel: Set<number>;
  /** Quotes kept as speech on their own. */
  speech: ReadonlySet<number>;
  /** Why each quote was kept or dropped (the speech filter's rule). */
  verdicts: SpeechFilterName[];
  reported: QuoteFinding[];
  /** Quoted words inside reported speech, taken over from it (quoted.reported). */
  promoted: QuoteFinding[];
}

export type PassName = 'attribute' | 'carry' | 'label' | 'speech' | 'reported' | 'absorb';

/** A labelled paragraph's quote, when the quote opens the label's content: the label is its speaker. */
export const LABEL_RULES: readonly QuoteRule<{ ctx: TokenView; lab: Label; q: QuotedSpan }, Partial<QuoteFinding>>[] = [
  {
    name: 'quoted.label',
    examples: ["Reid: 'Never underestimate him.'"],
    apply: ({ ctx, lab, q }) =>
      lab.isQuote && q.open <= lab.content.start
        ? { speaker: rangeOf(ctx, lab.speaker!), cue: null, type: 'direct' }
        : null,
  },
];

/**
 * Quoted words inside the content of reported speech are that attribution's quoted material, even
 * when short ("Clinton blamed the “fog of war” for ..."): the record becomes the quote's.
 */
export const ABSORB_RULES: readonly QuoteRule<{ f: QuoteFinding; reported: readonly QuoteFinding[] }, QuoteFinding>[] =
  [
    {
      name: 'quoted.reported',
      examples: ['Jane Smith blamed the “fog of war” for the failure of the plan.'],
      // (the record may stop before the closing mark: "prefer the term “undocumented immigrants.”")
      apply: ({ f, reported }) =>
        reported.find((x) => x.start <= f.start + 1 && f.start < x.end && x.end - x.start > 1) ?? null,
    },
  ];

/**
 * The passes, in order: each quote is attributed on its own, then speakers are carried over to
 * the quotes that have none (which needs every quote's own attribution first); labelled
 * paragraphs take their quotes before the speech filter (a label makes a quote speech); reported
 * speech is read last, around the quotes kept (their content is not repeated), and quoted words
 * left out by the filter but inside reported content become that record's quoted material.
 */
export const QUOTE_PASSES: readonly Rule<PassName, QuoteState, QuoteState>[] = [
  {
    name: 'attribute',
    examples: ['“We will win,” Jane Smith said.'],
    apply: (st) => {
      const { ctx } = st;
      st.quoted = st.spans.map((q) => {
        const att = attributeQuote(ctx, q);
        const finding: QuoteFinding = {
          start: q.start,
          end: q.end,
          type: quoteType(ctx, q),
          cue: att.cue ? rangeOf(ctx, att.cue) : null,
          speaker: att.speaker ? rangeOf(ctx, att.speaker) : null,
          rule: att.rule,
        };
        if (att.speaker?.appositive) finding.speakerTitle = att.speaker.appositive;
        return finding;
      });
      return st;
    },
  },
  {
    name: 'carry',
    examples: ['“We have a plan,” Jane Smith said at the town hall. “And we will win the vote next week.”'],
    apply: (st) => {
      carrySpeakers(st.ctx, st.spans, st.quoted);
      return st;
    },
  },
  {
    // A labelled paragraph ("Graham: Trump's 'hateful rhetoric' ...") is one record for the label: a quote
    // that opens its content is the label's, quoted words further in are part of the label's record.
    name: 'label',
    examples: ["Reid: 'Never underestimate him.'"],
    apply: (st) => {
      st.labelled = labels(st.ctx);
      for (const lab of st.labelled) {
        st.quoted.forEach((f, k) => {
          if (f.start < lab.content.start - 1 || f.end > lab.content.end + 1) return;
          if (!lab.isQuote) st.inLabel.add(k);
          const m = firstMatch(LABEL_RULES, { ctx: st.ctx, lab, q: st.spans[k]! });
          if (m) Object.assign(f, { ...m.out, rule: m.rule.name });
        });
      }
      return st;
    },
  },
  {
    name: 'speech',
    examples: ['He said he read “One Hundred Years of Solitude” twice. “We will win,” she said.'],
    apply: (st) => {
      const keep = new Set<number>();
      st.verdicts = st.quoted.map((f, k) => {
        const v = speechVerdict({ ctx: st.ctx, q: st.spans[k]!, f, inLabel: st.inLabel.has(k) });
        if (v.keep) keep.add(k);
        return v.rule;
      });
      st.speech = keep;
      return st;
    },
  },
  {
    name: 'reported',
    examples: ['Jane Smith said the plan had failed.'],
    apply: (st) => {
      st.reported = extractReported(
        st.ctx,
        st.quoted.filter((_, k) => st.speech.has(k)),
        st.speech,
        st.labelled,
      );
      return st;
    },
  },
  {
    name: 'absorb',
    examples: ['Jane Smith blamed the “fog of war” for the failure of the plan.'],
    apply: (st) => {
      const absorbed = new Set<QuoteFinding>();
      st.quoted.forEach((f, k) => {
        if (st.inLabel.has(k) || st.speech.has(k) || !quotable(st.ctx, st.spans[k]!)) return;
        const m = firstMatch(ABSORB_RULES, { f, reported: st.reported });
        if (!m) return;
        const r = m.out;
        absorbed.add(r);
        st.promoted.push({
          ...f,
          type: 'partial',
          speaker: r.speaker,
          cue: r.cue,
          rule: m.rule.name,
          ...(r.speakerTitle ? { speakerTitle: r.speakerTitle } : {}),
        });
      });
      st.reported = st.reported.filter((r) => !absorbed.has(r));
      return st;
    },
  },
];

/** Runs the passes (all of them unless a list is given: the rule tests leave one out) and returns the state. */
export function runQuotePasses(
  parsed: Parsed,
  passes: readonly Rule<PassName, QuoteState, QuoteState>[] = QUOTE_PASSES,
): QuoteState {
  const spans = parsed.quoted;
  let st: QuoteState = {
    ctx: new TokenView(parsed, spans),
    spans,
    quoted: [],
    labelled: [],
    inLabel: new Set(),
    speech: new Set(),
    verdicts: [],
    reported: [],
    promoted: [],
  };
  for (const pass of passes) st = pass.apply(st) ?? st;
  return st;
}

export function extractQuotes(parsed: Parsed): QuoteFinding[] {
  const st = runQuotePasses(parsed);
  const kept = st.quoted.filter((_, k) => st.speech.has(k));
  return [...kept, ...st.promoted, ...st.reported].sort((a, b) => a.start - b.start || a.end - b.end);
}
