import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** Each quote as [speaker mention, speaker name]. */
function mentions(text: string): Array<[string | null, string | null]> {
  return run(text).quotes.map((q) => [q.speaker?.mention.text ?? null, q.speaker?.name ?? null]);
}

describe('the speaker mention is the subject of the cue, not the words around it', () => {
  it('a dateline set off by a horizontal bar (kept as a word of its own) is not part of the speaker', () => {
    expect(mentions('DENVER ― Jane Smith’s campaign said it would appeal the ruling.')).toEqual([
      ['Jane Smith’s campaign', 'Jane Smith’s campaign'],
    ]);
    expect(mentions('DENVER — Jane Smith said it would appeal the ruling.')).toEqual([['Jane Smith', 'Jane Smith']]);
  });
  it('a trailing day is when, not who', () => {
    expect(mentions('The files were lost, according to a state audit on Wednesday.')).toEqual([
      ['a state audit', 'a state audit'],
    ]);
    expect(mentions('The files were lost, according to a state audit.')).toEqual([['a state audit', 'a state audit']]);
  });
  it('a doubled article is dropped', () => {
    expect(mentions('The fraud went unreported, according to the the state audit.')).toEqual([
      ['the state audit', 'the state audit'],
    ]);
    expect(mentions('The fraud went unreported, according to the state audit.')).toEqual([
      ['the state audit', 'the state audit'],
    ]);
  });
  it('a possessor before a noun of thinking is the source; before another noun it is not', () => {
    expect(mentions('Jane Smith’s main takeaway was a belief that voters want change.')).toEqual([
      ['Jane Smith’s', 'Jane Smith'],
    ]);
    expect(mentions('Jane Smith’s main office was a place where voters want change.')).toEqual([['voters', 'voters']]);
  });
});
