import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** The speaker names of the quotes, in order. */
function names(text: string): Array<string | null> {
  return run(text).quotes.map((q) => q.speaker?.name ?? null);
}

describe('a surname alone is the person first introduced with it', () => {
  it('not a namesake the article names in full only later, or in a list', () => {
    expect(
      names(
        'A tired Jeb Bush left the race. "We tried," Mr. Bush said. The party of Prescott Bush, George Bush and George W. Bush is gone. "Yes," Mr. Bush added.',
      ),
    ).toEqual(['Jeb Bush', 'Jeb Bush']);
  });
  it('a person introduced first keeps the surname', () => {
    expect(names('Donald Trump spoke first. Later Ivanka Trump joined him. "We will win," Trump said.')).toEqual([
      'Donald Trump',
    ]);
    expect(names('George W. Bush spoke. "We tried," Mr. Bush said.')).toEqual(['George W. Bush']);
  });
});

describe('a pronoun does not go to a name modifying a noun', () => {
  it('"The Smith campaign" is not Smith as a subject', () => {
    expect(
      names(
        'Tom Reyes quit. The Smith campaign picked up on a tweet that suggested Reyes was leaving. "We are staying," he told reporters.',
      ),
    ).toEqual(['Tom Reyes']);
  });
  it('Smith as the subject is still the antecedent', () => {
    expect(
      names('Tom Reyes quit. Later John Smith picked up on a tweet about Reyes. "We are staying," he told reporters.'),
    ).toEqual(['John Smith']);
  });
});

describe('a surname and an appositive full name', () => {
  it('a full name in apposition introduces its person', () => {
    expect(
      names(
        'The founder of the firm, Tony Reyes, is the brother of strategist John Reyes. Reyes said the project was legal.',
      ),
    ).toEqual(['Tony Reyes']);
  });
});

describe('a pronoun and the one person its own sentence names', () => {
  it('an object before the pronoun, when the sentence names no one else', () => {
    expect(
      names(
        '"He was honest," Tom Reyes recalled. Big reforms elude John Hale because, he said, the Senate resists them.',
      ),
    ).toEqual(['Tom Reyes', 'John Hale']);
  });
  it('a sentence naming no one before the pronoun keeps the earlier speaker', () => {
    expect(
      names(
        '"He was honest," Tom Reyes recalled. Big reforms elude the senator because, he said, the Senate resists them.',
      ),
    ).toEqual(['Tom Reyes', 'Tom Reyes']);
  });
  it('not a person after a preposition ("Asked by Reyes if he ...")', () => {
    expect(
      names('"We are fine," John Hale said. Asked by Tom Reyes whether things were fine, he told the show they were.'),
    ).toEqual(['John Hale', 'John Hale']);
  });
});

describe('a document with no issuer named beside it', () => {
  it('"the statement" is the speaker who gave one', () => {
    expect(
      names('"We had three short calls," Acme Corp. said in a statement. "We could not pay," the statement said.'),
    ).toEqual(['Acme Corp', 'Acme Corp']);
  });
  it('no statement given: kept as written', () => {
    expect(names('Jane Doe spoke on Monday. "We could not pay," the statement said.')).toEqual(['the statement']);
  });
  it('"the survey" is the organization that just reported it, not a person', () => {
    const org =
      'Shoppers were more confident this spring than in any year since 2004, the University of Ohio reported last week. More people are working, and the survey found that people had increased their savings.';
    expect(names(org)).toEqual(['University of Ohio', 'University of Ohio']);
    expect(names(org.replace('the University of Ohio', 'Jane Doe'))).toEqual(['Jane Doe', 'the survey']);
  });
});

describe('he/she and the subject a reader would pick', () => {
  it('a name modifying a noun does not open the sentence as its subject', () => {
    expect(
      names(
        'Jane Hale has led the talks. "It will help," said Sen. Jane Hale. The Smith administration\'s system has caused doubt in many states, including Hale\'s home state, she said.',
      ),
    ).toEqual(['Jane Hale', 'Jane Hale']);
  });
  it('"Hale\'s wobbly" is Hale as a subject ("is"), "Hale\'s plan" a possessor', () => {
    expect(
      names(
        "Jane Hale spoke. Ann Cole left. If Hale's wobbly on trade, she's Cole's equal on jobs. She has said that \"trade is hard.\"",
      ),
    ).toEqual(['Jane Hale']);
    expect(
      names(
        'Jane Hale spoke. Ann Cole left. Hale\'s plan fails on trade, and voters know it. She has said that "trade is hard."',
      ),
    ).toEqual(['Ann Cole']);
  });
  it('not a person inside a fronted clause ("Since naming X, Hale has risen")', () => {
    expect(
      names(
        'John Hale ran for office. Since naming Tom Reyes as his running mate, Hale has risen in the polls. He says "we can win."',
      ),
    ).toEqual(['John Hale']);
    expect(
      names(
        'John Hale ran for office. Tom Reyes named Hale as his running mate and has risen in the polls. He says "we can win."',
      ),
    ).toEqual(['Tom Reyes']);
  });
  it("a pronoun in a fronted clause means the main clause's subject", () => {
    expect(
      names('Tom Reyes was far away in Maine. In what he called a "rant," President John Hale took aim at the plan.'),
    ).toEqual(['John Hale']);
    expect(
      names('Tom Reyes was far away in Maine. In what he called a "rant," the president took aim at the plan.'),
    ).toEqual(['Tom Reyes']);
  });
  it('not the object of its own verb ("he told Hale")', () => {
    expect(names('Tom Reyes waited in line. John Hale met him at the door. "We are hurting," he told Hale.')).toEqual([
      'Tom Reyes',
    ]);
    expect(
      names('Tom Reyes waited in line. John Hale met him at the door. "We are hurting," he told the crowd.'),
    ).toEqual(['John Hale']);
  });
});

describe('a reply is not by the one who asked the question', () => {
  it('"X asked." then "he said" or "the senator said" is the other person', () => {
    expect(
      names(
        'John Hale spoke on the show with Tom Doe. "We made progress," Hale said. "Would that be you?" Doe asked. "That would be me," he said.',
      ),
    ).toEqual(['John Hale', 'Tom Doe', 'John Hale']);
  });
  it('a speaker\'s own question keeps them; one put to them ("was asked") is asked by no one named', () => {
    expect(
      names(
        'John Hale spoke on the show with Tom Doe. "We made progress," Hale said. Then he asked, "Would that be fair?" "It is not," he said.',
      ),
    ).toEqual(['John Hale', 'John Hale', 'John Hale']);
    // the question put to him is no one's the article names; his answer is his
    expect(names('Tom Doe was asked, "Would that be fair?" He answered, "It is not."')).toEqual([null, 'Tom Doe']);
  });
});

describe('"the magazine", "the newspaper" and the organization written out before', () => {
  it('a name the entity list lacks, written with the head ("Home Kitchen magazine")', () => {
    expect(
      names(
        'Jane Doe and Tom Reyes sent recipes to Home Kitchen magazine for its annual contest. The magazine said the winner would be announced in May.',
      ),
    ).toEqual(['Home Kitchen']);
    expect(
      names('Jane Doe sent recipes for a contest. The magazine said the winner would be announced in May.'),
    ).toEqual(['The magazine']);
  });
  it('the latest newspaper named, not an earlier one', () => {
    expect(
      names(
        'The Associated Press reported the vote on Monday. Later, the Daily Sentinel reported that turnout was low. The newspaper said officials were surprised.',
      )[1],
    ).toBe('Daily Sentinel');
    expect(
      names('The Associated Press reported the vote on Monday. The newspaper said officials were surprised.'),
    ).toEqual(['Associated Press']);
  });
});

describe('a surname misspelt by one letter', () => {
  it('joins the one person named in full with the right spelling', () => {
    expect(names('"We are ready," said Sen. Tom Reyes. "It works," Reyse said.')).toEqual(['Tom Reyes', 'Tom Reyes']);
  });
  it('not a short surname, nor when two people are one letter away', () => {
    expect(names('Tom Hales spoke first. "It works," Hale said.')).toEqual(['Hale']);
    expect(names('Tom Smith and Ann Smythe spoke first. "It works," Smithe said.')).toEqual(['Smithe']);
  });
});

describe('a definite description right after a person is introduced', () => {
  it('the subject of the sentence just before, even named once', () => {
    expect(
      names(
        'In May, billionaire Paul Singer changed the race. The vulture fund manager wrote a check to a super PAC, saying that the race mattered.',
      ),
    ).toEqual(['Paul Singer']);
  });
  it('or two sentences back, when no one else is named since', () => {
    expect(
      names(
        'In May, billionaire Tom Reyes learned he had lost. Another long day on the road. Sooner or later, the businessman told reporters, "it pays off."',
      ),
    ).toEqual(['Tom Reyes']);
  });
  it('not a speaker named once just before ("the minister" answering Reyes)', () => {
    expect(names('"Wait and see," Reyes said. "Not yet," the minister said.')).toEqual(['Reyes', 'the minister']);
  });
  it('not a person named once two sentences back', () => {
    expect(
      names(
        'In May, Paul Singer changed the race. Voters were angry at Tom Reyes. The vulture fund manager wrote a check to a super PAC, saying that the race mattered.',
      ),
    ).toEqual(['The vulture fund manager']);
  });
});

describe('"they" continuing an organization', () => {
  it('a direct quote right after the organization spoke', () => {
    expect(
      names(
        'The New York Times reported that the plan has failed. "The attacks show that many oppose it," they conclude.',
      ),
    ).toEqual(['New York Times', 'New York Times']);
  });
  it('not after other sentences, where "they" may be anyone', () => {
    expect(
      names(
        'The New York Times reported that the plan has failed. Voters marched all week and many were angry. "We want jobs," they said.',
      ),
    ).toEqual(['New York Times', 'they']);
  });
});

describe('a description set off after a name is that name', () => {
  it('"Rep. Xavier Becerra, a California Democrat supporting Clinton"', () => {
    expect(
      names('"Money talks," said Rep. Xavier Becerra, a California Democrat supporting Clinton in the primary.'),
    ).toEqual(['Xavier Becerra', 'Xavier Becerra']);
  });
  it('a plural description after a comma is a new clause\'s subject: "As Trump attacked Clinton, the attendees chanted"', () => {
    expect(names('As Trump attacked Clinton, the attendees chanted, "Lock her up!"')).toEqual(['the attendees']);
  });
});

describe('a contracted pronoun is a pronoun', () => {
  it('"He\'d said ..." resolves like "he"', () => {
    expect(run("Jane Smith left. Later Mr. John Reyes spoke. He'd said the plan works.").quotes[0]!.speaker!.how).toBe(
      'pronoun',
    );
  });
});

describe('a sentence whose subject is "he" carries the earlier referent', () => {
  it('"And he even ..., speaking highly of Mr. Trump. “...,” the Russian leader said." is Putin', () => {
    expect(
      names(
        "President Vladimir V. Putin held a news conference. Mr. Putin likes surprises. And he even inserted himself into the race, speaking highly of Mr. Trump. ''He is a very bright man,'' the Russian leader said.",
      ),
    ).toEqual(['Vladimir V. Putin']);
  });
  it('a named subject is still the referent: "Mr. Trump spoke next. “...,” the candidate said."', () => {
    expect(
      names(
        "Vladimir Putin spoke first. Then Donald Trump, the candidate, spoke. ''We will win,'' the candidate said.",
      ),
    ).toEqual(['Donald Trump']);
  });
});

describe("a document's issuer named after it", () => {
  it('"a press release from Judicial Watch", "a paper by the Center for ..." name the issuer the entity list lacks', () => {
    expect(
      names('The judge ruled over objections by the department, according to a press release from Judicial Watch.'),
    ).toEqual(['Judicial Watch']);
    expect(
      names(
        'The tax would raise $110 billion, according to a 2009 paper by the Center for Economic and Policy Research.',
      ),
    ).toEqual(['Center for Economic and Policy Research']);
  });
  it('no name after "from": the document stays a description', () => {
    expect(names('The tax would raise $110 billion, according to a report from last year.')).toEqual(['a report']);
  });
  it('"a survey conducted by X found" is X; a new survey is not an earlier one', () => {
    expect(names('A random survey conducted by the One America News Network found that Trump won the debate.')).toEqual(
      ['One America News Network'],
    );
    expect(names('A Quinnipiac poll came out. A new poll found that most voters were undecided.')).toEqual([
      'A new poll',
    ]);
  });
});

describe('"the group" is the organization that just spoke', () => {
  it('after "according to the National Golf Foundation"', () => {
    expect(
      names(
        'There are fewer players than a decade ago, according to the National Golf Foundation. Almost 650 courses have closed since 2006, the group says.',
      ),
    ).toEqual(['National Golf Foundation', 'National Golf Foundation']);
  });
  it('not an organization only named, with no attribution of its own', () => {
    expect(
      names(
        'The National Golf Foundation counts courses. Smith said the sport is fine. Almost 650 courses have closed, the group says.',
      ),
    ).toEqual(['Smith', 'the group']);
  });
});

describe('a description that gives the name', () => {
  it('a name set off after a description is the speaker', () => {
    expect(
      names(
        'One early supporter, Representative Lee Zeldin, Republican of New York, gave it a whirl on CNN: "You can argue that the plan is racist."',
      ),
    ).toEqual(['Lee Zeldin']);
    // no name set off after it: the description stays as written
    expect(names('One early supporter gave it a whirl on CNN: "You can argue that the plan is racist."')).toEqual([
      'One early supporter',
    ]);
  });
  it('a description ending in a name after a lowercase word is that name', () => {
    expect(names('Band member Flea shared the news last week, writing "Feels great to support him."')).toEqual([
      'Flea',
    ]);
    // a name after a preposition is no name of the speaker
    expect(names('A spokesman for Google said: "We disagree."')).toEqual(['A spokesman for Google']);
  });
});

describe('the subject of a passive question is spoken to', () => {
  it('"X was asked" names no speaker for the question; "X asked" does', () => {
    expect(names('Sidney Blumenthal was asked, "Would you have told her?"')).toEqual([null]);
    expect(names('Sidney Blumenthal asked, "Would you have told her?"')).toEqual(['Sidney Blumenthal']);
    expect(names('She was repeatedly told, "You will never win."')).toEqual([null]);
  });
});

describe('a description after a sentence whose speaker sits in a relative clause', () => {
  it('"the senator" is the sentence\'s subject, not the one "who criticizes"', () => {
    expect(
      names(
        'Bernie Sanders spoke on Monday. Sanders has invited Matt Duss, the president of the Foundation, who frequently criticizes the Israeli government, to testify. The senator has said that the plan would fail.',
      ).slice(-1),
    ).toEqual(['Bernie Sanders']);
  });
  it('an inverted speaker followed by "who" is still the one speaking', () => {
    expect(
      names(
        '"We are waiting for justice," said Jillian Soto, who lost her sister Victoria Soto. "Our families want answers," she added.',
      ),
    ).toEqual(['Jillian Soto', 'Jillian Soto']);
  });
});

describe('a hyphenated role is one head', () => {
  it('"the nominee-in-waiting" is the person just named', () => {
    expect(
      names(
        'Donald Trump spoke in Ohio. Now that it is game on with Hillary Clinton, Trump will try another pivot. The Republican nominee-in-waiting said that he would unify the party.',
      ),
    ).toEqual(['Donald Trump']);
  });
});

describe('"those who", "some who" and "who\'ve"', () => {
  it('a pronoun of a group before "who" is the unnamed speaker, not the sentence\'s subject', () => {
    expect(names('Marco Rubio won a plurality among those who said that the plan failed.')).toEqual(['those']);
    expect(names('The plan drew rebukes from Tom Reyes, including some who warned that it could fail.')).toEqual([
      'some',
    ]);
    // a person before "who" is still the speaker
    expect(names('The plan drew rebukes from Tom Reyes, who warned that it could fail.')).toEqual(['Tom Reyes']);
  });
  it('"who\'ve" is "who"', () => {
    expect(names('Tom Reyes must convince the delegates who’ve already said that they back Jane Doe.')).toEqual([
      'the delegates',
    ]);
  });
});

describe('the possessor opening the sentence before', () => {
  it('"Donald Trump\'s assertion drew rebukes. ..., the nominee told" is Trump', () => {
    expect(
      names(
        'Donald Trump spoke in Ohio. Trump’s assertion Monday that more airstrikes are needed drew rebukes. "We have to really increase the bombings," the presumptive nominee told "Fox and Friends."',
      ).slice(-1),
    ).toEqual(['Donald Trump']);
  });
});

describe('a name in a hyphenated compound issues nothing', () => {
  it('"Bush-era figures" are no document of Bush; "a Washington Post-ABC News poll" is both issuers\'', () => {
    expect(names('George W. Bush left office in 2009. Bush-era figures said that the plan failed.')).toEqual([
      'Bush-era figures',
    ]);
  });
});

describe('a sentence about a person described, not named', () => {
  it('"he" after "A president who ... killed Osama bin Laden" is not bin Laden', () => {
    expect(
      names(
        'Barack Obama has secured a deal with Iran. A president who authorized the raid that killed Osama bin Laden will instead hand his successor a war. On Tuesday night he said it still posed "a direct threat" to Americans.',
      ),
    ).toEqual(['Barack Obama']);
    // with no description as the subject, the person it names is still the antecedent
    expect(
      names(
        'Barack Obama has secured a deal with Iran. Later that year Tom Reyes will instead hand his successor a war. On Tuesday night he said it still posed "a direct threat" to Americans.',
      ),
    ).toEqual(['Tom Reyes']);
  });
});
