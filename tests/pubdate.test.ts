/**
 * Publication dates: every reader finds the day the source states, says where it
 * came from (dateSource), warns when there is none, and gives the same day under any TZ.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyze, analyzeArticle } from '../src/index.js';
import { articleFromHtml } from '../src/input/html.js';
import { articleFromJsonLine } from '../src/input/jsonl.js';
import { articleFromMarkdown } from '../src/input/markdown.js';
import { articleFromText } from '../src/input/plaintext.js';
import { dateFromField, datesInText, readDate } from '../src/input/pubdate.js';
import { extract, jsonLines, tempDir } from './cli-run.js';

vi.setConfig({ testTimeout: 180_000 });

const NO_DATE = 'no publication date found; relative dates left unresolved (give --date)';
const page = (head: string, body = '<p>He left on Friday.</p>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const html = (head: string, body?: string) => {
  const a = articleFromHtml(page(head, body), 'x.html');
  return [a.date, a.dateSource ?? null];
};

describe('date fields: the day as the source states it', () => {
  it.each([
    ['2020-04-10', '2020-04-10'],
    ['2020-04-10T23:30:00-07:00', '2020-04-10'], // the source's own offset, not UTC's 04-11
    ['2020-04-10T00:30:00+09:00', '2020-04-10'],
    ['Fri, 10 Apr 2020 23:58:15 -0800', '2020-04-10'],
    ['Fri, 10 Apr 2020 17:58:15 +0100', '2020-04-10'],
    ['April 10, 2020', '2020-04-10'],
    ['Apr. 10, 2020', '2020-04-10'],
    ['10 Apr 2020', '2020-04-10'],
    ['10. April 2020', '2020-04-10'],
    ['10 avril 2020', '2020-04-10'],
    ['10.04.2020', '2020-04-10'],
    ['2020/04/10', '2020-04-10'],
    ['20200410', '2020-04-10'],
    ['1586563095', '2020-04-10'], // epoch seconds: an instant, its UTC day (23:58:15Z)
    ['1586563200', '2020-04-11'], // two minutes later: the next UTC day
    ['1586563095000', '2020-04-10'], // epoch milliseconds
  ])('%s → %s', (value, day) => {
    expect(dateFromField(value)).toEqual({ day, warning: null });
  });

  it('a number is epoch seconds or milliseconds, or YYYYMMDD', () => {
    expect(dateFromField(20200410)).toEqual({ day: '2020-04-10', warning: null });
    expect(dateFromField(1586476800)).toEqual({ day: '2020-04-10', warning: null });
    expect(dateFromField(1586476800000)).toEqual({ day: '2020-04-10', warning: null });
  });

  it('an ambiguous numeric date is not guessed; 13/04 and 04/13 are not ambiguous', () => {
    expect(dateFromField('10/04/2020')).toEqual({
      day: null,
      warning: 'ambiguous date "10/04/2020" (day and month could be either), not used; give --date',
    });
    expect(dateFromField('13/04/2020').day).toBe('2020-04-13');
    expect(dateFromField('04/13/2020').day).toBe('2020-04-13');
  });

  it('not a date: a warning; nothing: no warning', () => {
    expect(dateFromField('someday')).toEqual({ day: null, warning: 'unrecognised date "someday"' });
    expect(dateFromField('2020-02-30')).toEqual({ day: null, warning: 'unrecognised date "2020-02-30"' });
    expect(dateFromField('')).toEqual({ day: null, warning: null });
    expect(dateFromField(null)).toEqual({ day: null, warning: null });
  });

  it('a timestamp in UTC is marked so (its instant is kept)', () => {
    expect(readDate('2023-11-09T01:09:55Z')).toEqual({
      day: '2023-11-09',
      instant: Date.UTC(2023, 10, 9, 1, 9, 55),
      utc: true,
    });
    expect(readDate('2023-11-08T17:09:55-08:00')).toEqual({
      day: '2023-11-08',
      instant: Date.UTC(2023, 10, 9, 1, 9, 55),
      utc: false,
    });
  });

  it('dates in running text, and what is not one', () => {
    const days = (s: string) => [...datesInText(s)].map((d) => d.day ?? d.ambiguous);
    expect(days('Veröffentlicht am Dienstag, 2. November 2021 um 10:24')).toEqual(['2021-11-02']);
    expect(days('Publié le 27 octobre 2023 à 15h01')).toEqual(['2023-10-27']);
    expect(days('Published 8 January 2020, 3:51 pm')).toEqual(['2020-01-08']);
    expect(days('Aug. 16, 2020 and 2023.11.02.')).toEqual(['2020-08-16', '2023-11-02']);
    expect(days('version 1.2.3, 10 of 2020, 31.02.2020')).toEqual([]);
  });
});

describe('HTML: the rules in order of trust', () => {
  it('JSON-LD, @graph included; the article before an image in the same graph', () => {
    const ld = JSON.stringify({
      '@graph': [
        { '@type': 'ImageObject', datePublished: '2019-01-01' },
        { '@type': 'NewsArticle', datePublished: '2020-08-16T10:00:00+02:00' },
      ],
    });
    expect(html(`<script type="application/ld+json">${ld}</script>`)).toEqual(['2020-08-16', 'json-ld']);
    expect(
      html('<script type="application/ld+json">{"@type":"BlogPosting","dateCreated":"2020-08-15"}</script>'),
    ).toEqual(['2020-08-15', 'json-ld']);
  });

  it('invalid JSON-LD still gives its datePublished', () => {
    expect(
      html('<script type="application/ld+json">{"@type":"NewsArticle", "datePublished": "2020-08-16", }</script>'),
    ).toEqual(['2020-08-16', 'json-ld']);
  });

  it('<meta> variants; a bare "date" and og:updated_time come after the page\'s own <time>', () => {
    expect(html('<meta property="article:published_time" content="2020-08-16T08:00:00+00:00">')).toEqual([
      '2020-08-16',
      'meta',
    ]);
    expect(html('<meta name="parsely-pub-date" content="2020-08-16">')).toEqual(['2020-08-16', 'meta']);
    expect(html('<meta name="sailthru.date" content="2020-08-16 22:35:29">')).toEqual(['2020-08-16', 'meta']);
    expect(html('<meta name="DC.date.issued" content="2020-08-16">')).toEqual(['2020-08-16', 'meta']);
    expect(html('<meta name="date" content="2020-08-20">', '<time datetime="2020-08-16">16. August</time>')).toEqual([
      '2020-08-16',
      'time',
    ]);
    expect(html('<meta name="date" content="2020-08-20">')).toEqual(['2020-08-20', 'meta']);
    expect(html('<meta property="og:updated_time" content="2020-09-01T10:00:00+02:00">')).toEqual([
      '2020-09-01',
      'meta',
    ]);
  });

  it('a modified date is not the publication date when a published one exists', () => {
    expect(
      html(
        '<meta property="article:modified_time" content="2021-01-01"><meta property="article:published_time" content="2020-08-16">',
      ),
    ).toEqual(['2020-08-16', 'meta']);
  });

  it('the URL of the page itself (canonical or og:url), never of a link in it', () => {
    expect(html('<link rel="canonical" href="https://news.test/2020/08/16/story/">')).toEqual(['2020-08-16', 'url']);
    expect(
      html(
        '<meta property="og:url" content="https://web.archive.org/web/20140109030403/http://blog.test/2013/12/09/post/">',
      ),
    ).toEqual(['2013-12-09', 'url']);
    expect(html('', '<a href="https://news.test/2020/08/16/story/">other</a>')).toEqual([null, null]);
  });

  it('a day-month-year URL only when day and month cannot be swapped', () => {
    expect(html('<link rel="canonical" href="https://club.test/news/29-10-2021">')).toEqual(['2021-10-29', 'url']);
    expect(html('<link rel="canonical" href="https://club.test/news/10-29-2021/">')).toEqual(['2021-10-29', 'url']);
    // 05-10-2021 is 5 October or May 10: not guessed
    expect(html('<link rel="canonical" href="https://club.test/news/05-10-2021">')).toEqual([null, null]);
    expect(html('<link rel="canonical" href="https://club.test/item/31-02-2021">')).toEqual([null, null]);
  });

  it('<time datetime> in any letter case; pubdate and "published" first; comments and sidebars ignored', () => {
    expect(html('', '<time dateTime="2020-08-16T10:00:00+02:00">Sunday</time>')).toEqual(['2020-08-16', 'time']);
    expect(
      html('', '<time datetime="2020-08-17">x</time><time class="entry-date published" datetime="2020-08-16">y</time>'),
    ).toEqual(['2020-08-16', 'time']);
    expect(
      html('', '<div class="comments"><time datetime="2020-09-01">x</time></div><time datetime="2020-08-16">y</time>'),
    ).toEqual(['2020-08-16', 'time']);
    expect(html('', '<aside><time datetime="2020-09-01">x</time></aside>')).toEqual([null, null]);
  });

  it('bylines in several languages', () => {
    expect(html('', '<h1>Title</h1><p class="byline">By Emily Burack, 8 January 2020, 3:51 pm</p>')).toEqual([
      '2020-01-08',
      'byline',
    ]);
    expect(html('', '<h1>Titel</h1><div class="postDate">Veröffentlicht am: 6. August 2009</div>')).toEqual([
      '2009-08-06',
      'byline',
    ]);
    expect(html('', '<h1>Titel</h1><p>Text</p><p>Erschienen am 26. Jan 2022</p>')).toEqual(['2022-01-26', 'byline']);
    expect(html('', '<h1>Titre</h1><span class="info-date">Publié le 27 octobre 2023 à 15h01</span>')).toEqual([
      '2023-10-27',
      'byline',
    ]);
    expect(html('', '<h1>Заголовок</h1><p class="date">15 августа 2016, 13:43</p>')).toEqual(['2016-08-15', 'byline']);
    expect(html('', '<h1>Заголовок</h1><p class="date">3 листопада 2021</p>')).toEqual(['2021-11-03', 'byline']);
    expect(html('', '<h1>Tytuł</h1><span class="data">12 października 2019</span>')).toEqual(['2019-10-12', 'byline']);
    expect(html('', '<h1>Titulek</h1><span class="datum">7. března 2018</span>')).toEqual(['2018-03-07', 'byline']);
    expect(html('', '<h1>Başlık</h1><span class="date">4 Şubat 2020</span>')).toEqual(['2020-02-04', 'byline']);
    // a month name without a day and a year is no date
    expect(html('', '<h1>Заголовок</h1><p class="date">августа 2016</p>')).toEqual([null, null]);
  });

  it("dates of comments (whatever their prefix) and a site header's today are not the article's", () => {
    expect(
      html(
        '',
        '<h1>T</h1><div class="kb-comments"><time datetime="2020-09-23">x</time></div><p class="date">20.09.2020</p>',
      ),
    ).toEqual(['2020-09-20', 'byline']);
    expect(
      html(
        '',
        '<div class="navtop"><time datetime="2023-11-01">Mittwoch, 01. November 2023</time></div><h1>T</h1><p class="date">31.10.2023</p>',
      ),
    ).toEqual(['2023-10-31', 'byline']);
  });

  it('German puts the verb last: "wurde am ... veröffentlicht"', () => {
    expect(html('', '<p>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:24 Uhr veröffentlicht.</p>')).toEqual([
      '2011-12-03',
      'byline',
    ]);
  });

  it('output before the page (a PHP warning) does not hide it', () => {
    const a = articleFromHtml(
      '<br />\n<b>Warning</b>: x<br />\n<!DOCTYPE html><html><head><meta name="pubdate" content="2011-12-03"></head><body><p>Text.</p></body></html>',
      'x.html',
    );
    expect([a.date, a.text]).toEqual(['2011-12-03', 'Text.']);
  });

  it('a date right under the headline, and none far from it', () => {
    expect(html('', '<h1>Haubenfahrzeuge</h1><em>Dienstag, 2. November 2021</em><p>Text.</p>')).toEqual([
      '2021-11-02',
      'text',
    ]);
    expect(html('', '<h2>Ohne h1</h2><em>2. November 2021</em><p>Text.</p>')).toEqual(['2021-11-02', 'text']);
    expect(
      html('', `<h1>Headline</h1><p>${'Words and more words. '.repeat(60)}It opened on 2 November 2021.</p>`),
    ).toEqual([null, null]);
  });

  it('a UTC timestamp gives way to the day the page states in its own zone for that instant', () => {
    const head = '<meta property="article:published_time" content="2023-11-09T01:09:55+00:00">';
    expect(html(head + '<link rel="canonical" href="https://news.test/2023/11/08/story/">')).toEqual([
      '2023-11-08',
      'url',
    ]);
    expect(html(head, '<time datetime="2023-11-08T17:09:55-08:00">Nov 8</time>')).toEqual(['2023-11-08', 'time']);
    // at midday UTC no zone of the Americas or Asia makes it another day
    expect(
      html(
        '<meta property="article:published_time" content="2023-11-09T12:00:00Z"><link rel="canonical" href="https://news.test/2023/11/08/x/">',
      ),
    ).toEqual(['2023-11-09', 'meta']);
    // a timestamp with the page's own offset stays as written
    expect(
      html(
        '<meta property="article:published_time" content="2023-11-09T01:09:55+01:00"><link rel="canonical" href="https://news.test/2023/11/08/x/">',
      ),
    ).toEqual(['2023-11-09', 'meta']);
  });

  it('an ambiguous numeric date warns; no date at all gives the no-date warning in the record', () => {
    const a = articleFromHtml(page('<meta name="publicationDate" content="03/01/2020">'), 'x.html');
    expect([a.date, a.warnings]).toEqual([
      null,
      ['ambiguous date "03/01/2020" (day and month could be either), not used; give --date'],
    ]);
    const rec = analyzeArticle(articleFromHtml(page(''), 'x.html'));
    expect([rec.date, rec.dateSource, rec.warnings]).toEqual([null, null, [NO_DATE]]);
  });
});

describe('text, Markdown and JSON Lines', () => {
  it('Date: and Published: lines in common formats, also after a By line, masked from analysis', () => {
    const t = articleFromText(
      'By Jane Doe\nPublished: Fri, 10 Apr 2020 17:58:15 +0100\n\nHe left on Friday.\n',
      'x.txt',
    );
    expect([t.date, t.dateSource, t.masked]).toEqual(['2020-04-10', 'header', [[11, 54]]]);
    expect(articleFromText('Date: April 10, 2020\nText.', 'x.txt').date).toBe('2020-04-10');
    expect(articleFromText('date 2023-06-15 Text.', 'x.txt').date).toBe('2023-06-15');
    const amb = articleFromText('Date: 10/04/2020\nText.', 'x.txt');
    expect([amb.date, amb.warnings]).toEqual([
      null,
      ['ambiguous date "10/04/2020" (day and month could be either), not used; give --date'],
    ]);
    // not metadata: a sentence that starts with "Date"
    expect(articleFromText('Date night: we went out.\n', 'x.txt').date).toBe(null);
  });

  it('a By line is analysed (the author is a name), the date line is not', () => {
    const rec = analyze('By Jane Doe\nDate: 2020-04-10\n\nJohn Brown left on Friday.\n');
    expect(rec.date).toBe('2020-04-10');
    expect(rec.dates.map((d) => [d.text, d.value])).toEqual([['Friday', '2020-04-10']]);
  });

  it('YAML and TOML front matter', () => {
    const y = articleFromMarkdown('---\ntitle: T\npublishDate: "2020-04-10T23:30:00-07:00"\n---\nText.\n', 'x.md');
    expect([y.title, y.date, y.dateSource]).toEqual(['T', '2020-04-10', 'front-matter']);
    const t = articleFromMarkdown(
      '+++\ntitle = "T"\ndate = 2020-04-10T23:30:00-07:00\n[params]\ndate = 1999-01-01\n+++\nText.\n',
      'x.md',
    );
    expect([t.title, t.date, t.dateSource, t.masked]).toEqual(['T', '2020-04-10', 'front-matter', [[0, 80]]]);
  });

  it('JSON Lines fields, epoch timestamps and --date-field', () => {
    const day = (o: object, field?: string) => {
      const r = articleFromJsonLine(JSON.stringify(o), 'x.jsonl:1', { date: field });
      return r.ok ? [r.article.date, r.article.dateSource, r.article.warnings] : r.reason;
    };
    expect(day({ text: 't', publishedAt: '2020-04-10T10:00:00Z' })).toEqual(['2020-04-10', 'field', []]);
    expect(day({ text: 't', published_at: 'April 10, 2020' })).toEqual(['2020-04-10', 'field', []]);
    expect(day({ text: 't', pubDate: 'Fri, 10 Apr 2020 17:58:15 +0100' })).toEqual(['2020-04-10', 'field', []]);
    expect(day({ text: 't', date_publish: '2020-04-10 17:58:15' })).toEqual(['2020-04-10', 'field', []]);
    expect(day({ text: 't', timestamp: 1586476800 })).toEqual(['2020-04-10', 'field', []]);
    expect(day({ text: 't', timestamp: 1586476800000 })).toEqual(['2020-04-10', 'field', []]);
    expect(day({ text: 't', when: '10 Apr 2020' }, 'when')).toEqual(['2020-04-10', 'field', []]);
    expect(day({ text: 't', when: '10 Apr 2020' })).toEqual([null, null, []]);
    expect(day({ text: 't', date: '10/04/2020' })).toEqual([
      null,
      null,
      ['field "date": ambiguous date "10/04/2020" (day and month could be either), not used; give --date'],
    ]);
  });

  it('dateSource says where the date came from; --date is "option"', () => {
    expect(analyze('date 2023-06-15\nText.').dateSource).toBe('header');
    expect(analyze('date 2023-06-15\nText.', { date: '2024-01-01' })).toMatchObject({
      date: '2024-01-01',
      dateSource: 'option',
    });
    expect(analyze('Text.')).toMatchObject({ date: null, dateSource: null, warnings: [NO_DATE] });
  });
});

describe('the same day under any time zone (the command, run under several TZ)', () => {
  it('HTML, Markdown, text and JSON Lines give identical output in UTC, Tokyo and Los Angeles', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(
        join(dir, 'a.html'),
        page('<meta name="date" content="June 14, 2023">', '<p>He left on Friday.</p>'),
      );
      writeFileSync(
        join(dir, 'b.html'),
        page(
          '<meta property="article:published_time" content="2023-06-14T23:30:00-07:00">',
          '<p>She arrived on Friday.</p>',
        ),
      );
      // (each text its own: the command warns about copies)
      writeFileSync(join(dir, 'c.md'), '---\ndate: 2023-06-14T00:30:00+09:00\n---\nWe left on Friday.\n');
      writeFileSync(join(dir, 'd.txt'), 'Published: Wed, 14 Jun 2023 23:58:15 -0800\n\nYou left on Friday.\n');
      writeFileSync(
        join(dir, 'e.jsonl'),
        [
          { text: 'They met on Friday.', date: 'June 14, 2023' },
          { text: 'x', date: '2023-06-14T00:30:00+09:00' },
          { text: 'y', pubDate: 'Wed, 14 Jun 2023 23:58:15 -0800' },
        ]
          .map((o) => JSON.stringify(o))
          .join('\n') + '\n',
      );
      const runs = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles'].map((TZ) =>
        extract(['--format', 'jsonl', '--only', 'dates', dir], { env: { TZ } }),
      );
      const days = jsonLines(runs[0]!.stdout).map((r) => r.date);
      expect(days).toEqual([
        '2023-06-14',
        '2023-06-14',
        '2023-06-14',
        '2023-06-14',
        '2023-06-14',
        '2023-06-14',
        '2023-06-14',
      ]);
      for (const r of runs) {
        expect(r.stdout).toBe(runs[0]!.stdout);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
      }
    } finally {
      cleanup();
    }
  });

  it('no publication date: the warning on stderr, not with -q', () => {
    const r = extract(['--format', 'jsonl', '-'], { input: 'He left on Friday.', keepNoDate: true });
    expect(r.stderr).toBe(`extract: warning: '-': ${NO_DATE}\n`);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ date: null, dateSource: null, warnings: [NO_DATE] });
    expect(extract(['--format', 'jsonl', '-q', '-'], { input: 'He left on Friday.' }).stderr).toBe('');
    expect(extract(['--format', 'jsonl', '--date', '2023-06-15', '-'], { input: 'He left on Friday.' }).stderr).toBe(
      '',
    );
  });
});
