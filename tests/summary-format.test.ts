import { describe, expect, it } from 'vitest';
import { bar, sparkline, summaryTable } from '../src/format/summary-table.js';
import { summaryDelimited } from '../src/format/summary-csv.js';
import { summaryJson } from '../src/format/summary-json.js';
import { escapeHtml, summaryHtml } from '../src/format/html.js';
import { foldMonths } from '../src/format/months.js';
import type { ArticleStat, Summary } from '../src/summary/types.js';

const article = (
  source: string,
  date: string | null,
  quotes: number,
  speakerQuotes: ArticleStat['speakerQuotes'],
  more: Partial<ArticleStat> = {},
): ArticleStat => ({
  source,
  id: null,
  title: null,
  date,
  url: null,
  quotes,
  speakers: speakerQuotes.length,
  speakerQuotes,
  ...more,
});

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
    {
      name: 'Antony Blinken',
      aliases: ['Antony Blinken', 'Blinken'],
      quotes: 3,
      articles: 2,
      firstDate: '2016-01-04',
      lastDate: '2016-03-02',
      example: { text: 'We will win,', source: 'a.txt' },
      quoteList: [
        { text: 'We will win,', type: 'direct', article: 0 },
        { text: 'that talks go on', type: 'indirect', article: 0 },
      ],
      moreQuotes: 1,
    },
    {
      name: 'Smith, "Jr" <b>',
      aliases: ['Smith, "Jr" <b>'],
      quotes: 1,
      articles: 1,
      firstDate: null,
      lastDate: null,
      example: null,
      quoteList: [{ text: 'Not yet', type: 'direct', article: 2 }],
      moreQuotes: 0,
    },
  ],
  people: [{ name: 'Antony Blinken', aliases: ['Antony Blinken'], mentions: 4, articles: 2, articleRefs: [0, 1] }],
  organizations: [],
  places: [{ name: 'Cairo', aliases: ['Cairo', 'cairo'], mentions: 2, articles: 1, articleRefs: [0] }],
  months: [
    { month: '2016-01', articles: 1, quotes: 3 },
    { month: '2016-02', articles: 0, quotes: 0 },
    { month: '2016-03', articles: 1, quotes: 1 },
    { month: 'unknown', articles: 1, quotes: 1 },
  ],
  articleList: [
    article('a.txt', '2016-01-04', 3, [{ name: 'Blinken', quotes: 2 }], {
      title: 'Talks <go> on',
      id: 'https://example.org/a?x=1&y=2',
      url: 'https://example.org/a?x=1&y=2',
    }),
    article('b.txt', '2016-03-02', 1, [{ name: 'Antony Blinken', quotes: 1 }]),
    article('c.txt', null, 1, [{ name: 'Smith, "Jr" <b>', quotes: 1 }]),
  ],
  duplicates: 0,
  duplicateOf: [],
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
    for (const h of [
      'Speakers (2, by quotes)',
      'People (1, by mentions)',
      'Organizations (0, by mentions)',
      'Places (1, by mentions)',
      'By month (3 months)',
    ]) {
      expect(out).toContain(h);
    }
    expect(summaryTable(SMALL, { color: false, width: 100 })).toMatch(
      /│ 1 +│ Antony Blinken +│ 3 +│ 2 +│ 2016-01-04 │ 2016-03-02 │ Blinken +│/,
    );
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
    expect(narrow.trimEnd().split('\n').slice(-2).join('\n')).toBe(
      'Not shown at 70 columns: also as (a wider terminal or COLUMNS=120\nshows it; --format csv has every column)',
    );
    expect(summaryTable(SMALL, { color: false, width: 120 })).not.toContain('Not shown');
  });
  it('folds a long run of months without articles and counts duplicates in the heading', () => {
    const months = ['2016-01', '2016-02', '2016-03', '2016-04', '2016-05', '2016-06'].map((month, i) => ({
      month,
      articles: i === 0 || i === 5 ? 1 : 0,
      quotes: i === 0 ? 2 : 0,
    }));
    const t = summaryTable({ ...SMALL, months, duplicates: 2 }, { color: false, width: 100 });
    expect(t.split('\n')[0]).toBe(
      'Corpus  3 articles · 5 quotes · 2016-01-04 – 2016-03-02 · 1 undated · 2 duplicates counted once',
    );
    expect(t).toContain('\n2016-02 – 2016-05: 4 months without articles\n2016-06         1       0\n');
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
        .map(
          (l, i) =>
            l +
            (i === 0
              ? ',subject,type,gender,speaker,speakers,named_quotes,unnamed_quotes,female,male,unknown,source'
              : ','.repeat(11)),
        )
        .concat([''])
        .join('\n'),
    );
    expect(summaryDelimited(SMALL, '\t').split('\n')[3]).toBe(
      'speaker\t2\tSmith, "Jr" <b>\t\t1\t\t1\t\t' + '\t'.repeat(11),
    );
  });
});

describe('summary html', () => {
  const html = summaryHtml(SMALL, { title: 'Campaign <2016>' });
  it('escapes all text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).toContain('<title>Campaign &lt;2016&gt;</title>');
    expect(html).toContain('<td><a href="#sp-2">Smith, &quot;Jr&quot; &lt;b&gt;</a></td>');
    expect(html).not.toContain('<b>');
  });
  it('is self-contained: no scripts, no external resources; the only addresses are links to the articles', () => {
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=/i);
    expect(new Set(html.match(/https?:\/\/[^"<\s]*/g))).toEqual(new Set(['https://example.org/a?x=1&amp;y=2']));
    expect(html.match(/href="https?:/g)).toHaveLength(html.match(/https?:\/\//g)!.length);
    expect(html).toContain(`default-src 'none'`);
  });
  it('has the tables and one row of bars per month, undated apart and labelled in full', () => {
    for (const id of ['timeline', 'undated', 'speakers', 'people', 'organizations', 'places', 'articles', 'provenance'])
      expect(html).toContain(`id="${id}"`);
    expect(html.match(/<tr class="month/g)).toHaveLength(4);
    expect(html).toContain('<tr class="month undated" data-month="unknown"><th>No publication date</th>');
    expect(html).toContain(
      '<tr class="month" data-month="2016-02"><th>2016-02</th><td class="c"><div class="bar"><i class="a" style="width:0%"></i><span class="v">0 articles</span>',
    );
    expect(html).toContain(
      '<i class="a" style="width:100%"></i><span class="v"><a class="n" href="#m-2016-01">1 article</a></span>',
    );
  });
  it("each speaker and count opens the speaker's quotes, with article, date and link", () => {
    expect(html).toContain(
      '<td><a href="#sp-1">Antony Blinken</a></td><td class="n"><a class="n" href="#sp-1">3</a></td><td class="n"><a class="n" href="#sp-1">2</a></td>',
    );
    const drill = html.match(/<tr class="drill" id="sp-1">[\s\S]*?<\/tr>/)?.[0] ?? '';
    expect(drill).toContain('3 quotes by Antony Blinken in 2 articles<a href="#speakers">close</a>');
    expect(drill).toContain(
      '<li><span class="qt">“We will win,”</span><br><span class="src"><a href="#a-0">Talks &lt;go&gt; on</a> · 2016-01-04 · <span class="src">a.txt</span> · <a href="https://example.org/a?x=1&amp;y=2" rel="noreferrer">open ↗</a></span></li>',
    );
    expect(drill).toContain('<li><span class="qt">that talks go on</span>'); // reported speech: no quote marks
    expect(drill).toContain('… and 1 more quote (the report keeps the first 2 of each speaker;');
    expect(html.match(/<tr class="drill" id="sp-2">[\s\S]*?<\/tr>/)?.[0]).toContain(
      '<a href="#a-2">c.txt</a> · undated',
    );
  });
  it('each person, organization and place opens the articles that mention it', () => {
    expect(html).toContain(
      '<td><a href="#pe-1">Antony Blinken</a></td><td class="n"><a class="n" href="#pe-1">4</a></td>',
    );
    const drill = html.match(/<tr class="drill" id="pe-1">[\s\S]*?<\/tr>/)?.[0] ?? '';
    expect(drill).toContain('2 articles mention Antony Blinken (4 mentions)');
    expect(drill.match(/<li>/g)).toHaveLength(2);
    expect(drill).toContain('<li><a href="#a-1">b.txt</a> · 2016-03-02</li>');
    expect(html.match(/<tr class="drill" id="pl-1">[\s\S]*?<\/tr>/)?.[0]).toContain(
      '<a href="#a-0">Talks &lt;go&gt; on</a>',
    );
  });
  it('lists the articles: title, date, source (linked when it has a URL), quotes and speakers', () => {
    expect(html).toContain(
      '<tr class="row" id="a-0"><td class="n">1</td><td>Talks &lt;go&gt; on</td><td class="d">2016-01-04</td><td><a href="https://example.org/a?x=1&amp;y=2" rel="noreferrer">a.txt</a></td><td class="n"><a class="n" href="#aq-0">3</a></td><td class="n"><a class="n" href="#aq-0">1</a></td></tr>',
    );
    const drill = html.match(/<tr class="drill" id="aq-0">[\s\S]*?<\/tr>/)?.[0] ?? '';
    expect(drill).toContain('<li><a href="#sp-1">Blinken</a>: 2 quotes</li><li>1 quote without a named speaker</li>');
    expect(html).toContain(
      '<tr class="row" id="a-2"><td class="n">3</td><td>—</td><td class="d">undated</td><td>c.txt</td>',
    );
  });
  it('folds a long run of empty months', () => {
    const months = ['2016-01', '2016-02', '2016-03', '2016-04', '2016-05'].map((month, i) => ({
      month,
      articles: i % 4 === 0 ? 1 : 0,
      quotes: 0,
    }));
    expect(foldMonths(months).map((r) => (r.kind === 'gap' ? `${r.from}..${r.to}:${r.n}` : r.m.month))).toEqual([
      '2016-01',
      '2016-02..2016-04:3',
      '2016-05',
    ]);
    expect(
      foldMonths(months.slice(0, 3).concat({ month: '2016-04', articles: 1, quotes: 0 })).map((r) => r.kind),
    ).toEqual(['month', 'month', 'month', 'month']);
    const page = summaryHtml({ ...SMALL, months });
    expect(page).toContain(
      '<tr class="gap"><th>2016-02 –<br>2016-04</th><td colspan="2">3 months without articles</td></tr>',
    );
    expect(page).not.toContain('id="undated"');
  });
  it('says what it was made from', () => {
    const run = {
      version: '9.9.9',
      date: '2026-01-02T03:04:05.000Z',
      args: ['--format', 'html', 'my corpus/'],
      paths: ['my corpus/'],
      read: 5,
      skipped: 1,
      failed: 1,
      duplicates: 1,
    };
    const foot = summaryHtml(SMALL, { run }).match(/<footer id="provenance">[\s\S]*<\/footer>/)?.[0] ?? '';
    expect(foot).toContain('<dt>tool</dt><dd>extract 9.9.9</dd><dt>run</dt><dd>2026-01-02T03:04:05.000Z</dd>');
    expect(foot).toContain(
      `<dt>command</dt><dd><code>extract --format html &#39;my corpus/&#39;</code></dd><dt>paths</dt><dd><code>my corpus/</code></dd>`,
    );
    expect(foot).toContain(
      '<dt>articles</dt><dd>5 articles read · 1 left out by --speaker/--entity · 1 with the same text as another (counted once) · 1 could not be read or analysed (named on stderr)</dd>',
    );
  });
});
