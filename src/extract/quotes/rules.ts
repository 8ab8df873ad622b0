/**
 * The shape every quote rule has: a name that is the `rule` string of the findings it gives (a
 * union, so a misspelt name does not compile), one or two short texts in which it gives such a
 * finding, and the function. Each decision point keeps its rules in an ordered list beside the
 * code that applies them (attribute.ts, carry.ts, classify.ts, reported.ts, index.ts); the inputs
 * differ from list to list, the shape does not. docs/quotes.md describes every rule, and
 * tests/quote-rules.test.ts checks each rule's examples and that the docs name them all.
 */

/** Every `rule` a quote finding can carry. */
export type QuoteRuleName =
  | 'quoted.cue-after'
  | 'quoted.cue-before'
  | 'quoted.embedded'
  | 'quoted.according-to'
  | 'quoted.outer-report'
  | 'quoted.colon'
  | 'quoted.noun'
  | 'quoted.credit'
  | 'quoted.label-inside'
  | 'quoted.unattributed'
  | 'quoted.continues'
  | 'quoted.interrupted'
  | 'quoted.colon-intro'
  | 'quoted.label'
  | 'quoted.reported'
  | 'reported.that'
  | 'reported.to'
  | 'reported.colon'
  | 'reported.preposed'
  | 'reported.interrupted'
  | 'reported.according'
  | 'reported.as'
  | 'reported.label'
  | 'reported.stance'
  | 'reported.appearance'
  | 'reported.noun'
  | 'reported.passive'
  | 'reported.evidence-object';

export interface Rule<Name extends string, In, Out> {
  readonly name: Name;
  /** One or two short texts in which the rule decides (for a finding rule: gives a finding of its name). */
  readonly examples: readonly string[];
  /** What the rule proposes for this input, or null when its pattern is not there. */
  readonly apply: (input: In) => Out | null;
}

export type QuoteRule<In, Out> = Rule<QuoteRuleName, In, Out>;

/** The first rule of the list that proposes something, with its proposal. */
export function firstMatch<N extends string, In, Out>(
  rules: readonly Rule<N, In, Out>[],
  input: In,
): { rule: Rule<N, In, Out>; out: Out } | null {
  for (const rule of rules) {
    const out = rule.apply(input);
    if (out !== null) return { rule, out };
  }
  return null;
}
