/**
 * Dates in the text anchored right (issue 14): direction from the governing words,
 * clock times on the day named with them, granularity of counted units, and spans
 * that were missed. Reference date 2023-06-15, a Thursday.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const values = (text: string) => run(text).dates.map((d) => [d.text, d.value, d.rule]);

describe('direction', () => {
  it.each([
    ['On Sunday, Smith said the deal was off.', [['Sunday', '2023-06-11', 'weekday.tense']]],
    ['The vote was postponed until Tuesday.', [['Tuesday', '2023-06-20', 'weekday.tense']]],
    ['The hearing was delayed until Monday.', [['Monday', '2023-06-19', 'weekday.tense']]],
    ['Trading could resume as soon as Monday.', [['Monday', '2023-06-19', 'weekday.tense']]],
    ['Buyers were likely to move as soon as trading opened Monday.', [['Monday', '2023-06-19', 'weekday.tense']]],
    ['The index is near the record high set on Dec. 6.', [['Dec. 6', '2022-12-06', 'absolute.month-day']]],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected));

  it("a weekday's own event told without a tense took place; with a future verb it lies ahead", () => {
    expect(values("The bonds carry a premium over Friday's closing price.")).toEqual([
      ['Friday', '2023-06-09', 'weekday.tense'],
    ]);
    expect(values("Friday's vote will decide it.")).toEqual([['Friday', '2023-06-16', 'weekday.tense']]);
  });

  it('a plan told in the pluperfect is over; in the present or past it lies ahead', () => {
    expect(values('The offer had been scheduled to expire on Friday.')).toEqual([
      ['Friday', '2023-06-09', 'weekday.tense'],
    ]);
    expect(values('The offer was scheduled to expire on Friday.')).toEqual([['Friday', '2023-06-16', 'weekday.tense']]);
  });

  it('the infinitive after a noun of intention looks ahead; the report itself does not', () => {
    expect(values('The bank announced an agreement to buy the firm in February.')).toEqual([
      ['February', '2024-02', 'month.bare'],
    ]);
    expect(values('The bank announced in February that it had bought the firm.')).toEqual([
      ['February', '2023-02', 'month.bare'],
    ]);
  });

  it('a plural noun ending a prepositional phrase is no present-tense verb; a real one still counts', () => {
    expect(values('Taylor, who stepped down in November for health reasons, left.')).toEqual([
      ['November', '2022-11', 'month.bare'],
    ]);
    expect(values('Taylor will step down in November for health reasons.')).toEqual([
      ['November', '2023-11', 'month.bare'],
    ]);
  });

  it('a past report of "until" alone is not pushed forward; "set for" stays ahead (negatives)', () => {
    expect(values('The store was closed until Tuesday.')).toEqual([['Tuesday', '2023-06-13', 'weekday.tense']]);
    expect(values('The index is near the level set for Dec. 6.')).toEqual([
      ['Dec. 6', '2023-12-06', 'absolute.month-day'],
    ]);
  });
});

describe('clock times take their day', () => {
  it('the day named after "on"', () => {
    expect(values('Police arrived shortly after midnight on Dec. 19.')).toEqual([
      ['midnight', '2022-12-19T24:00', 'time.clock+day'],
      ['Dec. 19', '2022-12-19', 'absolute.month-day'],
    ]);
  });

  it('the day next to it', () => {
    expect(values('The shooting happened at 10:35 a.m. Friday.')).toEqual([
      ['10:35 a.m. Friday', '2023-06-09T10:35', 'weekday.tense+time.clock'],
    ]);
  });

  it('in a past narrative, the last day it told of; otherwise the publication day', () => {
    expect(values('The talks ended Friday. At 6 p.m. the police arrived.')).toEqual([
      ['Friday', '2023-06-09', 'weekday.tense'],
      ['6 p.m.', '2023-06-09T18:00', 'time.clock'],
    ]);
    expect(values('The talks end Friday. At 6 p.m. the police will leave.')).toEqual([
      ['Friday', '2023-06-16', 'weekday.tense'],
      ['6 p.m.', '2023-06-15T18:00', 'time.clock'],
    ]);
  });

  it('midday is noon', () => {
    expect(values('They met at midday.')).toEqual([['midday', '2023-06-15T12:00', 'time.clock']]);
  });
});

describe('granularity', () => {
  it.each([
    ['He left a decade ago.', [['a decade ago', '2013', 'ago.ago']]],
    ['She moved six weeks ago.', [['six weeks ago', '2023-W18', 'ago.ago']]],
    // a week or two back still names a day
    ['She moved two weeks ago.', [['two weeks ago', '2023-06-01', 'ago.ago']]],
    ['Sales rose in the week of March 6.', [['the week of March 6', '2023-W10', 'period.week-of']]],
    ['Sales rose in the week of March 6, 2021.', [['the week of March 6, 2021', '2021-W09', 'period.week-of']]],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected));
});

describe('spans that were missed', () => {
  it.each([
    [
      'He served in 2009-2010.',
      [
        ['2009', '2009', 'year.range'],
        ['2010', '2010', 'year.range'],
      ],
    ],
    [
      'He served in 1957-58.',
      [
        ['1957', '1957', 'year.range'],
        ['58', '1958', 'year.range'],
      ],
    ],
    ['It happened last Oct. 23.', [['last Oct. 23', '2022-10-23', 'absolute.month-day-mod']]],
    ['It will happen next Oct. 23.', [['next Oct. 23', '2023-10-23', 'absolute.month-day-mod']]],
    ['She had called the day before.', [['the day before', '2023-06-14', 'period.day-around']]],
    ['It opened last fall.', [['last fall', '2022-FA', 'season.last']]],
    ['Families of the 1995 shooting gathered.', [['1995', '1995', 'year.bare']]],
    // two expressions, as TimeML marks them; "October of 2010" and "July last year" stay one
    [
      'It ends after October of next year.',
      [
        ['October', '2024-10', 'absolute.month-of-year'],
        ['next year', '2024', 'absolute.month-of-year'],
      ],
    ],
    ['It opened in October of 2010.', [['October of 2010', '2010-10', 'absolute.month-year']]],
    ['It closed in July last year.', [['July last year', '2022-07', 'absolute.month-year']]],
  ])('%s', (text, expected) => expect(values(text)).toEqual(expected));

  it('"the day before ..." set beside a date restates it; alone, a day named by a clause stays out', () => {
    expect(values('Stocks rose after May 3, the day before the vote.')).toEqual([
      ['May 3', '2023-05-03', 'absolute.month-day'],
      ['the day', '2023-05-03', 'period.anchored'],
    ]);
    expect(values('Stocks rose on the day before the vote.')).toEqual([]);
  });

  it('not a year range: a date, a score, a span too wide (negatives)', () => {
    expect(values('The file is dated 2000-01-05.')).toEqual([['2000-01-05', '2000-01-05', 'absolute.iso']]);
    expect(values('They won 2010-1995 on points.')).toEqual([]);
    expect(values('Sales rose in the week of the storm.')).toEqual([]);
  });
});
