import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import type { ArticleRecord } from '../src/types.js';
import { corpusRecords } from './summary-fixtures.js';
import { summarize, SummaryAccumulator } from '../src/summary/aggregate.js';
import { isName, mergeNames, nameKey, nameMatches } from '../src/match/names.js';

describe('names across articles', () => {
  it('keys ignore case, periods, leading honorifics and a possessive', () => {
    expect(nameKey('Mr. Antony  Blinken')).toBe('antony blinken');
    expect(nameKey('ANTONY BLINKEN')).toBe('antony blinken');
    expect(nameKey('Senator Bernie Sanders')).toBe('bernie sanders');
    expect(nameKey('Martin Luther King Jr.')).toBe('martin luther king jr');
    expect(nameKey('Trump’s')).toBe('trump');
  });
  it('a surname joins the one full name with that last word', () => {
    const m = mergeNames(
      new Map([
        ['Antony Blinken', 3],
        ['Blinken', 5],
        ['Mr. Blinken', 1],
      ]),
    );
    expect(Object.fromEntries(m)).toEqual({
      'Antony Blinken': 'Antony Blinken',
      Blinken: 'Antony Blinken',
      'Mr. Blinken': 'Antony Blinken',
    });
  });
  it('an ambiguous surname shared by two full names stays separate', () => {
    const m = mergeNames(
      new Map([
        ['John Smith', 1],
        ['Jane Smith', 1],
        ['Smith', 4],
      ]),
    );
    expect(Object.fromEntries(m)).toEqual({ 'John Smith': 'John Smith', 'Jane Smith': 'Jane Smith', Smith: 'Smith' });
  });
  it('a surname with no full name in the corpus stays as it is; first names are never matched', () => {
    const m = mergeNames(
      new Map([
        ['Carson', 2],
        ['Hillary', 1],
        ['Hillary Clinton', 1],
      ]),
    );
    expect(Object.fromEntries(m)).toEqual({
      Carson: 'Carson',
      Hillary: 'Hillary',
      'Hillary Clinton': 'Hillary Clinton',
    });
  });
  it('a name without middle joins its only middle-named variant, not two of them', () => {
    const one = mergeNames(
      new Map([
        ['Hillary Clinton', 5],
        ['Hillary Rodham Clinton', 1],
        ['Clinton', 1],
      ]),
    );
    expect([...new Set(one.values())]).toEqual(['Hillary Clinton']);
    const two = mergeNames(
      new Map([
        ['George Bush', 1],
        ['George W. Bush', 2],
        ['George H.W. Bush', 2],
      ]),
    );
    expect(Object.fromEntries(two)).toEqual({
      'George Bush': 'George Bush',
      'George W. Bush': 'George W. Bush',
      'George H.W. Bush': 'George H.W. Bush',
    });
  });
  it('a suffix makes another person, and makes the bare surname ambiguous', () => {
    const m = mergeNames(
      new Map([
        ['Donald Trump', 5],
        ['Donald Trump Jr.', 1],
        ['Trump', 3],
      ]),
    );
    expect(Object.fromEntries(m)).toEqual({
      'Donald Trump': 'Donald Trump',
      'Donald Trump Jr.': 'Donald Trump Jr.',
      Trump: 'Trump',
    });
  });
  it("spellings that are not one person's name stay apart and do not make a surname ambiguous", () => {
    const m = mergeNames(
      new Map([
        ['Bernie Sanders', 5],
        ['Clinton, Sanders', 2],
        ['Senator Sanders', 3],
        ['Neither Sanders', 1],
        ["Deal.'' Mr. Sanders", 1],
        ['Does Bernie Sanders', 1],
      ]),
    );
    expect(Object.fromEntries(m)).toEqual({
      'Bernie Sanders': 'Bernie Sanders',
      'Does Bernie Sanders': 'Bernie Sanders',
      'Senator Sanders': 'Bernie Sanders',
      'Clinton, Sanders': 'Clinton, Sanders',
      'Neither Sanders': 'Neither Sanders',
      "Deal.'' Mr. Sanders": "Deal.'' Mr. Sanders",
    });
  });
  it('the most frequent full spelling names the group', () => {
    const m = mergeNames(
      new Map([
        ['antony blinken', 1],
        ['Antony Blinken', 4],
        ['Blinken', 9],
      ]),
    );
    expect(m.get('Blinken')).toBe('Antony Blinken');
    expect(m.get('antony blinken')).toBe('Antony Blinken');
  });
  it('names versus pronouns and descriptions', () => {
    for (const n of ['Antony Blinken', 'Blinken', 'The White House', 'Secretary of State Blinken', "Beto O'Rourke"])
      expect(isName(n), n).toBe(true);
    for (const n of ['he', 'He', 'they', 'the minister', 'a spokesman', 'Officials', 'Trump campaign'])
      expect(isName(n), n).toBe(false);
  });
  it('queries match aliases: case-insensitive, a surname matches its full name', () => {
    expect(nameMatches('blinken', 'Antony Blinken')).toBe(true);
    expect(nameMatches('Antony Blinken', 'Blinken')).toBe(true);
    expect(nameMatches('ANTONY BLINKEN', 'Antony Blinken')).toBe(true);
    expect(nameMatches('Antony', 'Antony Blinken')).toBe(false);
    expect(nameMatches('Jane Smith', 'John Smith')).toBe(false);
    expect(nameMatches('Smith', 'Smithers')).toBe(false);
    expect(nameMatches('Hillary Clinton', 'Hillary Rodham Clinton')).toBe(true);
    expect(nameMatches('Donald Trump', 'Donald Trump Jr.')).toBe(false);
    expect(nameMatches('Trump', 'Donald Trump Jr.')).toBe(true);
    expect(nameMatches('Sanders', 'Clinton, Sanders')).toBe(false);
    expect(nameMatches('clinton, sanders', 'Clinton, Sanders')).toBe(true);
  });
});

describe('corpus summary', () => {
  const s = summarize(corpusRecords());

  it('ranks speakers by quotes, merging a surname into its full name', () => {
    expect(s.speakers.map((x) => [x.name, x.aliases, x.quotes, x.articles, x.firstDate, x.lastDate])).toEqual([
      ['Antony Blinken', ['Antony Blinken', 'Blinken'], 4, 3, '2024-01-10', '2024-01-20'],
      ['Jane Smith', ['Jane Smith'], 1, 1, '2024-03-09', '2024-03-09'],
      ['John Smith', ['John Smith'], 1, 1, '2024-03-05', '2024-03-05'],
      ['Smith', ['Smith'], 1, 1, '2024-03-11', '2024-03-11'],
    ]);
    expect(s.speakers[0]!.example).toEqual({ text: 'Peace is possible,', source: 'a1.txt' });
  });

  it('counts totals, unnamed speakers and dates', () => {
    expect([s.schemaVersion, s.kind, s.articles, s.quotes, s.unattributedQuotes, s.unnamedQuotes]).toEqual([
      2,
      'summary',
      6,
      8,
      0,
      1,
    ]);
    expect([s.firstDate, s.lastDate, s.undatedArticles]).toEqual(['2024-01-10', '2024-03-11', 1]);
  });

  it('counts articles and quotes per month, with empty months and unknown last', () => {
    expect(s.months).toEqual([
      { month: '2024-01', articles: 2, quotes: 3 },
      { month: '2024-02', articles: 0, quotes: 0 },
      { month: '2024-03', articles: 3, quotes: 3 },
      { month: 'unknown', articles: 1, quotes: 2 },
    ]);
  });

  it('ranks people, organizations and places by mentions', () => {
    expect(s.people.map((p) => p.name)).toContain('Antony Blinken');
    expect(s.organizations.map((o) => [o.name, o.mentions, o.articles])).toContainEqual(['United Nations', 1, 1]);
    expect(s.places.map((p) => p.name).sort()).toEqual(['Cairo', 'Egypt', 'London', 'Paris']);
  });

  it('speaker counts match the per-article records', () => {
    const recs = corpusRecords();
    for (const sp of s.speakers) {
      const aliases = new Set(sp.aliases);
      const quotes = recs.flatMap((r) => r.quotes).filter((q) => q.speaker && aliases.has(q.speaker.name)).length;
      const articles = recs.filter((r) => r.quotes.some((q) => q.speaker && aliases.has(q.speaker.name))).length;
      expect([sp.name, sp.quotes, sp.articles]).toEqual([sp.name, quotes, articles]);
    }
  });

  it("keeps a bounded list of each speaker's quotes, in article order, and counts the rest", () => {
    const rec = (i: number, n: number, name: string): ArticleRecord => ({
      schemaVersion: 3,
      source: `s${i}.txt`,
      id: i === 0 ? 'https://example.org/0' : null,
      title: i === 0 ? 'First' : null,
      date: '2024-02-0' + (1 + (i % 9)),
      dateSource: 'header',
      entities: [],
      dates: [],
      warnings: [],
      quotes: Array.from({ length: n }, (_, k) => ({
        text: `q${i}.${k} ` + 'x'.repeat(k === 0 ? 400 : 3),
        start: 0,
        end: 1,
        type: 'direct' as const,
        cue: null,
        rule: 'r',
        about: [],
        speaker: {
          name,
          entity: null,
          mention: { text: name, start: 0, end: 1 },
          how: 'named' as const,
          affiliation: [],
        },
      })),
    });
    const t = summarize([rec(0, 10, 'Jane Smith'), rec(1, 10, 'Smith'), rec(2, 10, 'Jane Smith'), rec(3, 1, 'he')]);
    const jane = t.speakers[0]!;
    expect([jane.name, jane.quotes, jane.quoteList.length, jane.moreQuotes]).toEqual(['Jane Smith', 30, 25, 5]);
    expect(jane.quoteList.map((q) => q.article)).toEqual([
      ...Array(10).fill(0),
      ...Array(10).fill(1),
      ...Array(5).fill(2),
    ]);
    expect([...jane.quoteList[0]!.text].length).toBe(300);
    expect(jane.quoteList[0]!.text.endsWith('…')).toBe(true);
    expect(t.articleList[0]).toEqual({
      source: 's0.txt',
      id: 'https://example.org/0',
      title: 'First',
      date: '2024-02-01',
      url: 'https://example.org/0',
      quotes: 10,
      speakers: 1,
      speakerQuotes: [{ name: 'Jane Smith', quotes: 10 }],
    });
    expect(t.articleList[3]).toMatchObject({ url: null, quotes: 1, speakers: 0, speakerQuotes: [] }); // "he" is no name
  });

  it('an empty corpus gives an empty summary', () => {
    const e = new SummaryAccumulator().result();
    expect(e).toEqual({
      schemaVersion: 2,
      kind: 'summary',
      articles: 0,
      quotes: 0,
      unattributedQuotes: 0,
      unnamedQuotes: 0,
      firstDate: null,
      lastDate: null,
      undatedArticles: 0,
      speakers: [],
      people: [],
      organizations: [],
      places: [],
      months: [],
      talksAbout: { pairs: [], speakers: [] },
      voices: [],
      gender: {
        quotes: { female: 0, male: 0, unknown: 0 },
        speakers: { female: 0, male: 0, unknown: 0 },
        unknownQuoteShare: 0,
        unknownSpeakerShare: 0,
        decidedBy: { pronoun: 0, honorific: 0, title: 0, 'first-name': 0 },
        months: [],
      },
      quotedVsMentioned: {
        people: [],
        totals: {
          people: 0,
          quoted: 0,
          onlyMentioned: 0,
          byGender: {
            female: { quoted: 0, onlyMentioned: 0 },
            male: { quoted: 0, onlyMentioned: 0 },
            unknown: { quoted: 0, onlyMentioned: 0 },
          },
        },
      },
      outlets: [],
      sharedQuotes: [],
      articleList: [],
      duplicates: 0,
      duplicateOf: [],
    });
  });

  it('merges organizations and places by case, periods and a leading "the"', () => {
    const rec = (name: string, type: 'organization' | 'place', n: number): ArticleRecord => ({
      schemaVersion: 3,
      source: 'x',
      id: null,
      title: null,
      date: null,
      dateSource: null,
      quotes: [],
      dates: [],
      warnings: [],
      entities: [
        {
          id: 'e1',
          type,
          name,
          aliases: [],
          titles: [],
          mentions: Array.from({ length: n }, () => ({ text: name, start: 0, end: 0, rule: 'test' })),
        },
      ],
    });
    const t = summarize([
      rec('the United Nations', 'organization', 1),
      rec('United Nations', 'organization', 2),
      rec('U.S.', 'place', 1),
      rec('US', 'place', 1),
    ]);
    expect(t.organizations).toEqual([
      {
        name: 'United Nations',
        aliases: ['United Nations', 'the United Nations'],
        mentions: 3,
        articles: 2,
        articleRefs: [0, 1],
      },
    ]);
    expect(t.places).toEqual([
      { name: 'U.S.', aliases: ['U.S.', 'US'], mentions: 2, articles: 2, articleRefs: [2, 3] },
    ]);
  });
});
