/**
 * The command under the conditions of an unattended pipeline: signals from
 * `timeout`, `docker stop` or systemd, a full disk, limits on pipes, and more
 * analysers asked for than the machine has cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extract, interruptRun, sh, tempDir } from './cli-run.js';

vi.setConfig({ testTimeout: 180_000 });

async function interrupted(
  format: string,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; out: string; err: string }> {
  const { dir, cleanup } = tempDir();
  try {
    for (let i = 0; i < 300; i++)
      writeFileSync(
        join(dir, `${String(i).padStart(4, '0')}.txt`),
        'date 2024-03-01\n\n' + `"We will see," said Jane Smith in Paris on Monday (${i}).\n`.repeat(5),
      );
    return await interruptRun(['--format', format, '--jobs', '1', dir], signal, (o) => o.includes('"schemaVersion"'));
  } finally {
    cleanup();
  }
}

describe('SIGTERM and SIGHUP end like the first Ctrl-C', () => {
  it('SIGTERM: the JSON array is closed, exit 143', async () => {
    const r = await interrupted('json', 'SIGTERM');
    expect(r.code).toBe(143);
    expect(r.err).toMatch(/^extract: interrupted: \d+ of 300 articles written\n$/);
    const recs = JSON.parse(r.out);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.length).toBeLessThan(300);
  });

  it('SIGHUP: every JSON line is whole, exit 129', async () => {
    const r = await interrupted('jsonl', 'SIGHUP');
    expect(r.code).toBe(129);
    expect(r.out.endsWith('\n')).toBe(true);
    const lines = r.out.split('\n').filter(Boolean);
    expect(lines.length).toBeLessThan(300);
    for (const l of lines) expect(JSON.parse(l).quotes).toHaveLength(5);
  });
});

describe('an output that cannot be written has its own exit status', () => {
  it.skipIf(!existsSync('/dev/full'))('a full device: one line on stderr, exit 74', () => {
    const r = sh(`node bin/extract.js --format jsonl seeds/ > /dev/full`);
    expect(r.pipestatus).toEqual([74]);
    expect(r.stderr).toBe('extract: cannot write output: no space left on device\n');
  });
});

describe('--jobs far above the cores', () => {
  it('is capped at twice the cores (at least 4), with a note; the output is the same', () => {
    const cores = Number(
      spawnSync(process.execPath, ['-p', 'require("os").availableParallelism()'], { encoding: 'utf8' }).stdout.trim(),
    );
    const cap = Math.max(4, 2 * cores);
    const r = extract(['--format', 'jsonl', '--jobs', String(cap + 60), 'seeds/']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `extract: note: --jobs ${cap + 60} is more than twice the ${cores} core${cores === 1 ? '' : 's'}: using ${cap} (each analyser holds about 65 MB)\n`,
    );
    expect(r.stdout).toBe(extract(['--format', 'jsonl', '--jobs', '1', 'seeds/']).stdout);
    expect(extract(['--format', 'jsonl', '--jobs', String(cap), 'seeds/']).stderr).toBe('');
  });

  it('--timeout takes a whole number of seconds', () => {
    const r = extract(['--timeout', '-1', 'seeds/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^extract: .*--timeout/);
  });
});

describe('the bounds of a run', () => {
  it('the budget grows with the article, at least --timeout seconds; 0 is none', async () => {
    const { budgetMs } = await import('../src/cli/limits.js');
    const doc = (n: number) => ({ kind: 'document' as const, bytes: new Uint8Array(n), path: 'a.txt', ext: '.txt' });
    const art = (text: string) => ({
      kind: 'article' as const,
      article: { source: 's', id: null, title: null, date: null, text, masked: [], warnings: [] },
    });
    const b = budgetMs(60)!;
    expect([b(doc(10)), b(doc(100_000)), b(doc(250_000)), b(art('x'.repeat(300_000)))]).toEqual([
      60_000, 60_000, 150_000, 180_000,
    ]);
    expect(budgetMs(0)).toBeUndefined();
  });

  it('--jobs is capped at twice the cores, at least 4', async () => {
    const { capJobs } = await import('../src/cli/limits.js');
    expect(capJobs(3, 1)).toEqual({ jobs: 3, note: null });
    expect(capJobs(8, 4)).toEqual({ jobs: 8, note: null });
    expect(capJobs(64, 2)).toEqual({
      jobs: 4,
      note: '--jobs 64 is more than twice the 2 cores: using 4 (each analyser holds about 65 MB)',
    });
    expect(capJobs(9, 1).jobs).toBe(4);
  });
});
