/**
 * Worker threads and GNU parallel: the output does not depend on how the work
 * is split, and it stays in input order.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extract, hasCommand, jsonLines, sh, tempDir } from './cli-run.js';

// Each test spawns the command, which loads compromise: allow for a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const PARAS = [
  '"We will not give in," said Jane Smith, the mayor of Paris, on Monday.',
  'Joe Biden met the United Nations in New York last week, officials said.',
  'According to Reuters, the talks in Beijing will resume on June 20.',
  'The company said in a statement that profits rose 5% in the second quarter of 2022.',
  '“It is a good day,” Smith told reporters on Tuesday.',
];

function article(i: number): string {
  const ps = Array.from({ length: 2 + (i % 4) }, (_, k) => PARAS[(i * 7 + k * 3) % PARAS.length]);
  return `date 2023-06-${String(1 + (i % 28)).padStart(2, '0')}\n${ps.join('\n\n')}\n`;
}

describe('parallel analysis', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    for (let i = 0; i < 10; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), article(i));
    writeFileSync(join(dir, '005-binary.txt'), Buffer.from([1, 0, 2]));
    writeFileSync(
      join(dir, 'page.html'),
      `<html><head><title>A page</title><meta property="article:published_time" content="2023-06-15"></head><body><article>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    writeFileSync(
      join(dir, 'corpus.jsonl'),
      Array.from({ length: 12 }, (_, i) =>
        JSON.stringify({ id: `a${i}`, date: '2023-06-15', text: article(i).replace(/^date \S+\n/, '') }),
      ).join('\n') + '\n',
    );
  });
  afterAll(() => cleanup());

  it('--jobs 1, 2 and 3 give byte-identical output, in input order', { timeout: 300_000 }, () => {
    const runs = [1, 2, 3].map((j) => extract(['--format', 'jsonl', '--jobs', String(j), dir]));
    for (const r of runs) {
      expect(r.code).toBe(1); // the binary file
      expect(r.stderr).toBe(
        `extract: cannot read '${join(dir, '005-binary.txt')}': looks binary (contains NUL bytes)\n`,
      );
    }
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
    const sources = jsonLines(runs[0]!.stdout).map((x) => x.source.slice(dir.length + 1));
    expect(sources).toHaveLength(10 + 12 + 1);
    expect(sources.slice(0, 7)).toEqual(['000.txt', '001.txt', '002.txt', '003.txt', '004.txt', '005.txt', '006.txt']);
    expect(sources[10]).toBe('corpus.jsonl:1');
    expect(sources[21]).toBe('corpus.jsonl:12');
    // HTML is read in the workers too
    const page = jsonLines(runs[0]!.stdout)[22];
    expect(page.source.slice(dir.length + 1)).toBe('page.html');
    expect(page).toMatchObject({ title: 'A page', date: '2023-06-15' });
    expect(page.quotes.length).toBeGreaterThan(0);
  });

  it('table and json output do not depend on --jobs either', () => {
    for (const f of ['table', 'json']) {
      const a = extract(['--format', f, '--jobs', '1', dir]);
      const b = extract(['--format', f, '--jobs', '3', dir]);
      expect(b.stdout, f).toBe(a.stdout);
    }
  }, 300_000);

  it('--jobs must be a positive whole number', () => {
    for (const v of ['0', '-1', 'two', '1.5']) {
      const r = extract(['--jobs', v, dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^extract: .*--jobs/);
    }
  });

  it.skipIf(!hasCommand('parallel'))(
    'GNU parallel --pipe over a JSONL corpus gives the same records as a plain run',
    { timeout: 300_000 },
    () => {
      const corpus = join(dir, 'corpus.jsonl');
      const plain = sh(`node bin/extract.js --format jsonl - < '${corpus}'`);
      expect(plain.code).toBe(0);
      // small blocks so that the corpus is really split
      const split = sh(
        `parallel --will-cite --keep-order --pipe --block 1k node bin/extract.js --format jsonl - < '${corpus}'`,
      );
      expect(split.code).toBe(0);
      expect(split.stderr).toBe('');
      // `source` is "-:LINE" counted within each block; everything else is the same
      const strip = (s: string) => jsonLines(s).map(({ source: _source, ...rest }) => rest);
      const a = strip(plain.stdout);
      const b = strip(split.stdout);
      expect(b.length).toBe(12);
      expect(b).toEqual(a);
      expect(new Set(jsonLines(split.stdout).map((x) => x.source)).size).toBeLessThan(12); // it was split
    },
  );
});
