import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** The quotes of a text as [type, quote text, speaker mention, cue, rule]. */
function quotes(text: string): Array<[string, string, string | null, string | null, string]> {
  return run(text).quotes.map((q) => [q.type, q.text, q.speaker?.mention.text ?? null, q.cue?.text ?? null, q.rule]);
}

describe('reported.appearance: how someone or something seems, in the reporter’s words', () => {
  it('seem / appear with an infinitive or an adjective: the complement and the subject it is said of', () => {
    expect(quotes('The mayor seemed ready to quit the race.')).toEqual([
      ['indirect', 'The mayor', null, 'seemed', 'reported.appearance'],
      ['indirect', 'ready to quit the race', null, 'seemed', 'reported.appearance'],
    ]);
    expect(quotes('Their choice now appears to be between two bad options.')).toEqual([
      ['indirect', 'Their choice', null, 'appears', 'reported.appearance'],
      ['indirect', 'to be between two bad options', null, 'appears', 'reported.appearance'],
    ]);
  });
  it('a passive "expected" with its infinitive', () => {
    expect(quotes('The council is expected to pass the budget next week.')).toEqual([
      ['indirect', 'The council', null, 'expected', 'reported.appearance'],
      ['indirect', 'to pass the budget next week', null, 'expected', 'reported.appearance'],
    ]);
    expect(quotes('The council was expected at noon.')).toEqual([]);
  });
  it('"it seems" names nothing it is said of', () => {
    expect(quotes('It seems increasingly likely that the council will fold.')).toEqual([
      ['indirect', 'increasingly likely that the council will fold', null, 'seems', 'reported.appearance'],
    ]);
  });
  it('a saying or a stance in the complement is the subject’s own', () => {
    expect(quotes('The mayor appeared to imply that the council had lied.')).toEqual([
      ['indirect', 'to imply that the council had lied', 'The mayor', 'appeared', 'reported.appearance'],
    ]);
  });
  it('no complement: a place, a preposition, a noun', () => {
    expect(quotes('The mayor appeared on television on Monday.')).toEqual([]);
    expect(quotes('The mayor looked at the report.')).toEqual([]);
    expect(quotes('The appearance of the mayor seemed odd.')).toEqual([
      ['indirect', 'The appearance of the mayor', null, 'seemed', 'reported.appearance'],
      ['indirect', 'odd', null, 'seemed', 'reported.appearance'],
    ]);
  });
  it('a subject in a relative clause is not the one it is said of', () => {
    expect(quotes('The bill, which the Senate is expected to pass next week, returns power to the states.')).toEqual([
      ['indirect', 'to pass next week', null, 'expected', 'reported.appearance'],
    ]);
  });
});
