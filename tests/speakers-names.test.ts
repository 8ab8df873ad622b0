import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** The speaker names of the quotes, in order. */
function names(text: string): Array<string | null> {
  return run(text).quotes.map((q) => q.speaker?.name ?? null);
}

describe('a surname alone is the person first introduced with it', () => {
  it('not a namesake the article names in full only later, or in a list', () => {
    expect(
      names(
        'A tired Jeb Bush left the race. "We tried," Mr. Bush said. The party of Prescott Bush, George Bush and George W. Bush is gone. "Yes," Mr. Bush added.',
      ),
    ).toEqual(['Jeb Bush', 'Jeb Bush']);
  });
  it('a person introduced first keeps the surname', () => {
    expect(names('Donald Trump spoke first. Later Ivanka Trump joined him. "We will win," Trump said.')).toEqual([
      'Donald Trump',
    ]);
    expect(names('George W. Bush spoke. "We tried," Mr. Bush said.')).toEqual(['George W. Bush']);
  });
});

describe('a pronoun does not go to a name modifying a noun', () => {
  it('"The Smith campaign" is not Smith as a subject', () => {
    expect(
      names(
        'Tom Reyes quit. The Smith campaign picked up on a tweet that suggested Reyes was leaving. "We are staying," he told reporters.',
      ),
    ).toEqual(['Tom Reyes']);
  });
  it('Smith as the subject is still the antecedent', () => {
    expect(
      names('Tom Reyes quit. Later John Smith picked up on a tweet about Reyes. "We are staying," he told reporters.'),
    ).toEqual(['John Smith']);
  });
});
