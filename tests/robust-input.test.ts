/**
 * Nothing a folder walk finds is dropped without a word: names that are not
 * UTF-8 are read and shown escaped, FIFOs and devices are named errors, and
 * a file gone between listing and reading is an error. --max-bytes holds for
 * pipes too.
 */
import { execFileSync } from 'node:child_process';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { discover } from '../src/input/discover.js';
import { displayName } from '../src/input/names.js';
import { decode } from '../src/input/decode.js';
import { articleFromJsonLine } from '../src/input/jsonl.js';
import { articleFromMarkdown } from '../src/input/markdown.js';
import { extract, jsonLines, sh, tempDir } from './cli-run.js';

vi.setConfig({ testTimeout: 180_000 });

const LATIN1 = Buffer.from([0x63, 0x61, 0x66, 0xe9]); // "café" in Latin-1

function withDir(f: (dir: string) => void): void {
  const { dir, cleanup } = tempDir();
  try {
    f(dir);
  } finally {
    cleanup();
  }
}

describe('names that are not UTF-8', () => {
  it('show each stray byte as \\xHH and the rest as text', () => {
    expect(displayName(Buffer.concat([LATIN1, Buffer.from('.txt')]))).toBe('caf\\xe9.txt');
    expect(displayName(Buffer.from('café ☕ 😀.txt'))).toBe('café ☕ 😀.txt');
    expect(displayName(Buffer.from([0xed, 0xa0, 0x80, 0x41]))).toBe('\\xed\\xa0\\x80A'); // an encoded surrogate is not UTF-8
    expect(displayName(Buffer.from([0xe2, 0x82]))).toBe('\\xe2\\x82'); // a cut-off character
    expect(displayName(Buffer.from([0xc0, 0xaf]))).toBe('\\xc0\\xaf'); // an overlong "/"
  });

  it('a folder gives a record for every file, the odd name escaped in source', () =>
    withDir((dir) => {
      writeFileSync(Buffer.from(`${dir}/` + 'a.txt'), '"Hello," said Jane Smith.\n');
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), LATIN1, Buffer.from('.txt')]), '"Fine," said Joe Biden.\n');
      const r = extract(['--format', 'jsonl', dir]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(jsonLines(r.stdout).map((x) => [x.source, x.quotes[0].speaker.name])).toEqual([
        [join(dir, 'a.txt'), 'Jane Smith'],
        [join(dir, 'caf\\xe9.txt'), 'Joe Biden'],
      ]);
    }));

  it('control characters in a name are shown as \\xHH too, so that every error stays one line', () =>
    withDir((dir) => {
      writeFileSync(join(dir, 'a\nb.txt'), '"Fine," said Joe Biden.\n');
      writeFileSync(join(dir, 'c\td.txt'), Buffer.from([0, 1, 2]));
      const r = extract(['--format', 'jsonl', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`extract: cannot read '${dir}/c\\x09d.txt': looks binary (contains NUL bytes)\n`);
      expect(jsonLines(r.stdout).map((x) => x.source)).toEqual([`${dir}/a\\x0ab.txt`]);
    }));

  it('named on the command line, the file is read too', () =>
    withDir((dir) => {
      const name = Buffer.concat([Buffer.from(`${dir}/`), LATIN1, Buffer.from('.txt')]);
      writeFileSync(name, '"Fine," said Joe Biden.\n');
      // bash's $'\xe9' passes the byte itself
      const r = sh(`node bin/extract.js --format jsonl '${dir}/'$'caf\\xe9.txt' '${dir}/'$'caf\\xe8.txt'`);
      expect(r.stderr).toBe(`extract: cannot read '${dir}/caf\\xe8.txt': no such file or directory\n`);
      const out = r.stdout;
      expect(jsonLines(out).map((x) => x.source)).toEqual([join(dir, 'caf\\xe9.txt')]);
    }));
});

describe('every entry a folder walk finds ends as a record or a named error', () => {
  it('a FIFO with a read extension is an error; the other files are read', () =>
    withDir((dir) => {
      writeFileSync(join(dir, 'a.txt'), '"Hello," said Jane Smith.\n');
      execFileSync('mkfifo', [join(dir, 'b.txt'), join(dir, 'c')]);
      const r = extract(['--format', 'jsonl', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `extract: cannot read '${join(dir, 'b.txt')}': a FIFO (named pipe), not a regular file (name it on the command line to read it)\n`,
      );
      expect(jsonLines(r.stdout).map((x) => x.source)).toEqual([join(dir, 'a.txt')]);
    }));

  it('a file removed between listing and reading is an error', () =>
    withDir((dir) => {
      writeFileSync(join(dir, 'a.txt'), 'x');
      writeFileSync(join(dir, 'b.txt'), 'y');
      writeFileSync(join(dir, 'c.md'), 'z');
      const walk = discover([dir]);
      expect(walk.next().value).toEqual({ kind: 'file', path: join(dir, 'a.txt'), inFolder: true });
      unlinkSync(join(dir, 'b.txt'));
      expect([...walk]).toEqual([
        { kind: 'error', path: join(dir, 'b.txt'), reason: 'no such file or directory' },
        { kind: 'file', path: join(dir, 'c.md'), inFolder: true },
      ]);
    }));

  it('entries with other extensions stay out, as before', () =>
    withDir((dir) => {
      writeFileSync(join(dir, 'a.txt'), 'x');
      writeFileSync(join(dir, 'notes.pdf'), '%PDF');
      expect([...discover([dir])]).toEqual([{ kind: 'file', path: join(dir, 'a.txt'), inFolder: true }]);
    }));
});

describe('--max-bytes holds for pipes', () => {
  it('a pipe named as /dev/stdin or <(...) over the limit is refused, under it is read', () => {
    const big = sh(`head -c 5000 /dev/zero | tr '\\0' a | node bin/extract.js --max-bytes 1000 /dev/stdin`);
    expect(big.pipestatus[2]).toBe(1);
    expect(big.stderr).toBe(`extract: cannot read '/dev/stdin': larger than --max-bytes (1000 bytes)\n`);
    const sub = sh(`node bin/extract.js --max-bytes 1000 <(head -c 5000 /dev/zero | tr '\\0' a)`);
    expect(sub.pipestatus[0]).toBe(1);
    expect(sub.stderr).toMatch(/^extract: cannot read '\/dev\/fd\/\d+': larger than --max-bytes \(1000 bytes\)\n$/);
    const small = sh(`node bin/extract.js --format jsonl --max-bytes 1000 <(echo '"Fine," said Joe Biden.')`);
    expect(small.pipestatus[0]).toBe(0);
    expect(jsonLines(small.stdout).map((x) => x.quotes[0].speaker.name)).toEqual(['Joe Biden']);
  });
});

describe('metadata that cannot be used is named, not ignored', () => {
  it("front matter opened by '---' and never closed warns; the text is read", () => {
    const a = articleFromMarkdown('---\ntitle: T\n\n"Fine," said Joe Biden.\n', 'a.md');
    expect(a.warnings).toEqual(["front matter opened by '---' is not closed: read as text"]);
    expect([a.title, a.masked]).toEqual([null, []]);
    expect(articleFromMarkdown('Text.\n\n---\n\nMore.\n', 'b.md').warnings).toEqual([]);
  });

  it('front matter that is not a mapping warns; an empty one does not', () => {
    expect(articleFromMarkdown('---\n- a\n- b\n---\nText.\n', 'a.md').warnings).toEqual([
      'front matter is not a mapping of keys to values: ignored',
    ]);
    expect(articleFromMarkdown('---\njust words\n---\nText.\n', 'a.md').warnings).toEqual([
      'front matter is not a mapping of keys to values: ignored',
    ]);
    expect(articleFromMarkdown('---\n---\nText.\n', 'a.md').warnings).toEqual([]);
    expect(articleFromMarkdown('---\ntitle: T\n---\nText.\n', 'a.md')).toMatchObject({ title: 'T', warnings: [] });
  });

  it('JSON Lines id, url or title of the wrong type warn', () => {
    const w = (o: object) => {
      const r = articleFromJsonLine(JSON.stringify({ text: 'x', ...o }), 'c.jsonl:1');
      return r.ok ? [r.article.id, r.article.title, r.article.warnings] : r.reason;
    };
    expect(w({ id: { n: 1 }, title: 3 })).toEqual([
      null,
      null,
      ['"id" is not a string or a number: ignored', '"title" is not a string: ignored'],
    ]);
    expect(w({ url: ['u'] })).toEqual([null, null, ['"url" is not a string or a number: ignored']]);
    expect(w({ id: 7, title: 'T' })).toEqual(['7', 'T', []]);
    expect(w({ id: null, title: null })).toEqual([null, null, []]);
  });

  it('UTF-16 without a BOM is named as such, not as binary', () => {
    const text = '"Fine," said Joe Biden.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(le)).toEqual({
      ok: false,
      reason: 'looks like UTF-16 LE without a byte order mark (BOM); save it with a BOM, or as UTF-8',
    });
    expect(decode(be)).toEqual({
      ok: false,
      reason: 'looks like UTF-16 BE without a byte order mark (BOM); save it with a BOM, or as UTF-8',
    });
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toEqual({
      ok: false,
      reason: 'looks binary (contains NUL bytes)',
    });
  });
});
