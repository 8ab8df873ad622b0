import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../src/types.js';
import { applyFilters, filterBySpeaker, matchesSpeaker, mentionsEntity } from '../src/match/filters.js';
import { corpusRecords } from './summary-fixtures.js';

const recs = corpusRecords();
const quotesOf = (name: string) =>
  recs.flatMap((r) => filterBySpeaker(r, name).quotes.map((q) => `${r.source}: ${q.text}`));

describe('--speaker', () => {
  it('a surname finds every quote of its full name, case-insensitively', () => {
    const all = [
      'a1.txt: We will win,',
      'a1.txt: Peace is possible,',
      'a2.txt: We are close,',
      'a6.txt: Wait and see,',
    ];
    expect(quotesOf('Blinken')).toEqual(all);
    expect(quotesOf('blinken')).toEqual(all);
    expect(quotesOf('ANTONY BLINKEN')).toEqual(all);
  });
  it('a full name does not take another person with the same surname; a bare surname may be either', () => {
    // One article at a time, the filter cannot know the corpus has two Smiths: a5's bare "Smith" goes to both.
    expect(quotesOf('Jane Smith')).toEqual(['a4.txt: We must act,', 'a5.txt: Nothing is decided,']);
    expect(quotesOf('John Smith')).toEqual(['a3.txt: Taxes are too high,', 'a5.txt: Nothing is decided,']);
    expect(quotesOf('Smith')).toEqual([
      'a3.txt: Taxes are too high,',
      'a4.txt: We must act,',
      'a5.txt: Nothing is decided,',
    ]);
  });
  it('but not a bare surname in an article that names another person with it', () => {
    const span = (text: string) => ({ text, start: 0, end: 0 });
    const quote = (text: string, name: string, entity: string | null) => ({
      ...span(text),
      type: 'direct' as const,
      speaker: { name, entity, mention: span(name), how: 'named' as const, affiliation: [] },
      cue: null,
      rule: 'test',
      about: [],
    });
    const rec: ArticleRecord = {
      schemaVersion: 3,
      source: 'x',
      id: null,
      title: null,
      date: null,
      dateSource: null,
      dates: [],
      warnings: [],
      entities: [
        {
          id: 'e1',
          type: 'person',
          name: 'John Smith',
          aliases: [],
          titles: [],
          mentions: [{ ...span('John Smith'), rule: 'test' }],
        },
      ],
      quotes: [quote('We must act,', 'John Smith', 'e1'), quote('Later,', 'Smith', null)],
    };
    expect(filterBySpeaker(rec, 'Jane Smith').quotes).toEqual([]);
    expect(filterBySpeaker(rec, 'John Smith').quotes.map((q) => q.text)).toEqual(['We must act,', 'Later,']);
    expect(filterBySpeaker(rec, 'smith').quotes.map((q) => q.text)).toEqual(['We must act,', 'Later,']);
  });
  it('a first name alone, another name or a description matches nothing', () => {
    expect(quotesOf('Antony')).toEqual([]);
    expect(quotesOf('Kritenbrink')).toEqual([]);
    expect(quotesOf('')).toEqual([]);
    expect(recs.filter((r) => matchesSpeaker(r, 'Nobody Here'))).toEqual([]);
  });
  it('keeps the rest of the record and drops records without that speaker', () => {
    const r = applyFilters(recs[0]!, { speaker: 'Blinken' })!;
    expect(r.entities).toEqual(recs[0]!.entities);
    expect(r.quotes).toHaveLength(2);
    expect(applyFilters(recs[2]!, { speaker: 'Blinken' })).toBeNull();
  });
});

describe('--entity', () => {
  it('finds the articles that mention a place, case-insensitively', () => {
    expect(recs.filter((r) => mentionsEntity(r, 'cairo')).map((r) => r.source)).toEqual(['a1.txt']);
    expect(recs.filter((r) => mentionsEntity(r, 'the united nations')).map((r) => r.source)).toEqual(['a2.txt']);
  });
  it('a surname finds its full name among people, and the surname alone', () => {
    expect(recs.filter((r) => mentionsEntity(r, 'Blinken')).map((r) => r.source)).toEqual([
      'a1.txt',
      'a2.txt',
      'a6.txt',
    ]);
    expect(recs.filter((r) => mentionsEntity(r, 'Antony Blinken')).map((r) => r.source)).toEqual([
      'a1.txt',
      'a2.txt',
      'a6.txt',
    ]);
  });
  it('a name nobody mentions finds nothing', () => {
    expect(recs.filter((r) => mentionsEntity(r, 'Berlin'))).toEqual([]);
    expect(recs.filter((r) => mentionsEntity(r, 'Cair'))).toEqual([]);
  });
  it('combines with --speaker', () => {
    expect(
      recs
        .map((r) => applyFilters(r, { speaker: 'Blinken', entity: 'Paris' }))
        .filter(Boolean)
        .map((r) => r!.source),
    ).toEqual(['a2.txt']);
    expect(recs.map((r) => applyFilters(r, { speaker: 'Jane Smith', entity: 'Paris' })).filter(Boolean)).toEqual([]);
  });
});
