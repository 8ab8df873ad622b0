/**
 * The command under the conditions of an unattended pipeline: signals from
 * `timeout`, `docker stop` or systemd, a full disk, limits on pipes, and more
 * analysers asked for than the machine has cores.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BIN, cleanEnv, extract, ROOT, sh, tempDir } from './cli-run.js';

vi.setConfig({ testTimeout: 180_000 });

async function interrupted(format: string, signal: NodeJS.Signals): Promise<{ code: number | null; out: string; err: string }> {
  const { dir, cleanup } = tempDir();
  try {
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), '"We will see," said Jane Smith in Paris on Monday.\n'.repeat(5));
    const child = spawn(process.execPath, [BIN, '--format', format, '--jobs', '1', dir], { cwd: ROOT, env: cleanEnv() });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    await new Promise<void>((resolve) => {
      const check = () => (out.includes('"schemaVersion"') ? resolve() : setTimeout(check, 20));
      check();
    });
    child.kill(signal);
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    return { code, out, err };
  } finally {
    cleanup();
  }
}

describe('SIGTERM and SIGHUP end like the first Ctrl-C', () => {
  it('SIGTERM: the JSON array is closed, exit 143', async () => {
    const r = await interrupted('json', 'SIGTERM');
    expect(r.code).toBe(143);
    expect(r.err).toBe('');
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
    const cores = Number(spawnSync(process.execPath, ['-p', 'require("os").availableParallelism()'], { encoding: 'utf8' }).stdout.trim());
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
