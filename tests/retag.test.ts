import { describe, expect, it } from 'vitest';
import { nlp } from '../src/nlp/engine.js';

type Term = { text: string; tags: Set<string> };
/** The tags compromise (with our plugins) gives one word of a sentence. */
const tagsOf = (text: string, word: string): string[] => {
  const terms = (nlp(text) as unknown as { document: Term[][] }).document.flat();
  return [...terms.find((t) => t.text === word)!.tags].sort();
};

describe('verb readings the post-tagger loses', () => {
  it('a past tense after "his + adjective-or-noun" is the verb: "His firm worked closely"', () => {
    expect(tagsOf('His firm worked closely with Gates.', 'worked')).toContain('PastTense');
    expect(tagsOf('His firm worked closely with Gates.', 'firm')).toContain('Singular');
  });
  it('compromise\'s own case stays a noun: "our full support"', () => {
    expect(tagsOf('We have our full support today.', 'support')).toContain('Noun');
  });
  it('a noun/verb word closing the clause after "the + noun" is its verb: "The plan works."', () => {
    expect(tagsOf('The plan works.', 'works')).toContain('PresentTense');
    expect(tagsOf('His plan works well.', 'works')).toContain('Verb');
  });
  it('an object stays a noun: "discussed the trade talks."', () => {
    expect(tagsOf('The two ministers discussed the trade talks.', 'talks')).toContain('Plural');
  });
  it('after "said", the clause has its subject: "Smith said the plan works."', () => {
    expect(tagsOf('Smith said the plan works.', 'works')).toContain('PresentTense');
  });
});

describe('a two-word clause after a comma', () => {
  it('"..., records show." has its verb', () => {
    expect(tagsOf('He sold it in 2010, records show.', 'show')).toContain('PresentTense');
    expect(tagsOf('The plane was insured in 2011, records show, and experts agree.', 'show')).toContain('PresentTense');
  });
  it('a noun compound in a list stays a noun: "tickets, records show tickets"', () => {
    expect(tagsOf('He sold it in 2010, records show tickets.', 'show')).not.toContain('PresentTense');
  });
});
