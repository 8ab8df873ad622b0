/**
 * The corpus formats through the command, as a user runs it: records,
 * stderr, exit status, the field options, the skipped-files note, and the
 * same output for any --jobs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { extract, jsonLines, tempDir } from './cli-run.js';
import { httpResponse, warcFile } from './input-warc.js';

// Each test spawns the command, which loads compromise: allow for a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const FIX = join(import.meta.dirname, 'fixtures', 'input');
const tmp = tempDir('extract-input-cli-');
afterAll(() => tmp.cleanup());
const write = (name: string, data: string | Buffer) => {
  const p = join(tmp.dir, name);
  writeFileSync(p, data);
  return p;
};

describe('corpus files by name', () => {
  it('a CSV: one record per row, offsets into the analysed text', () => {
    const p = join(FIX, 'articles.csv');
    const r = extract(['--format', 'jsonl', '--include-text', p]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => [x.source, x.id, x.date])).toEqual([
      [`${p}:1`, 'a1', '2023-06-15'],
      [`${p}:2`, 'a2', '2023-06-15'],
      [`${p}:3`, 'a3', '2023-06-14'],
    ]);
    expect(
      recs[0].quotes.map((q: { speaker: { name: string } | null; text: string }) => [q.speaker?.name, q.text])[0],
    ).toEqual(['Tom Okafor', 'We are close, but we are not there yet,']);
    for (const rec of recs) {
      const cps = [...rec.text];
      for (const q of rec.quotes) expect(cps.slice(q.start, q.end).join('')).toBe(q.text);
      for (const d of rec.dates) expect(cps.slice(d.start, d.end).join('')).toBe(d.text);
    }
  });

  it('--text-field and --id-field name the columns; a missing column is one error, exit 1', () => {
    const p = write('custom.csv', 'ref,copy\nr1,"""Yes,"" said Ann Lee on Monday."\n');
    const ok = extract(['--format', 'jsonl', '--text-field', 'copy', '--id-field', 'ref', p]);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    expect(jsonLines(ok.stdout).map((x) => [x.source, x.id, x.quotes.length])).toEqual([[`${p}:1`, 'r1', 1]]);
    const bad = extract(['--format', 'jsonl', p]);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([
      1,
      '',
      `extract: cannot read '${p}': no text column (text, body, content, article, maintext, full_text, story); its columns are "ref", "copy"; name it with --text-field\n`,
    ]);
  });

  it('an unsupported format given by name is an error; the other files are still read', () => {
    const pdf = write('report.pdf', '%PDF-1.4 binary');
    const txt = write('note.txt', '"Fine," said Ann Lee.');
    const r = extract(['--format', 'jsonl', pdf, txt]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `extract: cannot read '${pdf}': unsupported format (.pdf); readable: .txt, .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson, .json, .csv, .tsv, .rss, .atom, .xml, .warc (and each .gz), or give the extension with --ext to read it as text\n`,
    );
    expect(jsonLines(r.stdout).map((x) => x.source)).toEqual([txt]);
  });

  it('JSON that is not an article is an error, not prose', () => {
    const p = join(FIX, 'not-articles.json');
    const r = extract(['--format', 'jsonl', p]);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(
      /^extract: cannot read '.*not-articles\.json': not an article: an object with keys "name", "version", "scripts"; /,
    );
  });

  it('gzip JSON Lines on standard input', () => {
    const z = gzipSync(
      [
        JSON.stringify({ maintext: '"Yes," said Ann Lee.', url: 'https://a.example/1' }),
        JSON.stringify({ body: 'Nothing here.' }),
      ].join('\n'),
    );
    const r = extract(['--format', 'jsonl', '-'], { input: z });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(jsonLines(r.stdout).map((x) => [x.source, x.id, x.quotes.length])).toEqual([
      ['-:1', 'https://a.example/1', 1],
      ['-:2', null, 0],
    ]);
  });
});

describe('folders', () => {
  it('files of other extensions: one line at the end counting them, and how to include them; none with -q', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'a.txt'), '"Fine," said Ann Lee.');
      writeFileSync(join(dir, 'b.csv'), 'text\n"""Good,"" said Bo Ek."\n');
      for (const f of ['c.pdf', 'd.pdf', 'e.xml', 'f.docx']) writeFileSync(join(dir, f), 'x');
      const r = extract(['--format', 'jsonl', dir]);
      expect(r.code).toBe(0);
      expect(jsonLines(r.stdout).map((x) => x.source)).toEqual([join(dir, 'a.txt'), `${join(dir, 'b.csv')}:1`]);
      expect(r.stderr).toBe(
        'extract: skipped 4 files in folders by extension (2 .pdf, 1 .docx, 1 .xml); to include them, add their extensions to --ext (default .txt,.md,.html,.htm,.xhtml,.jsonl,.ndjson,.json,.csv,.tsv,.rss,.atom,.warc)\n',
      );
      const q = extract(['--format', 'jsonl', '-q', dir]);
      expect([q.code, q.stderr]).toEqual([0, '']);
      // annotation files beside the texts: counted, not errors (named, such a file is an error)
      writeFileSync(join(dir, 'a.gold.json'), '{"quotes": [], "entities": []}');
      writeFileSync(join(dir, 'g.json'), JSON.stringify({ headline: 'H', maintext: '"Yes," said Ann Lee.' }));
      const j = extract(['--format', 'jsonl', '--ext', '.txt,.json', dir]);
      expect(j.code).toBe(0);
      expect(jsonLines(j.stdout).map((x) => x.source)).toEqual([join(dir, 'a.txt'), join(dir, 'g.json')]);
      expect(j.stderr.split('\n').slice(-2)).toEqual([
        'extract: skipped 1 .json file in folders that hold no article (no text field); name the field with --text-field, or leave .json out of --ext',
        '',
      ]);
      const named = extract(['--format', 'jsonl', join(dir, 'a.gold.json')]);
      expect([named.code, named.stderr]).toEqual([
        1,
        `extract: cannot read '${join(dir, 'a.gold.json')}': not an article: an object with keys "quotes", "entities"; expected an object with a text field (text, body, content, maintext, ...), an array of them, or {"articles": [...]}\n`,
      ]);
      const all = extract(['--format', 'jsonl', '--ext', '.txt,.xml', dir]);
      expect(all.code).toBe(1); // e.xml is not a feed
      expect(all.stderr.split('\n')[0]).toBe(`extract: cannot read '${join(dir, 'e.xml')}': not a feed (RSS or Atom)`);
    } finally {
      cleanup();
    }
  });
});

describe('--jobs', () => {
  it('a WARC, a feed and a CSV give the same bytes for --jobs 1 and 2, records in input order', () => {
    const page = (n: number) =>
      Buffer.from(
        `<!doctype html><html lang="en"><head><title>Page ${n}</title></head><body><article><p>"We will decide on Monday," said council leader Tom Okafor of page ${n}, after a long meeting at city hall.</p><p>The vote is expected in July, officials said.</p></article></body></html>`,
      );
    const records = Array.from({ length: 6 }, (_, i) => ({
      type: 'response' as const,
      uri: `https://news.example/${i + 1}`,
      contentType: 'application/http; msgtype=response',
      block: httpResponse('200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, page(i + 1)),
    }));
    const warc = write('crawl.warc.gz', warcFile(records, true));
    const args = ['--format', 'jsonl', warc, join(FIX, 'rss2.rss'), join(FIX, 'articles.csv')];
    const one = extract([...args, '--jobs', '1']);
    const two = extract([...args, '--jobs', '2']);
    expect([one.code, one.stderr]).toEqual([0, '']);
    expect(two.stdout).toBe(one.stdout);
    expect(jsonLines(one.stdout).map((x) => x.source.slice(x.source.lastIndexOf('/') + 1))).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((n) => `crawl.warc.gz:${n}`),
      'rss2.rss:1',
      'rss2.rss:2',
      'articles.csv:1',
      'articles.csv:2',
      'articles.csv:3',
    ]);
  });
});

describe('the startup snapshot', () => {
  it('reads every format as the plain start does (the libraries load on first use in both)', () => {
    const warc = write(
      'snap.warc.gz',
      warcFile(
        [
          {
            type: 'response',
            uri: 'https://s.example/',
            contentType: 'application/http; msgtype=response',
            block: httpResponse(
              '200 OK',
              { 'Content-Type': 'text/html; charset=windows-1252' },
              Buffer.from('<html lang="en"><body><p>\x93Yes,\x94 said Ann Lee on Monday.</p></body></html>', 'latin1'),
            ),
          },
        ],
        true,
      ),
    );
    const gz = write('snap.jsonl.gz', gzipSync(JSON.stringify({ text: '"No," said Bo Ek.' }) + '\n'));
    const args = [
      '--format',
      'jsonl',
      warc,
      gz,
      ...[
        'articles.csv',
        'articles.tsv',
        'newsapi.json',
        'rss2.rss',
        'rss1.xml',
        'atom.atom',
        'harbour-cp1252.html',
        'sitemap.xml',
      ].map((f) => join(FIX, f)),
    ];
    const withSnapshot = extract(args);
    expect(withSnapshot.code).toBe(1); // sitemap.xml is not a feed
    expect(jsonLines(withSnapshot.stdout)).toHaveLength(15);
    expect(extract(args, { env: { EXTRACT_NO_SNAPSHOT: '1' } })).toEqual(withSnapshot);
  });
});
