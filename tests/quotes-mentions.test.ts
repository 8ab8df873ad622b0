import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** Each quote as [speaker mention, speaker name]. */
function mentions(text: string): Array<[string | null, string | null]> {
  return run(text).quotes.map((q) => [q.speaker?.mention.text ?? null, q.speaker?.name ?? null]);
}

describe('the speaker mention is the subject of the cue, not the words around it', () => {
  it('a dateline set off by a horizontal bar (kept as a word of its own) is not part of the speaker', () => {
    expect(mentions('DENVER ― Jane Smith’s campaign said it would appeal the ruling.')).toEqual([
      ['Jane Smith’s campaign', 'Jane Smith’s campaign'],
    ]);
    expect(mentions('DENVER — Jane Smith said it would appeal the ruling.')).toEqual([['Jane Smith', 'Jane Smith']]);
  });
  it('a trailing day is when, not who', () => {
    expect(mentions('The files were lost, according to a state audit on Wednesday.')).toEqual([
      ['a state audit', 'a state audit'],
    ]);
    expect(mentions('The files were lost, according to a state audit.')).toEqual([['a state audit', 'a state audit']]);
  });
  it('a doubled article is dropped', () => {
    expect(mentions('The fraud went unreported, according to the the state audit.')).toEqual([
      ['the state audit', 'the state audit'],
    ]);
    expect(mentions('The fraud went unreported, according to the state audit.')).toEqual([
      ['the state audit', 'the state audit'],
    ]);
  });
  it('a possessor before a noun of thinking is the source; before another noun it is not', () => {
    expect(mentions('Jane Smith’s main takeaway was a belief that voters want change.')).toEqual([
      ['Jane Smith’s', 'Jane Smith'],
    ]);
    expect(mentions('Jane Smith’s main office was a place where voters want change.')).toEqual([['voters', 'voters']]);
  });
});

describe('the subject of the cue’s own clause is its speaker', () => {
  it('after a conjunction opening a clause, not the sentence’s subject', () => {
    expect(mentions('The plane was grounded after The New York Times reported that its permit had expired.')).toEqual([
      ['The New York Times', 'New York Times'],
    ]);
    expect(mentions('The mayor spoke after the vote and said the plan was dead.')).toEqual([
      ['The mayor', 'The mayor'],
    ]);
  });
  it('a name and the noun it modifies, read by the tagger as a verb, stay whole before the cue', () => {
    expect(mentions('The Smith campaign says the math does not add up.')).toEqual([
      ['The Smith campaign', 'The Smith campaign'],
    ]);
    expect(mentions('Voters in Ohio campaign hard, Jane Smith said.')).toEqual([['Jane Smith', 'Jane Smith']]);
  });
  it('a document with a year before it, and its author after "by"', () => {
    expect(mentions('A 2009 report by the Urban Institute found that the tax would raise money.')).toEqual([
      ['A 2009 report by the Urban Institute', 'Urban Institute'],
    ]);
    expect(mentions('The group in 2009 reported that the tax would raise money.')).toEqual([
      ['The group', 'The group'],
    ]);
  });
});

describe('"who" speaks for its antecedent', () => {
  it('a restrictive "who" (no comma) speaks for the phrase right before it, not the sentence’s subject', () => {
    expect(mentions('Jane Smith met lawmakers who thought the plan was too costly.')).toEqual([
      ['lawmakers', 'lawmakers'],
    ]);
    expect(mentions('Jane Smith met lawmakers and thought the plan was too costly.')).toEqual([
      ['Jane Smith', 'Jane Smith'],
    ]);
  });
  it('past a noun that is no person, but not past one that is', () => {
    expect(
      mentions('The story began in the mouth of Jane Smith, who proclaimed that migrants "cannot come in" at all.'),
    ).toEqual([['Jane Smith', 'Jane Smith']]);
    expect(mentions('The director of the Tax Center, who said the plan failed, left early.')).toEqual([
      ['The director of the Tax Center', 'The director of the Tax Center'],
    ]);
  });
});

describe('words before the subject that are not part of it', () => {
  it('a headline in capitals', () => {
    expect(mentions('STORM HITS COAST Gov. Jane Smith said the roads were closed.')).toEqual([
      ['Gov. Jane Smith', 'Jane Smith'],
    ]);
    expect(mentions('FBI Director Jane Smith said the roads were closed.')).toEqual([
      ['FBI Director Jane Smith', 'Jane Smith'],
    ]);
  });
  it('a day and where it was, before the comma, for a participle', () => {
    expect(mentions('Wednesday at the town hall, Jane Smith closed the roads, saying it was safer.')).toEqual([
      ['Jane Smith', 'Jane Smith'],
    ]);
    expect(mentions('The town hall on Wednesday closed the roads, saying it was safer.')).toEqual([
      ['The town hall', 'The town hall'],
    ]);
  });
});

describe('clauses opened by a conjunction', () => {
  it('a second opening clause is skipped to the subject of the main clause', () => {
    expect(
      mentions(
        'In a debate, while most of his rivals called for war, Jane Smith kept to the plan, noting that the rivals are enemies.',
      ).slice(-1),
    ).toEqual([['Jane Smith', 'Jane Smith']]);
    expect(mentions('In a debate, Jane Smith kept to the plan, noting that the rivals are enemies.')).toEqual([
      ['Jane Smith', 'Jane Smith'],
    ]);
  });
  it('", after X reported" gives X, while ", after the meeting," is an inserted phrase', () => {
    expect(
      mentions('Mr. Jones backed away from the deal, after BuzzFeed reported that he was writing a book.'),
    ).toEqual([['BuzzFeed', 'BuzzFeed']]);
    expect(mentions('Mr. Jones, after the meeting, said the deal was dead.')).toEqual([['Mr. Jones', 'Jones']]);
  });
});

describe('a report closing the sentence', () => {
  it('owns quoted words woven after their cue, but not a quote before its own cue', () => {
    expect(mentions('Jane Smith pledged to “build three new schools,” the Daily Star reported.')).toEqual([
      ['the Daily Star', 'Daily Star'],
    ]);
    expect(mentions('“We will build three new schools,” Jane Smith said, the Daily Star reported.')).toEqual([
      ['Jane Smith', 'Jane Smith'],
    ]);
  });
});
