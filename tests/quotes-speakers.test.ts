import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** Each quote as [quote text, speaker mention, speaker name, how]. */
function who(text: string): Array<[string, string | null, string | null, string | null]> {
  return run(text).quotes.map((q) => [
    q.text,
    q.speaker?.mention.text ?? null,
    q.speaker?.name ?? null,
    q.speaker?.how ?? null,
  ]);
}

/** The speaker names of the quotes, in order. */
function names(text: string): Array<string | null> {
  return run(text).quotes.map((q) => q.speaker?.name ?? null);
}

describe('speaker.how records how the name was read', () => {
  it('named, pronoun and carried', () => {
    expect(who('“We will win,” said Jane Smith, the mayor. “We always do.” She added: “Trust us.”')).toEqual([
      ['We will win,', 'Jane Smith', 'Jane Smith', 'named'],
      ['We always do.', 'Jane Smith', 'Jane Smith', 'carried'],
      ['Trust us.', 'She', 'Jane Smith', 'pronoun'],
    ]);
  });
  it('an unresolved proper name is still named; a description stays a description', () => {
    expect(who('Smith famously said, "We are ready."')).toEqual([['We are ready.', 'Smith', 'Smith', 'named']]);
    expect(who('“We are ready,” a spokesman said.')).toEqual([
      ['We are ready,', 'a spokesman', 'a spokesman', 'description'],
    ]);
  });
  it('a transcript label', () => {
    expect(who('TAPPER: Do you think so?')).toEqual([['Do you think so', 'TAPPER', 'TAPPER', 'label']]);
  });
});

describe('the head of the speaker phrase names the speaker', () => {
  it('a name at the head, not a name modifying it', () => {
    expect(names('Campaign chairman John Podesta said, "We are ready."')).toEqual(['John Podesta']);
    expect(names('"We are ready," Clinton campaign spokesman Nick Merrill said.')).toEqual(['Nick Merrill']);
  });
  it('a suffix and a party tag stay out of the name', () => {
    expect(names('"We are ready," said Rep. Emanuel Cleaver II (D-Mo.).')).toEqual(['Emanuel Cleaver II']);
  });
  it('a document speaks for its issuer', () => {
    expect(names('A Washington Post-ABC News poll last week found that 63 percent of Americans agree.')).toEqual([
      'Washington Post-ABC News',
    ]);
    expect(names('F.A.A. records show that the plane flew 333 hours.')).toEqual(['F.A.A.']);
  });
  it('"the poll" is the poll introduced before it', () => {
    expect(
      who(
        'Ohio is close, a Quinnipiac University poll shows.\n\nThe poll found that 43 percent of voters support Smith.',
      ),
    ).toEqual([['43 percent of voters support Smith', 'The poll', 'Quinnipiac University', 'description']]);
  });
  it('but a poll never introduced keeps its description', () => {
    expect(who('The poll found that 43 percent of voters support Smith.')).toEqual([
      ['43 percent of voters support Smith', 'The poll', 'The poll', 'description'],
    ]);
  });
  it('a quantified group is the group, with no entity', () => {
    expect(
      run('Leading Democrats say the plan would fail.').quotes.map((q) => [q.speaker?.name, q.speaker?.entity]),
    ).toEqual([['Democrats', null]]);
  });
  it('a possessor cut from its noun is not the speaker, but "He\'s said" is a pronoun', () => {
    expect(
      who(
        'Barack Obama spoke in Iowa on Monday. Obama\'s first five questioners ranged from skeptical to hostile: "Why now?"',
      ).map((q) => [q[1], q[2]]),
    ).toEqual([["Obama's", "Obama's"]]);
  });
  it('a party’s members and a name’s supporters are groups with no name', () => {
    expect(who('Republicans said the plan would fail.').map((q) => [q[2], q[3]])).toEqual([['Republicans', 'named']]);
    expect(run('Republicans said the plan would fail.').quotes[0]!.speaker!.entity).toBeNull();
  });
});

describe('he and she resolve as a reader would', () => {
  it('to the speaker of the attribution before, not a name mentioned in passing', () => {
    expect(
      names(
        'Greg Raiff, chief executive of Private Jet Services, said the Boeing was unusual for a man of Mr. Trump’s wealth. “It is like buying a bag of chips,” he said.',
      ),
    ).toEqual(['Greg Raiff', 'Greg Raiff']);
  });
  it('to the subject of the sentence before, not the object', () => {
    expect(names('John Smith met Robert Jones on Monday. Later he called the plan "a farce."')).toEqual(['John Smith']);
  });
  it('not to a person named inside the pronoun’s own clause', () => {
    expect(
      names(
        '“We will see,” Susan Sarandon said. Asked about her vote in the event that Hillary Clinton faces Donald Trump, she replied: “I don’t know.”',
      ),
    ).toEqual(['Susan Sarandon', 'Susan Sarandon', 'Susan Sarandon']);
  });
  it('a unisex first name does not veto "he"', () => {
    expect(
      names(
        'Sen. Lindsey Graham called out his rival Donald Trump on Thursday.\n\nGraham said, “We are losing.”\n\nHe continued, “We must change.”',
      ),
    ).toEqual(['Lindsey Graham', 'Lindsey Graham']);
  });
  it('a name used as a modifier is not the subject', () => {
    expect(
      names(
        'An enthusiastic Sanders supporter, David Seacord complained of the imbalance.\n\n“The house of cards is falling,” he said.',
      ),
    ).toEqual(['David Seacord']);
  });
});

describe('descriptions', () => {
  it('a definite role goes to the person described so', () => {
    expect(
      names(
        'Ben Carson, a retired neurosurgeon, spoke to Ted Cruz on Monday. “We agree,” the retired neurosurgeon said.',
      ),
    ).toEqual(['Ben Carson']);
  });
  it('a role with no one so described goes to the current speaker, when the article has named them before', () => {
    expect(
      names('Bernie Sanders spoke in Iowa. “We will win,” Sanders said. “That would be me,” the senator said.'),
    ).toEqual(['Bernie Sanders', 'Bernie Sanders']);
  });
  it('but a person named only once is not taken for "the minister"', () => {
    expect(names('"Wait and see," Blinken said. "Not yet," the minister said.')).toEqual(['Blinken', 'the minister']);
  });
  it('but an indefinite description or a new person with a complement keeps no name', () => {
    expect(names('“We will win,” Bernie Sanders said. “They are wrong,” a spokesman said.')).toEqual([
      'Bernie Sanders',
      'a spokesman',
    ]);
    expect(
      names('“We will win,” Bernie Sanders said. “They are wrong,” the president of the Arab American Institute said.'),
    ).toEqual(['Bernie Sanders', 'the president of the Arab American Institute']);
  });
  it('a name in apposition to the speaker’s description', () => {
    expect(names('Matt Bai, a columnist for Yahoo, who said "the plan is a disaster," was there.')).toEqual([
      'Matt Bai',
    ]);
  });
});

describe('interviews', () => {
  it('"I" in an answer and "you" in a question are the interviewee', () => {
    expect(
      who(
        'Q&A with Vice President Joe Biden.\n\nQ: Are you surprised that you lost?\n\nA: I think the party is wrong.',
      ).map((q) => [q[1], q[2]]),
    ).toEqual([
      ['you', 'Joe Biden'],
      ['I', 'Joe Biden'],
    ]);
  });
  it('"I" in the later paragraphs of an answer too', () => {
    expect(
      who(
        'Q&A with Vice President Joe Biden.\n\nQ: What now?\n\nA: It is a big mistake.\n\nI think the party is wrong.',
      ).map((q) => [q[1], q[2]]),
    ).toEqual([['I', 'Joe Biden']]);
  });
  it('but a headline label far above names no later "I"', () => {
    expect(
      who(
        'Graham: Trump is destroying the party\n\nLindsey Graham spoke on Monday.\n\nI think the party is wrong.',
      ).map((q) => [q[1], q[2]]),
    ).toEqual([
      ['Graham', 'Lindsey Graham'],
      ['I', 'I'],
    ]);
  });
  it('outside an interview "I" stays as written', () => {
    expect(who('I think the party is wrong.').map((q) => [q[1], q[2]])).toEqual([['I', 'I']]);
  });
});

describe('cues', () => {
  it('manner of speaking and channels', () => {
    expect(who('"We are ready," Smith fumed.')).toEqual([['We are ready,', 'Smith', 'Smith', 'named']]);
    expect(names('"We are ready," Smith chimed in.')).toEqual(['Smith']);
    expect(names('"We are ready," Smith emailed.')).toEqual(['Smith']);
  });
  it('but their nouns are not cues', () => {
    expect(who('Smith sent an email to the staff.')).toEqual([]);
    expect(who('He sent a text on Monday.')).toEqual([]);
  });
  it('"quoted X as saying" is X’s', () => {
    expect(who('The Times quoted a senior official as saying, "the plan was dead."')).toEqual([
      ['the plan was dead.', 'a senior official', 'a senior official', 'description'],
    ]);
  });
  it('the cue’s own clause: past a dateline and an inserted phrase, past a fronted time phrase', () => {
    expect(names('SELMA, N.C. — Donald Trump, at a rally on Tuesday, asserted that "we are ready to win."')).toEqual([
      'Donald Trump',
    ]);
    expect(names('Two months later, Hillary Clinton met with donors, telling them "we are ready to win."')).toEqual([
      'Hillary Clinton',
    ]);
  });
  it('an absolute "with" clause has its own subject', () => {
    expect(who('The plan failed, with analysts saying "it was doomed."').map((q) => q[1])).toEqual(['analysts']);
    expect(who('Smith met with Jones, saying "we agree."').map((q) => q[1])).toEqual(['Smith']);
  });
  it('a fronted weekday or "Back in 2000," is not the subject', () => {
    expect(
      who('Tuesday, the Vermont senator opened a rally blasting Clinton for "promoting fracking."').map((q) => q[1]),
    ).toEqual(['the Vermont senator']);
  });
  it('"one said", "said another" are speakers with no name', () => {
    expect(who('Two senators spoke. "We are ready," one said. "No," said another.').map((q) => [q[1], q[3]])).toEqual([
      ['one', 'description'],
      ['another', 'description'],
    ]);
  });
});

describe('what is not speech', () => {
  it('page furniture', () => {
    expect(who('Published: 10:00am, 20 Jan 2016')).toEqual([]);
    expect(who('MORE: Trump says he will win').map((q) => q[1])).toEqual(['Trump']);
  });
  it('a quoted title before a noun', () => {
    expect(run('"Parasite" director Bong Joon Ho said the film was done.').quotes.map((q) => [q.type, q.text])).toEqual(
      [['indirect', 'the film was done']],
    );
  });
  it('but a headline label with a verb is', () => {
    expect(who('Graham: Trump is destroying the party')).toEqual([
      ['Trump is destroying the party', 'Graham', 'Graham', 'label'],
    ]);
  });
});

describe('nested attributions', () => {
  it('"according to X" later in the sentence owns the quote', () => {
    expect(who('“We are ready,” Sanders said, according to CNN.')).toEqual([['We are ready,', 'CNN', 'CNN', 'named']]);
  });
  it('but a plain adjunct does not', () => {
    expect(who('“We are ready,” Sanders said on Monday.')).toEqual([['We are ready,', 'Sanders', 'Sanders', 'named']]);
  });
});

describe('it and honorifics', () => {
  it('"It" after an organization’s attribution is that organization', () => {
    expect(names('The Washington Post reported that the plan was dead. It added that the talks would resume.')).toEqual(
      ['Washington Post', 'Washington Post'],
    );
  });
  it('"It" with no organization speaking before stays as written', () => {
    expect(who('It added that the talks would resume.').map((q) => [q[1], q[2], q[3]])).toEqual([
      ['It', 'It', 'pronoun'],
    ]);
  });
});

describe('a sentence ending inside a closing quote mark is over', () => {
  it('"he" after it is the next sentence\'s subject, not the speaker of the quote before', () => {
    expect(
      names(
        'Santilli\'s attorney, Thomas Coan, argued that his client was a "shock jock." Judge Michael Mosman saw it differently: "I do not take that as a joke," he said.',
      ),
    ).toEqual(['Thomas Coan', 'Michael Mosman']);
  });
});

describe('a description that gives the name: "known as", "identified as", "named"', () => {
  it('"the base chief known as Bob" is Bob', () => {
    expect(names('"There never was an order," said the base chief known as Bob, speaking for the first time.')).toEqual(
      ['Bob'],
    );
    expect(names('"We left at noon," said a contractor identified only as Tanto.')).toEqual(['Tanto']);
  });
  it('a description without one stays a description; a name known as a title is not a speaker name', () => {
    expect(names('"There never was an order," said the base chief, speaking for the first time.')).toEqual([
      'the base chief',
    ]);
    expect(names('"There never was an order," said the chief of what is known as the annex.')).toEqual(['the chief']);
  });
});

describe('"continue" reports speech only when it introduces the quote', () => {
  it('a trend that "will continue" a quoted phrase is no one speaking; "he continued:" is', () => {
    expect(
      who(
        'Courses are closing every month, a trend that the foundation predicts will continue "for the next few years."',
      ),
    ).toEqual([['for the next few years.', null, null, null]]);
    expect(who('Tom Reyes spoke at length. He continued: "We will not stop until the bill has passed."')).toEqual([
      ['We will not stop until the bill has passed.', 'He', 'Tom Reyes', 'pronoun'],
    ]);
  });
});

describe('a digest excerpt credited in square brackets', () => {
  it('the bracketed name closing the paragraph is the source', () => {
    expect(
      who('CHINA SLOWS “China’s slowdown is fostering a cycle of decline and panic across the world.” [WaPo.]'),
    ).toEqual([
      ['China’s slowdown is fostering a cycle of decline and panic across the world.', 'WaPo', 'WaPo', 'named'],
    ]);
    expect(
      who('NEW SCHOOLS “We will build new schools and hire teachers next year.” Tune in at 9 p.m. [Mother Jones.]'),
    ).toEqual([['We will build new schools and hire teachers next year.', 'Mother Jones', 'Mother Jones', 'named']]);
  });
  it('not a bracket that is no name, nor one before the quote', () => {
    expect(names('NEW SCHOOLS “We will build new schools and hire teachers next year.” [citation needed]')).toEqual([
      null,
    ]);
    expect(names('[Reuters.] “We will build new schools and hire teachers next year.”')).toEqual([null]);
  });
});

describe('a quoted transcript that opens with its speaker', () => {
  it('"Chris Matthews: ..." inside the quote names the speaker; "Full Text: ..." does not', () => {
    expect(names('“Chris Matthews: Seriously, the tax sounds great. We will screw the bad guys.”')).toEqual([
      'Chris Matthews',
    ]);
    expect(names('“Full Text: the tax sounds great. We will screw the bad guys.”')).toEqual([null]);
  });
});

describe("an attribution set off by a comma after the rest of the quote's sentence", () => {
  it('reaches past a longer adjunct after the cue ("said at a Fox News town hall on Monday,")', () => {
    expect(
      names(
        '“If there had not been that intervention” by the United States, NATO and other partners, Clinton said at a Fox News town hall on Monday, “Libya would be Syria.”',
      ),
    ).toEqual(['Clinton', 'Clinton']);
    // no comma before the speaker: the words after the quote are no attribution of it
    expect(names('“If there had not been that intervention” was the slogan the campaign chose for its ads.')).toEqual([
      null,
    ]);
  });
});

describe('a speaker phrase with a reduced relative clause', () => {
  it('"a statement issued by X on Monday said" speaks for X; "the order released Friday said" is the order', () => {
    expect(
      who(
        'Acme Corp. lost the case. "We will appeal the ruling as soon as we can," a statement issued by Acme Corp. on Monday said.',
      ),
    ).toEqual([
      ['We will appeal the ruling as soon as we can,', 'a statement issued by Acme Corp', 'Acme Corp', 'named'],
    ]);
    expect(who('"The assertion is speculative at best," the order released Friday said.')).toEqual([
      ['The assertion is speculative at best,', 'the order', 'the order', 'description'],
    ]);
  });
  it("a past tense that is the sentence's own verb still ends the search", () => {
    expect(names('"We will appeal the ruling as soon as we can," the company released on Monday.')).toEqual([null]);
  });
});
