import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** The quotes of a text as [type, quote text, speaker mention, cue, rule]. */
function quotes(text: string): Array<[string, string, string | null, string | null, string]> {
  return run(text).quotes.map((q) => [q.type, q.text, q.speaker?.mention.text ?? null, q.cue?.text ?? null, q.rule]);
}

describe('reported.appearance: how someone or something seems, in the reporter’s words', () => {
  it('seem / appear with an infinitive or an adjective: the complement and the subject it is said of', () => {
    expect(quotes('The mayor seemed ready to quit the race.')).toEqual([
      ['indirect', 'The mayor', null, 'seemed', 'reported.appearance'],
      ['indirect', 'ready to quit the race', null, 'seemed', 'reported.appearance'],
    ]);
    expect(quotes('Their choice now appears to be between two bad options.')).toEqual([
      ['indirect', 'Their choice', null, 'appears', 'reported.appearance'],
      ['indirect', 'to be between two bad options', null, 'appears', 'reported.appearance'],
    ]);
  });
  it('a passive "expected" with its infinitive', () => {
    expect(quotes('The council is expected to pass the budget next week.')).toEqual([
      ['indirect', 'The council', null, 'expected', 'reported.appearance'],
      ['indirect', 'to pass the budget next week', null, 'expected', 'reported.appearance'],
    ]);
    expect(quotes('The council was expected at noon.')).toEqual([]);
  });
  it('"it seems" names nothing it is said of', () => {
    expect(quotes('It seems increasingly likely that the council will fold.')).toEqual([
      ['indirect', 'increasingly likely that the council will fold', null, 'seems', 'reported.appearance'],
    ]);
  });
  it('a saying or a stance in the complement is the subject’s own', () => {
    expect(quotes('The mayor appeared to imply that the council had lied.')).toEqual([
      ['indirect', 'to imply that the council had lied', 'The mayor', 'appeared', 'reported.appearance'],
    ]);
  });
  it('no complement: a place, a preposition, a noun', () => {
    expect(quotes('The mayor appeared on television on Monday.')).toEqual([]);
    expect(quotes('The mayor looked at the report.')).toEqual([]);
    expect(quotes('The appearance of the mayor seemed odd.')).toEqual([
      ['indirect', 'The appearance of the mayor', null, 'seemed', 'reported.appearance'],
      ['indirect', 'odd', null, 'seemed', 'reported.appearance'],
    ]);
  });
  it('a subject in a relative clause is not the one it is said of', () => {
    expect(quotes('The bill, which the Senate is expected to pass next week, returns power to the states.')).toEqual([
      ['indirect', 'to pass next week', null, 'expected', 'reported.appearance'],
    ]);
  });
});

describe('reported.that: the words after the cue are an adjunct, not a clause', () => {
  it('a clause of time with no main clause after it', () => {
    expect(quotes('“We will win,” Jones said after the mayor spoke.')).toEqual([
      ['direct', 'We will win,', 'Jones', 'said', 'quoted.cue-after'],
    ]);
    expect(quotes('Jones said after the vote, the council would meet again.')).toEqual([
      ['indirect', 'after the vote, the council would meet again', 'Jones', 'said', 'reported.that'],
    ]);
  });
  it('a preposition after the addressee', () => {
    expect(quotes('The mayor told reporters about the new budget.')).toEqual([]);
    expect(quotes('The mayor told reporters the budget was balanced.')).toEqual([
      ['indirect', 'the budget was balanced', 'The mayor', 'told', 'reported.that'],
    ]);
  });
});

describe('reported.stance: more verbs with their object or preposition', () => {
  it('complain about, rail against, agree with, side with', () => {
    expect(quotes('Jones complained about the dour tone of the race.')).toEqual([
      ['indirect', 'the dour tone of the race', 'Jones', 'complained about', 'reported.stance'],
    ]);
    expect(quotes('The mayor railed against the judge at a rally.')).toEqual([
      ['indirect', 'the judge at a rally', 'The mayor', 'railed against', 'reported.stance'],
    ]);
    expect(quotes('Only a quarter of voters agree with the mayor.')).toEqual([
      ['indirect', 'the mayor', 'Only a quarter of voters', 'agree with', 'reported.stance'],
    ]);
    expect(quotes('Jones sided with the council.')).toEqual([
      ['indirect', 'the council', 'Jones', 'sided with', 'reported.stance'],
    ]);
  });
  it('the verb without its preposition is no stance', () => {
    expect(quotes('The mayor railed for an hour.')).toEqual([]);
    expect(quotes('Jones complained to the manager.')).toEqual([]);
  });
  it('deny, reiterate, tout, express with a noun phrase', () => {
    expect(quotes('Saudi officials deny any links to the groups.')).toEqual([
      ['indirect', 'any links to the groups', 'Saudi officials', 'deny', 'reported.stance'],
    ]);
    expect(quotes('The mayor reiterated his support for the plan.')).toEqual([
      ['indirect', 'his support for the plan', 'The mayor', 'reiterated', 'reported.stance'],
    ]);
    expect(quotes('The mayor denied it.')).toEqual([]);
  });
  it('a stance in a relative set off by commas only describes the speaker', () => {
    expect(quotes('Sen. Jane Smith, who has endorsed the mayor, spoke on Sunday.')).toEqual([]);
    expect(quotes('Sen. Jane Smith has endorsed the mayor.')).toEqual([
      ['indirect', 'the mayor', 'Sen. Jane Smith', 'endorsed', 'reported.stance'],
    ]);
  });
});

describe('reported.noun: a noun of saying or stance after a named possessor', () => {
  it('the complement after its opening word, up to the sentence’s own verb', () => {
    expect(quotes("Jane Smith's opposition to the new tax is well known.")).toEqual([
      ['indirect', 'the new tax', "Jane Smith's", 'opposition to', 'reported.noun'],
    ]);
    expect(quotes("Clinton's proposal to make firms stay or pay is good policy.")).toEqual([
      ['indirect', 'to make firms stay or pay', "Clinton's", 'proposal to', 'reported.noun'],
    ]);
  });
  it('no record for a possessive pronoun, a noun with no complement, or a verb’s object', () => {
    expect(quotes('His opposition to the tax is well known.')).toEqual([]);
    expect(quotes("Jane Smith's support was welcome.")).toEqual([]);
    expect(quotes("The senator echoed Mr. Ryan's denunciation of the comments.")).toEqual([]);
  });
});

describe('reported.passive: how someone was judged, named, chosen or asked', () => {
  it('the one judged and what for, as two pieces, with no source named', () => {
    expect(quotes('The mayor was accused of hiding the report.')).toEqual([
      ['indirect', 'The mayor', null, 'accused', 'reported.passive'],
      ['indirect', 'of hiding the report', null, 'accused', 'reported.passive'],
    ]);
  });
  it('an agent after "by" is the source', () => {
    expect(quotes('The plan was rejected by most of the voters.')).toEqual([
      ['indirect', 'The plan', 'most of the voters', 'rejected', 'reported.passive'],
    ]);
    expect(quotes('He was recommended for the job by Roger Stone.')).toEqual([
      ['indirect', 'He', 'Roger Stone', 'recommended', 'reported.passive'],
      ['indirect', 'for the job', 'Roger Stone', 'recommended', 'reported.passive'],
    ]);
  });
  it('a relative pronoun stands for the one judged; the one asked is not what was asked', () => {
    expect(quotes('They met Smith, who was nominated for the post in 2011.')).toEqual([
      ['indirect', 'who', null, 'nominated', 'reported.passive'],
      ['indirect', 'for the post in 2011', null, 'nominated', 'reported.passive'],
    ]);
    expect(quotes('At a town hall, the mayor was asked about the border.')).toEqual([
      ['indirect', 'about the border', null, 'asked', 'reported.passive'],
    ]);
  });
  it('no record for other passives, a participle phrase or a possibility', () => {
    expect(quotes('The bridge was built in 1990.')).toEqual([]);
    expect(quotes('Two lawsuits being considered in court name the firm.')).toEqual([]);
    expect(quotes('The plane can often be seen on the runway.')).toEqual([]);
    expect(quotes('The book has details that were disclosed during the trial.')).toEqual([]);
  });
});

describe('reported.interrupted: a short second piece after a first with no verb', () => {
  it('the subject, the attribution, then the predicate', () => {
    expect(quotes('The allure of simplicity itself, Mr. Furman argued, is largely a chimera.')).toEqual([
      ['indirect', 'The allure of simplicity itself', 'Mr. Furman', 'argued', 'reported.interrupted'],
      ['indirect', 'is largely a chimera', 'Mr. Furman', 'argued', 'reported.interrupted'],
    ]);
  });
  it('a first piece with its verb stays preposed', () => {
    expect(quotes('The plan has failed, Mr. Furman argued, on Monday.')).toEqual([
      ['indirect', 'The plan has failed', 'Mr. Furman', 'argued', 'reported.preposed'],
    ]);
  });
});
