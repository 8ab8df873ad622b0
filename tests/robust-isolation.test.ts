/** An exception inside one extractor or resolver costs only its findings, with a warning in the record. */
import { describe, expect, it, vi } from 'vitest';

const broken = vi.hoisted(() => ({ entities: false, quotes: false }));

vi.mock('../src/extract/entities/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/extract/entities/index.js')>();
  return {
    ...real,
    extractEntities: (...args: Parameters<typeof real.extractEntities>) => {
      if (broken.entities) throw new Error('boom in entities\n    at somewhere (file.js:1:1)');
      return real.extractEntities(...args);
    },
  };
});
vi.mock('../src/extract/quotes/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/extract/quotes/index.js')>();
  return {
    ...real,
    extractQuotes: (...args: Parameters<typeof real.extractQuotes>) => {
      if (broken.quotes) throw new TypeError('boom in quotes');
      return real.extractQuotes(...args);
    },
  };
});

const { analyze } = await import('../src/index.js');
const TEXT = 'date 2023-06-15\n"We will see," said Jane Smith in Paris on Monday.\n';

describe('a failing extractor', () => {
  it('entities: no entities, a one-line warning, quotes and dates intact', () => {
    const ok = analyze(TEXT);
    expect(ok.warnings).toEqual([]);
    broken.entities = true;
    try {
      const rec = analyze(TEXT);
      expect(rec.warnings).toEqual(['entity extraction failed: boom in entities']);
      expect(rec.entities).toEqual([]);
      expect(rec.quotes.map((q) => [q.text, q.start, q.end])).toEqual(ok.quotes.map((q) => [q.text, q.start, q.end]));
      expect(rec.dates).toEqual(ok.dates);
      for (const q of rec.quotes) expect(q.speaker?.entity ?? null).toBeNull();
    } finally {
      broken.entities = false;
    }
  });

  it('quotes: no quotes, a warning, entities and dates intact', () => {
    const ok = analyze(TEXT);
    broken.quotes = true;
    try {
      const rec = analyze(TEXT);
      expect(rec.warnings).toEqual(['quote extraction failed: boom in quotes']);
      expect(rec.quotes).toEqual([]);
      expect(rec.entities).toEqual(ok.entities);
      expect(rec.dates).toEqual(ok.dates);
    } finally {
      broken.quotes = false;
    }
  });
});
