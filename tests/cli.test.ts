/**
 * The `extract` command end to end: the built binary in a child process,
 * checked on stdout, stderr and exit status.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extract, jsonLines, SEEDS, sh, tempDir } from './cli-run.js';

// Each test spawns the command, which loads compromise: allow for a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const SEED = 'seeds/000_2946bd023fe5b57f.txt';

describe('extract seeds/', () => {
  it('prints a table with quotes, entities and dates', () => {
    const r = extract(['seeds/']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(SEED);
    expect(r.stdout).toContain('published 2023-06-15');
    expect(r.stdout).toMatch(/Quotes \(\d+\)/);
    expect(r.stdout).toMatch(/Entities \(\d+\)/);
    expect(r.stdout).toMatch(/Dates \(\d+\)/);
    expect(r.stdout).toContain('┌');
    // not a terminal and no FORCE_COLOR: no escape codes
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('--format json is an array of records of the documented shape', () => {
    const r = extract(['--format', 'json', 'seeds/']);
    expect(r.code).toBe(0);
    const recs = JSON.parse(r.stdout);
    expect(Array.isArray(recs)).toBe(true);
    expect(recs).toHaveLength(1);
    const rec = recs[0];
    expect(Object.keys(rec)).toEqual([
      'schemaVersion',
      'source',
      'id',
      'title',
      'date',
      'dateSource',
      'quotes',
      'entities',
      'dates',
      'warnings',
    ]);
    expect(rec).toMatchObject({
      schemaVersion: 3,
      source: SEED,
      id: null,
      title: null,
      date: '2023-06-15',
      dateSource: 'header',
      warnings: [],
    });
    for (const k of ['quotes', 'entities', 'dates']) expect(Array.isArray(rec[k])).toBe(true);
    expect(rec.quotes.length).toBeGreaterThan(0);
    expect(rec.entities.length).toBeGreaterThan(0);
    expect(rec.dates.length).toBeGreaterThan(0);
    const q = rec.quotes[0];
    expect(q).toHaveProperty('text');
    expect(q).toHaveProperty('start');
    expect(q).toHaveProperty('end');
    expect(['direct', 'partial', 'indirect']).toContain(q.type);
    expect(q).toHaveProperty('speaker');
    expect(q).toHaveProperty('cue');
    expect(typeof q.rule).toBe('string');
    expect(rec.entities[0]).toMatchObject({
      id: expect.any(String),
      type: expect.stringMatching(/^(person|organization|place)$/),
    });
    expect(rec.dates[0]).toMatchObject({
      text: expect.any(String),
      start: expect.any(Number),
      end: expect.any(Number),
      rule: expect.any(String),
    });
  });

  it('--json is short for --format json', () => {
    expect(extract(['--json', 'seeds/']).stdout).toBe(extract(['--format', 'json', 'seeds/']).stdout);
  });

  it('--only keeps one part of the record', () => {
    const r = extract(['--format', 'jsonl', '--only', 'dates', 'seeds/']);
    expect(r.code).toBe(0);
    const [rec] = jsonLines(r.stdout);
    expect(rec.dates.length).toBeGreaterThan(0);
    expect(rec).not.toHaveProperty('quotes');
    expect(rec).not.toHaveProperty('entities');
    expect(rec.schemaVersion).toBe(3);
    const t = extract(['--only', 'entities', 'seeds/']);
    expect(t.stdout).toContain('Entities');
    expect(t.stdout).not.toContain('Quotes');
    expect(t.stdout).not.toContain('Dates');
  });

  it('--date overrides the publication date; an invalid one is bad usage', () => {
    const r = extract(['--format', 'jsonl', '--date', '2020-02-29', 'seeds/']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)[0].date).toBe('2020-02-29');
    for (const bad of ['2023-02-30', '15/06/2023', 'yesterday']) {
      const b = extract(['--date', bad, 'seeds/']);
      expect(b.code).toBe(2);
      expect(b.stdout).toBe('');
      expect(b.stderr).toMatch(/^extract: .*--date/);
      expect(b.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it('bad usage exits 2 with a one-line message', () => {
    for (const args of [
      ['--bogus', 'seeds/'],
      ['--format', 'xml', 'seeds/'],
      ['--only', 'people', 'seeds/'],
      ['--max-bytes', '-3', 'seeds/'],
    ]) {
      const r = extract(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^extract: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--help prints usage and exits 0', () => {
    const r = extract(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: extract');
  });

  it('output is byte-identical from run to run', () => {
    const a = extract(['--format', 'jsonl', 'seeds/', SEED]);
    const b = extract(['--format', 'jsonl', 'seeds/', SEED]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });
});

describe('--explain', () => {
  it('tables name the rule behind each quote and date, with the offsets of text, cue and speaker', () => {
    const r = extract(['--explain', '--only', 'quotes', 'seeds/']);
    expect(r.code).toBe(0);
    const flat = r.stdout.replace(/[│\s]+/g, ' ');
    expect(flat).toContain(
      'quoted.cue-before · text 1078–1362 · cue “told” 1061–1065 · speaker “Daniel Kritenbrink” 990–1008 named → e8',
    );
    // piped, tables are 80 columns wide unless COLUMNS says otherwise; at 100 the rule fits on one line
    const d = extract(['--explain', '--only', 'dates', 'seeds/'], { env: { COLUMNS: '100' } }).stdout;
    expect(d).toContain('weekday.tense+paren · 38–57');
    const e = extract(['--explain', '--only', 'entities', 'seeds/']).stdout;
    expect(e).toContain('gazetteer.country ×8');
  });

  it('the JSON names the rule of every entity mention', () => {
    const [rec] = jsonLines(extract(['--format', 'jsonl', 'seeds/']).stdout);
    const mentions = rec.entities.flatMap((e: { mentions: Array<{ rule: string }> }) => e.mentions);
    expect(mentions.length).toBe(48);
    expect(mentions.every((m: { rule: unknown }) => typeof m.rule === 'string' && m.rule.length > 0)).toBe(true);
  });

  it('without it, tables show no rules', () => {
    const r = extract(['seeds/']);
    expect(r.stdout).not.toContain('quoted.cue-before');
    expect(r.stdout).not.toContain('1078–1362');
  });
});

describe('colour', () => {
  it('FORCE_COLOR colours the table, NO_COLOR and --no-color win over it', () => {
    expect(extract(['seeds/'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(extract(['seeds/'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
    expect(extract(['--no-color', 'seeds/'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\x1b[');
    expect(extract(['seeds/'], { env: { FORCE_COLOR: '0' } }).stdout).not.toContain('\x1b[');
  });

  it('JSON never has colour', () => {
    const r = extract(['--format', 'jsonl', 'seeds/'], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).not.toContain('\x1b[');
    expect(() => jsonLines(r.stdout)).not.toThrow();
  });
});

describe('a closed pipe', () => {
  it('`| head -1` ends quietly with status 0', () => {
    // -q: the seed read four times is flagged as read more than once (tests/cli-ux.test.ts)
    const r = sh(`node bin/extract.js -q seeds/ seeds/ seeds/ seeds/ | head -1`);
    expect(r.pipestatus).toEqual([0, 0]);
    expect(r.stdout).toBe(`${SEED}  (published 2023-06-15)\n`);
    expect(r.stderr).toBe('');
  });

  it('jsonl over many inputs into `head -c 10` ends quietly with status 0', () => {
    const r = sh(`node bin/extract.js -q --format jsonl ${Array(30).fill('seeds/').join(' ')} | head -c 10`);
    expect(r.pipestatus).toEqual([0, 0]);
    expect(r.stderr).toBe('');
  });
});

describe('several inputs, some unreadable', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    writeFileSync(join(dir, 'b.txt'), 'date 2023-01-10\n"We will see," said Jane Smith on Monday.\n');
    writeFileSync(join(dir, 'a.txt'), 'Title: First\nDate: 2022-12-01\n\nJohn Brown visited Paris on Friday.\n');
    writeFileSync(join(dir, 'c.md'), '---\ntitle: Third\ndate: 2021-05-05\n---\nMary Jones said "hello" yesterday.\n');
    writeFileSync(join(dir, 'skip.csv'), 'not,an,article\n');
    writeFileSync(join(dir, '.hidden.txt'), 'hidden\n');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'x.txt'), 'hidden too\n');
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'deeper', 'd.txt'), 'Deep text from London.\n');
    writeFileSync(join(dir, 'sub', 'A.txt'), 'Upper case sorts first.\n');
    symlinkSync('..', join(dir, 'sub', 'loop')); // a loop back to the top
    symlinkSync('nowhere.txt', join(dir, 'broken.txt'));
  });
  afterAll(() => cleanup());

  it('folders are read recursively in sorted order, hidden entries, other extensions and loops skipped', () => {
    const r = extract(['--format', 'jsonl', '-q', dir]); // -q: some have no publication date
    const sources = jsonLines(r.stdout).map((x) => x.source.slice(dir.length + 1));
    expect(sources).toEqual(['a.txt', 'b.txt', 'c.md', 'sub/A.txt', 'sub/deeper/d.txt']);
    // the broken symlink is named, the rest is complete
    expect(r.stderr).toBe(`extract: cannot read '${join(dir, 'broken.txt')}': no such file or directory\n`);
    expect(r.code).toBe(1);
  });

  it('metadata of text and Markdown articles gives title and date', () => {
    const recs = jsonLines(
      extract(['--format', 'jsonl', join(dir, 'a.txt'), join(dir, 'c.md'), join(dir, 'b.txt')]).stdout,
    );
    expect(recs.map((x) => [x.title, x.date])).toEqual([
      ['First', '2022-12-01'],
      ['Third', '2021-05-05'],
      [null, '2023-01-10'],
    ]);
  });

  it('a missing path is named on stderr, other inputs are still processed, status 1', () => {
    const missing = join(dir, 'missing.txt');
    const r = extract(['--format', 'jsonl', join(dir, 'a.txt'), missing, join(dir, 'b.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: cannot read '${missing}': no such file or directory\n`);
    expect(jsonLines(r.stdout).map((x) => x.title)).toEqual(['First', null]);
  });

  it('--ext chooses the extensions read in folders', () => {
    const r = extract(['--format', 'jsonl', '--ext', '.md,csv', dir]);
    // skip.csv is read as CSV, never as prose: a header alone (its "article" column the text), no article
    expect([r.code, jsonLines(r.stdout).map((x) => x.source.slice(dir.length + 1))]).toEqual([0, ['c.md']]);
  });

  it('jsonl keeps input order; json is the same records as an array', () => {
    const args = [join(dir, 'c.md'), join(dir, 'a.txt'), join(dir, 'sub', 'deeper'), join(dir, 'sub', 'A.txt')];
    const l = extract(['--format', 'jsonl', ...args]);
    const j = extract(['--format', 'json', ...args]);
    expect(jsonLines(l.stdout).map((x) => x.source.slice(dir.length + 1))).toEqual([
      'c.md',
      'a.txt',
      'sub/deeper/d.txt',
      'sub/A.txt',
    ]);
    expect(JSON.parse(j.stdout)).toEqual(jsonLines(l.stdout));
    expect(l.stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('csv and tsv print a header and one row per quote (or entity, date with --only)', () => {
    const csv = extract(['--format', 'csv', join(dir, 'b.txt'), join(dir, 'c.md')]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('source,id,date,title,speaker,speaker_type,type,quote,start,end,cue,rule');
    expect(lines.length).toBe(3);
    expect(lines[1]).toContain('We will see,');
    expect(lines[1]).toMatch(/"We will see,"/); // a comma in a cell: quoted
    const tsv = extract(['--format', 'tsv', '--only', 'dates', join(dir, 'b.txt')]);
    const rows = tsv.stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(rows[0]).toEqual([
      'source',
      'id',
      'date',
      'title',
      'text',
      'type',
      'value',
      'from',
      'to',
      'start',
      'end',
      'rule',
    ]);
    expect(rows.slice(1).every((r) => r.length === 12)).toBe(true);
    expect(rows.some((r) => r[4] === 'Monday')).toBe(true);
    const ent = extract(['--format', 'csv', '--only', 'entities', join(dir, 'a.txt')]);
    expect(ent.stdout.split('\n')[0]).toBe('source,id,date,title,entity_id,type,name,aliases,titles,mentions');
  });

  it('a symlink to a folder above is followed, a loop is not', () => {
    const r = extract(['--format', 'jsonl', '-q', join(dir, 'sub')]);
    expect(r.stderr).toBe(
      `extract: cannot read '${join(dir, 'sub', 'loop', 'broken.txt')}': no such file or directory\n`,
    );
    // sub/loop -> .. reads the top folder once; its own "sub" is the loop and is skipped
    expect(jsonLines(r.stdout).map((x) => x.source.slice(dir.length + 1))).toEqual([
      'sub/A.txt',
      'sub/deeper/d.txt',
      'sub/loop/a.txt',
      'sub/loop/b.txt',
      'sub/loop/c.md',
    ]);
  });

  it('an empty folder prints an empty JSON array', () => {
    mkdirSync(join(dir, 'empty'), { recursive: true });
    const r = extract(['--format', 'json', join(dir, 'empty')]);
    expect(r.code).toBe(1); // nothing found, as grep
    expect(r.stderr).toBe(
      `extract: no articles found in ${join(dir, 'empty')} (looked for .txt, .md, .html, .htm, .xhtml, .jsonl, .ndjson, .json, .csv, .tsv, .rss, .atom, .warc)\n`,
    );
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe('standard input', () => {
  it('`-` reads one article of text', () => {
    const r = extract(['--format', 'jsonl', '-'], { input: 'date 2023-06-15\n"Fine," said Tom Hanks on Tuesday.\n' });
    expect(r.code).toBe(0);
    const [rec] = jsonLines(r.stdout);
    expect(rec).toMatchObject({ source: '-', date: '2023-06-15' });
    expect(rec.dates.map((d: any) => d.text)).toContain('Tuesday');
  });

  it('`-` reads JSON Lines when the input starts with {', () => {
    const input = [
      JSON.stringify({ id: 'a1', title: 'One', date: '2023-06-15', text: 'Joe Biden spoke on Monday.' }),
      '',
      JSON.stringify({ url: 'https://x.test/2', published: '2023-01-01T10:00:00Z', body: 'Paris is nice.' }),
      '{"text": broken',
      JSON.stringify({ content: 'Content field.' }),
      JSON.stringify({ title: 'no text' }),
    ].join('\n');
    const r = extract(['--format', 'jsonl', '-q', '-'], { input });
    expect(r.code).toBe(1);
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => [x.source, x.id, x.title, x.date])).toEqual([
      ['-:1', 'a1', 'One', '2023-06-15'],
      ['-:3', 'https://x.test/2', null, '2023-01-01'],
      ['-:5', null, null, null],
    ]);
    const err = r.stderr.trimEnd().split('\n');
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^extract: cannot read '-:4': invalid JSON/);
    expect(err[1]).toMatch(/^extract: cannot read '-:6': no text field \(text, body, content, /);
  });

  it('no paths and a pipe on stdin reads stdin', () => {
    const r = extract(['--format', 'jsonl'], { input: 'Hello from Berlin.' });
    expect(jsonLines(r.stdout)[0].source).toBe('-');
  });

  it('empty standard input is one empty record', () => {
    const r = extract(['--format', 'jsonl', '-'], { input: '' });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toMatchObject([{ source: '-', quotes: [], entities: [], dates: [] }]);
  });
});

describe('--max-bytes', () => {
  it('skips larger articles with a named error and status 1', () => {
    const big = 'x'.repeat(2000);
    const input = [
      JSON.stringify({ text: 'small' }),
      JSON.stringify({ text: big }),
      JSON.stringify({ text: 'small again' }),
    ].join('\n');
    const r = extract(['--format', 'jsonl', '-q', '--max-bytes', '1000', '-', SEEDS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`^extract: cannot read '${SEEDS}/000_2946bd023fe5b57f.txt': larger than --max-bytes`),
    );
    const s = extract(['--format', 'jsonl', '-q', '--max-bytes', '1000', '-'], { input });
    expect(s.code).toBe(1);
    expect(jsonLines(s.stdout).map((x) => x.source)).toEqual(['-:1', '-:3']);
    expect(s.stderr).toMatch(/^extract: cannot read '-:2': larger than --max-bytes/);
  });
});
