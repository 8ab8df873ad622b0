/**
 * Who talks about whom: quote.about, affiliations, gender from the text, and the
 * corpus sections, on the seed and on a hand-checked fixture (tests/fixtures/about/:
 * twelve short articles in three outlet folders and one JSON Lines article with a URL).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../src/index.js';
import type { ArticleRecord } from '../src/types.js';
import { summarize } from '../src/summary/aggregate.js';
import { normalQuote, outletKey, outletNames } from '../src/summary/who.js';
import { summaryDelimited } from '../src/format/summary-csv.js';
import { summaryHtml } from '../src/format/html.js';
import { summaryTable } from '../src/format/summary-table.js';
import { extract, jsonLines, ROOT } from './cli-run.js';
import { run } from './helpers.js';

vi.setConfig({ testTimeout: 180_000 });

const FIXTURE = 'tests/fixtures/about';
const SEED = 'seeds/000_2946bd023fe5b57f.txt';

function files(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(join(ROOT, dir)).sort()) {
    const p = `${dir}/${f}`;
    if (statSync(join(ROOT, p)).isDirectory()) out.push(...files(p));
    else if (f.endsWith('.txt')) out.push(p);
  }
  return out;
}

const read = (p: string, genderFromNames = false): ArticleRecord =>
  analyze(readFileSync(join(ROOT, p), 'utf8'), { source: p, genderFromNames });

/** A record in short: per quote [speaker, about, speaker.affiliation]; per person [gender, evidence, affiliations]. */
function brief(rec: ArticleRecord) {
  const name = (id: string) => rec.entities.find((e) => e.id === id)?.name ?? id;
  return {
    quotes: rec.quotes.map((q) => [
      q.speaker?.name ?? null,
      q.about.map((a) => `${name(a.entity)} ${a.rule}`),
      q.speaker?.affiliation.map((a) => `${a.name} ${a.rule}`) ?? [],
    ]),
    people: Object.fromEntries(
      rec.entities
        .filter((e) => e.type === 'person')
        .map((e) => [
          e.name,
          [
            e.gender,
            e.genderEvidence!.map((x) => `${x.kind} ${x.text}${x.share !== undefined ? ` ${x.share}` : ''}`),
            e.affiliations!.map((a) => `${a.name} ${a.rule}`),
          ],
        ]),
    ),
  };
}

describe('the seed', () => {
  const rec = read(SEED);
  const person = (n: string) => rec.entities.find((e) => e.name === n)!;
  it("Kritenbrink's first direct quote is about Beijing", () => {
    const q = rec.quotes.find((x) => x.type === 'direct' && x.speaker?.name === 'Daniel Kritenbrink')!;
    expect(q.about.map((a) => [person('Beijing').id === a.entity, a.mention.text, a.rule])).toEqual([
      [true, 'Beijing', 'about.mention'],
    ]);
  });
  it('his affiliation is the State Department, from the appositive', () => {
    const k = person('Daniel Kritenbrink');
    expect(k.affiliations).toEqual([
      {
        entity: person('State Department').id,
        name: 'State Department',
        evidence: { text: 'State Department', start: 1014, end: 1030 },
        rule: 'affiliation.appositive',
      },
    ]);
  });
  it('he is male from a pronoun ("Kritenbrink also said he expected")', () => {
    const k = person('Daniel Kritenbrink');
    expect(k.gender).toBe('male');
    expect(k.genderEvidence).toEqual([
      { text: 'he', start: 1387, end: 1389, kind: 'pronoun', gender: 'male', rule: 'gender.pronoun.sole-person' },
    ]);
  });
  it('Qin Gang and Janet Yellen: null without --gender-from-names (names decide nothing)', () => {
    for (const n of ['Qin Gang', 'Janet Yellen', 'Antony Blinken'])
      expect([n, person(n).gender, person(n).genderEvidence]).toEqual([n, null, []]);
  });
  it('with --gender-from-names a first name is separate, labelled evidence with its share', () => {
    const names = read(SEED, true);
    const p = (n: string) => names.entities.find((e) => e.name === n)!;
    expect([p('Janet Yellen').gender, p('Janet Yellen').genderEvidence]).toEqual([
      'female',
      [
        {
          text: 'Janet',
          start: 2394,
          end: 2399,
          kind: 'first-name',
          gender: 'female',
          rule: 'gender.first-name',
          share: 1,
        },
      ],
    ]);
    // not in the data (fewer than 1,000 US births): still null
    expect([p('Qin Gang').gender, p('Qin Gang').genderEvidence]).toEqual([null, []]);
    // the text's evidence decides; the first name is listed beside it
    expect(p('Daniel Kritenbrink').genderEvidence!.map((x) => x.kind)).toEqual(['pronoun', 'first-name']);
  });
  it('every span of the new fields gives back its text', () => {
    const cps = [...readFileSync(join(ROOT, SEED), 'utf8')];
    const spans = [
      ...rec.quotes.flatMap((q) => [
        ...q.about.map((a) => a.mention),
        ...(q.speaker?.affiliation ?? []).map((a) => a.evidence),
      ]),
      ...rec.entities.flatMap((e) => [...(e.affiliations ?? []).map((a) => a.evidence), ...(e.genderEvidence ?? [])]),
    ];
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
  });
});

describe('the fixture, article by article (hand-checked)', () => {
  const expected: Record<string, ReturnType<typeof brief>> = {
    // appositive with a possessive organization; "she" with one person in reach
    'daily-star/01-economist.txt': {
      quotes: [
        ['Maria Lopez', ['Ohio about.mention'], []],
        ['Maria Lopez', ['Federal Reserve about.mention'], []],
      ],
      people: { 'Maria Lopez': ['female', ['pronoun she'], ['Treasury Department affiliation.appositive']] },
    },
    // trap: "Tom Reyes said she ..." — two people in reach, so the she is nobody's (and never Reyes's);
    // inside Reyes's own quote, "She" can only be Moreno
    'daily-star/02-she-not-speaker.txt': {
      quotes: [
        ['Tom Reyes', [], []],
        ['Tom Reyes', [], []],
        ['Tom Reyes', ['Linda Moreno about.pronoun'], []],
      ],
      people: { 'Linda Moreno': ['female', ['pronoun She'], []], 'Tom Reyes': [null, [], []] },
    },
    // trap: a spokesman for two bodies speaks for both; a named spokesman's appositive
    'daily-star/03-spokesman.txt': {
      quotes: [
        // an indefinite description is kept as written (speakers.ts); the bodies it speaks for are its affiliation
        [
          'A spokesman for the World Health Organization and UNICEF',
          ['Kenya about.mention'],
          ['World Health Organization affiliation.description', 'UNICEF affiliation.description'],
        ],
        ['John Okoro', [], []],
        ['John Okoro', [], []],
      ],
      people: { 'John Okoro': ['male', ['title spokesman'], ['Red Cross affiliation.appositive']] },
    },
    'daily-star/10-walsh-added.txt': { quotes: [['Walsh', [], []]], people: { Walsh: [null, [], []] } },
    // trap: "Mrs." in a quote about someone else is hers; "Mrs. Okafor" in Okafor's own quote is his mother's
    'metro-news/04-mrs-in-quote.txt': {
      quotes: [
        ['Daniel Okafor', [], []],
        ['Daniel Okafor', ['Adeyemi about.mention'], []],
        ['Daniel Okafor', [], []],
        ['Daniel Okafor', [], []],
      ],
      people: {
        'Daniel Okafor': ['male', ['honorific Mr.', 'pronoun his'], []],
        Adeyemi: ['female', ['honorific Mrs.'], []],
      },
    },
    // party tags; a gendered title before the name; "Sen."/"Rep." say nothing of gender
    'metro-news/05-party-tags.txt': {
      quotes: [
        ['Claire McCaskill', ['Senate about.mention'], []],
        ['Kevin Brady', [], []],
        ['Nydia Velazquez', [], []],
      ],
      people: {
        'Claire McCaskill': [null, [], ['Democratic Party affiliation.party-tag']],
        'Kevin Brady': [null, [], ['Republican Party affiliation.party-tag']],
        'Nydia Velazquez': ['female', ['title Congresswoman'], []],
      },
    },
    // an organization before the title words before a name
    'metro-news/06-title-before.txt': {
      quotes: [
        ['Keith Rockwell', ['Geneva about.mention'], []],
        ['Sundar Pichai', ['Microsoft about.mention'], []],
        ['Sundar Pichai', [], []],
      ],
      people: {
        'Keith Rockwell': ['male', ['title spokesman'], ['WTO affiliation.title-before']],
        'Sundar Pichai': [null, [], ['Google affiliation.title-before']],
      },
    },
    // conflicting evidence gives null, and both pieces are shown
    'metro-news/07-conflict.txt': {
      quotes: [['Karen Lee', [], []]],
      people: { 'Karen Lee': [null, ['title Chairwoman', 'honorific Mr.'], []] },
    },
    'coast-herald/08-walsh-monday.txt': { quotes: [['Ann Walsh', [], []]], people: { 'Ann Walsh': [null, [], []] } },
    'coast-herald/09-walsh-told.txt': { quotes: [['Ann Walsh', [], []]], people: { 'Ann Walsh': [null, [], []] } },
    // no evidence in the text: null, whatever the first names; "of" an organization
    'coast-herald/11-no-evidence.txt': {
      quotes: [
        ['Janet Morris', [], []],
        ['Janet Morris', [], []],
        ['Robert Chen', [], []],
      ],
      people: {
        'Janet Morris': [null, [], ['Brookings Institution affiliation.appositive']],
        'Robert Chen': [null, [], ['Urban Institute affiliation.of']],
      },
    },
    // a seat of government counts for an unnamed speaker; "He" and "his" with one person in reach
    'coast-herald/12-his-pronoun.txt': {
      quotes: [
        ['Rishi Sunak', ['Ukraine about.mention'], []],
        ['Rishi Sunak', ['Britain about.mention', 'Kyiv about.mention'], []],
        ['A spokeswoman for Downing Street', [], ['Downing Street affiliation.description']],
      ],
      people: { 'Rishi Sunak': ['male', ['pronoun He', 'pronoun his'], []] },
    },
  };
  const all = files(FIXTURE);
  it('has a dozen articles', () => {
    expect(all.map((p) => p.slice(FIXTURE.length + 1)).sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [name, want] of Object.entries(expected)) {
    it(name, () => expect(brief(read(`${FIXTURE}/${name}`))).toEqual(want));
  }
  it('--gender-from-names decides only where the text is silent', () => {
    const names = brief(read(`${FIXTURE}/coast-herald/11-no-evidence.txt`, true));
    expect(names.people).toEqual({
      'Janet Morris': ['female', ['first-name Janet 1'], ['Brookings Institution affiliation.appositive']],
      'Robert Chen': ['male', ['first-name Robert 1'], ['Urban Institute affiliation.of']],
    });
    // conflicting text evidence stays null; the first name does not break the tie
    expect(brief(read(`${FIXTURE}/metro-news/07-conflict.txt`, true)).people).toEqual({
      'Karen Lee': [null, ['title Chairwoman', 'honorific Mr.', 'first-name Karen 1'], []],
    });
  });
});

describe('rules and their traps, on short texts', () => {
  const gender = (text: string) =>
    Object.fromEntries(
      run(text)
        .entities.filter((e) => e.type === 'person')
        .map((e) => [e.name, [e.gender, e.genderEvidence!.map((x) => x.kind)]]),
    );
  it('a "Mr." keeps a "she" away from him', () => {
    expect(gender('Mr. Tom Baker said she would resign.')).toEqual({ 'Tom Baker': ['male', ['honorific']] });
  });
  it('two people in reach: the pronoun is left alone', () => {
    expect(gender('Linda Jones met Tom Baker on Monday. He said the plan was dead.')).toEqual({
      'Linda Jones': [null, []],
      'Tom Baker': [null, []],
    });
  });
  it('an honorific narrows the reach to the one person it fits', () => {
    expect(gender('Mr. Tom Baker met Linda Jones on Monday. She said the plan was dead.')).toEqual({
      'Tom Baker': ['male', ['honorific']],
      'Linda Jones': ['female', ['pronoun']],
    });
  });
  it('a "he" inside a quote is not its speaker', () => {
    const rec = run('"He has failed the city," Jane Doe said.');
    expect(rec.quotes[0]!.about).toEqual([]);
    expect(gender('"He has failed the city," Jane Doe said.')).toEqual({ 'Jane Doe': [null, []] });
  });
  it('"Chairman" says nothing (women hold the title too); "spokesman" and "she" conflict, so null', () => {
    expect(gender('Fed Chairman Janet Yellen said she would keep rates steady.')).toEqual({
      'Janet Yellen': ['female', ['pronoun']],
    });
    expect(gender('Spokesman Pat Moore said she would resign.')).toEqual({ 'Pat Moore': [null, ['title', 'pronoun']] });
  });
  it('a first name the lexicon gives the other gender stops a pronoun link, but never makes one', () => {
    // "Ted" is a man's name in compromise's lexicon: the only person in reach is no antecedent for "Her"
    expect(gender('Ted Cruz spoke on Monday. Her remarks were brief.')).toEqual({ 'Ted Cruz': [null, []] });
    expect(gender('Ted Cruz spoke on Monday. His remarks were brief.')).toEqual({ 'Ted Cruz': ['male', ['pronoun']] });
  });
  it('a later pronoun of the same gender in the sentence means whom the first meant', () => {
    // the first "She" has no one in reach; "she" and "her" after "Donald Trump" mean her too
    const rec = run(
      'An adviser said of the senator: "She takes the threat of Donald Trump very seriously and she takes her role seriously."',
    );
    expect(rec.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.gender, e.genderEvidence])).toEqual([
      ['Donald Trump', null, []],
    ]);
    expect(rec.quotes.map((q) => q.about.map((a) => a.rule))).toEqual([['about.mention']]);
  });
  it('an appositive gives a gender only by its head: "the king\'s daughter" yes, "whose husband" no', () => {
    expect(gender("Jane Roe, the king's daughter, said no.")).toEqual({ 'Jane Roe': ['female', ['title']] });
    expect(gender('Mary Smith, whose husband died in May, said the plan was sound.')).toEqual({
      'Mary Smith': [null, []],
    });
  });
  it('a relative clause is no appositive: no affiliation from "who met"', () => {
    const rec = run('Jane Roe, who met the WTO last week, said talks were over.');
    expect(rec.entities.find((e) => e.name === 'Jane Roe')!.affiliations).toEqual([]);
  });
  it('an unnamed description with an organization after it', () => {
    const rec = run('A spokesman for Google declined to comment.');
    expect(rec.quotes.map((q) => q.speaker?.affiliation.map((a) => [a.name, a.rule]))).toEqual([
      [['Google', 'affiliation.description']],
    ]);
  });
});

describe('the corpus sections over the fixture', () => {
  const jsonl = JSON.parse(readFileSync(join(ROOT, FIXTURE, 'wire.jsonl'), 'utf8')) as {
    url: string;
    date: string;
    text: string;
  };
  const records = [
    ...files(FIXTURE).map((p) => read(p)),
    analyze(jsonl.text, { source: `${FIXTURE}/wire.jsonl:1`, id: jsonl.url, date: jsonl.date }),
  ];
  const s = summarize(records);
  it('shared quotes: the quote reused in three articles with three cues, first seen on 2024-05-06', () => {
    expect(s.sharedQuotes).toEqual([
      {
        text: 'We will not raise taxes this year,',
        articles: 3,
        firstSource: `${FIXTURE}/coast-herald/08-walsh-monday.txt`,
        firstDate: '2024-05-06',
        speaker: 'Ann Walsh',
        speakers: ['Ann Walsh'],
      },
    ]);
  });
  it('by outlet: the folders below the shared one, and the host of a URL', () => {
    // most articles, then most quotes; speakers: distinct named people ("Walsh" is Ann Walsh)
    expect(s.outlets!.map((o) => [o.outlet, o.articles, o.quotes, o.speakers])).toEqual([
      ['metro-news', 4, 11, 7],
      ['daily-star', 4, 9, 4],
      ['coast-herald', 4, 8, 4],
      ['example-wire.com', 1, 2, 1],
    ]);
  });
  it('voices by affiliation: named people and unnamed spokespeople', () => {
    const v = Object.fromEntries(
      s.voices!.map((x) => [x.name, [x.quotes, x.namedQuotes, x.unnamedQuotes, x.speakers]]),
    );
    expect(v['World Health Organization']).toEqual([1, 0, 1, 0]);
    expect(v['UNICEF']).toEqual([1, 0, 1, 0]);
    expect(v['White House']).toEqual([1, 0, 1, 0]);
    expect(v['Red Cross']).toEqual([2, 2, 0, 1]);
    expect(v['Democratic Party']).toEqual([1, 1, 0, 1]);
  });
  it('sources by gender: quotes and speakers, the unknown share and the deciding evidence', () => {
    const g = s.gender!;
    // female: Lopez 2 + Velazquez 1; male: Okoro 2, Okafor 4, Rockwell 1, Sunak 2, Hale 1;
    // unknown: Reyes 3, Walsh 3, McCaskill, Brady, Pichai 2, Lee, Morris 2, Chen
    expect([g.quotes, g.speakers, g.unknownSpeakerShare]).toEqual([
      { female: 3, male: 10, unknown: 14 },
      { female: 2, male: 5, unknown: 8 },
      0.533,
    ]);
    // speakers only: pronoun Lopez, Okafor, Sunak, Hale; honorific Okafor, Hale; title Okoro, Velazquez, Rockwell
    expect(g.decidedBy).toEqual({ pronoun: 4, honorific: 2, title: 3, 'first-name': 0 });
    expect(g.months.map((m) => [m.month, m.female, m.male, m.unknown])).toEqual([
      ['2024-03', 2, 6, 3],
      ['2024-04', 1, 1, 5],
      ['2024-05', 0, 1, 6],
      ['2024-06', 0, 2, 0],
    ]);
  });
  it('quoted vs mentioned: totals by gender', () => {
    const t = s.quotedVsMentioned!.totals;
    // Lopez and Velazquez quoted; Moreno and Adeyemi only mentioned
    expect(t.byGender.female).toEqual({ quoted: 2, onlyMentioned: 2 });
    expect(t.quoted + t.onlyMentioned).toBe(t.people);
    const moreno = s.quotedVsMentioned!.people.find((p) => p.name === 'Linda Moreno')!;
    expect(moreno).toEqual({ name: 'Linda Moreno', gender: 'female', quotes: 0, mentions: 2, articles: 1 });
  });
  it("who talks about whom: the pair and the speaker's subjects", () => {
    expect(s.talksAbout!.pairs.find((p) => p.speaker === 'Tom Reyes')).toEqual({
      speaker: 'Tom Reyes',
      subject: 'Linda Moreno',
      type: 'person',
      quotes: 1,
      articles: 1,
    });
    expect(s.talksAbout!.speakers.find((x) => x.speaker === 'Rishi Sunak')).toEqual({
      speaker: 'Rishi Sunak',
      quotes: 2,
      subjects: [
        { name: 'Britain', type: 'place', quotes: 1 },
        { name: 'Kyiv', type: 'place', quotes: 1 },
        { name: 'Ukraine', type: 'place', quotes: 1 },
      ],
    });
  });
  it('csv, the terminal table and html carry the sections', () => {
    const csv = summaryDelimited(s, ',');
    expect(csv).toContain(
      `shared-quote,1,"We will not raise taxes this year,",,,,3,2024-05-06,,,,,Ann Walsh,,,,,,,${FIXTURE}/coast-herald/08-walsh-monday.txt\n`,
    );
    // two quotes, one by a named man; the spokeswoman is unnamed, so not in the gender columns
    expect(csv).toContain('outlet,4,example-wire.com,,2,,1,,,,,,,1,,,0,1,0,\n');
    const table = summaryTable(s, { color: false, width: 100 });
    expect(table).toContain('\nquotes    female 3 (11%) · male 10 (37%) · unknown 14 (52%)\n');
    expect(table).toContain('\nspeakers decided by: pronoun 4, honorific 2, title 3\n');
    for (const h of [
      'Who talks about whom (10 speaker → subject pairs, by quotes)',
      'Voices by affiliation (12,',
      'Quoted vs mentioned (17 people)',
      'By outlet (4, by articles)',
      'Shared quotes (1,',
    ]) {
      expect(table).toContain(h);
    }
    const html = summaryHtml(s);
    for (const id of ['pairs', 'subjects', 'voices', 'gender', 'gender-months', 'quoted', 'outlets', 'shared'])
      expect(html).toContain(`<table id="${id}">`);
  });
});

describe('helpers of the corpus sections', () => {
  it('a quotation compares without case, marks, punctuation and spacing', () => {
    expect(normalQuote('We will not raise taxes this year,')).toBe(
      normalQuote('we  will not raise “taxes” this year.'),
    );
    expect(normalQuote('We’re not going')).toBe("we're not going");
    expect(normalQuote('We will not raise taxes')).not.toBe(normalQuote('We will raise taxes'));
  });
  it('outlets: URL hosts without www., else the first folder below the shared one', () => {
    expect(outletKey({ id: 'https://www.Example.com/a/b', source: 'x.jsonl:3' })).toBe('host:example.com');
    expect(outletKey({ id: null, source: 'corpus/nyt/2024/a.txt' })).toBe('path:corpus/nyt/2024');
    expect(outletKey({ id: null, source: 'feeds.jsonl:12' })).toBe('path:feeds.jsonl');
    const names = outletNames(['path:corpus/nyt/2024', 'path:corpus/bbc', 'host:example.com']);
    expect([...names.values()]).toEqual(['nyt', 'bbc', 'example.com']);
    // one folder only: named by itself
    expect([...outletNames(['path:corpus/nyt']).values()]).toEqual(['nyt']);
  });
});

describe('the command', () => {
  it('--gender-from-names reaches the analysers (also in workers)', () => {
    const r = extract([
      '--format',
      'jsonl',
      '--jobs',
      '2',
      '--gender-from-names',
      'seeds/',
      `${FIXTURE}/coast-herald/`,
    ]);
    expect(r.code).toBe(0);
    const recs = jsonLines(r.stdout) as ArticleRecord[];
    const kinds = recs.flatMap((x) => x.entities.flatMap((e) => (e.genderEvidence ?? []).map((g) => g.kind)));
    expect(kinds.filter((k) => k === 'first-name').length).toBeGreaterThan(5);
    const plain = jsonLines(extract(['--format', 'jsonl', 'seeds/']).stdout) as ArticleRecord[];
    expect(plain[0]!.entities.flatMap((e) => (e.genderEvidence ?? []).map((g) => g.kind))).toEqual(['pronoun']);
  });
  it("--explain shows what a quote is about and a person's gender evidence", () => {
    const r = extract(['--explain', '--no-color', 'seeds/'], { env: { COLUMNS: '160' } });
    expect(r.stdout).toContain('about.mention');
    expect(r.stdout).toMatch(/gender male \(pronoun “he”/);
  });
});
