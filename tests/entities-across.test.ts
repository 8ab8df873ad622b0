import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { summarize } from '../src/summary/aggregate.js';
import { filterBySpeaker, mentionsEntity } from '../src/match/filters.js';
import { mergeNames, nameMatches, plainKey } from '../src/match/names.js';

const docs = [
  'date 2024-01-02\nMayor Bill de Blasio spoke on Monday. "We are safe," de Blasio said. The U.S. economy grew.\n',
  'date 2024-01-03\nCBS host Gayle King said the show went well. "It was great," King said. Officials in the United States agreed.\n',
  'date 2024-01-04\nCoach Wayne King said the team won. "We played well," King said. US officials agreed.\n',
].map((t, i) => ({ ...analyze(t, {}), source: `a${i}.txt` }));

describe('places and bodies across articles', () => {
  it('US, U.S. and United States are one key, and one place row', () => {
    expect(new Set(['US', 'U.S.', 'the United States', 'USA'].map(plainKey))).toEqual(new Set(['united states']));
    expect(plainKey('Uruguay')).toBe('uruguay');
    const places = summarize(docs).places;
    expect(places.map((p) => [p.aliases, p.articles])).toEqual([[['U.S.', 'US', 'United States'], 3]]);
  });
  it('--entity finds every spelling of the place', () => {
    expect(docs.map((r) => mentionsEntity(r, 'United States'))).toEqual([true, true, true]);
    expect(docs.map((r) => mentionsEntity(r, 'Uruguay'))).toEqual([false, false, false]);
  });
});

describe('people who share a surname', () => {
  it('a bare surname after each full name is that article\'s person, so no "King" row', () => {
    const s = summarize(docs);
    expect(s.speakers.map((x) => x.name).sort()).toEqual(['Bill de Blasio', 'Gayle King', 'Wayne King']);
    expect(s.people.map((x) => x.name).sort()).toEqual(['Bill de Blasio', 'Gayle King', 'Wayne King']);
  });
  it('a shared surname alone stays apart from both full names', () => {
    const m = mergeNames(
      new Map([
        ['Gayle King', 3],
        ['Wayne King', 2],
        ['King', 4],
      ]),
    );
    expect(Object.fromEntries(m)).toEqual({ 'Gayle King': 'Gayle King', 'Wayne King': 'Wayne King', King: 'King' });
    expect(nameMatches('Gayle King', 'Wayne King')).toBe(false);
  });
});

describe('particle surnames', () => {
  it('the surname keeps its particle within an article', () => {
    const e = docs[0]!.entities.find((x) => x.type === 'person')!;
    expect([e.name, e.aliases]).toEqual(['Bill de Blasio', ['de Blasio']]);
  });
  it('--speaker "de Blasio" finds Bill de Blasio, and the surname joins the full name in the summary', () => {
    expect(docs.map((r) => filterBySpeaker(r, 'de Blasio').quotes.length)).toEqual([1, 0, 0]);
    expect(nameMatches('de Blasio', 'Bill de Blasio')).toBe(true);
    expect(nameMatches('Blasio', 'Bill de Blasio')).toBe(true);
    expect(nameMatches('de Blasio', 'Bill Blasius')).toBe(false);
    const m = mergeNames(
      new Map([
        ['Bill de Blasio', 2],
        ['de Blasio', 5],
        ['Ludwig van Beethoven', 1],
        ['Beethoven', 2],
      ]),
    );
    expect(Object.fromEntries(m)).toEqual({
      'Bill de Blasio': 'Bill de Blasio',
      'de Blasio': 'Bill de Blasio',
      'Ludwig van Beethoven': 'Ludwig van Beethoven',
      Beethoven: 'Ludwig van Beethoven',
    });
  });
});
