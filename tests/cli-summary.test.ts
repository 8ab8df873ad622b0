/**
 * The corpus view through the command: --summary, --speaker, --entity and
 * --format html, run on a small self-made corpus, checked against the
 * per-article records the same command prints.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extract, jsonLines, tempDir } from './cli-run.js';
import { CORPUS } from './summary-fixtures.js';

vi.setConfig({ testTimeout: 180_000 });

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir('extract-summary-'));
  for (const [name, text] of CORPUS) writeFileSync(join(dir, name), text);
});
afterAll(() => cleanup());

describe('extract --summary', () => {
  it('ranks speakers with counts that match the per-article records, with any --jobs', () => {
    const records = jsonLines(extract(['--format', 'jsonl', dir]).stdout);
    const byName = new Map<string, number>();
    for (const r of records)
      for (const q of r.quotes) if (q.speaker) byName.set(q.speaker.name, (byName.get(q.speaker.name) ?? 0) + 1);
    for (const jobs of ['1', '2']) {
      const r = extract(['--summary', '--format', 'json', '--jobs', jobs, dir]);
      expect(r.code).toBe(0);
      const s = JSON.parse(r.stdout);
      expect(s).toMatchObject({ schemaVersion: 2, kind: 'summary' });
      const blinken = s.speakers.find((x: { name: string }) => x.name === 'Antony Blinken');
      // "Blinken" in other articles joins the one full name in the corpus; "he added" resolves to him too
      expect(blinken.quotes).toBe((byName.get('Antony Blinken') ?? 0) + (byName.get('Blinken') ?? 0));
      expect(blinken.articles).toBe(3);
      expect(blinken.firstDate).toBe('2024-01-10');
      expect(blinken.lastDate).toBe('2024-01-20');
      // two full names share "Smith": the bare surname stays apart
      const names = s.speakers.map((x: { name: string }) => x.name);
      expect(names).toEqual(expect.arrayContaining(['John Smith', 'Jane Smith', 'Smith']));
    }
  });

  it('prints a table with a month chart on a terminal-less stdout', () => {
    const r = extract(['--summary', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Speakers');
    expect(r.stdout).toContain('Antony Blinken');
    expect(r.stdout).toMatch(/2024-01/);
  });
});

describe('extract --speaker / --entity', () => {
  it("--speaker keeps only that speaker's quotes, matching a surname", () => {
    const recs = jsonLines(extract(['--format', 'jsonl', '--speaker', 'blinken', dir]).stdout);
    expect(recs.map((r) => r.source.replace(/^.*[\\/]/, ''))).toEqual(['a1.txt', 'a2.txt', 'a6.txt']);
    for (const r of recs) for (const q of r.quotes) expect(q.speaker.name).toMatch(/Blinken/);
  });
  it('--entity keeps only the articles that mention it', () => {
    const recs = jsonLines(extract(['--format', 'jsonl', '--entity', 'London', dir]).stdout);
    expect(recs.map((r) => r.source.replace(/^.*[\\/]/, ''))).toEqual(['a3.txt']);
  });
  it('a filter that matches nothing prints nothing, says so and exits 1 (as grep)', () => {
    const r = extract(['--format', 'jsonl', '--speaker', 'Nobody Here', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('extract: no quotes by "Nobody Here" in 6 articles\n');
  });
});

describe('extract --format html', () => {
  it('writes one self-contained page with the tables and the timeline', () => {
    const r = extract(['--format', 'html', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/i);
    expect(r.stdout).toContain('<table id="timeline">');
    expect(r.stdout).toContain('Antony Blinken');
    expect(r.stdout).not.toMatch(/<script|src="http|href="http/i);
  });
});
