/**
 * Offsets slice the text as decoded, whatever its line ends: CR LF and CR are
 * analysed as LF (the same findings), and every offset is moved back into the
 * text as given; --include-text gives that text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyze, type ArticleRecord } from '../src/index.js';
import { lineEndView } from '../src/offsets.js';
import { extract, jsonLines, tempDir } from './cli-run.js';
import { spansOf } from './helpers.js';

vi.setConfig({ testTimeout: 180_000 });

const LF =
  'date 2023-06-15\nTitle: A day\n\n"We will see," said Jane Smith in Paris on Monday.\n\nJoe Biden met the United Nations.\n';
const CRLF = LF.replace(/\n/g, '\r\n');

function sliced(rec: ArticleRecord, text: string): void {
  const cps = [...text];
  for (const s of spansOf(rec)) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
}

/** The record without offsets, CRs dropped from span texts: what must not depend on line ends. */
const findings = (r: ArticleRecord) =>
  JSON.stringify([r.title, r.date, r.quotes, r.entities, r.dates, r.warnings])
    .replace(/"(start|end)":\d+,?/g, '')
    .replace(/\\r/g, '');

describe('the LF view of a text', () => {
  it('maps positions both ways', () => {
    const v = lineEndView('a\r\nb\rc\r\n😀d')!;
    expect(v.text).toBe('a\nb\nc\n😀d');
    expect([0, 1, 2, 3, 4, 5, 6].map(v.toOriginal)).toEqual([0, 1, 3, 4, 5, 6, 8]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(v.toView)).toEqual([0, 1, 1, 2, 3, 4, 5, 5, 6]);
    expect([6, 7, 8].map(v.cpToOriginal)).toEqual([8, 9, 10]);
    expect(lineEndView('no carriage returns\n')).toBeNull();
  });
});

describe('CR LF and CR line ends', () => {
  it('give the LF findings, shifted by one for each earlier CR LF', () => {
    const lf = analyze(LF);
    const crlf = analyze(CRLF);
    expect(crlf.title).toBe('A day');
    expect(crlf.date).toBe('2023-06-15');
    expect(findings(crlf)).toBe(findings(lf));
    expect(lf.quotes.map((q) => [q.start, q.end])).toEqual([[31, 43]]);
    expect(crlf.quotes.map((q) => [q.start, q.end])).toEqual([[34, 46]]);
    expect(crlf.dates.map((d) => [d.text, d.start])).toEqual([['Monday', lf.dates[0]!.start + 3]]);
    expect(crlf.entities.map((e) => e.mentions.map((m) => m.start))).toEqual(
      lf.entities.map((e) => e.mentions.map((m) => m.start + (m.start > 80 ? 5 : 3))),
    );
    sliced(crlf, CRLF);
  });

  it('a span across a line end keeps the CR LF in its text; a lone CR counts as one character', () => {
    const text = '"We will see,\r\nsoon," said Jane Smith.\rJoe Biden\r\nspoke on Monday.';
    const rec = analyze(text, { date: '2023-06-15' });
    expect(rec.quotes.map((q) => q.text)).toEqual(['We will see,\r\nsoon,']);
    expect(rec.dates.map((d) => [d.text, d.start])).toEqual([['Monday', 59]]);
    sliced(rec, text);
  });

  it('a long CR LF article (analysed in segments) slices too', () => {
    const para = '"We will not give in," said Jane Smith in Paris on Monday.\r\n\r\n';
    const text = para.repeat(Math.ceil((70 * 1024) / para.length));
    const rec = analyze(text, { date: '2023-06-15' });
    expect(rec.quotes).toHaveLength(Math.ceil((70 * 1024) / para.length));
    sliced(rec, text);
  });

  it('through the command: offsets slice the file, --include-text is the file, JSON Lines text slices as given', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'a.txt'), '\uFEFF' + CRLF);
      writeFileSync(
        join(dir, 'b.md'),
        `---\r\ntitle: Front\r\ndate: 2023-06-15\r\n---\r\n${CRLF.split('\r\n').slice(3).join('\r\n')}`,
      );
      writeFileSync(
        join(dir, 'c.jsonl'),
        JSON.stringify({ id: 'x', date: '2023-06-15', text: CRLF.split('\r\n').slice(3).join('\r\n') }) + '\n',
      );
      const r = extract(['--format', 'jsonl', '--include-text', dir]);
      expect(r.stderr).toBe('');
      const [a, b, c] = jsonLines(r.stdout) as ArticleRecord[];
      expect(a!.text).toBe(CRLF); // the BOM dropped, the line ends kept
      expect([a!.title, a!.date, b!.title, b!.date, c!.date]).toEqual([
        'A day',
        '2023-06-15',
        'Front',
        '2023-06-15',
        '2023-06-15',
      ]);
      for (const x of [a!, b!, c!]) {
        sliced(x, x.text!);
        expect(x.quotes.map((q) => q.speaker?.name)).toEqual(['Jane Smith']);
      }
      expect(b!.text!.startsWith('---\r\ntitle: Front\r\n')).toBe(true);
      expect(c!.text).toContain('\r\n');
    } finally {
      cleanup();
    }
  });
});
