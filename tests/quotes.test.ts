import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** The quotes of a text as [type, quote text, speaker mention, cue]. */
function quotes(text: string): Array<[string, string, string | null, string | null]> {
  return run(text).quotes.map((q) => [q.type, q.text, q.speaker?.mention.text ?? null, q.cue?.text ?? null]);
}

function speakers(text: string): Array<string | null> {
  return run(text).quotes.map((q) => q.speaker?.name ?? null);
}

describe('quote marks of every style', () => {
  it('straight double quotes', () => {
    expect(quotes('"We will win this race," Smith said.')).toEqual([
      ['direct', 'We will win this race,', 'Smith', 'said'],
    ]);
  });
  it('curly double quotes', () => {
    expect(quotes('“We will win this race,” Smith said.')).toEqual([
      ['direct', 'We will win this race,', 'Smith', 'said'],
    ]);
  });
  it('guillemets', () => {
    expect(quotes('«We will win this race», Smith said.')).toEqual([
      ['direct', 'We will win this race', 'Smith', 'said'],
    ]);
  });
  it('low-high German quotes', () => {
    expect(quotes('„We will win this race“, Smith said.')).toEqual([
      ['direct', 'We will win this race', 'Smith', 'said'],
    ]);
  });
  it('British single quotes, told apart from apostrophes', () => {
    expect(quotes('‘We don’t fear the Smiths’ plan,’ the minister said.')).toEqual([
      ['direct', 'We don’t fear the Smiths’ plan,', 'the minister', 'said'],
    ]);
  });
  it('doubled apostrophes from older archives', () => {
    expect(quotes("''This isn't tax reform,'' said Douglas Holtz-Eakin.")).toEqual([
      ['direct', "This isn't tax reform,", 'Douglas Holtz-Eakin', 'said'],
    ]);
  });
  it('a stray space before a closing mark after punctuation still closes it', () => {
    expect(quotes("''We built strong coalitions, '' said Mr. Gunnels. ''He is a fighter.''")).toEqual([
      ['direct', 'We built strong coalitions,', 'Mr. Gunnels', 'said'],
      ['direct', 'He is a fighter.', 'Mr. Gunnels', 'said'],
    ]);
    expect(quotes('"We will win, " Smith said.')).toEqual([['direct', 'We will win,', 'Smith', 'said']]);
  });
  it('a mark after a space before a word opens a quote', () => {
    expect(quotes('Smith said, "We will win."')).toEqual([['direct', 'We will win.', 'Smith', 'said']]);
  });
  it('apostrophes alone make no quote', () => {
    expect(quotes('The Smiths’ house and the Joneses’ car were sold in the ’90s.')).toEqual([]);
  });
});

describe('quotes of any length', () => {
  it('several sentences in one quote', () => {
    expect(quotes('“We are ready. We have always been ready,” Smith said.')).toEqual([
      ['direct', 'We are ready. We have always been ready,', 'Smith', 'said'],
    ]);
  });
  it('several paragraphs, each opening with a mark and only the last closing', () => {
    const text =
      'Jane Smith said:\n\n“The first point is money.\n\n“The second point is time.\n\n“The third is trust.”\n\nThe meeting ended.';
    expect(quotes(text)).toEqual([
      ['direct', 'The first point is money.', 'Jane Smith', 'said'],
      ['direct', 'The second point is time.', 'Jane Smith', 'said'],
      ['direct', 'The third is trust.', 'Jane Smith', 'said'],
    ]);
  });
  it('an unbalanced mark does not swallow the paragraph', () => {
    expect(quotes('The 5" screen is small. "This phone is a failure," Jones wrote.')).toEqual([
      ['direct', 'This phone is a failure,', 'Jones', 'wrote'],
    ]);
    expect(quotes('The screen is small, and "this phone is a failure," Jones wrote.')).toEqual([
      ['partial', 'this phone is a failure,', 'Jones', 'wrote'],
    ]);
  });
});

describe('a quote interrupted by its attribution', () => {
  it('gives one record per piece, with the same speaker', () => {
    expect(quotes('“We have a commitment,” he said. “And I think we will keep it.”')).toEqual([
      ['direct', 'We have a commitment,', 'he', 'said'],
      ['direct', 'And I think we will keep it.', 'he', 'said'],
    ]);
  });
});

describe('partial quotes', () => {
  it('a quoted word inside reported speech', () => {
    expect(quotes('The senator called the decision "shameful" on Monday.')).toEqual([
      ['partial', 'shameful', 'The senator', 'called'],
    ]);
  });
  it('a quoted clause after "that"', () => {
    expect(quotes('The lawsuit contends that "the deaths were caused by negligence" at the plant.')).toEqual([
      ['partial', 'the deaths were caused by negligence', 'The lawsuit', 'contends'],
    ]);
  });
});

describe('not quotes', () => {
  it('titles are not quotes', () => {
    expect(quotes('His favorite book is "One Hundred Years of Solitude" and he rereads it.')).toEqual([]);
  });
  it('scare quotes are not quotes', () => {
    expect(quotes('Her cats are "cuties" and everyone knows it.')).toEqual([]);
  });
  it('nicknames are not quotes', () => {
    expect(quotes('Dwayne "The Rock" Johnson arrived late.')).toEqual([]);
  });
  it('a speech cue makes a short quote speech', () => {
    expect(quotes('Smith said the plan was "dead".')).toEqual([['partial', 'dead', 'Smith', 'said']]);
  });
});

describe('reported speech', () => {
  it('X said that ...', () => {
    expect(quotes('The governor said that the budget would be balanced next year.')).toEqual([
      ['indirect', 'the budget would be balanced next year', 'The governor', 'said'],
    ]);
  });
  it('X said ... without "that"', () => {
    expect(quotes('Smith said the budget would be balanced.')).toEqual([
      ['indirect', 'the budget would be balanced', 'Smith', 'said'],
    ]);
  });
  it('X told reporters (that) ...', () => {
    expect(quotes('Smith told reporters on Tuesday that the talks had failed.')).toEqual([
      ['indirect', 'the talks had failed', 'Smith', 'told'],
    ]);
  });
  it('X urged Y to ...: the content keeps its addressee', () => {
    expect(quotes('The minister urged the United States to stop interfering in its affairs.')).toEqual([
      ['indirect', 'the United States to stop interfering in its affairs', 'The minister', 'urged'],
    ]);
  });
  it('X warned that ...', () => {
    expect(quotes('Analysts warned that prices could rise again.')).toEqual([
      ['indirect', 'prices could rise again', 'Analysts', 'warned'],
    ]);
  });
  it('according to X, ...', () => {
    expect(quotes('According to the company, sales fell by a third in May.')).toEqual([
      ['indirect', 'sales fell by a third in May', 'the company', 'According to'],
    ]);
  });
  it('according to X with a time phrase after the source', () => {
    expect(quotes('According to the officer in charge of the base that night, the scene is untrue.')).toEqual([
      ['indirect', 'the scene is untrue', 'the officer in charge of the base', 'According to'],
    ]);
  });
  it('CLAUSE, according to X: the source may run long, or be followed by a relative clause', () => {
    expect(
      quotes('Support has fallen, according to a poll of 400 voters released on Friday by Latino Decisions.'),
    ).toEqual([['indirect', 'Support has fallen', 'a poll of 400 voters', 'According to'.toLowerCase()]]);
    expect(quotes('The plan has failed, according to Smith, who spoke on Monday.')).toEqual([
      ['indirect', 'The plan has failed', 'Smith', 'according to'],
    ]);
    // an appositive after the source is not a second piece
    expect(quotes('The plan has failed, according to Smith, a lawyer.')).toEqual([
      ['indirect', 'The plan has failed', 'Smith', 'according to'],
    ]);
  });
  it('PART, according to X, PART: one record per piece', () => {
    expect(quotes('Fundraising, according to the campaign, has surged in the same period.')).toEqual([
      ['indirect', 'Fundraising', 'the campaign', 'according to'],
      ['indirect', 'has surged in the same period', 'the campaign', 'according to'],
    ]);
  });
  it('..., X said. (the clause before its attribution)', () => {
    expect(quotes('The economy is growing faster than expected, the minister said.')).toEqual([
      ['indirect', 'The economy is growing faster than expected', 'the minister', 'said'],
    ]);
  });
  it('X said: followed by the content', () => {
    expect(quotes('The ruling was clear. The judge said: the law does not apply here.')).toEqual([
      ['indirect', 'the law does not apply here', 'The judge', 'said'],
    ]);
  });
  it('verbs that are not speech do not report anything', () => {
    expect(quotes('Smith added two new courses to his portfolio last year.')).toEqual([]);
    expect(quotes('The state said nothing.')).toEqual([]);
  });
});

describe('speakers', () => {
  it('speaker before the quote', () => {
    expect(quotes('Jane Smith told reporters, "We are not going back."')).toEqual([
      ['direct', 'We are not going back.', 'Jane Smith', 'told'],
    ]);
  });
  it('inverted: said Mr. Burman', () => {
    expect(quotes('"It is a tax increase," said Mr. Burman.')).toEqual([
      ['direct', 'It is a tax increase,', 'Mr. Burman', 'said'],
    ]);
  });
  it('an appositive between the name and the cue', () => {
    expect(
      quotes('Leonard E. Burman, director of the Urban-Brookings Tax Policy Center, said, "The plan costs too much."'),
    ).toEqual([['direct', 'The plan costs too much.', 'Leonard E. Burman', 'said']]);
  });
  it('a pronoun resolves to the most recent person', () => {
    expect(speakers('Maria Lopez arrived in Madrid on Monday. "We are ready," she said.')).toEqual(['Maria Lopez']);
  });
  it('"I" and "we" inside a quote are never the speaker', () => {
    const rec = run('"I think we should go," Smith said.');
    expect(rec.quotes[0]!.speaker!.mention.text).toBe('Smith');
  });
  it('a description resolves to the person introduced with that role', () => {
    const text =
      'John Carter, the agency\'s chief economist for Europe, said, "Growth will slow."\n\n"Inflation is the risk," the chief economist added.';
    expect(speakers(text)).toEqual(['John Carter', 'John Carter']);
  });
  it('an unresolved group stays as written', () => {
    expect(speakers('American officials said that the visit would go ahead.')).toEqual(['American officials']);
  });
  it('a quote paragraph continues the speaker of the paragraph before', () => {
    const text = '"We will appeal," Anna Berg said.\n\n"The ruling ignores the facts and the law."';
    expect(speakers(text)).toEqual(['Anna Berg', 'Anna Berg']);
  });
  it('the speaker entity is linked by id', () => {
    const rec = run('"We will appeal," Anna Berg said.');
    const q = rec.quotes[0]!;
    expect(q.speaker!.entity).not.toBeNull();
    expect(rec.entities.find((e) => e.id === q.speaker!.entity)!.name).toBe('Anna Berg');
  });
});

describe('provenance', () => {
  it('every quote names the rule that found it', () => {
    const rec = run('"We will win," Smith said. Jones said that the vote was close.');
    expect(rec.quotes.map((q) => q.rule)).toEqual(['quoted.cue-after', 'reported.that']);
  });
});

describe('reported speech around quoted material', () => {
  it('the reported clause stops at the comma before a quote of its own', () => {
    expect(
      quotes('Smith said he did not buy the jets for show, but agreed that they had "promotional value."'),
    ).toEqual([
      ['indirect', 'he did not buy the jets for show', 'Smith', 'said'],
      ['partial', 'promotional value.', 'Smith', 'said'],
    ]);
  });
  it('a clause opened by "if" is reported speech', () => {
    expect(quotes('Trump said if the senator wins, taxes will rise.')).toEqual([
      ['indirect', 'if the senator wins, taxes will rise', 'Trump', 'said'],
    ]);
  });
  it('any verb with a that-clause reports a stance', () => {
    expect(quotes('The senator understands that the budget will not change.')).toEqual([
      ['indirect', 'the budget will not change', 'The senator', 'understands'],
    ]);
  });
  it('"so that" reports nothing', () => {
    expect(quotes('The road was closed so that crews could repair it.')).toEqual([]);
  });
});

describe('speakers in harder sentences', () => {
  it('a relative clause speaks for the name before it', () => {
    expect(quotes('Contrast that with Trump, who has called the pact "insanity," and others.')).toEqual([
      ['partial', 'insanity,', 'Trump', 'called'],
    ]);
  });
  it('a participle after the quote speaks for the sentence subject', () => {
    expect(quotes('The mayor rejected the plan as "a distortion," describing it as unfair.')[0]![2]).toBe('The mayor');
  });
  it('an inserted phrase between speaker and cue is skipped', () => {
    expect(quotes('Mr. Trump, in a brief interview on Saturday, said his jet was a "truly great aircraft."')).toEqual([
      ['partial', 'truly great aircraft.', 'Mr. Trump', 'said'],
    ]);
  });
  it('a quoted label woven into a sentence takes the speaker before it, not a phrase after it', () => {
    expect(
      quotes('Under what Mr. Hedge called "the old model," the club, a private course, opened its gates.')[0]![2],
    ).toBe('Mr. Hedge');
  });
});

describe('attribution across punctuation', () => {
  it('a colon hands the quote to the subject of its clause', () => {
    expect(
      quotes('Senator Mitch McConnell delivered a blunt message: "It is time to stop attacking people."')[0]![2],
    ).toBe('Senator Mitch McConnell');
  });
  it('a quote right after a sentence ending in its attribution', () => {
    expect(quotes('The plan is bold, the editorial board writes. "It will cost billions."')[1]).toEqual([
      'direct',
      'It will cost billions.',
      'the editorial board',
      'writes',
    ]);
  });
  it('a question answered by its attribution with an adverb', () => {
    expect(quotes('"Should the dealer be sued?" Sanders asked rhetorically, shaking his head.')).toEqual([
      ['direct', 'Should the dealer be sued?', 'Sanders', 'asked'],
    ]);
  });
  it('a complete quoted sentence is not attributed by the next sentence that opens a clause', () => {
    expect(quotes('"The fleet had promotional value." He added that he could sell it.')[0]![2]).toBeNull();
  });
  it('a verb-tagged word inside a long title-and-name', () => {
    expect(quotes('"We want a unifier," Clinton campaign Chairman John Podesta told The Hill.')[0]![2]).toBe(
      'Clinton campaign Chairman John Podesta',
    );
  });
});

describe('attributions that speak for a whole sentence', () => {
  it('", X said." at the end of a sentence holding a quote', () => {
    expect(quotes('"The evidence is strong" for the account, Zuckoff said.')[0]!.slice(1)).toEqual([
      'The evidence is strong',
      'Zuckoff',
      'said',
    ]);
  });
  it('", he said," set off inside the sentence', () => {
    expect(quotes('"Most of the complexity comes from measuring" income, he said, not from deductions.')[0]![2]).toBe(
      'he',
    );
  });
  it('a short sentence with a cue, alone in the paragraph before a quoted paragraph', () => {
    expect(
      speakers('Howard Dean continued his remarks.\n\n"Eight years ago she was the nominee, and a fellow came along."'),
    ).toEqual(['Howard Dean']);
  });
  it('but not a long paragraph before it', () => {
    const text =
      'Howard Dean continued his remarks at the rally on Monday in front of a large and noisy crowd of supporters who had come from far away.\n\n"Eight years ago she was the nominee, and a fellow came along."';
    expect(speakers(text)).toEqual([null]);
  });
});

describe('stances, wishes and plans toward an object', () => {
  it('X endorsed / supports / opposes NP: the object is the content', () => {
    expect(quotes('The mayor endorsed the governor for a second term.')).toEqual([
      ['indirect', 'the governor for a second term', 'The mayor', 'endorsed'],
    ]);
    expect(quotes('Most farmers oppose the new water tax.')).toEqual([
      ['indirect', 'the new water tax', 'Most farmers', 'oppose'],
    ]);
  });
  it('X wants to VP / X plans to VP', () => {
    expect(quotes('The union wants to reopen the contract talks.')).toEqual([
      ['indirect', 'to reopen the contract talks', 'The union', 'wants'],
    ]);
  });
  it('a verb that needs its preposition: called for, talked about', () => {
    expect(quotes('Jones called for a recount in two counties.')).toEqual([
      ['indirect', 'a recount in two counties', 'Jones', 'called for'],
    ]);
    expect(quotes('Jones called the office twice.')).toEqual([]);
  });
  it('the object ends at a comma that opens another clause', () => {
    expect(quotes('The senator praised the agreement, which passed on Monday.')).toEqual([
      ['indirect', 'the agreement', 'The senator', 'praised'],
    ]);
  });
  it('nouns, passives and elliptical infinitives report no stance', () => {
    expect(quotes('Her plans for the park were approved.')).toEqual([]);
    // (a passive of judging is reported.passive: the one judged, with the agent as its source)
    expect(quotes('The bill was criticized by the mayor.')).toEqual([
      ['indirect', 'The bill', 'the mayor', 'criticized'],
    ]);
    expect(quotes('They could vote for any party they wanted to.')).toEqual([]);
  });
  it('verbal attacks and proposals: assailed, lambasted, proposed, announced NP', () => {
    expect(quotes('The senator assailed the governor’s tax plan.')).toEqual([
      ['indirect', 'the governor’s tax plan', 'The senator', 'assailed'],
    ]);
    expect(quotes('The senator’s attack on the plan failed.')).toEqual([]);
    expect(quotes('The mayor has proposed a new tax on parking.')).toEqual([
      ['indirect', 'a new tax on parking', 'The mayor', 'proposed'],
    ]);
    // a preposition opens an adjunct, not an object
    expect(quotes('The mayor proposed under pressure.')).toEqual([]);
  });
  it('commitments and decisions with their infinitive: vowed to, decided to', () => {
    expect(quotes('The governor vowed to veto the bill.')).toEqual([
      ['indirect', 'to veto the bill', 'The governor', 'vowed'],
    ]);
    expect(quotes('The governor’s vow to veto the bill was empty.')).toEqual([]);
    expect(quotes('The council decided to close the park.')).toEqual([
      ['indirect', 'to close the park', 'The council', 'decided'],
    ]);
  });
  it('verbs with their preposition: pointed to, vote for', () => {
    expect(quotes('He pointed to the rising costs of housing.')).toEqual([
      ['indirect', 'the rising costs of housing', 'He', 'pointed to'],
    ]);
    expect(quotes('Sixty percent of voters would vote for Smith.')).toEqual([
      ['indirect', 'Smith', 'Sixty percent of voters', 'vote for'],
    ]);
    // "campaign" as a noun is no cue
    expect(quotes('Smith dominated the presidential campaign for months.')).toEqual([]);
  });
  it('a third-person verb that compromise reads as a plural noun after a name ("Jones favors")', () => {
    expect(quotes('Jones favors a tax on sugar.')).toEqual([['indirect', 'a tax on sugar', 'Jones', 'favors']]);
    expect(quotes('The Jones favors were returned.')).toEqual([]);
  });
  it('a verb after "and" shares the subject of the verb before it', () => {
    expect(quotes('Last October, the mayor changed course and decided to close the park.')).toEqual([
      ['indirect', 'to close the park', 'the mayor', 'decided'],
    ]);
  });
  it('an opening participle’s object ends at its comma', () => {
    expect(quotes('Pointing to the rising costs, Jones told reporters that the plan would fail.')).toEqual([
      ['indirect', 'the rising costs', 'Jones', 'Pointing to'],
      ['indirect', 'the plan would fail', 'Jones', 'told'],
    ]);
  });
  it('knowledge and views: X knows CLAUSE, X sees NP as NP (only with "as"), X urged NP', () => {
    expect(quotes('Reporters know they are being spun.')).toEqual([
      ['indirect', 'they are being spun', 'Reporters', 'know'],
    ]);
    expect(quotes('Politicians know this.')).toEqual([]);
    expect(quotes('In South Florida, developers see golf courses as wasted space.')).toEqual([
      ['indirect', 'golf courses as wasted space', 'developers', 'see'],
    ]);
    expect(quotes('They saw a movie on Tuesday.')).toEqual([]);
    expect(quotes('Rubio seemed to urge the opposite tactic.')).toEqual([
      ['indirect', 'the opposite tactic', 'Rubio', 'urge'],
    ]);
  });
  it('a participle after a preposition’s object has the sentence’s subject', () => {
    expect(quotes('Mr. Clinton was jetting around the world asking for money.')).toEqual([
      ['indirect', 'money', 'Mr. Clinton', 'asking for'],
    ]);
  });
  it('a lone pronoun object is no content ("welcomed him"), a noun phrase is', () => {
    expect(quotes('The ambassador arrived on Monday. Egypt welcomed him.')).toEqual([]);
    expect(quotes('Egypt welcomed the ceasefire.')).toEqual([['indirect', 'the ceasefire', 'Egypt', 'welcomed']]);
  });
});

describe('reported speech interrupted by its attribution', () => {
  it('PART, X said, PART: one record per piece, same speaker', () => {
    expect(quotes('Overall, the coach said, the team has played better than last season.')).toEqual([
      ['indirect', 'Overall', 'the coach', 'said'],
      ['indirect', 'the team has played better than last season', 'the coach', 'said'],
    ]);
  });
  it('an attribution at the end stays one record', () => {
    expect(quotes('The team has played better than last season, the coach said on Friday.')).toEqual([
      ['indirect', 'The team has played better than last season', 'the coach', 'said'],
    ]);
  });
  it('a second piece that opens with a participle is not content', () => {
    expect(quotes('The plan failed, the coach said, adding nothing.').filter((q) => q[1] === 'adding nothing')).toEqual(
      [],
    );
  });
});

describe('a paragraph labelled with its source', () => {
  it('headline or transcript "Name: ..." gives the paragraph to the name', () => {
    expect(quotes('Miller: Farm subsidies are failing small growers\n\nThe senator spoke on Monday.')).toEqual([
      ['indirect', 'Farm subsidies are failing small growers', 'Miller', null],
    ]);
    expect(quotes('HOST: Do you think the vote will pass?\n\nMILLER: I think it will pass easily.')).toEqual([
      ['indirect', 'Do you think the vote will pass', 'HOST', null],
      ['indirect', 'I think it will pass easily', 'MILLER', null],
    ]);
  });
  it('section labels, titles and headlines with a verb are not sources', () => {
    expect(quotes('Contributing: Jane Doe in Boston.')).toEqual([]);
    expect(quotes('The Long Road: A Memoir of the Plains')).toEqual([]);
    expect(quotes('Q: When is the vote?\n\nA: Next week.')).toEqual([]);
  });
});

describe('evidence: polls, records and studies', () => {
  it('a poll, survey or records show/find a clause', () => {
    expect(quotes('A new state poll shows the mayor leading by six points.')).toEqual([
      ['indirect', 'the mayor leading by six points', 'A new state poll', 'shows'],
    ]);
    expect(quotes('Most voters oppose the tax, the survey found.')).toEqual([
      ['indirect', 'Most voters oppose the tax', 'the survey', 'found'],
    ]);
  });
  it('a poll may show a noun phrase: "polls show Clinton with a lead"', () => {
    expect(quotes('A new state poll shows the mayor with a six-point lead.')).toEqual([
      ['indirect', 'the mayor with a six-point lead', 'A new state poll', 'shows'],
    ]);
    expect(quotes('The mayor showed the reporters his new office.')).toEqual([]);
  });
  it('a person who shows or finds something reports nothing, unless with "that"', () => {
    expect(quotes('The mayor showed the reporters his new office.')).toEqual([]);
    expect(quotes('She found a way to cut costs.')).toEqual([]);
    expect(quotes('She found that costs had doubled.')).toEqual([['indirect', 'costs had doubled', 'She', 'found']]);
  });
});

describe('a cue in a clause of its own: the content ends at its comma', () => {
  it('an opening subordinate clause', () => {
    expect(quotes('But when Mr. Hurt asked Norton to republish the book, it declined.')).toEqual([
      ['indirect', 'Norton to republish the book', 'Mr. Hurt', 'asked'],
    ]);
  });
  it('a relative clause set off by commas', () => {
    expect(quotes('Sanders, who had said he would debate her, criticized Clinton on two fronts.')).toEqual([
      ['indirect', 'he would debate her', 'Sanders', 'said'],
      ['indirect', 'Clinton on two fronts', 'Sanders', 'criticized'],
    ]);
  });
  it('but a cue in the main clause reads to the sentence’s end', () => {
    expect(quotes('Sanders said he would debate her, and that the date was set.')).toEqual([
      ['indirect', 'he would debate her, and that the date was set', 'Sanders', 'said'],
    ]);
  });
});

describe('"As X observed, CLAUSE" (reported.as)', () => {
  it('an opening as-clause with a verb of saying names the source of the rest', () => {
    expect(quotes('As the Daily Ledger observed, the council has run out of money.')).toEqual([
      ['indirect', 'the council has run out of money', 'the Daily Ledger', 'observed'],
    ]);
    expect(quotes('Of course, as Jane Smith noted, the council has run out of money.')).toEqual([
      ['indirect', 'the council has run out of money', 'Jane Smith', 'noted'],
    ]);
  });
  it('a closing as-clause gives the clause before it', () => {
    expect(quotes('The council has run out of money, as the mayor noted.')).toEqual([
      ['indirect', 'The council has run out of money', 'the mayor', 'noted'],
    ]);
  });
  it('an as-clause that says when is no source', () => {
    expect(quotes('As the judge read his decision, the defendant held his head in his hands.')).toEqual([]);
    expect(quotes('He left as the mayor said goodbye to the crowd.')).toEqual([]);
  });
});

describe('"as X puts it"', () => {
  it('the subject of an as-clause is the speaker', () => {
    expect(quotes('As the Daily Ledger puts it, "the council has run out of excuses."')).toEqual([
      ['direct', 'the council has run out of excuses.', 'the Daily Ledger', 'puts it'],
    ]);
  });
  it('but a phrase after "as" inside a clause is still an object', () => {
    expect(quotes('He was known as the Mayor of Main Street and called the plan "a disgrace."')).toEqual([
      ['partial', 'a disgrace.', 'He', 'called'],
    ]);
  });
});

describe('quoted material in a labelled paragraph', () => {
  it('a quote that is the whole content belongs to the label', () => {
    expect(quotes("Miller: 'Never underestimate the voters.'\n\nThe senator spoke on Monday.")).toEqual([
      ['direct', 'Never underestimate the voters.', 'Miller', null],
    ]);
  });
  it('quoted words further in are part of the label record', () => {
    expect(quotes('Miller: Farm bill a ‘disgrace’ for small growers\n\nThe senator spoke on Monday.')).toEqual([
      ['indirect', 'Farm bill a ‘disgrace’ for small growers', 'Miller', null],
    ]);
  });
});

describe('a nested cue and the speaker of the clause around it', () => {
  it('a pronoun right after an outer "said" takes its speaker', () => {
    expect(quotes('Jones said he expected the mayor would "reiterate the point."')).toEqual([
      ['partial', 'reiterate the point.', 'Jones', 'said'],
    ]);
  });
  it('but not across a comma: a phrase set off before the speaker is not its clause', () => {
    expect(
      quotes('In a statement announcing his new role, Smith described the plan "as a careful series of steps."'),
    ).toEqual([['partial', 'as a careful series of steps.', 'Smith', 'described']]);
    expect(quotes('Jones said the crowds were calm, whom he described as "peaceful" all day.')[1]).toEqual([
      'partial',
      'peaceful',
      'he',
      'described',
    ]);
  });
});

describe('the subject of a cue that follows "to" or "as"', () => {
  it('an as-clause after an opening adverb: the subject after "as", not the adverb', () => {
    expect(quotes("Right now, as the mayor put it, 'the city is broke.'")).toEqual([
      ['direct', 'the city is broke.', 'the mayor', 'put it'],
    ]);
  });
  it('an infinitive shares the subject of the verb before "to"', () => {
    expect(quotes('Where he used to boast that he had "won the war," Smith now says little.')[0]).toEqual([
      'partial',
      'won the war,',
      'he',
      'boast',
    ]);
    expect(quotes('Jones is expected to call the plan "a disgrace."')).toEqual([
      ['partial', 'a disgrace.', 'Jones', 'call'],
    ]);
  });
  it('but not the addressee of "urged"', () => {
    expect(quotes('The senator urged Jones to back the bill.')).toEqual([
      ['indirect', 'Jones to back the bill', 'The senator', 'urged'],
    ]);
  });
});

describe('dashes and places around a speaker', () => {
  it('a phrase between dashes is not part of the speaker', () => {
    expect(
      quotes(
        'Leading the rally with a speech -- complete with a band -- Smith told supporters that "the tide has turned."',
      ),
    ).toEqual([['partial', 'the tide has turned.', 'Smith', 'told']]);
  });
  it('an appositive between dashes, like one between commas', () => {
    expect(quotes('Jane Doe - Smith\'s sister and business partner - says the firm is "doing fine."')).toEqual([
      ['partial', 'doing fine.', 'Jane Doe', 'says'],
    ]);
  });
  it('a dateline before a dash is not the subject', () => {
    expect(quotes('BOSTON — Mayor Jane Smith rejected the plan, calling it "a farce."')[1]).toEqual([
      'partial',
      'a farce.',
      'Mayor Jane Smith',
      'calling',
    ]);
  });
  it('age and home town in an appositive: the name before them speaks', () => {
    expect(quotes('Cory Banks, 22, of Flint, Mich., said he wanted a "surprise" at the convention.')).toEqual([
      ['partial', 'surprise', 'Cory Banks', 'said'],
    ]);
  });
  it('but a name after "of" with no name before it is kept', () => {
    expect(quotes('The mayor of Flint, Mich., said the water was "safe now."')).toEqual([
      ['partial', 'safe now.', 'The mayor of Flint', 'said'],
    ]);
  });
});

describe('a participial phrase opening the sentence', () => {
  it('takes the subject of the clause after its comma', () => {
    expect(quotes('But while denouncing the "greed" of the banks, she has not offered a plan.')).toEqual([
      ['partial', 'greed', 'she', 'denouncing'],
    ]);
  });
  it('gives its subject to a later participle too', () => {
    expect(
      quotes(
        'Continuing to explain his view, Smith rejected the idea, saying that if he "saw something wrong, I would fix it."',
      )[1],
    ).toEqual(['partial', 'saw something wrong, I would fix it.', 'Smith', 'saying']);
  });
  it('a clause it reports ends with the phrase', () => {
    expect(quotes('While saying that he respects her, Smith continued to attack the plan.')).toEqual([
      ['indirect', 'he respects her', 'Smith', 'saying'],
    ]);
  });
  it('but a gerund modifying the subject opens no phrase', () => {
    expect(
      quotes(
        'Lobbying records filed in the Senate, such as the ones describing the "foreign agent" payments, are vague.',
      ),
    ).toEqual([['partial', 'foreign agent', 'Lobbying records', 'describing']]);
  });
});

describe('short quoted words inside reported speech', () => {
  it('are the attribution’s quoted material, with its speaker', () => {
    expect(quotes('At the debate, Smith blamed the “fog of war” for the failure.')).toEqual([
      ['partial', 'fog of war', 'Smith', 'blamed'],
    ]);
  });
  it('also when they open the content or close its sentence', () => {
    expect(quotes('He talks about "spoiling the party," and voters cheer.')).toEqual([
      ['partial', 'spoiling the party,', 'He', 'talks about'],
    ]);
    expect(quotes('Many migrants prefer the term “undocumented immigrants.”')).toEqual([
      ['partial', 'undocumented immigrants.', 'Many migrants', 'prefer'],
    ]);
  });
  it('but stay scare quotes outside any attribution', () => {
    expect(quotes('He wore a “Vote Smith” hat to the “big game” on Friday.')).toEqual([]);
  });
});

describe('phrases that name a source', () => {
  it('"in the words of X" works like "according to X"', () => {
    expect(quotes("The mayor was, in the words of a senior aide, ''the heir'' of the movement.")).toEqual([
      ['partial', 'the heir', 'a senior aide', 'in the words of'],
    ]);
  });
  it('"made it clear" is a cue whose subject speaks', () => {
    expect(quotes('Jones backed the deal, although she made it clear that she has “serious doubts” about it.')).toEqual(
      [['partial', 'serious doubts', 'she', 'made it clear']],
    );
  });
});

describe('a paragraph ending in a colon before quoted paragraphs', () => {
  it('with no cue, the subject of the introducing sentence speaks', () => {
    expect(
      quotes(
        'Jones then listed the tests a nominee must pass:\n\n"Has the candidate led?\n\n"Has the candidate fought?"\n\nThe list ended there.',
      ),
    ).toEqual([
      ['direct', 'Has the candidate led?', 'Jones', null],
      ['direct', 'Has the candidate fought?', 'Jones', null],
    ]);
  });
  it('but not "it"', () => {
    expect(
      quotes('It was a long day:\n\n"We are tired of waiting for the council to act on this."\n\nThe meeting ended.'),
    ).toEqual([['direct', 'We are tired of waiting for the council to act on this.', null, null]]);
  });
});

describe('objects and neighbouring sentences are not speakers', () => {
  it('the phrase after "accused" is its object, not an inverted subject', () => {
    expect(
      quotes(
        "The statement, while condemning violence, accused the state party of using ''its power to block a fair vote.''",
      )[1],
    ).toEqual(['partial', 'its power to block a fair vote.', 'The statement', 'accused']);
  });
  it('a complete quote is not attributed to the next sentence’s cue when that cue opens another quote', () => {
    expect(quotes('Smith said the union had energized "a lot of young people." He added, "They will vote."')).toEqual([
      ['partial', 'a lot of young people.', 'Smith', 'said'],
      ['direct', 'They will vote.', 'He', 'added'],
    ]);
  });
  it('a verb after "and" shares the subject of the sentence, not the object before it', () => {
    expect(quotes('The mayor pointed to a man in the crowd at the rally and called him "my best friend."')).toEqual([
      ['partial', 'my best friend.', 'The mayor', 'called'],
    ]);
    expect(quotes('Smith and Jones called the plan "a disgrace."')).toEqual([
      ['partial', 'a disgrace.', 'Smith and Jones', 'called'],
    ]);
  });
});

describe('a pronoun speaker and the subject of its sentence', () => {
  it('he/she goes to the first person of its own sentence whose gender agrees', () => {
    expect(speakers('John Smith went after Robert Jones at the debate, when he called the plan "a farce."')).toEqual([
      'John Smith',
    ]);
  });
  it('from a new sentence to the subject of the sentence before, not the nearest name', () => {
    expect(speakers('John Smith met Robert Jones on Monday. Later he called the plan "a farce."')).toEqual([
      'John Smith',
    ]);
  });
});

describe('a participle after a clause of its own', () => {
  it('speaks for the subject of the nearest clause opened by "and", "but" or "where"', () => {
    expect(
      quotes(
        'Smith tried to fix the city, but the effort stalled, and he has battled with the mayor over money, at one point calling him a "liar."',
      ),
    ).toEqual([['partial', 'liar.', 'he', 'calling']]);
  });
  it('not for the subject of a clause reported by the sentence', () => {
    expect(quotes('Trump said he would win, adding that "nobody" could stop him.')[1]).toEqual([
      'partial',
      'nobody',
      'Trump',
      'adding',
    ]);
  });
});

describe('short quotes a carried-over speaker does not make speech', () => {
  it('a subheading: a short quote with no verb alone in its paragraph', () => {
    expect(
      quotes('Smith attacked the deal, which he called "a fraud."\n\n\'Chief negotiator.\'\n\nThe talks resumed.'),
    ).toEqual([['partial', 'a fraud.', 'he', 'called']]);
  });
  it('a short quote woven into the words after it', () => {
    expect(
      quotes(
        'Smith attacked the deal, which he called "a fraud."\n\n\'Brave\' nurse honored in city.\n\nThe talks resumed.',
      ),
    ).toEqual([['partial', 'a fraud.', 'he', 'called']]);
  });
  it('but a short sentence alone in its paragraph continues the speaker', () => {
    expect(
      quotes('Smith attacked the deal, saying "it is a fraud."\n\n"This is outrageous."\n\nThe talks resumed.')[1],
    ).toEqual(['direct', 'This is outrageous.', 'Smith', 'saying']);
  });
});

describe('a noun of saying with its possessor', () => {
  it('names the speaker of the quote after it', () => {
    expect(quotes('The debate turned on her remark that “nobody reads the fine print.”')).toEqual([
      ['partial', 'nobody reads the fine print.', 'her', null],
    ]);
    expect(quotes("It was Jones's blunt rejection of ''a politics of fear'' that night.")).toEqual([
      ['partial', 'a politics of fear', "Jones's", null],
    ]);
  });
  it('but not a noun without a possessor', () => {
    expect(quotes('The remark that “nobody reads the fine print” spread online.')).toEqual([
      ['partial', 'nobody reads the fine print', null, null],
    ]);
  });
});

describe('slogans and works cited with their year', () => {
  it('an unattributed quote followed by a year in parentheses is a citation, not speech', () => {
    expect(
      quotes('The party ran on slogans.\n\n“Stop the tax, save the farms, keep the jobs” (2005) — and it won.'),
    ).toEqual([]);
  });
  it('but an attributed one stays a quote', () => {
    expect(quotes('“Stop the tax, save the farms,” Smith said (in 2005) to the crowd.')).toEqual([
      ['direct', 'Stop the tax, save the farms,', 'Smith', 'said'],
    ]);
  });
});

describe('quoted words that a cue before them does not govern', () => {
  it('inside the description of an inverted speaker', () => {
    expect(
      quotes('"We were upset," said former Rep. Jim Hale (D-Ohio), one of the original “big four” negotiators.'),
    ).toEqual([['direct', 'We were upset,', 'former Rep. Jim Hale (D-Ohio', 'said']]);
  });
  it('but a later cue after that speaker still attributes them', () => {
    expect(
      quotes(
        "\"This is one of those things,\" said Mr. Burr, adding that he did not think the party ''will get there.''",
      )[1],
    ).toEqual(['partial', 'will get there.', 'he', 'think']);
  });
  it('inside a parenthesis opened after the cue', () => {
    expect(quotes('He called the files (some marked “top secret”) a mess.')).toEqual([]);
  });
});

describe('a labelled paragraph that opens with a quote', () => {
  it('is the label’s record when the quote is only part of its content', () => {
    expect(quotes("Darrell Scott: 'Never Again' If Trump Loses\n\nThe pastor spoke.")).toEqual([
      ['indirect', "Never Again' If Trump Loses", 'Darrell Scott', null],
    ]);
  });
  it('and the quote’s record when the quote is all of it', () => {
    expect(quotes("Reid: 'Never underestimate Trump.'\n\nThe senator spoke.")).toEqual([
      ['direct', 'Never underestimate Trump.', 'Reid', null],
    ]);
  });
});

describe('more cues and the words between subject and cue', () => {
  it('"utter" is a cue, and a reflexive infinitive shares the subject ("bring himself to")', () => {
    expect(quotes('Smith could not bring himself to utter the words "I lost."')).toEqual([
      ['partial', 'I lost.', 'Smith', 'utter'],
    ]);
  });
  it('"repeated that" reports a clause', () => {
    expect(quotes('Jones repeated that the plan had failed.')).toEqual([
      ['indirect', 'the plan had failed', 'Jones', 'repeated'],
    ]);
  });
  it('a negation does not break the link between subject and cue', () => {
    expect(quotes('Jones did not say that the plan had failed.')).toEqual([
      ['indirect', 'the plan had failed', 'Jones', 'say'],
    ]);
  });
});

describe('two attributions joined by "and" or "but"', () => {
  it('"X said A, but Y said B" is two records', () => {
    expect(quotes('Officials said the talks were limited, but Smith said they went well.')).toEqual([
      ['indirect', 'the talks were limited', 'Officials', 'said'],
      ['indirect', 'they went well', 'Smith', 'said'],
    ]);
  });
  it('"X told Y A and said B": the second cue shares the speaker', () => {
    expect(
      quotes('Kirsch told the AP her group never worked with Manafort and said the group hired the lobbyists.'),
    ).toEqual([
      ['indirect', 'her group never worked with Manafort', 'Kirsch', 'told'],
      ['indirect', 'the group hired the lobbyists', 'Kirsch', 'said'],
    ]);
  });
  it('"and" joining two nouns or two that-clauses does not split the content', () => {
    expect(quotes('She said the cats and dogs said nothing.')).toEqual([
      ['indirect', 'the cats and dogs said nothing', 'She', 'said'],
    ]);
    expect(quotes('Blocher complained that the class does not listen and that said will is ignored.')).toEqual([
      ['indirect', 'the class does not listen and that said will is ignored', 'Blocher', 'complained'],
    ]);
  });
});

describe('the addressee of "told" ends where the clause begins', () => {
  it('a possessive pronoun opens the clause: "told The Washington Post his firm ..."', () => {
    expect(quotes('Podesta told The Washington Post his firm worked closely with Gates.')).toEqual([
      ['indirect', 'his firm worked closely with Gates', 'Podesta', 'told'],
    ]);
  });
  it('an author after "by" stays in the phrase', () => {
    expect(speakers('A 2009 report by the Urban Institute found that the tax would raise money.')).toEqual([
      'Urban Institute',
    ]);
  });
});

describe('clauses whose verb compromise reads as a noun', () => {
  it('"Smith said the plan works."', () => {
    expect(quotes('Smith said the plan works.')).toEqual([['indirect', 'the plan works', 'Smith', 'said']]);
  });
  it('"Podesta said that his firm worked closely with Gates."', () => {
    expect(quotes('Podesta said that his firm worked closely with Gates.')).toEqual([
      ['indirect', 'his firm worked closely with Gates', 'Podesta', 'said'],
    ]);
  });
});

describe('an attribution that closes the first clause of its sentence', () => {
  it('"CLAUSE, records show." reads the evidence after a comma', () => {
    expect(quotes('He sold it in 2010, records show.')).toEqual([
      ['indirect', 'He sold it in 2010', 'records', 'show'],
    ]);
  });
  it('"CLAUSE, records show, and X said ...": the clause after "and" is not the attribution\'s', () => {
    expect(quotes('The plane was insured in 2011, records show, and experts said it would sell for more.')).toEqual([
      ['indirect', 'The plane was insured in 2011', 'records', 'show'],
      ['indirect', 'it would sell for more', 'experts', 'said'],
    ]);
  });
  it('an interrupted sentence still has two pieces: "Overall, she said, the party ..."', () => {
    expect(quotes('Overall, Jane Smith said, the party is losing its voters.')).toEqual([
      ['indirect', 'Overall', 'Jane Smith', 'said'],
      ['indirect', 'the party is losing its voters', 'Jane Smith', 'said'],
    ]);
  });
});

describe('a passive source: "as reported by X"', () => {
  it('before and after the clause, like "according to"', () => {
    expect(quotes('As reported by The Washington Post, the plan failed.')).toEqual([
      ['indirect', 'the plan failed', 'The Washington Post', 'As reported by'],
    ]);
    expect(quotes('The plan failed, as reported by Reuters.')).toEqual([
      ['indirect', 'The plan failed', 'Reuters', 'as reported by'],
    ]);
  });
  it('"as reported" with no source named is no attribution', () => {
    expect(quotes('The plan failed, as reported earlier.')).toEqual([]);
  });
});

describe('an outlet that passes a quote on', () => {
  it('"“...,” Carson noted in an interview, as reported by BuzzFeed News." stays Carson\'s, with no second record', () => {
    expect(
      quotes(
        '“I would make sure it did not happen again,” Carson noted in an interview, as reported by BuzzFeed News.',
      ),
    ).toEqual([['direct', 'I would make sure it did not happen again,', 'Carson', 'noted']]);
  });
});

describe('people right before a participle cue say it', () => {
  it('"included staff members suggesting ...", "quoted officials saying ..."', () => {
    expect(quotes('The emails included staff members suggesting someone should question his faith.')).toEqual([
      ['indirect', 'someone should question his faith', 'staff members', 'suggesting'],
    ]);
    expect(quotes('The report quoted officials saying the plan had failed.')).toEqual([
      ['indirect', 'the plan had failed', 'officials', 'saying'],
    ]);
  });
  it('a thing or one named person before it does not: "left the room saying", "called Smith saying"', () => {
    expect(quotes('He left the room saying he was tired.')).toEqual([['indirect', 'he was tired', 'He', 'saying']]);
    expect(quotes('He called Smith saying the deal was off.')).toEqual([
      ['indirect', 'the deal was off', 'He', 'saying'],
    ]);
  });
});

describe('a subordinate clause before the attribution is not its content', () => {
  it('"As Trump attacked Clinton, the attendees chanted, “...”" has only the quote', () => {
    expect(quotes('As Trump attacked Clinton, the attendees chanted, “Lock her up!”')).toEqual([
      ['direct', 'Lock her up!', 'the attendees', 'chanted'],
    ]);
  });
  it('a subordinate clause with its main clause is content: "When we win, we will cut taxes, Smith said."', () => {
    expect(quotes('When we win, we will cut taxes, Smith said.')).toEqual([
      ['indirect', 'When we win, we will cut taxes', 'Smith', 'said'],
    ]);
  });
});

describe('a participle after a comma is not an inverted attribution', () => {
  it('", saying the plan works" is the subject\'s, with its content after it', () => {
    expect(quotes('Smith was at the rally, saying the plan works.')).toEqual([
      ['indirect', 'the plan works', 'Smith', 'saying'],
    ]);
  });
  it('", said Smith" is inverted', () => {
    expect(quotes('The plan works, said Smith.')).toEqual([['indirect', 'The plan works', 'Smith', 'said']]);
  });
});

describe('an inverted speaker with a description after it', () => {
  it('", said Smith, who runs the agency." gives the clause before it, Smith\'s', () => {
    expect(quotes('The plan has failed, said Smith, who runs the agency.')).toEqual([
      ['indirect', 'The plan has failed', 'Smith', 'said'],
    ]);
    expect(quotes('Prices will rise, said Jane Doe, a spokeswoman for the bank.')).toEqual([
      ['indirect', 'Prices will rise', 'Jane Doe', 'said'],
    ]);
  });
  it('a name followed by its own verb is the content: "Mr. Jones, the mayor, said Smith is wrong."', () => {
    expect(quotes('Mr. Jones, the mayor, said Smith is wrong.')).toEqual([
      ['indirect', 'Smith is wrong', 'Mr. Jones', 'said'],
    ]);
  });
  it('", conceded the situation is dire" is the subject\'s cue, not an inverted speaker', () => {
    expect(
      quotes('Earlier this week, Hillary Clinton, who served as secretary of state, conceded the situation is dire.'),
    ).toEqual([['indirect', 'the situation is dire', 'Hillary Clinton', 'conceded']]);
  });
  it('", demanding that the flag, which ..., be removed" keeps its that-clause', () => {
    expect(
      quotes('Activists held a sit-in, demanding that the flag, which shows the stars and bars, be removed.'),
    ).toEqual([['indirect', 'the flag, which shows the stars and bars, be removed', 'Activists', 'demanding']]);
  });
});

describe('"and said" shares the subject of its own clause', () => {
  it('after ", while X ...", X is the speaker', () => {
    expect(
      quotes('Jindal vowed to block the refugees, while Mike Huckabee proposed a wall and said Ryan should resign.'),
    ).toEqual([
      ['indirect', 'to block the refugees', 'Jindal', 'vowed'],
      ['indirect', 'a wall', 'Mike Huckabee', 'proposed'],
      ['indirect', 'Ryan should resign', 'Mike Huckabee', 'said'],
    ]);
  });
  it("without one, the sentence's subject", () => {
    expect(quotes('Jindal vowed to block them and said Ryan should resign.')).toEqual([
      ['indirect', 'to block them', 'Jindal', 'vowed'],
      ['indirect', 'Ryan should resign', 'Jindal', 'said'],
    ]);
  });
});

describe('"According to X," owns the attributions in its sentence', () => {
  it("a nested cue's content is X's", () => {
    expect(
      quotes('According to the Free Beacon, those documents reveal the DNC has asked coal companies for money.'),
    ).toEqual([['indirect', 'the DNC has asked coal companies for money', 'the Free Beacon', 'According to']]);
  });
  it("the next sentence is not X's", () => {
    expect(quotes('According to Jones, the plan worked. Smith said the plan failed.')).toEqual([
      ['indirect', 'the plan worked', 'Jones', 'According to'],
      ['indirect', 'the plan failed', 'Smith', 'said'],
    ]);
  });
});

describe('an attribution closing the sentence owns the clause', () => {
  it('"X sought to ..., Politico reported." is one record, Politico\'s', () => {
    expect(quotes('Lewandowski sought to restore the deal after he was fired, Politico reported.')).toEqual([
      ['indirect', 'Lewandowski sought to restore the deal after he was fired', 'Politico', 'reported'],
    ]);
  });
  it('a clause after ", and" is not closed by it', () => {
    expect(quotes('Smith said the plan failed, and Jones agreed.')).toEqual([
      ['indirect', 'the plan failed', 'Smith', 'said'],
    ]);
  });
});

describe('an inverted attribution after the rest of the sentence', () => {
  it('"“...” like the recent volatility of markets, said Richard Curtin, the chief economist."', () => {
    expect(
      quotes(
        '“The most impressive aspect is a new resilience” like the recent volatility, said Richard Curtin, the economist.',
      ),
    ).toEqual([['direct', 'The most impressive aspect is a new resilience', 'Richard Curtin', 'said']]);
  });
  it('"“We will win” in November, said the mayor."', () => {
    expect(quotes('“We will win” in November, said the mayor.')).toEqual([
      ['direct', 'We will win', 'the mayor', 'said'],
    ]);
  });
});

describe('the same attribution repeated after a comma', () => {
  it('"Obama said the plan works, he told reporters on Monday." ends the content at the comma', () => {
    expect(quotes('Obama said the plan works, he told reporters on Monday.')).toEqual([
      ['indirect', 'the plan works', 'Obama', 'said'],
    ]);
  });
  it('a clause after the comma that is not an attribution stays in the content', () => {
    expect(quotes('Obama said the plan works, but it needs money.')).toEqual([
      ['indirect', 'the plan works, but it needs money', 'Obama', 'said'],
    ]);
  });
});

describe('a contraction between the subject and its cue', () => {
  it('"Q: Now you\'re talking about ..." is "you", not the label', () => {
    expect(quotes("Q: Now you're talking about how things could be better.")).toEqual([
      ['indirect', 'how things could be better', "you're", 'talking about'],
    ]);
  });
  it('"They\'re saying the plan works."', () => {
    expect(quotes("They're saying the plan works.")).toEqual([['indirect', 'the plan works', "They're", 'saying']]);
  });
});
