/** Formatters on a hand-made record: CSV quoting, TSV cleaning, JSON pieces, tables without colour. */
import { describe, expect, it } from 'vitest';
import { delimitedHeader, delimitedRows } from '../src/format/csv.js';
import { jsonArrayEnd, jsonArrayItem, jsonLine } from '../src/format/json.js';
import { tableFor } from '../src/format/table.js';
import type { ArticleRecord } from '../src/types.js';

const rec: ArticleRecord = {
  schemaVersion: 3,
  source: 'dir/a,b.txt',
  id: null,
  title: 'T',
  date: '2023-06-15',
  dateSource: 'header',
  quotes: [
    {
      text: 'He said "no",\nthen\tleft',
      start: 1,
      end: 24,
      type: 'direct',
      speaker: {
        name: 'Jane Smith',
        entity: 'e1',
        mention: { text: 'Jane Smith', start: 30, end: 40 },
        how: 'named',
        affiliation: [],
      },
      cue: { text: 'said', start: 41, end: 45 },
      rule: 'r',
      about: [],
    },
  ],
  entities: [
    {
      id: 'e1',
      type: 'person',
      name: 'Jane Smith',
      aliases: ['Smith'],
      titles: ['mayor'],
      mentions: [{ text: 'Jane Smith', start: 30, end: 40, rule: 'r' }],
    },
  ],
  dates: [
    {
      text: 'Monday',
      start: 50,
      end: 56,
      type: 'date',
      value: '2023-06-12',
      from: '2023-06-12',
      to: '2023-06-12',
      rule: 'x',
    },
  ],
  warnings: ['w'],
};

describe('csv and tsv', () => {
  it('CSV quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(delimitedHeader('quotes', ',')).toBe(
      'source,id,date,title,speaker,speaker_type,type,quote,start,end,cue,rule\n',
    );
    expect(delimitedRows(rec, 'quotes', ',')).toBe(
      '"dir/a,b.txt",,2023-06-15,T,Jane Smith,person,direct,"He said ""no"",\nthen\tleft",1,24,said,r\n',
    );
  });
  it('TSV has no quoting: tabs and line breaks become spaces', () => {
    expect(delimitedRows(rec, 'quotes', '\t')).toBe(
      'dir/a,b.txt\t\t2023-06-15\tT\tJane Smith\tperson\tdirect\tHe said "no", then left\t1\t24\tsaid\tr\n',
    );
    expect(delimitedRows(rec, 'entities', '\t')).toBe(
      'dir/a,b.txt\t\t2023-06-15\tT\te1\tperson\tJane Smith\tSmith\tmayor\t1\n',
    );
    expect(delimitedRows(rec, 'dates', ',')).toBe(
      '"dir/a,b.txt",,2023-06-15,T,Monday,date,2023-06-12,2023-06-12,2023-06-12,50,56,x\n',
    );
  });
  it('a quote whose speaker is not linked to an entity has an empty speaker_type; an article id fills the id column', () => {
    const unlinked: ArticleRecord = {
      ...rec,
      id: 'https://example.org/a',
      quotes: [{ ...rec.quotes[0]!, text: 'ok', speaker: { ...rec.quotes[0]!.speaker!, entity: null } }],
    };
    expect(delimitedRows(unlinked, 'quotes', ',')).toBe(
      '"dir/a,b.txt",https://example.org/a,2023-06-15,T,Jane Smith,,direct,ok,1,24,said,r\n',
    );
    expect(delimitedRows({ ...rec, quotes: [{ ...rec.quotes[0]!, speaker: null, cue: null }] }, 'quotes', '\t')).toBe(
      'dir/a,b.txt\t\t2023-06-15\tT\t\t\tdirect\tHe said "no", then left\t1\t24\t\tr\n',
    );
  });
});

describe('json', () => {
  it('jsonl is one line per record; --only keeps one part', () => {
    const line = jsonLine(rec, null);
    expect(line.endsWith('\n') && line.indexOf('\n') === line.length - 1).toBe(true);
    expect(JSON.parse(line)).toEqual(rec);
    expect(Object.keys(JSON.parse(jsonLine(rec, 'dates')))).toEqual([
      'schemaVersion',
      'source',
      'id',
      'title',
      'date',
      'dateSource',
      'warnings',
      'dates',
    ]);
  });
  it('array pieces join into a valid array', () => {
    const s = jsonArrayItem(rec, null, true) + jsonArrayItem(rec, 'quotes', false) + jsonArrayEnd(true);
    expect(JSON.parse(s)).toHaveLength(2);
    expect(JSON.parse(jsonArrayEnd(false))).toEqual([]);
  });
});

describe('table', () => {
  it('no escape codes without colour, escape codes with it; fits the width', () => {
    const plain = tableFor(rec, { color: false, width: 80, only: null });
    expect(plain).not.toContain('\x1b[');
    expect(plain).toContain('Jane Smith');
    expect(plain).toContain('warning: w');
    for (const l of plain.split('\n')) expect([...l].length).toBeLessThanOrEqual(80);
    expect(tableFor(rec, { color: true, width: 80, only: null })).toContain('\x1b[');
    expect(tableFor(rec, { color: false, width: 80, only: 'dates' })).not.toContain('Quotes');
  });
});
