/**
 * Odd inputs: each gets its documented behaviour, and every other article's
 * record is complete. Files are generated in a temporary folder.
 */
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import { decode } from '../src/input/decode.js';
import { discover } from '../src/input/discover.js';
import { articleEvent, readInputs, type ReadEvent } from '../src/input/read.js';
import { extract, jsonLines, tempDir } from './cli-run.js';

// Each test spawns the command, which loads compromise: allow for a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const ARTICLE = 'date 2023-06-15\n"We will win," said Jane Smith in Paris on Monday.\n';
const SEED = readFileSync(new URL('../seeds/000_2946bd023fe5b57f.txt', import.meta.url), 'utf8');

async function collect(it: AsyncIterable<ReadEvent>): Promise<ReadEvent[]> {
  const out: ReadEvent[] = [];
  for await (const e of it) out.push(e);
  return out;
}

function articleOf(buf: Uint8Array, ext = '.txt') {
  const ev = articleEvent(buf, `x${ext}`, ext);
  if (ev.kind !== 'article') throw new Error(`expected an article, got ${ev.reason}`);
  return ev.article;
}

describe('decoding', () => {
  it('UTF-8 with and without BOM', () => {
    expect(decode(Buffer.from('\uFEFFcafé'))).toEqual({ ok: true, text: 'café', warnings: [] });
    expect(decode(Buffer.from('café'))).toEqual({ ok: true, text: 'café', warnings: [] });
  });

  it('UTF-16 LE and BE with a BOM', () => {
    const text = 'Zoë said "ok" 😀\nnext';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    expect(decode(le)).toEqual({ ok: true, text, warnings: [] });
    expect(decode(be)).toEqual({ ok: true, text, warnings: [] });
  });

  it('CRLF and CR stay as they are (offsets slice the text as decoded)', () => {
    expect(decode(Buffer.from('a\r\nb\rc\n'))).toMatchObject({ ok: true, text: 'a\r\nb\rc\n' });
  });

  it('invalid UTF-8 becomes U+FFFD with a warning', () => {
    const r = decode(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x41]));
    expect(r).toEqual({
      ok: true,
      text: 'caf\uFFFD \uFFFD\uFFFDA',
      warnings: ['invalid UTF-8: 3 byte sequences replaced by U+FFFD'],
    });
  });

  it('a truncated multi-byte sequence at the end is one replacement', () => {
    const r = decode(Buffer.from([0x61, 0xe2, 0x82]));
    expect(r).toMatchObject({ ok: true, text: 'a\uFFFD' });
  });

  it('NUL bytes mean binary', () => {
    expect(decode(Buffer.from([0x61, 0x00, 0x62]))).toEqual({ ok: false, reason: 'looks binary (contains NUL bytes)' });
  });

  it('a text that already contains U+FFFD is valid and gets no warning', () => {
    expect(decode(Buffer.from('a\uFFFDb'))).toEqual({ ok: true, text: 'a\uFFFDb', warnings: [] });
  });
});

describe('readers', () => {
  it('HTML: Readability main text, title and date from metadata', () => {
    const html = `<!doctype html><html><head>
      <title>Site name | Fallback title</title>
      <meta property="og:title" content="Blinken heads to Beijing">
      <meta property="article:published_time" content="2023-06-15T08:30:00Z">
      <script>var x = "not text";</script><style>p{color:red}</style>
    </head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article>
        <h1>Blinken heads to Beijing</h1>
        <p>The United States on Wednesday played down expectations of any breakthrough during the visit of Secretary of State Antony Blinken to China this weekend, officials said.</p>
        <p>"We're not going to Beijing with the intent of having some sort of breakthrough," Daniel Kritenbrink told reporters in Washington on a conference call.</p>
        <p>Blinken is set to become the highest-ranking US government official to visit China since President Joe Biden took office in January 2021, according to the State Department.</p>
      </article>
      <footer>Copyright 2023 Example News. All rights reserved.</footer>
    </body></html>`;
    const a = articleOf(Buffer.from(html), '.html');
    expect(a.title).toBe('Blinken heads to Beijing');
    expect(a.date).toBe('2023-06-15');
    expect(a.text).toContain('played down expectations');
    expect(a.text).toContain('"We\'re not going to Beijing');
    expect(a.text).not.toContain('not text');
    expect(a.text).not.toContain('color:red');
    expect(a.text).not.toContain('<p>');
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
    const rec = analyzeArticle(a);
    expect(rec.date).toBe('2023-06-15');
    expect(rec.quotes.length).toBeGreaterThan(0);
  });

  it('HTML: date from <time datetime> and JSON-free pages; a page without an article falls back to its body', () => {
    const a = articleOf(
      Buffer.from(
        '<html><head><title>T</title></head><body><time datetime="2022-03-04">4 March</time><p>Short.</p></body></html>',
      ),
      '.htm',
    );
    expect(a.title).toBe('T');
    expect(a.date).toBe('2022-03-04');
    expect(a.text).toContain('Short.');
  });

  it('standard input that starts with <html is read as HTML', () => {
    const ev = articleEvent(
      Buffer.from('<!DOCTYPE html><html><head><title>Std</title></head><body><p>Hi there.</p></body></html>'),
      '-',
      '',
    );
    expect(ev.kind === 'article' && ev.article.title).toBe('Std');
  });

  it('Markdown front matter gives title, date and id and is masked', () => {
    const md =
      '---\ntitle: "A title"\ndate: 2023-06-15\nurl: https://x.test/a\n---\nJane Smith said "yes" on Monday.\n';
    const a = articleOf(Buffer.from(md), '.md');
    expect(a).toMatchObject({ title: 'A title', date: '2023-06-15', id: 'https://x.test/a' });
    const rec = analyzeArticle(a);
    expect(rec.dates.every((d) => d.start >= md.indexOf('Jane'))).toBe(true);
  });

  it('Markdown with broken front matter: a warning, the text still analysed', () => {
    const a = articleOf(Buffer.from('---\ntitle: [unclosed\n---\nParis.\n'), '.md');
    expect(a.warnings[0]).toMatch(/front matter is not valid YAML/);
  });

  it('JSON Lines: fields, a bad line names file:LINE, others still read', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const p = join(dir, 'c.jsonl');
      writeFileSync(
        p,
        [
          JSON.stringify({ id: 7, title: 'T', date: '2023-06-15', text: 'A\r\nB' }),
          '[1,2]',
          JSON.stringify({ url: 'u', published: 'Thu, 15 Jun 2023 10:00:00 GMT', body: 'body' }),
          JSON.stringify({ content: 'c', date: 'someday' }),
          'not json',
        ].join('\r\n') + '\r\n',
      );
      const evs = await collect(readInputs(discover([p])));
      expect(
        evs.map((e) =>
          e.kind === 'article'
            ? [e.article.source, e.article.id, e.article.title, e.article.date, e.article.text]
            : [e.path, e.reason.split(' ')[0]],
        ),
      ).toEqual([
        [`${p}:1`, '7', 'T', '2023-06-15', 'A\r\nB'],
        [`${p}:2`, 'not'],
        [`${p}:3`, 'u', null, '2023-06-15', 'body'],
        [`${p}:4`, null, null, null, 'c'],
        [`${p}:5`, 'invalid'],
      ]);
      const w = evs[3]!;
      expect(w.kind === 'article' && w.article.warnings).toEqual(['field "date": unrecognised date "someday"']);
    } finally {
      cleanup();
    }
  });

  it('JSON Lines: each line decoded on its own, whatever the chunks', async () => {
    const bytes = Buffer.concat([
      Buffer.from('\uFEFF{"text":"one"}\r\n'),
      Buffer.from('{"text":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n{"text":"a\\u0000b"}\n'),
      Buffer.from([0x7b, 0x00, 0x7d, 0x0a]), // a NUL byte in the line itself
      Buffer.from('{"text":"' + 'x'.repeat(300) + '"}\n   \n{"text":"last"}'),
    ]);
    // one byte at a time: lines and multi-byte characters cut anywhere
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    const evs = await collect(
      readInputs([{ kind: 'stdin', path: '-' }], { stdin: Readable.from(chunks), maxBytes: 200 }),
    );
    expect(
      evs.map((e) =>
        e.kind === 'article' ? [e.article.source, e.article.text, e.article.warnings] : [e.path, e.reason],
      ),
    ).toEqual([
      ['-:1', 'one', []],
      ['-:2', 'caf\uFFFD', ['invalid UTF-8: 1 byte sequence replaced by U+FFFD']],
      ['-:3', 'a\u0000b', []],
      ['-:4', 'looks binary (contains NUL bytes)'],
      ['-:5', 'larger than --max-bytes (200 bytes)'],
      ['-:7', 'last', []],
    ]);
  });

  it('standard input as a stream: JSON Lines and text', async () => {
    const jl = await collect(
      readInputs([{ kind: 'stdin', path: '-' }], {
        stdin: Readable.from([Buffer.from('  {"text":"a"}\n{"te'), Buffer.from('xt":"b"}\n')]),
      }),
    );
    expect(jl.map((e) => e.kind === 'article' && e.article.text)).toEqual(['a', 'b']);
    const tx = await collect(
      readInputs([{ kind: 'stdin', path: '-' }], {
        stdin: Readable.from([Buffer.from('Hello\r\n'), Buffer.from('world')]),
      }),
    );
    expect(tx.map((e) => e.kind === 'article' && e.article.text)).toEqual(['Hello\r\nworld']);
  });
});

describe('a folder of odd files through the command', () => {
  let dir: string;
  let cleanup: () => void;
  let deepPath: string;
  const unreadableIsReadable = process.getuid?.() === 0; // root reads files whatever their mode
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    writeFileSync(join(dir, '01-good.txt'), ARTICLE);
    writeFileSync(join(dir, '02-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    writeFileSync(
      join(dir, '03-latin1.txt'),
      Buffer.concat([
        Buffer.from('date 2023-06-15\nCaf'),
        Buffer.from([0xe9]),
        Buffer.from(' owner Jane Smith spoke in Paris on Monday.\n'),
      ]),
    );
    writeFileSync(
      join(dir, '04-utf16le.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]),
    );
    const be = Buffer.from(ARTICLE, 'utf16le');
    be.swap16();
    writeFileSync(join(dir, '05-utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    writeFileSync(join(dir, '06-crlf.txt'), ARTICLE.replace(/\n/g, '\r\n'));
    writeFileSync(join(dir, '07-empty.txt'), '');
    writeFileSync(join(dir, '08-unreadable.txt'), ARTICLE);
    chmodSync(join(dir, '08-unreadable.txt'), 0o000);
    symlinkSync(join(dir, 'gone.txt'), join(dir, '09-broken.txt'));
    let deep = join(dir, '10-deep');
    for (let i = 0; i < 60; i++) deep = join(deep, `d${i}`);
    mkdirSync(deep, { recursive: true });
    deepPath = join(deep, 'deep.txt');
    writeFileSync(deepPath, ARTICLE);
    writeFileSync(join(dir, '11-last.txt'), ARTICLE);
  });
  afterAll(() => {
    chmodSync(join(dir, '08-unreadable.txt'), 0o644);
    cleanup();
  });

  it('each odd file gets its documented behaviour and the others are complete', () => {
    const r = extract(['--format', 'jsonl', dir], { keepNoDate: true });
    expect(r.code).toBe(1);
    const recs = jsonLines(r.stdout);
    const byName = new Map(recs.map((x) => [x.source.slice(dir.length + 1), x]));
    const expected = [
      '01-good.txt',
      '03-latin1.txt',
      '04-utf16le.txt',
      '05-utf16be.txt',
      '06-crlf.txt',
      '07-empty.txt',
    ];
    if (unreadableIsReadable) expected.push('08-unreadable.txt');
    expected.push(deepPath.slice(dir.length + 1), '11-last.txt');
    expect([...byName.keys()]).toEqual(expected);

    const good = byName.get('01-good.txt');
    expect(good.date).toBe('2023-06-15');
    expect(good.quotes.length).toBeGreaterThan(0);
    expect(good.entities.length).toBeGreaterThan(0);
    expect(good.dates.length).toBeGreaterThan(0);
    expect(good.warnings).toEqual([]);
    // the same article in UTF-16 and with CRLF gives the same findings
    const findings = (x: any) => JSON.stringify([x.date, x.quotes, x.entities, x.dates, x.warnings]);
    for (const n of ['04-utf16le.txt', '05-utf16be.txt', '11-last.txt', deepPath.slice(dir.length + 1)]) {
      expect(findings(byName.get(n)), n).toBe(findings(good));
    }
    // with CRLF, the same findings at offsets into the CRLF text
    const lf = (x: any) =>
      findings(x)
        .replace(/"(start|end)":\d+,?/g, '')
        .replace(/\\r/g, '');
    expect(lf(byName.get('06-crlf.txt'))).toBe(lf(good));
    expect(findings(byName.get('06-crlf.txt'))).not.toBe(findings(good));
    expect(byName.get('03-latin1.txt').warnings).toEqual(['invalid UTF-8: 1 byte sequence replaced by U+FFFD']);
    expect(byName.get('03-latin1.txt').entities.length).toBeGreaterThan(0);
    expect(byName.get('07-empty.txt')).toMatchObject({
      quotes: [],
      entities: [],
      dates: [],
      warnings: ['no publication date found; relative dates left unresolved (give --date)'],
    });

    const errs = r.stderr.trimEnd().split('\n');
    const expectedErrs = [
      `extract: warning: '${join(dir, '03-latin1.txt')}': invalid UTF-8: 1 byte sequence replaced by U+FFFD`,
      `extract: warning: '${join(dir, '07-empty.txt')}': no publication date found; relative dates left unresolved (give --date)`,
      `extract: cannot read '${join(dir, '02-binary.txt')}': looks binary (contains NUL bytes)`,
      `extract: cannot read '${join(dir, '09-broken.txt')}': no such file or directory`,
    ];
    if (!unreadableIsReadable)
      expectedErrs.push(`extract: cannot read '${join(dir, '08-unreadable.txt')}': permission denied`);
    // the copies of 01-good.txt are the same article: each is flagged once
    const copies = [
      '04-utf16le.txt',
      '05-utf16be.txt',
      '06-crlf.txt',
      ...(unreadableIsReadable ? ['08-unreadable.txt'] : []),
      deepPath.slice(dir.length + 1),
      '11-last.txt',
    ];
    for (const n of copies)
      expectedErrs.push(`extract: warning: '${join(dir, n)}': same text as '${join(dir, '01-good.txt')}'`);
    expect(errs.sort()).toEqual(expectedErrs.sort());
  });

  it.skipIf(unreadableIsReadable)(
    'an unreadable file (chmod 000) is named as permission denied (skipped as root: root can read it)',
    () => {
      const r = extract(['--format', 'jsonl', join(dir, '08-unreadable.txt'), join(dir, '01-good.txt')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`extract: cannot read '${join(dir, '08-unreadable.txt')}': permission denied\n`);
      expect(jsonLines(r.stdout)).toHaveLength(1);
    },
  );

  it('-q keeps warnings off stderr but in the record', () => {
    const r = extract(['-q', '--format', 'jsonl', join(dir, '03-latin1.txt')]);
    expect(r.stderr).toBe('');
    expect(jsonLines(r.stdout)[0].warnings).toHaveLength(1);
  });

  it('a 1 MB article completes, with offsets right at its end', () => {
    const { dir: d, cleanup: c } = tempDir();
    try {
      const body = SEED.replace(/^\s*date \S+\s*/, '');
      let big = 'date 2023-06-15\n';
      while (big.length < 1024 * 1024) big += body + '\n\n';
      const p = join(d, 'big.txt');
      writeFileSync(p, big);
      const r = extract(['--format', 'jsonl', '-q', p]);
      expect(r.code).toBe(0);
      const [rec] = jsonLines(r.stdout);
      const cps = [...big];
      expect(rec.quotes.length).toBeGreaterThan(50);
      const last = rec.quotes[rec.quotes.length - 1];
      expect(last.start).toBeGreaterThan(cps.length - body.length - 10);
      for (const q of rec.quotes) expect(cps.slice(q.start, q.end).join('')).toBe(q.text);
      for (const x of rec.dates) expect(cps.slice(x.start, x.end).join('')).toBe(x.text);
    } finally {
      c();
    }
  }, 300_000);
});
