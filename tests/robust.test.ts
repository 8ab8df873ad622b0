/**
 * Nothing crashes, nothing is lost, every offset is right: property tests on
 * the library, isolation of a failing extractor, and whole output lines when
 * the command is interrupted.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../src/index.js';
import { segmentBounds } from '../src/segment.js';
import { BIN, cleanEnv, interruptRun, ROOT, tempDir } from './cli-run.js';
import { spansOf } from './helpers.js';

// Each test spawns the command, which loads compromise: allow for a busy machine.
vi.setConfig({ testTimeout: 180_000 });

/** Pieces that stress tokenisers and offset arithmetic. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', '"', '"', '""') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ' said ',
      ' told reporters ',
      ', according to ',
      ' on Monday',
      ' last week',
      ' in 2021',
      ' June 14',
      ' a third quarter',
      ' next Tuesday at 3pm',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom('Jane Smith', 'Joe Biden', 'Paris', 'the United Nations', 'Mr. Blinken', 'he', 'She'),
  },
  { weight: 2, arbitrary: fc.constantFrom('😀', '𝒜', '👩‍👩‍👧', '🇫🇷', '\u{10FFFF}', '𠜎') },
  { weight: 2, arbitrary: fc.constantFrom('e\u0301', 'Zoe\u0308', 'a\u0300\u0301\u0302', '\u0301') },
  { weight: 2, arbitrary: fc.constantFrom('مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', '\u200F', '\u200D', '\uFEFF') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\u0000',
      '\u0007',
      '\u001b[31m',
      '\r',
      '\n',
      '\n\n',
      '\t',
      '\u2028',
      '\u0085',
      '\uFFFD',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDFFF', '\uDBFF\uDBFF') }, // lone surrogates
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constantFrom('.', '. ', '!', '?', ',', ' ', '  ', '—', '...', '(', ')') },
);
const articleText = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

function checkSpans(text: string): void {
  const rec = analyze(text, { date: '2023-06-15' });
  const cps = [...text];
  for (const s of spansOf(rec)) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(0 <= s.start && s.start <= s.end && s.end <= cps.length).toBe(true);
    expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
  }
  for (const q of rec.quotes)
    if (q.speaker?.entity) expect(rec.entities.some((e) => e.id === q.speaker!.entity)).toBe(true);
  expect(rec.schemaVersion).toBe(3);
}

describe('analyze never throws and every offset gives back its text', () => {
  it('on arbitrary mixtures of quotes, names, dates, astral, combining, RTL and control characters', () => {
    fc.assert(fc.property(articleText, checkSpans), { numRuns: 100, seed: 20230615 });
  });

  it('on arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkSpans), { numRuns: 60, seed: 42 });
  });

  it('on thousands of unbalanced quote marks', () => {
    checkSpans('"'.repeat(3001));
    checkSpans('He said “yes. '.repeat(1500));
    checkSpans('”“'.repeat(2000) + ' "Fine," said Jane Smith.');
  });

  it('on a very long line without spaces or sentence ends', () => {
    checkSpans('a'.repeat(100_000));
    checkSpans('😀'.repeat(20_000) + ' "Fine," said Jane Smith on Monday.');
  });
});

describe('long articles are analysed in segments', () => {
  it('segments cover the text, end on paragraph breaks and never split a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('word ', 'Sentence. ', '\n', '\n\n', '😀', 'é'), { maxLength: 400 }),
        fc.integer({ min: 8, max: 64 }),
        (xs, size) => {
          const text = xs.join('');
          const b = segmentBounds(text, size);
          expect(b[0]![0]).toBe(0);
          expect(b[b.length - 1]![1]).toBe(text.length);
          for (let i = 1; i < b.length; i++) expect(b[i]![0]).toBe(b[i - 1]![1]);
          for (const [x, y] of b) {
            if (text.length > 0) expect(y).toBeGreaterThan(x);
            const c = text.charCodeAt(y - 1);
            if (y < text.length) expect(c >= 0xd800 && c <= 0xdbff).toBe(false);
          }
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('a long article gets the same findings as its paragraphs, with offsets into the whole text', () => {
    const para = '😀 "We will not give in," said Jane Smith in Paris on Monday. The United Nations met Joe Biden.\n\n';
    const text = 'date 2023-06-15\n' + para.repeat(Math.ceil((70 * 1024) / para.length));
    const rec = analyze(text);
    const cps = [...text];
    for (const s of spansOf(rec)) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
    const one = analyze('date 2023-06-15\n' + para);
    const n = Math.ceil((70 * 1024) / para.length);
    expect(rec.quotes).toHaveLength(one.quotes.length * n);
    expect(rec.dates).toHaveLength(one.dates.length * n);
    // entities are merged across segments: same names, n times the mentions
    expect(rec.entities.map((e) => [e.id, e.type, e.name])).toEqual(one.entities.map((e) => [e.id, e.type, e.name]));
    expect(rec.entities.map((e) => e.mentions.length)).toEqual(one.entities.map((e) => e.mentions.length * n));
    expect(rec.date).toBe('2023-06-15');
    expect(rec.warnings).toEqual([]);
  }, 300_000);
});

describe('an exception in an extractor costs only its findings', () => {
  it('a third quarter (which made compromise-dates throw) keeps every finding', () => {
    const rec = analyze('"We grew in a third quarter," said Jane Smith in Paris.', { date: '2023-06-15' });
    expect(rec.warnings).toEqual([]);
    expect(rec.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We grew in a third quarter,', 'Jane Smith']]);
    expect(rec.entities.map((e) => e.name)).toEqual(['Jane Smith', 'Paris']);
    expect(rec.dates.map((d) => d.text)).toEqual(['a third quarter']);
  });
});

describe('interrupted output stays whole', () => {
  it('SIGINT ends after the current record: every printed jsonl line parses', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const seed =
        'date 2023-06-15\n"We will see," said Jane Smith in Paris on Monday. Joe Biden met the United Nations.\n';
      // distinct texts: the same text twice would be flagged as a duplicate on stderr
      for (let i = 0; i < 400; i++)
        writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), seed.repeat(3) + `Article ${i}.\n`);
      // wait for the first records, then interrupt
      const { code, out, err } = await interruptRun(
        ['--format', 'jsonl', dir],
        'SIGINT',
        (o) => o.split('\n').length > 3,
      );
      expect(code).toBe(130);
      // one line on stderr, and only that: how much was written (tests/cli-ux.test.ts checks its wording)
      expect(err).toMatch(/^extract: interrupted: \d+ of 400 articles written\n$/);
      expect(out.endsWith('\n')).toBe(true);
      const lines = out.split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(2);
      expect(lines.length).toBeLessThan(400);
      lines.forEach((l, i) => expect(JSON.parse(l).source).toBe(join(dir, `${String(i).padStart(4, '0')}.txt`)));
    } finally {
      cleanup();
    }
  }, 180_000);

  it('SIGINT in --format json still closes the array', async () => {
    const { dir, cleanup } = tempDir();
    try {
      for (let i = 0; i < 300; i++)
        writeFileSync(
          join(dir, `${String(i).padStart(4, '0')}.txt`),
          'Jane Smith spoke in Paris on Monday.\n'.repeat(5),
        );
      const child = spawn(process.execPath, [BIN, '--format', 'json', dir], { cwd: ROOT, env: cleanEnv() });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      await new Promise<void>((resolve) => {
        const check = () => (out.includes('"schemaVersion"') ? resolve() : setTimeout(check, 20));
        check();
      });
      child.kill('SIGINT');
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(code).toBe(130);
      const recs = JSON.parse(out);
      expect(recs.length).toBeGreaterThan(0);
      expect(recs.length).toBeLessThan(300);
    } finally {
      cleanup();
    }
  }, 180_000);
});
