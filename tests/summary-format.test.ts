import { describe, expect, it } from 'vitest';
import { bar, sparkline, summaryTable } from '../src/format/summary-table.js';
import { summaryDelimited } from '../src/format/summary-csv.js';
import { summaryJson } from '../src/format/summary-json.js';
import { escapeHtml, summaryHtml } from '../src/format/html.js';
import type { Summary } from '../src/summary/types.js';

const SMALL: Summary = {
  schemaVersion: 2,
  kind: 'summary',
  articles: 3,
  quotes: 5,
  unattributedQuotes: 0,
  unnamedQuotes: 1,
  firstDate: '2016-01-04',
  lastDate: '2016-03-02',
  undatedArticles: 1,
  speakers: [
    { name: 'Antony Blinken', aliases: ['Antony Blinken', 'Blinken'], quotes: 3, articles: 2, firstDate: '2016-01-04', lastDate: '2016-03-02', example: { text: 'We will win,', source: 'a.txt' } },
    { name: 'Smith, "Jr" <b>', aliases: ['Smith, "Jr" <b>'], quotes: 1, articles: 1, firstDate: null, lastDate: null, example: null },
  ],
  people: [{ name: 'Antony Blinken', aliases: ['Antony Blinken'], mentions: 4, articles: 2 }],
  organizations: [],
  places: [{ name: 'Cairo', aliases: ['Cairo', 'cairo'], mentions: 2, articles: 1 }],
  months: [
    { month: '2016-01', articles: 1, quotes: 3 },
    { month: '2016-02', articles: 0, quotes: 0 },
    { month: '2016-03', articles: 1, quotes: 1 },
    { month: 'unknown', articles: 1, quotes: 1 },
  ],
};

describe('sparkline and bars', () => {
  it('one character per value, zero blank, scaled to the largest', () => {
    expect(sparkline([0, 1, 2, 4, 8])).toBe(' ▁▂▄█');
    expect(sparkline([3, 0, 1])).toBe('█ ▃');
    expect(sparkline([])).toBe('');
    expect(sparkline([0, 0])).toBe('  ');
  });
  it('squeezes long series into runs', () => {
    expect(sparkline([1, 1, 0, 0, 2, 2], 3)).toBe('▄ █');
  });
  it('bars in eighths of a cell; anything above zero shows', () => {
    expect(bar(10, 10, 4)).toBe('████');
    expect(bar(5, 10, 3)).toBe('█▌');
    expect(bar(1, 1000, 4)).toBe('▏');
    expect(bar(0, 10, 4)).toBe('');
  });
});

describe('summary table', () => {
  const out = summaryTable(SMALL, { color: false, width: 80 });
  it('has every section, ranked', () => {
    expect(out.split('\n').slice(0, 2)).toEqual([
      'Corpus  3 articles · 5 quotes · 2016-01-04 – 2016-03-02 · 1 undated',
      '1 quote by an unnamed speaker (pronoun, group, description)',
    ]);
    for (const h of ['Speakers (2, by quotes)', 'People (1, by mentions)', 'Organizations (0, by mentions)', 'Places (1, by mentions)', 'By month (3 months)']) {
      expect(out).toContain(h);
    }
    expect(summaryTable(SMALL, { color: false, width: 100 })).toMatch(/│ 1 +│ Antony Blinken +│ 3 +│ 2 +│ 2016-01-04 │ 2016-03-02 │ Blinken +│/);
    expect(out).toMatch(/│ 1 +│ Cairo +│ 2 +│ 1 +│ cairo +│/);
  });
  it('charts quotes per month', () => {
    const lines = out.split('\n');
    const i = lines.findIndex((l) => l.startsWith('By month'));
    expect(lines.slice(i + 1, i + 7)).toEqual([
      '2016-01 █ ▃ 2016-03  quotes per month',
      'month    articles  quotes',
      '2016-01         1       3  ' + '█'.repeat(50),
      '2016-02         0       0',
      '2016-03         1       1  ' + '█'.repeat(16) + '▋',
      'unknown         1       1  ' + '█'.repeat(16) + '▋',
    ]);
  });
  it('no colour codes without colour; colour codes with it', () => {
    expect(out).not.toMatch(/\x1b\[/);
    expect(summaryTable(SMALL, { color: true, width: 80 })).toMatch(/\x1b\[/);
  });
  it('a narrow terminal loses the speakers\' "also as" column first', () => {
    const narrow = summaryTable(SMALL, { color: false, width: 70 });
    expect(narrow).toContain('│ #  │ speaker         │ quotes │ articles │ first      │ last       │\n');
    expect(narrow).toMatch(/│ 1 +│ Antony Blinken +│ 3 +│ 2 +│ 2016-01-04 │ 2016-03-02 │\n/);
    expect(Math.max(...narrow.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(70);
  });
  it('shows the top rows and counts the rest', () => {
    const t = summaryTable(SMALL, { color: false, width: 80, top: 1 });
    expect(t).toContain('… and 1 more');
    expect(t).not.toContain('Smith');
  });
});

describe('summary json and csv', () => {
  it('json is the summary itself', () => {
    expect(JSON.parse(summaryJson(SMALL))).toEqual(SMALL);
    expect(summaryJson(SMALL, false).trim().split('\n')).toHaveLength(1);
  });
  it('csv: one row per ranked item and month, quoted where needed', () => {
    expect(summaryDelimited(SMALL, ',')).toBe(
      [
        'section,rank,name,aliases,quotes,mentions,articles,first_date,last_date',
        'corpus,,,,5,,3,2016-01-04,2016-03-02',
        'speaker,1,Antony Blinken,Blinken,3,,2,2016-01-04,2016-03-02',
        'speaker,2,"Smith, ""Jr"" <b>",,1,,1,,',
        'person,1,Antony Blinken,,,4,2,,',
        'place,1,Cairo,cairo,,2,1,,',
        'month,,2016-01,,3,,1,,',
        'month,,2016-02,,0,,0,,',
        'month,,2016-03,,1,,1,,',
        'month,,unknown,,1,,1,,',
      ]
        // the who-about-whom columns (empty here: SMALL has no such sections)
        .map((l, i) => l + (i === 0 ? ',subject,type,gender,speaker,speakers,named_quotes,unnamed_quotes,female,male,unknown,source' : ','.repeat(11)))
        .concat([''])
        .join('\n'),
    );
    expect(summaryDelimited(SMALL, '\t').split('\n')[3]).toBe('speaker\t2\tSmith, "Jr" <b>\t\t1\t\t1\t\t' + '\t'.repeat(11));
  });
});

describe('summary html', () => {
  const html = summaryHtml(SMALL, { title: 'Campaign <2016>' });
  it('escapes all text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).toContain('<title>Campaign &lt;2016&gt;</title>');
    expect(html).toContain('<td>Smith, &quot;Jr&quot; &lt;b&gt;</td>');
    expect(html).not.toContain('<b>');
  });
  it('is self-contained: no scripts, no external resources', () => {
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(html).toContain(`default-src 'none'`);
  });
  it('has the tables and one bar pair per month', () => {
    for (const id of ['timeline', 'speakers', 'people', 'organizations', 'places', 'months']) expect(html).toContain(`id="${id}"`);
    expect(html.match(/<g class="month/g)).toHaveLength(4);
    expect(html).toContain('<title>2016-01: 1 article, 3 quotes</title>');
  });
});
