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
});
