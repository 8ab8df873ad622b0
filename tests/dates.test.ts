import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';
import { analyze } from '../src/index.js';

// Reference date for run(): 2023-06-15, a Thursday.
type Row = [text: string, type: string, value: string | null, from?: string | null, to?: string | null];

function dates(text: string, date: string | null = '2023-06-15'): Row[] {
  return run(text, date).dates.map((d) => [d.text, d.type, d.value, d.from, d.to]);
}
const day = (text: string, value: string): Row => [text, 'date', value, value, value];

describe('absolute dates', () => {
  it.each<[string, Row[]]>([
    ['The report is due June 14, 2023.', [day('June 14, 2023', '2023-06-14')]],
    ['He arrived on 14 June 2022 by train.', [day('14 June 2022', '2022-06-14')]],
    ['The file is dated 2023-06-14.', [day('2023-06-14', '2023-06-14')]],
    ['Sales fell on Feb. 28.', [day('Feb. 28', '2023-02-28')]],
    ['The notice went out 3/9/21.', [day('3/9/21', '2021-03-09')]],
    ['It started in January 2021.', [['January 2021', 'date', '2021-01', '2021-01-01', '2021-01-31']]],
    ['In 1998, he won the race.', [['1998', 'date', '1998', '1998-01-01', '1998-12-31']]],
    ["The index hit its lowest level since '82.", [["'82", 'date', '1982', '1982-01-01', '1982-12-31']]],
    // Across the end of a sentence the next word is no noun counted by the year.
    ['It will borrow "for a good part of 1990." Banks agreed.', [['1990', 'date', '1990', '1990-01-01', '1990-12-31']]],
    ['The company earned less in fiscal 2022.', [['fiscal 2022', 'date', '2022', '2022-01-01', '2022-12-31']]],
    [
      'In nineteen eighty-four the mill closed.',
      [['nineteen eighty-four', 'date', '1984', '1984-01-01', '1984-12-31']],
    ],
    [
      'Prices fell in the winter of nineteen ninety-four.',
      [['the winter of nineteen ninety-four', 'date', '1994-WI', '1994-12-01', '1995-02-28']],
    ],
    [
      'Prices fell in the winter, and in nineteen ninety-four.',
      [
        ['the winter', 'date', '2022-WI', '2022-12-01', '2023-02-28'],
        ['nineteen ninety-four', 'date', '1994', '1994-01-01', '1994-12-31'],
      ],
    ],
    [
      'They promised it by the year two thousand.',
      [['the year two thousand', 'date', '2000', '2000-01-01', '2000-12-31']],
    ],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));

  it.each([
    ['May is the modal', 'May we go? It may rain.'],
    ['march is the verb', 'They march through town.'],
    ['a month name is a first name', 'June Carter sang for the crowd.'],
    ['a count is not a year', 'Some 2000 people came to the rally.'],
    ['a count after "of" is not a year', 'The march drew crowds of 1990 people.'],
    ['a quoted number is not a year without a preposition of time', "The score was '82 to 40."],
    ['an age is not a date', 'She was twenty two years old.'],
    ['money is not a year', 'The ticket cost $1999 at the door.'],
  ])('no date when %s', (_why, text) => {
    expect(dates(text).filter((d) => d[1] === 'date')).toEqual([]);
  });
});

describe('bare weekdays and months take the sentence direction', () => {
  it.each<[string, Row[]]>([
    ['The minister resigned on Wednesday.', [day('Wednesday', '2023-06-14')]],
    ['The minister will resign on Wednesday.', [day('Wednesday', '2023-06-21')]],
    ['The summit opens Thursday.', [day('Thursday', '2023-06-15')]],
    ['The vote took place last Friday.', [day('last Friday', '2023-06-09')]],
    ['The vote is planned for next Monday.', [day('next Monday', '2023-06-19')]],
    // No tense cue: the nearest Saturday is two days ahead.
    ['Saturday is a rest day.', [day('Saturday', '2023-06-17')]],
    ['The February trip was postponed.', [['February', 'date', '2023-02', '2023-02-01', '2023-02-28']]],
    ['The deal should close in October.', [['October', 'date', '2023-10', '2023-10-01', '2023-10-31']]],
    // Past tense reaches back up to ten months, not to the month just ahead; "payable", "effective" point ahead.
    ['Shares peaked on Dec. 1.', [day('Dec. 1', '2022-12-01')]],
    ['It happened in Sept.', [['Sept.', 'date', '2022-09', '2022-09-01', '2022-09-30']]],
    ['The cartel told buyers of a supply cut in July.', [['July', 'date', '2023-07', '2023-07-01', '2023-07-31']]],
    [
      'The cartel told buyers of a supply cut in September.',
      [['September', 'date', '2022-09', '2022-09-01', '2022-09-30']],
    ],
    ['The board declared a dividend payable Dec. 1.', [day('Dec. 1', '2023-12-01')]],
    ['The bank agreed to buy the firm in January.', [['January', 'date', '2024-01', '2024-01-01', '2024-01-31']]],
    ['The bank went to court in January.', [['January', 'date', '2023-01', '2023-01-01', '2023-01-31']]],
    ['They were given until mid-July to reply.', [['mid-July', 'date', '2023-07', '2023-07-01', '2023-07-31']]],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe('tense comes from the nearest verb group that shows one', () => {
  it.each<[string, Row[]]>([
    ['The ministry is expected to announce the plan Friday.', [day('Friday', '2023-06-16')]],
    ['He has resigned Wednesday.', [day('Wednesday', '2023-06-14')]],
    // "to close" says nothing about time; "fell" does.
    ['Shares fell 50 cents on Friday to close at $20.', [day('Friday', '2023-06-09')]],
    ['Talks resumed over the weekend.', [['the weekend', 'date', '2023-W23-WE', '2023-06-10', '2023-06-11']]],
    // A possessive "'s" is no present-tense "is"; a real "it's" still is.
    ["Prices were up from 20 cents Friday and the week's low.", [day('Friday', '2023-06-09')]],
    ["Prices were up from 20 cents Friday and it's the week's low.", [day('Friday', '2023-06-16')]],
    // compromise reads "rose" as the flower; it is the past of "rise".
    ['Stocks rose Friday.', [day('Friday', '2023-06-09')]],
    ['Stocks will rise Friday.', [day('Friday', '2023-06-16')]],
    // A modal perfect looks back; the plain modal looks ahead.
    ['The rally may have started on Friday.', [day('Friday', '2023-06-09')]],
    ['The rally may start on Friday.', [day('Friday', '2023-06-16')]],
    // "since" puts its date behind whatever the tense; "in" follows the tense.
    ['The carrier will be at sea since March.', [['March', 'date', '2023-03', '2023-03-01', '2023-03-31']]],
    ['The carrier will be at sea in March.', [['March', 'date', '2024-03', '2024-03-01', '2024-03-31']]],
    // The verb before a date is its verb more often than the one after; a fronted date takes the one after.
    [
      'The airline will double its flights to India by December in search of markets hit by the crisis.',
      [['December', 'date', '2023-12', '2023-12-01', '2023-12-31']],
    ],
    [
      'In December prices fell sharply, and investors will wait.',
      [['December', 'date', '2022-12', '2022-12-01', '2022-12-31']],
    ],
    // "set for" looks ahead; "set on" is a past participle as often.
    ['The vote is set for Dec. 6.', [day('Dec. 6', '2023-12-06')]],
    ['The record was set on Dec. 6.', [day('Dec. 6', '2022-12-06')]],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe('parenthetical clarifications are one date', () => {
  it('Wednesday (June 14)', () => {
    expect(dates('Ministers met Wednesday (June 14) in Paris.')).toEqual([day('Wednesday (June 14)', '2023-06-14')]);
  });
});

describe('relative days and periods', () => {
  it.each<[string, Row[]]>([
    ['She left yesterday.', [day('yesterday', '2023-06-14')]],
    ['He will return tomorrow.', [day('tomorrow', '2023-06-16')]],
    ['Prices rose last week.', [['last week', 'date', '2023-W23', '2023-06-05', '2023-06-11']]],
    ['They talked this weekend.', [['this weekend', 'date', '2023-W24-WE', '2023-06-17', '2023-06-18']]],
    ['We will meet next month.', [['next month', 'date', '2023-07', '2023-07-01', '2023-07-31']]],
    ['He moved there two years ago.', [['two years ago', 'date', '2021', '2021-01-01', '2021-12-31']]],
    ['The plant closed ten days ago.', [day('ten days ago', '2023-06-05')]],
    ['Earlier this year, sales rose.', [['Earlier this year', 'date', '2023', '2023-01-01', '2023-12-31']]],
    ['Sales will pick up early next year.', [['early next year', 'date', '2024', '2024-01-01', '2024-12-31']]],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe('a date the article named anchors the next relative one', () => {
  it('the following day', () => {
    expect(dates('He arrived on June 12. The following day he left.')).toEqual([
      day('June 12', '2023-06-12'),
      day('The following day', '2023-06-13'),
    ]);
  });
  it('in a quarterly report, amounts "last year" are that quarter a year before; nine-month sums are years', () => {
    const text =
      'Net income rose in the first quarter to $5 million, compared with $4 million last year. ' +
      'For the first nine months, profit rose from a year earlier.';
    expect(dates(text).filter((d) => d[1] === 'date')).toEqual([
      ['the first quarter', 'date', '2023-Q1', '2023-01-01', '2023-03-31'],
      ['last year', 'date', '2022-Q1', '2022-01-01', '2022-03-31'],
      ['a year earlier', 'date', '2022', '2022-01-01', '2022-12-31'],
    ]);
  });
  it('"the day" counts from the last day named, past a month named since; with no day named, the publication day', () => {
    expect(dates('Ford said on Tuesday that its sales rose 43% in February. Its stock fell later in the day.')).toEqual(
      [
        day('Tuesday', '2023-06-13'),
        ['February', 'date', '2023-02', '2023-02-01', '2023-02-28'],
        day('the day', '2023-06-13'),
      ],
    );
    expect(dates('Ford said its sales rose 43% in February. Its stock fell later in the day.')).toEqual([
      ['February', 'date', '2023-02', '2023-02-01', '2023-02-28'],
      day('the day', '2023-06-15'),
    ]);
  });
  it('a year earlier beside a quarter is that quarter a year before', () => {
    expect(dates('Profit rose in the first quarter from a year earlier.')).toEqual([
      ['the first quarter', 'date', '2023-Q1', '2023-01-01', '2023-03-31'],
      ['a year earlier', 'date', '2022-Q1', '2022-01-01', '2022-03-31'],
    ]);
  });
});

describe('quarters, halves, seasons, decades', () => {
  it.each<[string, Row[]]>([
    // The third quarter of 2023 has not begun on June 15, so a past-tense report means 2022's.
    ['Profit fell in the third quarter.', [['the third quarter', 'date', '2022-Q3', '2022-07-01', '2022-09-30']]],
    ['Third-quarter profit will fall.', [['Third-quarter', 'date', '2023-Q3', '2023-07-01', '2023-09-30']]],
    [
      'The firm posted a loss in a third quarter.',
      [['a third quarter', 'date', '2022-Q3', '2022-07-01', '2022-09-30']],
    ],
    // A quarter used as a modifier or after a possessive spans without the determiner; "the third quarter" keeps it.
    ['The firm posted a third-quarter loss.', [['third-quarter', 'date', '2022-Q3', '2022-07-01', '2022-09-30']]],
    ['Its fourth quarter closed badly.', [['fourth quarter', 'date', '2022-Q4', '2022-10-01', '2022-12-31']]],
    ['The year-ago results included a charge.', [['year-ago', 'date', '2022', '2022-01-01', '2022-12-31']]],
    [
      'In the year-ago quarter it lost money.',
      [['the year-ago quarter', 'date', '2022-Q1', '2022-01-01', '2022-03-31']],
    ],
    [
      'Sales grew in the second half of 2019.',
      [['the second half of 2019', 'date', '2019-H2', '2019-07-01', '2019-12-31']],
    ],
    ['This summer will be hot.', [['This summer', 'date', '2023-SU', '2023-06-01', '2023-08-31']]],
    ['He was a star in the 1990s.', [['the 1990s', 'date', '199', '1990-01-01', '1999-12-31']]],
    ['Revenue rose in Q1 2023.', [['Q1 2023', 'date', '2023-Q1', '2023-01-01', '2023-03-31']]],
    ['The FY2024 budget grew.', [['FY2024', 'date', '2024', '2024-01-01', '2024-12-31']]],
    // Two quarters of a named year are its half; without the year they stay a duration.
    [
      'Losses will last through at least the first two quarters of 2024.',
      [['the first two quarters of 2024', 'date', '2024-H1', '2024-01-01', '2024-06-30']],
    ],
    ['Sales rose in the last two quarters.', [['the last two quarters', 'duration', 'P6M', null, null]]],
    // "the entire year" is the year of the period its sentence just named, else the current one.
    [
      'GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.',
      [
        ['the fourth quarter of 2005', 'date', '2005-Q4', '2005-10-01', '2005-12-31'],
        ['the entire year', 'date', '2005', '2005-01-01', '2005-12-31'],
      ],
    ],
    [
      'GM expects to lose money for the entire year.',
      [['the entire year', 'date', '2023', '2023-01-01', '2023-12-31']],
    ],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe('the quarter a report is about', () => {
  const q = (text: string, value: string, from: string, to: string): Row => [text, 'date', value, from, to];
  it.each<[string, Row[]]>([
    // "a weak second quarter" is a comparison: "a year ago" still means the reported third quarter's.
    [
      'Profit rose 5% in the third quarter. After a weak second quarter, sales recovered. Profit was $5 million, up from $3 million a year ago.',
      [
        q('the third quarter', '2023-Q3', '2023-07-01', '2023-09-30'),
        q('second quarter', '2023-Q2', '2023-04-01', '2023-06-30'),
        q('a year ago', '2022-Q3', '2022-07-01', '2022-09-30'),
      ],
    ],
    // "the second quarter" is named as the topic, and "a second quarter loss" is a loss, not an indefinite quarter.
    [
      'Profit rose 5% in the third quarter. In the second quarter, sales recovered. Profit was $5 million, up from $3 million a year ago.',
      [
        q('the third quarter', '2023-Q3', '2023-07-01', '2023-09-30'),
        q('the second quarter', '2023-Q2', '2023-04-01', '2023-06-30'),
        q('a year ago', '2022-Q2', '2022-04-01', '2022-06-30'),
      ],
    ],
    [
      'Profit rose 5% in the third quarter. It posted a second quarter loss. Profit was $5 million, up from $3 million a year ago.',
      [
        q('the third quarter', '2023-Q3', '2023-07-01', '2023-09-30'),
        q('a second quarter', '2023-Q2', '2023-04-01', '2023-06-30'),
        q('a year ago', '2022-Q2', '2022-04-01', '2022-06-30'),
      ],
    ],
    // "the corresponding period" after the quarter's closing day is that quarter; after any other day, the day.
    [
      'The firm lost $8 million in the third quarter ended Sept. 30, against a profit of $2 million in the corresponding period last year.',
      [
        q('the third quarter', '2023-Q3', '2023-07-01', '2023-09-30'),
        day('Sept. 30', '2023-09-30'),
        q('the corresponding period last year', '2022-Q3', '2022-07-01', '2022-09-30'),
      ],
    ],
    // "the quarter ended July 31" is May-July, mostly the second quarter; an already named (fiscal) quarter keeps its label.
    [
      'In the quarter ended July 31, the firm had a loss.',
      [q('the quarter', '2023-Q2', '2023-04-01', '2023-06-30'), day('July 31', '2023-07-31')],
    ],
    [
      'Profit rose in the fiscal first quarter. For the quarter ended Sept. 30, sales rose.',
      [
        q('the fiscal first quarter', '2023-Q1', '2023-01-01', '2023-03-31'),
        q('the quarter', '2023-Q1', '2023-01-01', '2023-03-31'),
        day('Sept. 30', '2023-09-30'),
      ],
    ],
    [
      'Sales jumped on Oct. 12 from the same period last year.',
      [day('Oct. 12', '2023-10-12'), day('the same period last year', '2022-10-12')],
    ],
  ])('%s', (text, expected) => expect(dates(text, '2023-10-26')).toEqual(expected));
});

describe('holidays', () => {
  it.each<[string, Row[]]>([
    ['They left before Christmas.', [day('Christmas', '2022-12-25')]],
    ['Thanksgiving 2023 was busy.', [day('Thanksgiving 2023', '2023-11-23')]],
    ['Christmas sales fell.', []],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe('times of day', () => {
  it.each<[string, Row[]]>([
    ['The plane landed at 18:00 UTC.', [['18:00 UTC', 'time', '2023-06-15T18:00Z', '2023-06-15', '2023-06-15']]],
    [
      'The talks began at 10 p.m. Wednesday.',
      [['10 p.m. Wednesday', 'time', '2023-06-14T22:00', '2023-06-14', '2023-06-14']],
    ],
    ['Friday morning the market fell.', [['Friday morning', 'time', '2023-06-09TMO', '2023-06-09', '2023-06-09']]],
    ['It happened last night.', [['last night', 'time', '2023-06-14TNI', '2023-06-14', '2023-06-14']]],
    // A clock time falls on the day its sentence named before it; the plain one above stays on the publication day.
    [
      'The jet made its first flight Tuesday in Everett at 18:00 UTC.',
      [day('Tuesday', '2023-06-13'), ['18:00 UTC', 'time', '2023-06-13T18:00Z', '2023-06-13', '2023-06-13']],
    ],
    [
      'The jet made its first flight in Everett at 18:00 UTC. It flew again Tuesday.',
      [['18:00 UTC', 'time', '2023-06-15T18:00Z', '2023-06-15', '2023-06-15'], day('Tuesday', '2023-06-13')],
    ],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe('durations, sets and vague references', () => {
  it.each<[string, Row[]]>([
    ['He stayed for three years.', [['three years', 'duration', 'P3Y', null, null]]],
    ['They meet every week.', [['every week', 'set', 'P1W', null, null]]],
    // A month that recurs is a set; the month alone is a date.
    ['Marchers parade each July to the church.', [['each July', 'set', 'XXXX-07', null, null]]],
    ['Marchers paraded in May to the church.', [['May', 'date', '2023-05', '2023-05-01', '2023-05-31']]],
    ['We are busy now.', [['now', 'date', 'PRESENT_REF', null, null]]],
    ['He did it in the past.', [['the past', 'date', 'PAST_REF', null, null]]],
    // The preposition stays out of the span, as with any date; "weeks and months" is one reference.
    ['Crime has risen in recent years.', [['recent years', 'date', 'PAST_REF', null, null]]],
    ['Prices fell in recent weeks and months.', [['recent weeks and months', 'date', 'PAST_REF', null, null]]],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe('without a publication date', () => {
  it('a day anchored on a full date still resolves; a bare weekday does not', () => {
    expect(dates('He landed on June 12, 2023. The next day he flew home, and left on Friday.', null)).toEqual([
      day('June 12, 2023', '2023-06-12'),
      day('The next day', '2023-06-13'),
      ['Friday', 'date', null, null, null],
    ]);
  });
  it('relative expressions are listed unresolved, absolute ones resolve', () => {
    expect(dates('He resigned on Wednesday, two years ago, in June 2021.', null)).toEqual([
      ['Wednesday', 'date', null, null, null],
      ['two years ago', 'date', null, null, null],
      ['June 2021', 'date', '2021-06', '2021-06-01', '2021-06-30'],
    ]);
  });
});

describe('spans and names that are not dates', () => {
  it('spans leave out the preposition and the end punctuation', () => {
    const rec = run('The vote was held on Monday.');
    expect(rec.dates.map((d) => d.text)).toEqual(['Monday']);
  });
  it('spans leave out a possessive, straight or curly', () => {
    expect(run("Last year's results beat last year’s forecast.").dates.map((d) => d.text)).toEqual([
      'Last year',
      'last year',
    ]);
  });
  it.each([
    ['an index name', 'The Russell 2000 Index fell.'],
    ['a programme title', 'Baker spoke on ABC\'s "This Week" about it.'],
    ['a name with Now', 'It was paid for by the Liberty Now PAC.'],
    ['a compound adjective', 'The now-cancelled deal was signed.'],
  ])('no date in %s', (_why, text) => expect(dates(text)).toEqual([]));
  it('an offset from an event we cannot date is only a duration', () => {
    expect(dates('He left two days after the vote.')).toEqual([['two days', 'duration', 'P2D', null, null]]);
  });
});

describe('robustness', () => {
  it('impossible dates are listed without a value', () => {
    expect(dates('The memo is dated February 30, 2023.')).toEqual([['February 30, 2023', 'date', null, null, null]]);
  });

  it('a masked header is never read', () => {
    const rec = run('date 2023-06-15\n\nThe vote was on Monday.');
    expect(rec.dates.map((d) => d.text)).toEqual(['Monday']);
  });
});

describe('tense is read on the same side of the quote marks', () => {
  it('a date in the reporting clause follows its verb, not the quote', () => {
    expect(
      run('"We will not give in," said Jane Smith in Paris on Monday.').dates.map((d) => [d.text, d.value]),
    ).toEqual([['Monday', '2023-06-12']]);
  });
  it('a date inside the quote follows the quote', () => {
    expect(run('"We will meet on Monday," she said.').dates.map((d) => [d.text, d.value])).toEqual([
      ['Monday', '2023-06-19'],
    ]);
  });
});

describe('metadata is not a date of the text', () => {
  it('the leading date line is not listed, even before an emoji', () => {
    const rec = analyze('date 2023-06-15\n😀 She arrived on Monday.');
    expect(rec.dates.map((d) => d.text)).toEqual(['Monday']);
  });
});
