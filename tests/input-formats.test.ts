/**
 * The corpus formats researchers have: CSV/TSV, JSON, JSON Lines with other
 * field names, gzip, WARC, feeds, pages in any encoding. Read (not analysed)
 * from the fixtures in tests/fixtures/input and from files the tests write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeDocument } from '../src/input/decode.js';
import { discover } from '../src/input/discover.js';
import { dateFromField } from '../src/input/pubdate.js';

const fieldDate = (v: unknown) => dateFromField(v).day;
import { isFurniture } from '../src/input/furniture.js';
import { articleEvent, readInputs, type ReadEvent, type ReadOptions } from '../src/input/read.js';
import type { Article } from '../src/types.js';
import { tempDir } from './cli-run.js';
import { brotliCompressSync, chunked, httpResponse, warcFile, type WarcRecordSpec } from './input-warc.js';

const FIX = join(import.meta.dirname, 'fixtures', 'input');
const fx = (name: string) => join(FIX, name);
const tmp = tempDir('extract-formats-');
afterAll(() => tmp.cleanup());
const write = (name: string, data: string | Buffer) => {
  const p = join(tmp.dir, name);
  writeFileSync(p, data);
  return p;
};

async function read(paths: string[], options: ReadOptions = {}): Promise<ReadEvent[]> {
  const out: ReadEvent[] = [];
  for await (const e of readInputs(discover(paths), options)) out.push(e);
  return out;
}

/** The fields a user sees of each article, or the error. */
const brief = (e: ReadEvent) =>
  e.kind === 'error'
    ? { error: e.path, reason: e.reason }
    : {
        source: e.article.source,
        id: e.article.id,
        title: e.article.title,
        date: e.article.date,
        text: e.article.text,
        warnings: e.article.warnings,
      };

const articlesOf = (evs: ReadEvent[]): Article[] =>
  evs.map((e) => (e.kind === 'article' ? e.article : expect.fail(`${e.path}: ${e.reason}`)));

describe('CSV and TSV', () => {
  it('one article per row: RFC 4180 quotes, embedded newlines, columns by their usual names', async () => {
    const p = fx('articles.csv');
    expect((await read([p])).map(brief)).toEqual([
      {
        source: `${p}:1`,
        id: 'a1',
        title: 'Council delays budget vote',
        date: '2023-06-15',
        text: 'Riverside\'s city council postponed its vote on Wednesday.\n\n"We are close, but we are not there yet," said council leader Tom Okafor, adding that nobody wanted "even small" cuts.',
        warnings: [],
      },
      // a Unix timestamp; an RFC 822 date keeps the day written (22:10 at -0500 is the 14th)
      {
        source: `${p}:2`,
        id: 'a2',
        title: 'Ferry strike called off',
        date: '2023-06-15',
        text: 'The ferry strike planned for Friday was called off, the union said on Thursday.',
        warnings: [],
      },
      {
        source: `${p}:3`,
        id: 'a3',
        title: 'Harbour plan, phase two',
        date: '2023-06-14',
        text: 'Work on the quay will start next spring, officials said.',
        warnings: [],
      },
    ]);
  });

  it('TSV: a field starting with a quote is text', async () => {
    const a = articlesOf(await read([fx('articles.tsv')]));
    expect(a.map((x) => [x.title, x.date, x.text])).toEqual([
      ['Budget talks', '2023-06-15', '"We are close," said Tom Okafor on Wednesday.'],
      ['Ferry', '2023-06-16', 'The strike was called off, the union said.'],
    ]);
  });

  it('no text column: one error naming the columns and the option', async () => {
    const p = fx('no-text-column.csv');
    expect((await read([p])).map(brief)).toEqual([
      {
        error: p,
        reason:
          'no text column (text, body, content, article, maintext, full_text, story); its columns are "name", "score"; name it with --text-field',
      },
    ]);
  });

  it('a header alone: an error when no column could be the text, else no article', async () => {
    const bad = write('header-only.csv', 'name,score\n');
    expect((await read([bad])).map(brief)).toEqual([
      {
        error: bad,
        reason:
          'no text column (text, body, content, article, maintext, full_text, story); its columns are "name", "score"; name it with --text-field',
      },
    ]);
    expect(await read([write('empty-export.csv', 'title,text\n')])).toEqual([]);
  });

  it('--text-field, --title-field, --id-field, --date-field name the columns', async () => {
    const p = write(
      'custom.csv',
      'Story ID,Headline Text,When,Copy\nx9,Quay opens,15/06/2023,"The quay opened, the mayor said."\n',
    );
    const evs = await read([p], { fields: { text: 'Copy', title: 'Headline Text', id: 'Story ID', date: 'When' } });
    expect(evs.map(brief)).toEqual([
      {
        source: `${p}:1`,
        id: 'x9',
        title: 'Quay opens',
        date: '2023-06-15',
        text: 'The quay opened, the mayor said.',
        warnings: [],
      },
    ]);
    expect((await read([p], { fields: { text: 'Body' } })).map(brief)).toEqual([
      {
        error: p,
        reason: 'no column "Body" (--text-field); its columns are "Story ID", "Headline Text", "When", "Copy"',
      },
    ]);
  });

  it('a quote left open: the rows before it are read, then one error', async () => {
    const p = write('broken.csv', 'text\n"First row."\n"Second row, never closed\n');
    expect((await read([p])).map(brief)).toEqual([
      { source: `${p}:1`, id: null, title: null, date: null, text: 'First row.', warnings: [] },
      {
        error: `${p}:2`,
        reason:
          'Quote Not Closed: the parsing is finished with an opening quote at line 3; the rest of the file is not read',
      },
    ]);
  });

  it('a windows-1252 export is read as such, with a warning', async () => {
    const p = write('cp1252.csv', Buffer.from('text\n"\x93Oui,\x94 said Ren\xe9e."\n', 'latin1'));
    expect((await read([p])).map(brief)).toEqual([
      {
        source: `${p}:1`,
        id: null,
        title: null,
        date: null,
        text: '\u201cOui,\u201d said Ren\u00e9e.',
        warnings: ['not valid UTF-8: read as windows-1252'],
      },
    ]);
  });
});

describe('JSON', () => {
  it('one news-please article: maintext, date_publish, title, url', async () => {
    const p = fx('newsplease.json');
    expect((await read([p])).map(brief)).toEqual([
      {
        source: p,
        id: 'https://gazette.example/news/council',
        title: 'Council delays budget vote after late-night talks',
        date: '2023-06-15',
        text: 'Riverside\'s city council postponed its vote on the 2024 budget on Wednesday.\n\n"We are close, but we are not there yet," said council leader Tom Okafor after the meeting.',
        warnings: [],
      },
    ]);
  });

  it('{"articles": [...]} as news APIs answer: file.json:N, a bad date a warning', async () => {
    const p = fx('newsapi.json');
    const evs = (await read([p])).map(brief);
    expect(evs.map((e) => ('source' in e ? [e.source, e.id, e.date, e.warnings] : e))).toEqual([
      [`${p}:1`, 'https://harbour.example/plan', '2023-06-14', []],
      [`${p}:2`, 'https://harbour.example/ferry', null, ['field "publishedAt": unrecognised date "not a date"']],
    ]);
  });

  it('an array: each element is an article or an error of its own', async () => {
    const p = write(
      'list.json',
      JSON.stringify([{ text: 'One.' }, 7, { body: 'Two.', headline: 'H' }, { summary: 'no text' }]),
    );
    expect((await read([p])).map(brief)).toEqual([
      { source: `${p}:1`, id: null, title: null, date: null, text: 'One.', warnings: [] },
      { error: `${p}:2`, reason: 'not a JSON object' },
      { source: `${p}:3`, id: null, title: 'H', date: null, text: 'Two.', warnings: [] },
      {
        error: `${p}:4`,
        reason:
          'no text field (text, body, content, article, maintext, full_text, story); it has "summary"; name it with --text-field',
      },
    ]);
  });

  it('JSON that is not article-shaped is an error, not prose', async () => {
    const p = fx('not-articles.json');
    expect((await read([p])).map(brief)).toEqual([
      {
        error: p,
        reason:
          'not an article: an object with keys "name", "version", "scripts"; expected an object with a text field (text, body, content, maintext, ...), an array of them, or {"articles": [...]}',
      },
    ]);
    const bad = write('bad.json', '{"text": ');
    expect((await read([bad])).map(brief)).toEqual([
      { error: bad, reason: 'invalid JSON (Unexpected end of JSON input)' },
    ]);
  });

  it('a nested field by its dotted path; HTML in a field is read as HTML', async () => {
    const p = write(
      'guardian.json',
      JSON.stringify({ response: { results: [] }, fields: { bodyText: 'Nested text.' } }),
    );
    expect(articlesOf(await read([p], { fields: { text: 'fields.bodyText' } })).map((a) => a.text)).toEqual([
      'Nested text.',
    ]);
    const h = write(
      'wp.jsonl',
      JSON.stringify({ content: '<p>First &amp; best.</p><p>Second.</p>', link: 'https://w.example/1' }) + '\n',
    );
    expect((await read([h])).map(brief)).toEqual([
      {
        source: `${h}:1`,
        id: 'https://w.example/1',
        title: null,
        date: null,
        text: 'First & best.\n\nSecond.',
        warnings: [],
      },
    ]);
  });
});

describe('JSON Lines field names', () => {
  it('the same names as CSV; news-please "text": null beside "maintext"', async () => {
    const p = write(
      'np.jsonl',
      [
        JSON.stringify({
          text: null,
          maintext: 'Main.',
          date_publish: '2023-06-15 07:45:00',
          headline: 'H',
          guid: 'g1',
        }),
        JSON.stringify({ story: 'S.', publishedAt: 1686787200000 }),
      ].join('\n'),
    );
    expect((await read([p])).map(brief)).toEqual([
      { source: `${p}:1`, id: 'g1', title: 'H', date: '2023-06-15', text: 'Main.', warnings: [] },
      { source: `${p}:2`, id: null, title: null, date: '2023-06-15', text: 'S.', warnings: [] },
    ]);
  });
});

describe('language of a record', () => {
  it('a "language" field that is not English is a warning; "en" and "en-GB" are not', async () => {
    const p = write(
      'lang.jsonl',
      [
        { text: 'A.', language: 'de' },
        { text: 'B.', language: 'en-GB' },
        { text: 'C.', language: 'unknown value' },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    expect(articlesOf(await read([p])).map((a) => a.warnings)).toEqual([
      ['the record\'s language is "de", not English: quotes, names and dates may be missed or wrong'],
      [],
      [],
    ]);
  });
});

describe('gzip', () => {
  const lines = [JSON.stringify({ text: 'One.' }), JSON.stringify({ text: 'Two.' })].join('\n') + '\n';

  it('.jsonl.gz, .csv.gz and .txt.gz: decompressed as they stream, the inner name decides', async () => {
    const jl = write('c.jsonl.gz', gzipSync(lines));
    const cs = write('c.csv.gz', gzipSync('title,text\nT,"A, b."\n'));
    const tx = write('c.txt.gz', gzipSync('date 2023-06-15\nPlain.'));
    expect((await read([jl, cs, tx])).map(brief)).toEqual([
      { source: `${jl}:1`, id: null, title: null, date: null, text: 'One.', warnings: [] },
      { source: `${jl}:2`, id: null, title: null, date: null, text: 'Two.', warnings: [] },
      { source: `${cs}:1`, id: null, title: 'T', date: null, text: 'A, b.', warnings: [] },
      { source: tx, id: null, title: null, date: '2023-06-15', text: 'date 2023-06-15\nPlain.', warnings: [] },
    ]);
  });

  it('gzip found by its magic bytes, in a file and on standard input', async () => {
    const p = write('really-gzip.jsonl', gzipSync(lines));
    expect(articlesOf(await read([p])).map((a) => a.source)).toEqual([`${p}:1`, `${p}:2`]);
    const z = gzipSync(lines);
    const stdin = Readable.from([z.subarray(0, 1), z.subarray(1)]);
    const evs = [];
    for await (const e of readInputs([{ kind: 'stdin', path: '-' }], { stdin })) evs.push(e);
    expect(articlesOf(evs).map((a) => [a.source, a.text])).toEqual([
      ['-:1', 'One.'],
      ['-:2', 'Two.'],
    ]);
  });

  it('a truncated gzip: the records before the cut, then one error', async () => {
    const big = Array.from({ length: 400 }, (_, i) =>
      JSON.stringify({ text: `Article number ${i} with some words ${'x'.repeat(i % 50)}.` }),
    ).join('\n');
    const z = gzipSync(big);
    const p = write('cut.jsonl.gz', z.subarray(0, Math.floor(z.length / 2)));
    const evs = await read([p]);
    const last = evs[evs.length - 1]!;
    expect(last).toEqual({ kind: 'error', path: p, reason: 'gzip: unexpected end of file' });
    expect(evs.length).toBeGreaterThan(10);
    expect(evs.slice(0, -1).every((e) => e.kind === 'article')).toBe(true);
  });

  it('a .gz that is not gzip is an error', async () => {
    const p = write('fake.jsonl.gz', '{"text":"plain"}\n');
    expect((await read([p])).map(brief)).toEqual([{ error: p, reason: 'gzip: incorrect header check' }]);
  });
});

describe('WARC', () => {
  const page = (title: string, quote: string) =>
    `<!doctype html><html lang="en"><head><title>${title}</title><link rel="canonical" href="https://news.example/canonical-${title}">` +
    `<meta property="article:published_time" content="2023-06-15T08:00:00Z"></head><body><article><h1>${title}</h1>` +
    `<p>${quote} said Jane Smith, the mayor of Paris, to reporters outside city hall on Monday.</p><p>Advertisement</p>` +
    '<p>She said the council would meet again in July to decide on the budget for the coming year.</p></article></body></html>';
  const html1 = Buffer.from(page('One', '"We will win the vote,"'));
  // windows-1252 bytes for curly quotes and é, declared only in the HTTP header
  const html2 = Buffer.from(
    page('Two', '\x93We will win the vote,\x94').replace('</article>', '<p>Caf\xe9 owners agreed.</p></article>'),
    'latin1',
  );
  const records: WarcRecordSpec[] = [
    { type: 'warcinfo', contentType: 'application/warc-fields', block: Buffer.from('software: extract tests\r\n') },
    {
      type: 'request',
      uri: 'https://news.example/one',
      contentType: 'application/http; msgtype=request',
      block: Buffer.from('GET /one HTTP/1.1\r\nHost: news.example\r\n\r\n'),
    },
    {
      type: 'response',
      uri: 'https://news.example/one',
      contentType: 'application/http; msgtype=response',
      block: httpResponse(
        '200 OK',
        { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' },
        chunked(gzipSync(html1)),
      ),
    },
    {
      type: 'response',
      uri: 'https://news.example/logo.png',
      contentType: 'application/http; msgtype=response',
      block: httpResponse('200 OK', { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    },
    {
      type: 'response',
      uri: 'https://news.example/old',
      contentType: 'application/http; msgtype=response',
      block: httpResponse(
        '301 Moved Permanently',
        { Location: '/one', 'Content-Type': 'text/html' },
        Buffer.from('<p>moved</p>'),
      ),
    },
    {
      type: 'response',
      uri: 'https://news.example/two',
      contentType: 'application/http; msgtype=response',
      block: httpResponse(
        '200 OK',
        { 'Content-Type': 'text/html; charset=windows-1252', 'Content-Encoding': 'br' },
        brotliCompressSync(html2),
      ),
    },
    {
      type: 'resource',
      uri: 'https://news.example/note.txt',
      contentType: 'text/plain',
      block: Buffer.from('"Plain," she said.'),
    },
    {
      type: 'metadata',
      uri: 'https://news.example/one',
      contentType: 'application/warc-fields',
      block: Buffer.from('outlink: https://news.example/two\r\n'),
    },
  ];
  const expected = (p: string) => [
    {
      source: `${p}:3`,
      id: 'https://news.example/one',
      title: 'One',
      date: '2023-06-15',
      text: '"We will win the vote," said Jane Smith, the mayor of Paris, to reporters outside city hall on Monday.\n\nShe said the council would meet again in July to decide on the budget for the coming year.',
      warnings: [],
    },
    {
      source: `${p}:6`,
      id: 'https://news.example/two',
      title: 'Two',
      date: '2023-06-15',
      text: '\u201cWe will win the vote,\u201d said Jane Smith, the mayor of Paris, to reporters outside city hall on Monday.\n\nShe said the council would meet again in July to decide on the budget for the coming year.\n\nCaf\u00e9 owners agreed.',
      warnings: [],
    },
    {
      source: `${p}:7`,
      id: 'https://news.example/note.txt',
      title: null,
      date: null,
      text: '"Plain," she said.',
      warnings: [],
    },
  ];

  it('response records with HTML or text: HTTP headers off, chunked + gzip / br decoded, charset from HTTP, id the target URI', async () => {
    const p = write('crawl.warc', warcFile(records, false));
    expect((await read([p])).map(brief)).toEqual(expected(p));
  });

  it('.warc.gz (one gzip member per record) reads the same; so does a WARC on standard input', async () => {
    const p = write('crawl.warc.gz', warcFile(records, true));
    expect((await read([p])).map(brief)).toEqual(expected(p));
    const evs = [];
    for await (const e of readInputs([{ kind: 'stdin', path: '-' }], {
      stdin: Readable.from([warcFile(records, true)]),
    }))
      evs.push(e);
    expect(evs.map(brief)).toEqual(expected('-'));
  });

  it('the crawl date is not a publication date (a WARC/1.0 file)', async () => {
    const bare =
      '<!doctype html><html lang="en"><head><title>No date</title></head><body><p>"Fine," she said on Monday, leaving the council chamber after the vote.</p></body></html>';
    const p = write(
      'nodate.warc',
      warcFile(
        [
          {
            version: '1.0',
            type: 'response',
            uri: 'https://n.example/',
            contentType: 'application/http; msgtype=response',
            block: httpResponse('200 OK', { 'Content-Type': 'text/html' }, Buffer.from(bare)),
          },
        ],
        false,
      ),
    );
    expect(articlesOf(await read([p])).map((a) => a.date)).toEqual([null]);
  });

  it("warcio's note on a malformed record becomes a warning, never a line on stdout", async () => {
    const block = httpResponse(
      '200 OK',
      { 'Content-Type': 'text/html' },
      Buffer.from('<html lang="en"><body><p>"Fine," said Ann Lee.</p></body></html>'),
    );
    const rec = (len: number) =>
      Buffer.concat([
        Buffer.from(
          `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${len}\r\n\r\n`,
        ),
        block,
        Buffer.from('\r\n\r\n'),
      ]);
    const p = write('short-length.warc', Buffer.concat([rec(block.length - 5), rec(block.length)]));
    const log = console.log;
    const a = articlesOf(await read([p]));
    expect(console.log).toBe(log);
    expect(a.map((x) => [x.source, x.warnings.map((w) => w.slice(0, 36))])).toEqual([
      [`${p}:1`, []],
      [`${p}:2`, ['WARC: Content-Length Too Small: Reco']],
    ]);
  });

  it('a WARC without pages, and a file that is not a WARC, are errors', async () => {
    const p = write('requests.warc', warcFile(records.slice(0, 2), false));
    expect((await read([p])).map(brief)).toEqual([
      { error: p, reason: 'no HTML or text response records among its 2 records' },
    ]);
    const q = write('junk.warc', 'this is not a WARC file at all\n');
    expect((await read([q])).map(brief)).toEqual([
      { error: q, reason: 'not a WARC file (it does not start with "WARC/")' },
    ]);
  });
});

describe('feeds', () => {
  it('RSS 2.0: content:encoded as HTML, pubDate as written, link as id, the WordPress footer dropped', async () => {
    const p = fx('rss2.rss');
    expect((await read([p])).map(brief)).toEqual([
      {
        source: `${p}:1`,
        id: 'https://gazette.example/news/council',
        title: 'Council delays budget vote',
        date: '2023-06-15',
        text: 'Riverside\'s city council postponed its vote on the budget on Wednesday.\n\n"We are close, but we are not there yet," said council leader Tom Okafor.',
        warnings: [],
      },
      {
        source: `${p}:2`,
        id: 'https://gazette.example/news/ferry',
        title: 'Ferry strike called off',
        date: '2023-06-16',
        text: 'The ferry strike planned for Friday was called off, the union said.',
        warnings: [],
      },
    ]);
  });

  it('RSS 1.0 (RDF) in an .xml file: description and dc:date', async () => {
    const p = fx('rss1.xml');
    expect((await read([p])).map(brief)).toEqual([
      {
        source: `${p}:1`,
        id: 'https://harbour.example/plan',
        title: 'Harbour plan wins backing',
        date: '2023-06-13',
        text: '"This is the best news the harbour has had in a decade," said Anais Dupre on Tuesday.',
        warnings: [],
      },
    ]);
  });

  it('Atom: xhtml content, published, else updated; an HTML title as text', async () => {
    const p = fx('atom.atom');
    expect((await read([p])).map(brief)).toEqual([
      {
        source: `${p}:1`,
        id: 'https://courier.example/school',
        title: 'School reopens after floods',
        date: '2023-06-12',
        text: '"The children are back where they belong," said head teacher Priya Nair on Monday.\n\nRepairs cost the district two million dollars.',
        warnings: [],
      },
      {
        source: `${p}:2`,
        id: 'https://courier.example/road',
        title: 'Road closed',
        date: '2023-06-15',
        text: 'The valley road will stay closed until Friday, the county said.',
        warnings: [],
      },
    ]);
  });

  it('an .xml file that is not a feed is an error', async () => {
    const p = fx('sitemap.xml');
    expect((await read([p])).map(brief)).toEqual([
      { error: p, reason: 'not a feed (RSS or Atom): its root element is <urlset>' },
    ]);
  });
});

describe('web pages', () => {
  it('id from the canonical link; furniture ("4 Min Read", "Advertisement", "Related Coverage", newsletter, copyright) not analysed', async () => {
    const [a] = articlesOf(await read([fx('council-vote.html')]));
    expect(a!.id).toBe('https://gazette.example/news/2023/06/15/council-delays-budget-vote');
    expect(a!.date).toBe('2023-06-15');
    expect(a!.warnings).toEqual([]);
    expect(a!.text).toBe(
      "Riverside's city council postponed its vote on the 2024 budget on Wednesday after talks between the two largest groups ran past midnight without agreement.\n\n" +
        '"We are close, but we are not there yet," said council leader Tom Okafor after the meeting. "Nobody wants a budget that closes libraries."\n\n' +
        'The opposition leader, Ruth Brennan, said her group would not back any plan that raised parking charges. She told reporters the vote should take place next Tuesday.\n\n' +
        'Officials expect the revised budget to be published on Monday, two days before the deadline set by the regional government.',
    );
  });

  it('og:url when there is no canonical link (or it resolves a relative one); none without either', () => {
    const og = articleEvent(
      Buffer.from(
        '<html><head><meta property="og:url" content="https://o.example/a"></head><body><p>Text.</p></body></html>',
      ),
      'p.html',
      '.html',
    );
    expect(og.kind === 'article' && og.article.id).toBe('https://o.example/a');
    const rel = articleEvent(
      Buffer.from(
        '<html><head><link rel="canonical" href="/news/a"><meta property="og:url" content="https://o.example/x/y"></head><body><p>Text.</p></body></html>',
      ),
      'p.html',
      '.html',
    );
    expect(rel.kind === 'article' && rel.article.id).toBe('https://o.example/news/a');
    const none = articleEvent(Buffer.from('<html><body><p>Text.</p></body></html>'), 'p.html', '.html');
    expect(none.kind === 'article' && none.article.id).toBe(null);
  });

  it('a windows-1252 page declared by http-equiv: curly quotes, € and accents right', async () => {
    const [a] = articlesOf(await read([fx('harbour-cp1252.html')]));
    expect(a!.text).toBe(
      'The port authority\u2019s plan to rebuild the north quay won the backing of the regional assembly on Tuesday, after months of delays.\n\n' +
        '\u201cThis is the best news the harbour has had in a decade,\u201d said Ana\u00efs Dupr\u00e9, who chairs the fishermen\u2019s association. \u201cWe have waited long enough.\u201d\n\n' +
        'The work is expected to cost \u20ac40 million and to start next spring \u2013 a year later than first planned.',
    );
    expect(a!.warnings).toEqual([]);
  });

  it('a page not in English gets a warning: by <html lang>, or by its text', async () => {
    const [fr] = articlesOf(await read([fx('conseil-fr.html')]));
    expect(fr!.warnings).toEqual([
      'the page\'s language is "fr" (<html lang>), not English: quotes, names and dates may be missed or wrong',
    ]);
    const de =
      'Der Gemeinderat hat die Abstimmung über den Haushalt am Mittwoch verschoben, nachdem die Gespräche zwischen den beiden größten Fraktionen bis nach Mitternacht andauerten. „Wir sind nah dran, aber noch nicht am Ziel“, sagte der Bürgermeister nach der Sitzung. Die Abstimmung soll nun am kommenden Dienstag stattfinden, teilte die Stadtverwaltung mit.';
    const ev = articleEvent(
      Buffer.from(`<html><body><article><p>${de}</p></article></body></html>`),
      'de.html',
      '.html',
    );
    expect(ev.kind === 'article' && ev.article.warnings).toEqual([
      'the text does not look like English: quotes, names and dates may be missed or wrong',
    ]);
    const en = articleEvent(readFileSync(fx('council-vote.html')), 'en.html', '.html');
    expect(en.kind === 'article' && en.article.warnings).toEqual([]);
  });

  it('a main text suspiciously short for its page gets a warning', () => {
    const nav = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/s${i}">Section number ${i} of the site</a></li>`,
    ).join('');
    const html = `<html lang="en"><body><nav><ul>${nav}</ul></nav><article><p>Short teaser about the vote, with a quote from the mayor.</p></article><footer><ul>${nav}</ul></footer></body></html>`;
    const ev = articleEvent(Buffer.from(html), 'short.html', '.html');
    expect(
      ev.kind === 'article' && ev.article.warnings.filter((w) => w.startsWith('the main text is short')),
    ).toHaveLength(1);
  });

  it('.xhtml is HTML', async () => {
    const p = write(
      'page.xhtml',
      '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>X</title></head><body><p>"Yes," said Ann Lee.</p></body></html>',
    );
    expect(articlesOf(await read([p])).map((a) => [a.title, a.text])).toEqual([['X', '"Yes," said Ann Lee.']]);
  });
});

describe('page encodings (WHATWG order)', () => {
  const cp = (s: string) => Buffer.from(s, 'latin1');
  it('a BOM wins over every declaration', () => {
    const b = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<meta charset="windows-1252"><p>caf\u00e9</p>'),
    ]);
    expect(decodeDocument(b, { html: true, charset: 'iso-8859-2' })).toEqual({
      ok: true,
      text: '<meta charset="windows-1252"><p>caf\u00e9</p>',
      warnings: [],
    });
  });
  it('the HTTP charset wins over <meta>; <meta> over the default', () => {
    const b = cp('<meta charset="utf-8"><p>\x93caf\xe9\x94</p>');
    expect(decodeDocument(b, { html: true, charset: 'windows-1252' })).toMatchObject({
      text: '<meta charset="utf-8"><p>\u201ccaf\u00e9\u201d</p>',
    });
    expect(decodeDocument(cp('<meta charset="ISO-8859-1"><p>\x93caf\xe9\x94</p>'), { html: true })).toMatchObject({
      text: '<meta charset="ISO-8859-1"><p>\u201ccaf\u00e9\u201d</p>',
      warnings: [],
    });
  });
  it('a <meta> after a kilobyte of scripts in the head still counts; one in a script does not', () => {
    const scripts = `<script>var s = '${'x'.repeat(1200)}'; var c = "<meta charset=utf-8>";</script>`;
    const b = cp(
      `<html><head>${scripts}<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>caf\xe9</body></html>`,
    );
    expect(decodeDocument(b, { html: true })).toMatchObject({ ok: true, warnings: [] });
    expect((decodeDocument(b, { html: true }) as { text: string }).text.endsWith('caf\u00e9</body></html>')).toBe(true);
  });
  it('undeclared bytes that are not UTF-8: windows-1252 for a page, U+FFFD for a text', () => {
    expect(decodeDocument(cp('<p>\x93Hi\x94</p>'), { html: true })).toEqual({
      ok: true,
      text: '<p>\u201cHi\u201d</p>',
      warnings: ['not valid UTF-8 and no charset declared: read as windows-1252'],
    });
    expect(decodeDocument(cp('\x93Hi\x94'))).toEqual({
      ok: true,
      text: '\uFFFDHi\uFFFD',
      warnings: ['invalid UTF-8: 2 byte sequences replaced by U+FFFD'],
    });
  });
  it('an unknown charset label: UTF-8, with a warning', () => {
    expect(decodeDocument(Buffer.from('<p>ok</p>'), { html: true, charset: 'x-klingon' })).toEqual({
      ok: true,
      text: '<p>ok</p>',
      warnings: ['unknown charset "x-klingon": read as UTF-8'],
    });
  });
});

describe('formats by name and in folders', () => {
  it('a file given by name in a format not read is an error; --ext makes it text', async () => {
    const p = write('paper.pdf', '%PDF-1.4');
    expect((await read([p])).map(brief)).toEqual([
      {
        error: p,
        reason:
          'unsupported format (.pdf); readable: .txt, .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson, .json, .csv, .tsv, .rss, .atom, .xml, .warc (and each .gz), or give the extension with --ext to read it as text',
      },
    ]);
    const q = write('notes.text', 'Plain words.');
    expect(articlesOf(await read([q], { extensions: ['text'] })).map((a) => a.text)).toEqual(['Plain words.']);
  });

  it('folders: gzip of a listed extension is read; other files are counted by extension', () => {
    const { dir, cleanup } = tempDir();
    try {
      for (const f of ['a.txt', 'b.jsonl.gz', 'c.pdf', 'd.pdf', 'e.xml', 'f.pdf.gz', 'README'])
        writeFileSync(join(dir, f), 'x');
      const skipped = new Map<string, number>();
      const found = [...discover([dir], undefined, { skipped })].map((i) => i.path.slice(dir.length + 1));
      expect(found).toEqual(['a.txt', 'b.jsonl.gz']);
      expect([...skipped].sort()).toEqual([
        ['', 1],
        ['.gz', 1],
        ['.pdf', 2],
        ['.xml', 1],
      ]);
    } finally {
      cleanup();
    }
  });
});

describe('field dates and furniture rules', () => {
  it('fieldDate: the day as written, timestamps in seconds or milliseconds, null otherwise', () => {
    expect(fieldDate('Thu, 15 Jun 2023 23:30:00 -0400')).toBe('2023-06-15');
    expect(fieldDate('15 June 2023')).toBe('2023-06-15');
    expect(fieldDate('2023-06-15T23:30:00-04:00')).toBe('2023-06-15');
    expect(fieldDate(1686787200)).toBe('2023-06-15');
    expect(fieldDate('1686787200000')).toBe('2023-06-15');
    expect(fieldDate('Thu, 31 Jun 2023 10:00:00 GMT')).toBe(null);
    expect(fieldDate('soon')).toBe(null);
    expect(fieldDate(42)).toBe(null);
  });

  it('furniture is a whole short paragraph of one shape; prose that mentions it is kept', () => {
    for (const p of [
      'Advertisement',
      'ADVERTISEMENT - SCROLL TO CONTINUE',
      'Related Coverage',
      'Read more:',
      'Join our newsletter for the latest local news, every morning.',
      '© 2023 The Riverside Gazette. All rights reserved.',
      'Copyright 2023 Reuters',
      '4 Min Read',
      '5 min read',
      'Share this article',
      'The post Council delays budget vote appeared first on The Gazette.',
    ])
      expect([p, isFurniture(p)]).toEqual([p, true]);
    for (const p of [
      'The advertisement drew complaints, the regulator said.',
      'Related coverage of the strike angered the union.',
      '"Join our newsletter" campaigns were banned in 2021, she said.',
      'It was a four-minute read of the charges.',
      'Copyright lawyers said the case would take years to resolve, and the publisher agreed.',
    ])
      expect([p, isFurniture(p)]).toEqual([p, false]);
  });
});
