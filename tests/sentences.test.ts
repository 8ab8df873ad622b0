import { describe, expect, it } from 'vitest';
import { nlp } from '../src/nlp/engine.js';

const sentences = (text: string): string[] =>
  nlp(text)
    .json()
    .map((s: { text: string }) => s.text);

describe('sentence bounds', () => {
  it('"No." before a number runs on: "the No. 2 official"', () => {
    expect(sentences('He is the No. 2 official at the agency. She left.')).toEqual([
      'He is the No. 2 official at the agency.',
      'She left.',
    ]);
  });
  it('"No." alone and a final "no." still end a sentence', () => {
    expect(sentences('Did he? No. He did not. The answer is no. Next.')).toEqual([
      'Did he?',
      'No.',
      'He did not.',
      'The answer is no.',
      'Next.',
    ]);
  });
  it('a full stop inside a closing quote ends the sentence before a capitalised word', () => {
    expect(
      sentences('He called it a "shock jock." Judge Mosman saw it differently. It was “a disgrace.” Then he left.'),
    ).toEqual([
      'He called it a "shock jock."',
      'Judge Mosman saw it differently.',
      'It was “a disgrace.”',
      'Then he left.',
    ]);
  });
  it('the quote runs on before a lowercase word, and after "?" or "!" (its attribution follows)', () => {
    expect(sentences('He said "no sir." and left. “Why not?” Sanders asked. “Go!” Cruz said.')).toEqual([
      'He said "no sir." and left.',
      '“Why not?” Sanders asked.',
      '“Go!” Cruz said.',
    ]);
  });
  it('a quote of several sentences stays in one; the sentence after it is its own', () => {
    expect(sentences('He cited the U.S. "plan." The end.')).toEqual(['He cited the U.S. "plan."', 'The end.']);
    expect(sentences('It read: "We won. We will win again." Then he left.')).toEqual([
      'It read: "We won. We will win again."',
      'Then he left.',
    ]);
  });
});
