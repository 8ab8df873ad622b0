/**
 * The corpus view as the CLI will run it: a fixture corpus in a temp folder,
 * read with the library's readers, summarised by runSummary; the JSON it writes
 * is checked against counts recomputed from the per-article records.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, discover, readInputs, type ArticleRecord } from '../src/index.js';
import { formatSummary, runSummary, type SummaryOptions } from '../src/cli/summary.js';
import type { Summary } from '../src/summary/types.js';
import { CORPUS } from './summary-fixtures.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-corpus-'));
  for (const [name, text] of CORPUS) writeFileSync(join(dir, name), text + '\n');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function* records(): AsyncGenerator<ArticleRecord> {
  for await (const ev of readInputs(discover([dir]))) if (ev.kind === 'article') yield analyzeArticle(ev.article);
}

async function run(opts: Partial<SummaryOptions>): Promise<string> {
  let out = '';
  await runSummary(records(), { format: 'json', color: false, width: 100, ...opts }, async (s) => {
    out += s;
  });
  return out;
}

describe('runSummary over a folder', () => {
  it('speaker counts in the JSON match the per-article records', async () => {
    const s = JSON.parse(await run({ format: 'json' })) as Summary;
    const recs: ArticleRecord[] = [];
    for await (const r of records()) recs.push(r);
    expect(s.articles).toBe(recs.length);
    expect(s.quotes).toBe(recs.reduce((n, r) => n + r.quotes.length, 0));
    expect(s.speakers.map((x) => x.name)).toEqual(['Antony Blinken', 'Jane Smith', 'John Smith', 'Smith']);
    for (const sp of s.speakers) {
      const aliases = new Set(sp.aliases);
      const by = (r: ArticleRecord) => r.quotes.filter((q) => q.speaker && aliases.has(q.speaker.name));
      const dates = recs
        .filter((r) => by(r).length && r.date)
        .map((r) => r.date!)
        .sort();
      expect([sp.name, sp.quotes, sp.articles, sp.firstDate, sp.lastDate]).toEqual([
        sp.name,
        recs.reduce((n, r) => n + by(r).length, 0),
        recs.filter((r) => by(r).length).length,
        dates[0] ?? null,
        dates[dates.length - 1] ?? null,
      ]);
    }
    const months = new Map<string, number>();
    for (const r of recs)
      months.set(
        r.date?.slice(0, 7) ?? 'unknown',
        (months.get(r.date?.slice(0, 7) ?? 'unknown') ?? 0) + r.quotes.length,
      );
    for (const m of s.months) expect(m.quotes).toBe(months.get(m.month) ?? 0);
  });

  it("with --speaker, summarises only that speaker's quotes", async () => {
    const s = JSON.parse(await run({ filters: { speaker: 'blinken' } })) as Summary;
    expect([s.articles, s.quotes, s.speakers.map((x) => x.name)]).toEqual([3, 4, ['Antony Blinken']]);
    expect(s.months.map((m) => [m.month, m.quotes])).toEqual([
      ['2024-01', 3],
      ['unknown', 1],
    ]);
  });

  it('a filter that matches nothing gives an empty summary', async () => {
    const s = JSON.parse(await run({ filters: { entity: 'Atlantis' } })) as Summary;
    expect([s.articles, s.quotes, s.speakers, s.months]).toEqual([0, 0, [], []]);
  });

  it('every format', async () => {
    expect(await run({ format: 'jsonl' })).toMatch(/^\{"schemaVersion":2,"kind":"summary",[^\n]*\}\n$/);
    expect((await run({ format: 'csv' })).split('\n')[2]).toBe(
      'speaker,1,Antony Blinken,Blinken,4,,3,2024-01-10,2024-01-20' + ','.repeat(11),
    );
    expect((await run({ format: 'tsv' })).split('\n')[2]).toBe(
      'speaker\t1\tAntony Blinken\tBlinken\t4\t\t3\t2024-01-10\t2024-01-20' + '\t'.repeat(11),
    );
    expect(await run({ format: 'html' })).toMatch(/^<!DOCTYPE html>[\s\S]*<table id="timeline">[\s\S]*<\/html>\n$/);
    const table = await run({ format: 'table' });
    expect(table.split('\n')[0]).toBe('Corpus  6 articles · 8 quotes · 2024-01-10 – 2024-03-11 · 1 undated');
    expect(table).toContain('2024-01 █ █ 2024-03  quotes per month');
  });

  it('formatSummary alone gives the same text', async () => {
    const json = await run({ format: 'json' });
    expect(formatSummary(JSON.parse(json) as Summary, { format: 'json', color: false, width: 80 })).toBe(json);
  });
});

describe('scripts/summary-demo.mjs (built)', () => {
  const demo = (args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['scripts/summary-demo.mjs', ...args], { timeout: 60_000 }, (err, stdout, stderr) =>
        err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
      ),
    );
  it('prints the per-article records of one speaker, and nothing for nobody', async () => {
    const lines = (await demo(['--articles', '--speaker', 'Antony Blinken', dir]))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ArticleRecord);
    expect(lines.map((r) => [r.source.replace(/^.*[\\/]/, ''), r.quotes.length])).toEqual([
      ['a1.txt', 2],
      ['a2.txt', 1],
      ['a6.txt', 1],
    ]);
    expect(await demo(['--articles', '--speaker', 'Nobody At All', dir])).toBe('');
  });
});
