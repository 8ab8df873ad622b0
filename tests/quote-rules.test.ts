import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/nlp/parse.js';
import { AFTER_QUOTE, BEFORE_QUOTE, NO_CUE, OUTER_SOURCE } from '../src/extract/quotes/attribute.js';
import { CARRY_RULES } from '../src/extract/quotes/carry.js';
import { SPEECH_FILTER } from '../src/extract/quotes/classify.js';
import { ABSORB_RULES, LABEL_RULES, QUOTE_PASSES, extractQuotes, runQuotePasses } from '../src/extract/quotes/index.js';
import {
  EVIDENCE_OBJECT_RULES,
  LABEL_RULES as REPORTED_LABEL_RULES,
  NOUN_RULES,
  PASSIVE_RULES,
  SPEECH_CUE_RULES,
  STANCE_RULES,
} from '../src/extract/quotes/reported.js';
import { run } from './helpers.js';

/** Every list of rules that name quote findings, by where it decides. */
const FINDING_LISTS = {
  AFTER_QUOTE,
  BEFORE_QUOTE,
  NO_CUE,
  OUTER_SOURCE,
  CARRY_RULES,
  LABEL_RULES,
  ABSORB_RULES,
  SPEECH_CUE_RULES,
  STANCE_RULES,
  EVIDENCE_OBJECT_RULES,
  NOUN_RULES,
  PASSIVE_RULES,
  REPORTED_LABEL_RULES,
} as const;

const findingRules = Object.values(FINDING_LISTS).flat();
const rulesOf = (text: string) => run(text).quotes.map((q) => q.rule);
const parsed = (text: string) => parse({ text, masked: [] });

describe('the quote rule lists and docs/quotes.md', () => {
  const doc = readFileSync(new URL('../docs/quotes.md', import.meta.url), 'utf8');
  const documented = new Set([...doc.matchAll(/^\| `([a-z]+\.[a-z.-]+)` \|/gm)].map((m) => m[1]!));
  const names = [...new Set([...findingRules.map((r) => r.name), ...SPEECH_FILTER.map((r) => r.name)])];
  it('every rule is documented, and every documented rule exists', () => {
    expect([...documented].sort()).toEqual(names.sort());
  });
  it('names are unique within each list', () => {
    for (const list of [...Object.values(FINDING_LISTS), SPEECH_FILTER, QUOTE_PASSES]) {
      const n = list.map((r) => r.name);
      expect(new Set(n).size).toBe(n.length);
    }
  });
  it('every rule has one or two examples', () => {
    for (const r of [...findingRules, ...SPEECH_FILTER, ...QUOTE_PASSES])
      expect([1, 2], r.name).toContain(r.examples.length);
  });
});

describe("each rule's examples", () => {
  for (const [list, rules] of Object.entries(FINDING_LISTS))
    for (const rule of rules)
      for (const text of rule.examples)
        it(`${list} ${rule.name}: ${text}`, () => {
          expect(rulesOf(text)).toContain(rule.name);
        });
  for (const rule of SPEECH_FILTER)
    for (const text of rule.examples)
      it(`SPEECH_FILTER ${rule.name}: ${text}`, () => {
        expect(runQuotePasses(parsed(text)).verdicts).toContain(rule.name);
      });
  for (const pass of QUOTE_PASSES)
    for (const text of pass.examples)
      it(`QUOTE_PASSES ${pass.name} changes the findings of: ${text}`, () => {
        const p = parsed(text);
        const all = extractQuotes(p).map((f) => f.rule);
        expect(all.length).toBeGreaterThan(0);
        // (a later pass may need an earlier one's results: then leaving it out breaks the run)
        let without: string[] | null = null;
        try {
          const st = runQuotePasses(
            p,
            QUOTE_PASSES.filter((x) => x !== pass),
          );
          without = [...st.quoted.filter((_, k) => st.speech.has(k)), ...st.promoted, ...st.reported].map(
            (f) => f.rule,
          );
        } catch {
          without = null;
        }
        expect(without).not.toEqual(all);
      });
});

describe('a rule that does not fit gives no finding of its name', () => {
  it('a quote with no cue is not attributed, nor kept when short', () => {
    expect(rulesOf('Cats are “cuties” to many people.')).toEqual([]);
    expect(rulesOf('He said, “We will win.”')).not.toContain('quoted.unattributed');
  });
});
