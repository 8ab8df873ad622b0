/** The worker pool: a worker that dies costs only its article, which is named; the others go on, in order. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Pool } from '../src/cli/pool.js';
import type { Source } from '../src/input/sources.js';
import type { Rendered, RenderOptions } from '../src/pipeline.js';
import { tempDir } from './cli-run.js';

const OPTS: RenderOptions = {
  format: 'jsonl',
  only: null,
  date: null,
  includeText: false,
  color: false,
  width: 80,
  speaker: null,
  entity: null,
};

// A stand-in worker: echoes the article's text, and exits on "crash".
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, src }) => {
  if (src.article.text === 'crash') process.exit(3);
  if (src.article.text === 'throw') throw new Error('thrown\\n    at somewhere');
  if (src.article.text === 'hang') for (;;);
  parentPort.postMessage({ id, result: { kind: 'record', source: src.article.source, warnings: [], out: src.article.text + '\\n' } });
});
`;

function src(text: string, i: number): Source {
  return {
    kind: 'article',
    article: { source: `s${i}`, id: null, title: null, date: null, text, masked: [], warnings: [] },
  };
}

describe('worker pool', () => {
  it('a worker that exits or throws costs only its own article', async () => {
    const { dir, cleanup } = tempDir();
    const w = join(dir, 'worker.mjs');
    writeFileSync(w, WORKER);
    const pool = new Pool(2, OPTS, pathToFileURL(w));
    try {
      const texts = ['a', 'b', 'crash', 'c', 'throw', 'd', 'e'];
      const results: Rendered[] = await Promise.all(texts.map((t, i) => pool.run(src(t, i))));
      expect(
        results.map((r) =>
          r.kind === 'record' ? r.out.trim() : r.kind === 'error' ? `${r.path}: ${r.reason}` : r.source,
        ),
      ).toEqual(['a', 'b', 's2: worker stopped (exit code 3)', 'c', 's4: worker failed: thrown', 'd', 'e']);
    } finally {
      await pool.close();
      cleanup();
    }
  });

  it('with a renderer of its own, the main thread takes a share of the articles, in order, and a crash still costs one article', async () => {
    const { dir, cleanup } = tempDir();
    const w = join(dir, 'worker.mjs');
    writeFileSync(w, WORKER);
    const local: string[] = [];
    const render = (s: Source): Rendered => {
      const text = s.kind === 'article' ? s.article.text : '';
      local.push(text);
      return { kind: 'record', source: `local ${text}`, warnings: [], out: `${text}\n`, hash: '' };
    };
    const pool = new Pool(2, OPTS, pathToFileURL(w), (s) =>
      s.kind === 'article' && s.article.text === 'crash' ? render(src('c2', 99)) : render(s),
    );
    try {
      const texts = ['a', 'b', 'c', 'crash', 'd', 'e', 'f', 'g', 'h'];
      const results: Rendered[] = await Promise.all(texts.map((t, i) => pool.run(src(t, i))));
      const shown = results.map((r) => (r.kind === 'record' ? r.out.trim() : r.kind === 'error' ? 'error' : ''));
      // Every article is answered, in input order; "crash" is an error when a worker ran it.
      expect([...shown.slice(0, 3), ...shown.slice(4)]).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
      expect(['error', 'c2']).toContain(shown[3]);
      expect(local.length).toBeGreaterThan(0);
      expect(local.length).toBeLessThan(texts.length);
    } finally {
      await pool.close();
      cleanup();
    }
  });

  it('an article that overruns its budget is reported, its worker replaced, and the others still answered in order', async () => {
    const { dir, cleanup } = tempDir();
    const w = join(dir, 'worker.mjs');
    writeFileSync(w, WORKER);
    const budget = (s: Source) => (s.kind === 'article' && s.article.text === 'hang' ? 500 : 600_000);
    const pool = new Pool(2, OPTS, pathToFileURL(w), null, { budgetMs: budget });
    try {
      const texts = ['a', 'hang', 'b', 'c', 'hang', 'd'];
      const results: Rendered[] = await Promise.all(texts.map((t, i) => pool.run(src(t, i))));
      expect(
        results.map((r) =>
          r.kind === 'record' ? r.out.trim() : r.kind === 'error' ? `${r.path}: ${r.reason} (${r.verb})` : r.source,
        ),
      ).toEqual(['a', 's1: took longer than 0.5 s (analyse)', 'b', 'c', 's4: took longer than 0.5 s (analyse)', 'd']);
    } finally {
      await pool.close();
      cleanup();
    }
  });

  it('the main thread takes only sources up to its size limit', async () => {
    const { dir, cleanup } = tempDir();
    const w = join(dir, 'worker.mjs');
    writeFileSync(w, WORKER);
    const local: string[] = [];
    const render = (s: Source): Rendered => {
      const text = s.kind === 'article' ? s.article.text : '';
      local.push(text);
      return { kind: 'record', source: text, warnings: [], out: `${text}\n`, hash: text };
    };
    const pool = new Pool(2, OPTS, pathToFileURL(w), render, { localMaxSize: 1 });
    try {
      const texts = ['aa', 'bb', 'cc', 'dd', 'e', 'ff', 'gg', 'hh', 'ii', 'jj', 'kk', 'f'];
      const results: Rendered[] = await Promise.all(texts.map((t, i) => pool.run(src(t, i))));
      expect(results.map((r) => (r.kind === 'record' ? r.out.trim() : ''))).toEqual(texts);
      expect(local.every((t) => t.length <= 1)).toBe(true);
    } finally {
      await pool.close();
      cleanup();
    }
  });
});
