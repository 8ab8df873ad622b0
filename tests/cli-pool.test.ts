/** The worker pool: a worker that dies costs only its article, which is named; the others go on, in order. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Pool } from '../src/cli/pool.js';
import type { Source } from '../src/input/sources.js';
import type { Rendered, RenderOptions } from '../src/pipeline.js';
import { tempDir } from './cli-run.js';

const OPTS: RenderOptions = { format: 'jsonl', only: null, date: null, includeText: false, color: false, width: 80, speaker: null, entity: null };

// A stand-in worker: echoes the article's text, and exits on "crash".
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, src }) => {
  if (src.article.text === 'crash') process.exit(3);
  if (src.article.text === 'throw') throw new Error('thrown\\n    at somewhere');
  parentPort.postMessage({ id, result: { kind: 'record', source: src.article.source, warnings: [], out: src.article.text + '\\n' } });
});
`;

function src(text: string, i: number): Source {
  return { kind: 'article', article: { source: `s${i}`, id: null, title: null, date: null, text, masked: [], warnings: [] } };
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
      expect(results.map((r) => (r.kind === 'record' ? r.out.trim() : r.kind === 'error' ? `${r.path}: ${r.reason}` : r.source))).toEqual([
        'a',
        'b',
        's2: worker stopped (exit code 3)',
        'c',
        's4: worker failed: thrown',
        'd',
        'e',
      ]);
    } finally {
      await pool.close();
      cleanup();
    }
  });
});
