/**
 * The startup snapshot (scripts/build-snapshot.mjs, built by `npm run build`)
 * must change nothing but the start-up time.
 */
import { existsSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BIN, extract, ROOT, tempDir } from './cli-run.js';
import { writeFileSync } from 'node:fs';

vi.setConfig({ testTimeout: 180_000 });

const BLOB = join(ROOT, 'dist', 'snapshot', 'extract.blob');
const built = existsSync(BLOB) && statSync(BLOB).mtimeMs >= statSync(join(ROOT, 'dist', 'index.js')).mtimeMs;
if (!built)
  console.warn(
    'cli-snapshot: no fresh dist/snapshot/extract.blob (npm run build could not make one); comparing the plain start with itself',
  );

describe('the startup snapshot', () => {
  it('gives byte-identical output, messages and exit codes to the plain start', () => {
    const { dir, cleanup } = tempDir('extract-snapshot-');
    try {
      writeFileSync(
        join(dir, 'a.md'),
        '---\ntitle: T\ndate: 2024-01-02\n---\n"We will win," said Jane Smith on Monday.\n',
      );
      writeFileSync(
        join(dir, 'b.html'),
        '<html><head><title>H</title></head><body><p>"No," said Bob Jones in Paris on Friday.</p></body></html>',
      );
      for (const args of [
        ['--format', 'json', 'seeds/'],
        ['--format', 'jsonl', '--jobs', '2', 'seeds/', dir],
        ['--summary', '--format', 'json', 'seeds/', dir],
        ['seeds/', join(dir, 'missing.txt')],
        ['--format', 'xml', 'seeds/'],
      ]) {
        const withSnapshot = extract(args);
        const plain = extract(args, { env: { EXTRACT_NO_SNAPSHOT: '1' } });
        expect(withSnapshot).toEqual(plain);
      }
    } finally {
      cleanup();
    }
  });

  it('run as a program, directly or through a symlink (as npm installs it), the launcher gives the same output, messages and exit codes', () => {
    const { dir, cleanup } = tempDir('extract-launcher-');
    try {
      const link = join(dir, 'extract');
      symlinkSync(BIN, link);
      const input = '{"id":"x","text":"\\"No,\\" said Bob Jones in Paris on Friday."}\n';
      for (const args of [
        ['--format', 'jsonl', 'seeds/'],
        ['--format', 'jsonl', '-'],
        ['seeds/', join(dir, 'missing.txt')],
        ['--format', 'xml', 'seeds/'],
      ]) {
        const viaNode = extract(args, { input });
        expect(viaNode.stdout + viaNode.stderr).not.toBe('');
        for (const program of [BIN, link]) {
          expect(extract(args, { input, program })).toEqual(viaNode);
          expect(extract(args, { input, program, env: { EXTRACT_NO_SNAPSHOT: '1' } })).toEqual(viaNode);
        }
      }
    } finally {
      cleanup();
    }
  });
});
