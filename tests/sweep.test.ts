import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// compromise's ESM sources: an instance of its own, with its own post-tagger sweep.
import stock from 'compromise';
import { nlp } from '../src/nlp/engine.js';
import { lexicon } from '../src/nlp/lexicon.js';
import { newsRetag } from '../src/nlp/retag.js';

stock.plugin(lexicon);
newsRetag(stock);

type Term = { text: string; tags: Set<string> };
const tagsOf = (doc: unknown) =>
  (doc as { document: Term[][] }).document.map((s) => s.map((t) => `${t.text}/${[...t.tags].join(',')}`).join(' '));

describe('the indexed post-tagger sweep tags exactly as compromise does', () => {
  const texts = {
    seed: readFileSync(new URL('../seeds/000_2946bd023fe5b57f.txt', import.meta.url), 'utf8'),
    speech: '"We will not back down," said Sen. Jane Smith (D-NY), who chairs the committee, on Tuesday.',
    lists:
      'Ford, General Motors and Chrysler, the three Detroit automakers, reported losses in the fourth quarter of 2008.',
    verbs:
      'He had been walking home when the lights, which were installed last spring, suddenly went out; nobody knew why.',
    contractions: "They didn't say we'd go, and I'm sure it's a well-known, long-running rule; can't you see?",
    short: 'Yes.',
    empty: '',
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`same tags, same order, on the ${name} text`, () => {
      expect(tagsOf(nlp(text))).toEqual(tagsOf(stock(text)));
    });
  }

  it('a net whose patterns repeat a match text keeps only the first, as compromise does', () => {
    const patterns = [
      { match: 'the (big|small) #Noun', tag: 'Place' },
      { match: 'the (big|small) #Noun', tag: 'Person' },
      { match: '(big|small) [#Noun]', group: 0, tag: 'Plural' },
    ];
    const text = 'The big city met the small town.';
    type Found = { tag: string; view: { text: () => string } };
    const found = (doc: ReturnType<typeof nlp>, net: ReturnType<typeof nlp.buildNet>) =>
      (doc.sweep(net).found as Found[]).map((f) => `${f.tag}: ${f.view.text()}`);
    const ours = nlp(text);
    const theirs = stock(text);
    const expected = ['Place: The big city', 'Place: the small town', 'Plural: city', 'Plural: town'];
    expect(found(ours, nlp.buildNet(patterns))).toEqual(expected);
    expect(found(theirs, stock.buildNet(patterns))).toEqual(expected);
    expect(tagsOf(ours)).toEqual(tagsOf(theirs));
  });
});
