/**
 * What a person at a terminal, a spreadsheet user and a script see from the
 * command: version, help, why the output is empty, options that do nothing,
 * table widths, progress (none when piped), duplicates, Ctrl-C, and the same
 * counts in the HTML, CSV and JSON outputs. Each spawns the built binary.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extract, interruptRun, jsonLines, ROOT, sh, tempDir } from './cli-run.js';
import { CORPUS } from './summary-fixtures.js';
import { duration, Progress, progressLine } from '../src/cli/progress.js';
import { PassThrough } from 'node:stream';

vi.setConfig({ testTimeout: 180_000 });

const SEED = 'seeds/000_2946bd023fe5b57f.txt';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir('extract-ux-'));
  mkdirSync(join(dir, 'corpus'));
  for (const [name, text] of CORPUS) writeFileSync(join(dir, 'corpus', name), text);
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty', 'notes.doc'), 'not an article');
  mkdirSync(join(dir, 'dup'));
  writeFileSync(join(dir, 'dup', 'a.txt'), CORPUS[0]![1]);
  writeFileSync(join(dir, 'dup', 'b.txt'), CORPUS[1]![1]);
  writeFileSync(join(dir, 'dup', 'c-copy.txt'), CORPUS[0]![1].replace(/\n/g, '\r\n')); // the same article, other line ends
});
afterAll(() => cleanup());

describe('version and help', () => {
  it('-V and --version print the version', () => {
    for (const flag of ['-V', '--version'])
      expect(extract([flag])).toEqual({ stdout: `${VERSION}\n`, stderr: '', code: 0 });
  });
  it('--help into a pipe that closes early ends quietly', () => {
    const r = sh(`node bin/extract.js --help | head -1`);
    expect([r.stdout, r.stderr, r.pipestatus]).toEqual(['Examples:\n', '', [0, 0]]);
  });
  it('--help leads with examples, lists the input formats and every exit status', () => {
    const r = extract(['--help']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Examples:');
    const examples = lines.slice(1, lines.indexOf(''));
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(examples.length).toBeLessThanOrEqual(6);
    for (const l of examples) expect(l.length).toBeLessThanOrEqual(80);
    for (const part of ['extract corpus/ ', '| jq', '--format csv', '--summary', '--format html', 'corpus.jsonl'])
      expect(examples.join('\n')).toContain(part);
    expect(r.stdout).toContain('Usage: extract');
    for (const ext of ['.txt', '.md', '.html', '.jsonl', '.json', '.csv', '.warc', '.gz'])
      expect(r.stdout).toContain(ext);
    expect(r.stdout).toMatch(/Exit status: 0 .*; 1 .*; 2 bad usage; 74 .*; 130\/143\/129 stopped/s);
    expect(r.stdout).toMatch(/--top <n> +with --summary only/);
  });
});

describe('an empty result says why, and exits 1 as grep does', () => {
  it('a speaker with no quotes', () => {
    const r = extract(['--speaker', 'Nobody', SEED]);
    expect(r).toEqual({ stdout: '', stderr: 'extract: no quotes by "Nobody" in 1 article\n', code: 1 });
    const corpus = extract(['--speaker', 'Nobody', '--format', 'jsonl', join(dir, 'corpus')]);
    expect([corpus.stdout, corpus.stderr, corpus.code]).toEqual([
      '',
      'extract: no quotes by "Nobody" in 6 articles\n',
      1,
    ]);
  });
  it('an entity no article mentions; both filters', () => {
    expect(extract(['--entity', 'Atlantis', '--format', 'csv', join(dir, 'corpus')]).stderr).toBe(
      'extract: no article mentions "Atlantis" (6 articles read)\n',
    );
    const both = extract(['--entity', 'Cairo', '--speaker', 'Smith', join(dir, 'corpus')]);
    expect([both.stderr, both.code]).toEqual([
      'extract: no quotes by "Smith" in the articles that mention "Cairo" (6 articles read)\n',
      1,
    ]);
  });
  it('a match is not an error', () => {
    const r = extract(['--speaker', 'blinken', '--format', 'jsonl', join(dir, 'corpus')]);
    expect([r.stderr, r.code, jsonLines(r.stdout).length]).toEqual(['', 0, 3]);
  });
  it('a folder without articles names the extensions looked for', () => {
    const d = join(dir, 'empty');
    expect(extract([d])).toEqual({
      stdout: '',
      stderr: `extract: skipped 1 file in folders by extension (1 .doc); to include them, add their extensions to --ext (default .txt,.md,.html,.htm,.xhtml,.jsonl,.ndjson,.json,.csv,.tsv,.rss,.atom,.warc)\nextract: no articles found in ${d} (looked for .txt, .md, .html, .htm, .xhtml, .jsonl, .ndjson, .json, .csv, .tsv, .rss, .atom, .warc)\n`,
      code: 1,
    });
    expect(extract(['--ext', '.text', d]).stderr).toMatch(
      new RegExp(
        `^extract: skipped 1 file in folders by extension \\(1 \\.doc\\).*\\nextract: no articles found in ${d} \\(looked for \\.text\\)\\n$`,
      ),
    );
    // another folder with articles does not hide it
    const r = extract(['--format', 'jsonl', join(dir, 'corpus'), d]);
    expect([jsonLines(r.stdout).length, r.stderr, r.code]).toEqual([
      6,
      `extract: skipped 1 file in folders by extension (1 .doc); to include them, add their extensions to --ext (default .txt,.md,.html,.htm,.xhtml,.jsonl,.ndjson,.json,.csv,.tsv,.rss,.atom,.warc)\nextract: no articles found in ${d} (looked for .txt, .md, .html, .htm, .xhtml, .jsonl, .ndjson, .json, .csv, .tsv, .rss, .atom, .warc)\n`,
      1,
    ]);
  });
  it('--summary of nothing says so, and still prints an empty summary', () => {
    const d = join(dir, 'empty');
    const r = extract(['--summary', '--format', 'json', d]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `extract: skipped 1 file in folders by extension (1 .doc); to include them, add their extensions to --ext (default .txt,.md,.html,.htm,.xhtml,.jsonl,.ndjson,.json,.csv,.tsv,.rss,.atom,.warc)\nextract: no articles found in ${d} (looked for .txt, .md, .html, .htm, .xhtml, .jsonl, .ndjson, .json, .csv, .tsv, .rss, .atom, .warc)\n`,
    );
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'summary', articles: 0 });
    const f = extract(['--summary', '--speaker', 'Nobody', join(dir, 'corpus')]);
    expect([f.stderr, f.code]).toEqual(['extract: no quotes by "Nobody" in 6 articles\n', 1]);
  });
});

describe('options that do nothing in a combination are named once', () => {
  it.each([
    [['--summary', '--only', 'quotes'], 'extract: --only is ignored with --summary\n'],
    [['--format', 'html', '--only', 'dates'], 'extract: --only is ignored with --format html\n'],
    [['--top', '5'], 'extract: --top is ignored without --summary\n'],
    [
      ['--format', 'jsonl', '--explain'],
      'extract: --explain is ignored with --format jsonl (JSON records always carry each rule and offset)\n',
    ],
    [['--format', 'csv', '--include-text'], 'extract: --include-text is ignored with --format csv\n'],
    [['--format', 'csv', '--json'], 'extract: --format csv is ignored with --json\n'],
    [['--format', 'json', '--no-color'], 'extract: --no-color is ignored with --format json\n'],
    [
      ['--ext', '.md'],
      'extract: --ext is ignored: no folder given (files named on the command line are read whatever their extension)\n',
    ],
  ])('%j', (args, line) => {
    const r = extract([...args, SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(line);
  });
  it('none when each option does something, and none with -q', () => {
    expect(extract(['--summary', '--top', '3', SEED]).stderr).toBe('');
    expect(extract(['--only', 'quotes', '--explain', SEED]).stderr).toBe('');
    expect(extract(['--ext', '.txt', 'seeds/']).stderr).toBe('');
    expect(extract(['--summary', '--only', 'quotes', '-q', SEED]).stderr).toBe('');
  });
});

describe('tables piped fit COLUMNS, else 80 columns', () => {
  const widest = (s: string) => Math.max(...s.split('\n').map((l) => [...l].length));
  it('per article and the summary', () => {
    for (const args of [[SEED], ['--summary', join(dir, 'corpus')]]) {
      expect(widest(extract(args).stdout)).toBeLessThanOrEqual(80);
      expect(widest(extract(args, { env: { COLUMNS: '64' } }).stdout)).toBeLessThanOrEqual(64);
      const wide = extract(args, { env: { COLUMNS: '140' } }).stdout;
      expect(widest(wide)).toBeGreaterThan(80);
      expect(widest(wide)).toBeLessThanOrEqual(140);
    }
  });
  it('a column left out at 80 columns is named', () => {
    const narrow = extract(['--summary', join(dir, 'corpus')]).stdout;
    expect(narrow).toContain('Not shown at 80 columns: also as');
    expect(extract(['--summary', join(dir, 'corpus')], { env: { COLUMNS: '120' } }).stdout).not.toContain('Not shown');
  });
});

describe('progress is for a terminal only', () => {
  it('the line: done of total, rate and time left; without a total, done and rate', () => {
    expect(progressLine({ done: 12, total: 38, elapsedMs: 3000 })).toBe('12/38 files · 4.0/s · 7 s left');
    expect(progressLine({ done: 500, total: 10_480, elapsedMs: 20_000 })).toBe(
      '500/10480 files · 25/s · 6 min 39 s left',
    );
    expect(progressLine({ done: 1, total: null, elapsedMs: 1500 })).toBe('1 file · 0.7/s');
    expect(progressLine({ done: 0, total: 5, elapsedMs: 0 })).toBe('0/5 files');
    expect([duration(59.6), duration(3600 * 2 + 61)]).toEqual(['1 min 00 s', '2 h 01 min']);
  });
  it('at a terminal the bar shows the line, and clears it before another message and at the end', () => {
    let written = '';
    const tty = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    tty.on('data', (d: Buffer) => (written += d.toString()));
    const p = new Progress(true, tty as unknown as NodeJS.WriteStream, 0);
    p.setTotal(3);
    p.tick();
    expect(written).toMatch(/1\/3 files/);
    p.clear();
    expect(written).toMatch(/\x1b\[2K[^]*$/); // the line is erased
    written = '';
    p.tick();
    expect(written).toMatch(/2\/3 files/);
    p.end();
    const off = new Progress(false, tty as unknown as NodeJS.WriteStream, 0);
    written = '';
    off.tick();
    off.end();
    expect([written, off.count]).toEqual(['', 1]);
  });
  it('nothing on stderr when piped, with or without -q', () => {
    for (const q of [[], ['-q']]) {
      const r = extract([...q, '--format', 'jsonl', '--jobs', '1', join(dir, 'corpus')]);
      expect(r.stderr).toBe('');
    }
  });
});

describe('the same article read twice', () => {
  it('is flagged once on stderr; per-article output keeps both', () => {
    const d = join(dir, 'dup');
    const r = extract(['--format', 'jsonl', d]);
    expect(r.stderr).toBe(`extract: warning: '${join(d, 'c-copy.txt')}': same text as '${join(d, 'a.txt')}'\n`);
    expect(jsonLines(r.stdout)).toHaveLength(3);
    expect(r.code).toBe(0);
    expect(extract(['-q', '--format', 'jsonl', d]).stderr).toBe('');
  });
  it('the same path given three times is flagged once', () => {
    const r = extract(['--format', 'jsonl', SEED, SEED, SEED]);
    expect([r.stderr, jsonLines(r.stdout).length, r.code]).toEqual([
      `extract: warning: '${SEED}': read more than once\n`,
      3,
      0,
    ]);
    expect(JSON.parse(extract(['--summary', '--format', 'json', '-q', SEED, SEED]).stdout)).toMatchObject({
      articles: 1,
      duplicates: 1,
    });
  });
  it('is counted once in the summary, and listed there', () => {
    const d = join(dir, 'dup');
    const r = extract(['--summary', '--format', 'json', d]);
    expect(r.stderr).toBe(
      `extract: warning: '${join(d, 'c-copy.txt')}': same text as '${join(d, 'a.txt')}' (summarised once)\n`,
    );
    const s = JSON.parse(r.stdout);
    expect([s.articles, s.duplicates, s.duplicateOf]).toEqual([
      2,
      1,
      [{ source: join(d, 'c-copy.txt'), sameAs: join(d, 'a.txt') }],
    ]);
    expect(s.speakers[0]).toMatchObject({ name: 'Antony Blinken', quotes: 3, articles: 2 });
    expect(extract(['--summary', d]).stdout.split('\n\n')[0].replace(/\s+/g, ' ')).toContain(
      '· 1 duplicate counted once',
    );
    expect(extract(['--format', 'html', d]).stdout).toContain(
      '1 article repeats the text of another and is counted once',
    );
    const csv = extract(['--summary', '--format', 'csv', '-q', d]).stdout.trimEnd().split('\n');
    expect(csv.filter((l) => l.startsWith('duplicate,'))).toEqual([
      `duplicate,,${join(d, 'c-copy.txt')},${join(d, 'a.txt')},,,,,` + ','.repeat(11),
    ]);
    expect(csv[1]).toMatch(/^corpus,,,,3,,2,/);
  });
});

describe('Ctrl-C', () => {
  it('one line says how many articles were written of how many', async () => {
    const { dir: big, cleanup: done } = tempDir();
    try {
      for (let i = 0; i < 300; i++)
        writeFileSync(
          join(big, `${String(i).padStart(4, '0')}.txt`),
          'date 2024-03-01\n\n' + `"We will see," said Jane Smith in Paris on Monday ${i}.\n`.repeat(4),
        );
      const { code, out, err } = await interruptRun(
        ['--format', 'jsonl', '--jobs', '1', big],
        'SIGINT',
        (o) => o.split('\n').length > 3,
      );
      expect(code).toBe(130);
      const written = out.split('\n').filter(Boolean).length;
      expect(err).toBe(`extract: interrupted: ${written} of 300 articles written\n`);
    } finally {
      done();
    }
  });
});

describe('HTML, CSV and JSON agree on every count', () => {
  it('corpus, speakers, people, organizations, places, months and articles', () => {
    const d = join(dir, 'corpus');
    const json = JSON.parse(extract(['--summary', '--format', 'json', d]).stdout);
    const csv = extract(['--summary', '--format', 'csv', d])
      .stdout.trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const html = extract(['--format', 'html', d]).stdout;
    const records = jsonLines(extract(['--format', 'jsonl', d]).stdout);
    const quoteRows = extract(['--format', 'csv', d]).stdout.trimEnd().split('\n').slice(1);

    // the totals
    expect(json.articles).toBe(records.length);
    expect(json.quotes).toBe(records.reduce((n: number, r: any) => n + r.quotes.length, 0));
    expect(quoteRows).toHaveLength(json.quotes);
    expect(csv[0]!.slice(0, 9)).toEqual([
      'corpus',
      '',
      '',
      '',
      String(json.quotes),
      '',
      String(json.articles),
      json.firstDate,
      json.lastDate,
    ]);
    expect(html).toContain(
      `<a href="#articles">${json.articles} articles</a> · <a href="#speakers">${json.quotes} quotes</a>`,
    );

    // each speaker: JSON = CSV summary = HTML row = the per-article CSV rows of its aliases
    json.speakers.forEach((sp: any, i: number) => {
      expect(csv.find((r) => r[0] === 'speaker' && r[2] === sp.name)?.slice(4, 7)).toEqual([
        String(sp.quotes),
        '',
        String(sp.articles),
      ]);
      const id = `sp-${i + 1}`;
      expect(html).toContain(
        `<td class="n"><a class="n" href="#${id}">${sp.quotes}</a></td><td class="n"><a class="n" href="#${id}">${sp.articles}</a></td>`,
      );
      expect(html).toContain(`${sp.quotes} quote${sp.quotes === 1 ? '' : 's'} by ${sp.name} in ${sp.articles} article`);
      const rows = quoteRows.filter((l) => sp.aliases.includes(l.split(',')[4]));
      expect(rows).toHaveLength(sp.quotes);
      expect(new Set(rows.map((l) => l.split(',')[0])).size).toBe(sp.articles);
      expect(sp.quoteList).toHaveLength(sp.quotes);
    });
    // each entity
    for (const [section, list, prefix] of [
      ['person', json.people, 'pe'],
      ['organization', json.organizations, 'or'],
      ['place', json.places, 'pl'],
    ] as const) {
      (list as any[]).forEach((x, i) => {
        expect(csv.find((r) => r[0] === section && r[2] === x.name)?.slice(4, 7)).toEqual([
          '',
          String(x.mentions),
          String(x.articles),
        ]);
        const id = `${prefix}-${i + 1}`;
        expect(html).toContain(
          `<td class="n"><a class="n" href="#${id}">${x.mentions}</a></td><td class="n"><a class="n" href="#${id}">${x.articles}</a></td>`,
        );
        expect(x.articleRefs).toHaveLength(x.articles);
      });
    }
    // each month
    for (const m of json.months) {
      expect(csv.find((r) => r[0] === 'month' && r[2] === m.month)?.slice(4, 7)).toEqual([
        String(m.quotes),
        '',
        String(m.articles),
      ]);
      const row = html.match(new RegExp(`<tr class="month[^"]*" data-month="${m.month}">.*?</tr>`))?.[0] ?? '';
      expect(row).toContain(`${m.articles} article${m.articles === 1 ? '' : 's'}<`);
      expect(row).toContain(`${m.quotes} quote${m.quotes === 1 ? '' : 's'}<`);
    }
    // each article: its quotes in the HTML table = in its record = its CSV rows
    records.forEach((r: any, i: number) => {
      const row = html.match(new RegExp(`<tr class="row" id="a-${i}">.*?</tr>`))?.[0] ?? '';
      expect(row).toContain(`<td>${r.source}</td>`);
      expect(row.match(/<td class="n">(?:<a[^>]*>)?(\d+)/g)?.[1]).toMatch(new RegExp(`>${r.quotes.length}$`));
      expect(quoteRows.filter((l) => l.startsWith(`${r.source},`))).toHaveLength(r.quotes.length);
      expect(json.articleList[i]).toMatchObject({ source: r.source, date: r.date, quotes: r.quotes.length });
    });
  });
});
