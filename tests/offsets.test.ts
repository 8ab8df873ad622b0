import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, spansOf } from './helpers.js';

describe('offsets are code points into the text', () => {
  const seed = readFileSync(new URL('../seeds/000_2946bd023fe5b57f.txt', import.meta.url), 'utf8');
  const texts = {
    seed,
    astral: '𝒜 emoji 😀 first. "We will win 😀," said Jane Smith on Monday in Paris.',
    combining: 'Zoë (Zoe\u0308) Álvarez said "ça va" on Friday.',
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`every span of the ${name} text slices back to its text`, () => {
      const rec = run(text);
      const cps = [...text];
      const spans = spansOf(rec);
      expect(spans.length).toBeGreaterThan(0);
      for (const s of spans) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
    });
  }
});
