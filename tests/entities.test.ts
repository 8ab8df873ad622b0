import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** Entities as compact records: type, name, aliases, mention texts. */
function entities(text: string) {
  return run(text).entities.map((e) => ({
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    titles: e.titles,
    mentions: e.mentions.map((m) => m.text),
  }));
}
const find = (text: string, name: string) => entities(text).find((e) => e.name === name);
const mentionTexts = (text: string) => entities(text).flatMap((e) => e.mentions.map((m) => `${e.type}:${m}`));

describe('clean spans', () => {
  it('keeps titles out of the name and records them', () => {
    expect(find('On Tuesday, Secretary of State Antony Blinken arrived.', 'Antony Blinken')).toEqual({
      type: 'person',
      name: 'Antony Blinken',
      aliases: [],
      titles: ['Secretary of State'],
      mentions: ['Antony Blinken'],
    });
    expect(find('The talks were led by Foreign Minister Wang Yi of China.', 'Wang Yi')?.titles).toEqual([
      'Foreign Minister',
    ]);
    expect(find('A statement from Dr. Jane Goodall came later.', 'Jane Goodall')?.titles).toEqual(['Dr.']);
  });
  it('a lowercase title ending in a department keeps the department out of the name', () => {
    expect(find('Former secretary of State Hillary Clinton spoke first.', 'Hillary Clinton')).toEqual({
      type: 'person',
      name: 'Hillary Clinton',
      aliases: [],
      titles: ['secretary of State'],
      mentions: ['Hillary Clinton'],
    });
    // a department not inside a title stays the name's first word
    expect(mentionTexts('She moved to the State Department in 2009.')).toEqual(['organization:State Department']);
    expect(mentionTexts('He met the secretary of State in Paris.')).toEqual(['place:Paris']);
  });
  it('drops possessives and surrounding punctuation', () => {
    expect(
      mentionTexts(
        'Officials praised Blinken\'s trip to Paris, and "Blinken," they said, "was calm." Antony Blinken left.',
      ),
    ).toEqual(
      ['person:Blinken', 'person:Blinken', 'person:Antony Blinken', 'place:Paris'].sort(
        (a, b) => 0 * a.length * b.length,
      ),
    ); // order is by entity, then mention
  });
  it('keeps the period of a company suffix', () => {
    expect(mentionTexts('Shares of Acme Widgets Inc. rose.')).toEqual(['organization:Acme Widgets Inc.']);
  });
  it('splits a place modifier from the title and the name', () => {
    expect(mentionTexts('She met US Treasury Secretary Janet Yellen in Tokyo.')).toEqual([
      'place:US',
      'person:Janet Yellen',
      'place:Tokyo',
    ]);
  });
});

describe('people not in any list', () => {
  it('takes a capitalised name after a title or honorific', () => {
    expect(find('Ambassador Ulrike Kastenholz arrived late.', 'Ulrike Kastenholz')?.type).toBe('person');
    expect(find('The case was heard by Mr. Okonkwo-Brandt yesterday.', 'Okonkwo-Brandt')?.type).toBe('person');
  });
  it('takes a name before a speech verb and its later surname', () => {
    expect(
      find('Talks will go on, Zephyrine Abernethy said. Abernethy added that more was needed.', 'Zephyrine Abernethy'),
    ).toMatchObject({
      type: 'person',
      aliases: ['Abernethy'],
      mentions: ['Zephyrine Abernethy', 'Abernethy'],
    });
  });
  it('takes a first name known to the lexicon', () => {
    expect(find('The report was written by Michael Tarkowski and published.', 'Michael Tarkowski')?.type).toBe(
      'person',
    );
  });
  it('takes a first name only the SSA baby names know, before a word written as a surname', () => {
    expect(mentionTexts('The report said Jeb Bush has been considering it.')).toEqual(['person:Jeb Bush']);
    // "Mac" is such a name, but "OS X" is no surname
    expect(mentionTexts('The report said Mac OS X has been updated.')).toEqual([]);
  });
  it('a surname that is an ordinary adjective at a sentence start is not the person', () => {
    expect(find('Senator Jane Black spoke. Black voters came. Black said no.', 'Jane Black')?.mentions).toEqual([
      'Jane Black',
      'Black',
    ]);
  });
  it('a surname at a sentence start joins the person named before', () => {
    expect(find('The envoy Qin Gang spoke first. Gang urged restraint.', 'Qin Gang')?.mentions).toEqual([
      'Qin Gang',
      'Gang',
    ]);
  });
});

describe('not names', () => {
  it('a title alone is not a name', () => {
    expect(mentionTexts('The Secretary of State said talks would resume.')).toEqual([]);
  });
  it('sentence-initial words are not entities', () => {
    expect(mentionTexts('However, prices rose. Meanwhile the market fell. Yesterday nothing happened.')).toEqual([]);
  });
  it('a sentence-initial connective is not part of the name after it', () => {
    expect(mentionTexts('Neither Johnson nor anyone else spoke on Monday. Either Paris or London will host.')).toEqual([
      'person:Johnson',
      'place:Paris',
      'place:London',
    ]);
  });
  it('demonyms are not places', () => {
    expect(mentionTexts('Chinese and American officials met French diplomats.')).toEqual([]);
  });
  it('a product or index named after a company is not the company', () => {
    expect(mentionTexts('The Boeing 787 flew while the FTSE 100 fell.')).toEqual([]);
  });
  it('years in brackets after a name are no model number', () => {
    expect(mentionTexts('He studied under Rudolf Virchow (1821-1902) in Berlin.')).toEqual([
      'person:Rudolf Virchow',
      'place:Berlin',
    ]);
    expect(mentionTexts('The Zorvex 300 was a failure.')).toEqual([]);
  });
  it("a broadcaster's number is its channel or station, part of the name", () => {
    expect(mentionTexts("He played a cover for BBC Radio 1's Live Lounge.")).toContain('organization:BBC Radio 1');
    expect(mentionTexts('It was featured on FOX 7, Telemundo and Univision.')).toEqual([
      'organization:FOX 7',
      'organization:Telemundo',
      'organization:Univision',
    ]);
    // (a count is no channel: the model-number reading drops the name)
    expect(mentionTexts('Telemundo 4 million viewers watched.')).not.toContain('organization:Telemundo 4');
  });
  it('a capitalised common noun at a sentence start needs confirmation', () => {
    expect(mentionTexts('Turkey prices rose before the holiday.')).toEqual([]);
  });
});

describe('organizations', () => {
  it('are known from the gazetteer', () => {
    expect(mentionTexts('Reuters and the Associated Press reported that NATO met.')).toEqual([
      'organization:Reuters',
      'organization:Associated Press',
      'organization:NATO',
    ]);
  });
  it('are typed by their name head', () => {
    expect(mentionTexts('Funds came from the Bank of Lorvania and Kestrel Airlines.')).toEqual([
      'organization:Bank of Lorvania',
      'organization:Kestrel Airlines',
    ]);
  });
  it('a company followed by a region is its subsidiary', () => {
    expect(mentionTexts('Ford Australia got a loan; Toyota did not.')).toEqual([
      'organization:Ford Australia',
      'organization:Toyota',
    ]);
  });
  it('are typed by a noun before them', () => {
    expect(find('The deal helped engine maker Vortexa grow.', 'Vortexa')?.type).toBe('organization');
  });
  it('sports teams named after cities are organizations beside a score', () => {
    expect(entities('Boston beat Denver 3-1 on Sunday.').map((e) => `${e.type}:${e.name}`)).toEqual([
      'organization:Boston',
      'organization:Denver',
    ]);
  });
});

describe('places', () => {
  it('are known from the gazetteer, including states and regions', () => {
    expect(mentionTexts('Flights from Ohio to East Asia and the Taiwan Strait.')).toEqual([
      'place:Ohio',
      'place:East Asia',
      'place:Taiwan Strait',
    ]);
  });
  it('are typed by their name head', () => {
    expect(mentionTexts('The jet landed at Pemberton International Airport.')).toEqual([
      'place:Pemberton International Airport',
    ]);
  });
  it('an area is a place, a district named for a service the body that runs it', () => {
    expect(mentionTexts('He lives in the Pemberton Bay Area, in Chittoor District.')).toEqual([
      'place:Pemberton Bay Area',
      'place:Chittoor District',
    ]);
    expect(mentionTexts('The Pemberton Unified School District and the Oakvale Water District sued.')).toEqual([
      'organization:Pemberton Unified School District',
      'organization:Oakvale Water District',
    ]);
  });
});

describe('merging within an article', () => {
  it('joins US, U.S. and United States into one place named by the fullest form', () => {
    expect(find('The United States warned. The U.S. economy and US markets fell.', 'United States')).toEqual({
      type: 'place',
      name: 'United States',
      aliases: ['U.S.', 'US'],
      titles: [],
      mentions: ['United States', 'U.S.', 'US'],
    });
  });
  it('joins "Mr. Burman" to "Leonard E. Burman"', () => {
    expect(find('Mr. Burman spoke first. Leonard E. Burman is an economist.', 'Leonard E. Burman')).toEqual({
      type: 'person',
      name: 'Leonard E. Burman',
      aliases: ['Burman'],
      titles: ['Mr.'],
      mentions: ['Burman', 'Leonard E. Burman'],
    });
  });
  it('joins an acronym to the name it follows in brackets', () => {
    expect(
      find('The United States Air Force (USAF) chose a tanker. The USAF said so.', 'United States Air Force'),
    ).toMatchObject({
      type: 'organization',
      aliases: ['USAF'],
      mentions: ['United States Air Force', 'USAF', 'USAF'],
    });
    // a name in a foreign language, its legal form last, is joined the same way
    expect(
      find('Allgemeine Flugwerke Tolbridge GmbH (AFT) built it. AFT closed.', 'Allgemeine Flugwerke Tolbridge GmbH'),
    ).toMatchObject({
      aliases: ['AFT'],
    });
    // "(BMSK)" after the last name of a list begins as the list does, not as "Kelly": no alias of Kelly
    expect(find('He joined Black, Manafort, Stone and Kelly (BMSK) later.', 'Kelly')?.aliases ?? []).toEqual([]);
  });
  it('joins a short company name to its full form', () => {
    expect(find('Lockheed Martin lost. Lockheed said it would appeal.', 'Lockheed Martin')?.aliases).toEqual([
      'Lockheed',
    ]);
  });
  it('keeps capital metonymy as a place of the country', () => {
    expect(
      find('The United States and China talk. Relations between Washington and Beijing are tense.', 'United States')
        ?.aliases,
    ).toEqual(['Washington']);
  });
  it('numbers entities in order of first mention', () => {
    const rec = run('Paris hosted Angela Merkel. Merkel met Reuters.');
    expect(rec.entities.map((e) => `${e.id}:${e.name}`)).toEqual(['e1:Paris', 'e2:Angela Merkel', 'e3:Reuters']);
  });
});

describe('datelines and headlines', () => {
  it('reads a dateline city and agency', () => {
    expect(mentionTexts('WASHINGTON (Reuters) - The talks ended.')).toEqual([
      'place:WASHINGTON',
      'organization:Reuters',
    ]);
  });
  it('joins headline words the article names together', () => {
    const ents = entities('Acme Unveils New Phone With Tim Cook In Paris\nOn Monday, Tim Cook showed the phone.');
    expect(ents.map((e) => `${e.type}:${e.name}:${e.mentions.join('|')}`)).toEqual([
      'person:Tim Cook:Tim Cook|Tim Cook',
      'place:Paris:Paris',
    ]);
  });
  it('a line of titled names with middle initials is no headline ("John A. Corder": "A." is an initial)', () => {
    expect(mentionTexts('Colonel Kestrel A. Lorvan, 3 August 1987; Colonel Brevik B. Oakvale, 1988.')).toEqual([
      'person:Kestrel A. Lorvan',
      'person:Brevik B. Oakvale',
    ]);
  });
  it('but "A" between capitalised words of a title-case line still makes it a headline', () => {
    expect(mentionTexts('Kestrel Lorvan Wins A Big Prize In Oakvale\nThe prize went to him.')).toEqual([]);
  });
  it('takes names in an all-caps headline only when known', () => {
    const ents = entities('MERKEL TO VISIT PARIS AFTER TALKS\nAngela Merkel will travel on Monday.');
    expect(ents.map((e) => `${e.type}:${e.name}:${e.mentions.join('|')}`)).toEqual([
      'person:Angela Merkel:MERKEL|Angela Merkel',
      'place:PARIS:PARIS',
    ]);
  });
});

describe('names that qualify something else', () => {
  it('a company qualifying a noun or a role is a mention, as a company acting is (CoNLL: modifier uses count)', () => {
    expect(
      mentionTexts('The Intel processors are fast. Then Apple CEO Tim Cook spoke. Intel plans new chips.'),
    ).toEqual(['organization:Intel', 'organization:Intel', 'organization:Apple', 'person:Tim Cook']);
    expect(mentionTexts('He met U.N. officials and NATO leaders. OPEC officials came too.')).toEqual([
      'organization:U.N.',
      'organization:NATO',
      'organization:OPEC',
    ]);
  });
  it('a place naming an event or building is not a place mention', () => {
    expect(mentionTexts('Crowds came to the Paris Air Show and to Tokyo.')).toEqual(['place:Tokyo']);
    // (a place in the possessive owns the name after it: both are names)
    expect(mentionTexts("Crowds came to Chicago's Palmer House.")).toEqual(['place:Chicago', 'place:Palmer House']);
    expect(mentionTexts('They flew Air India to Chicago.')).toEqual(['organization:Air India', 'place:Chicago']);
  });
  it('a name ending in an award, contest or show word names that thing, not a person', () => {
    expect(mentionTexts('He won the Stanley Cup and spoke on the Andrew Marr Show.')).toEqual([]);
    // (the same first name before a surname is a person)
    expect(mentionTexts('He met Stanley Cohen and Andrew Marr.')).toEqual([
      'person:Stanley Cohen',
      'person:Andrew Marr',
    ]);
  });
  it('a street address is one place', () => {
    expect(mentionTexts('The shop at 12 Vermont St. closed.')).toEqual(['place:Vermont St.']);
  });
});

describe('acronyms', () => {
  it('an unexplained acronym is an organization, a transcript label or a capitalised word is not', () => {
    expect(mentionTexts('The GAO said so.\nSMITH: We disagree.\nFULL TEXT follows.')).toEqual(['organization:GAO']);
  });
  it('a Roman numeral in capitals is no acronym, but letters that are not all numerals are', () => {
    expect(mentionTexts('The series, with III and XIV, sold well.')).toEqual([]);
    expect(mentionTexts('The VFW and the GAO said so.')).toEqual(['organization:VFW', 'organization:GAO']);
  });
  it('an acronym of something that is not a name is not one either', () => {
    expect(mentionTexts('The Software Development Kit (SDK) was released.')).toEqual([]);
  });
});

describe('more merging', () => {
  it('a first name alone joins the only person with that first name', () => {
    expect(find('Hillary Clinton spoke. Later Hillary smiled.', 'Hillary Clinton')?.aliases).toEqual(['Hillary']);
  });
  it('"arrived in Washington" is the city, not the country', () => {
    expect(entities('The United States agreed. The envoy arrived in Washington.').map((e) => e.name)).toEqual([
      'United States',
      'Washington',
    ]);
  });
  it('one type per entity: the majority of its mentions', () => {
    expect(
      entities('Boston beat Denver 3-1. Boston won again 2-0. Boston is cold.').find((e) => e.name === 'Boston')?.type,
    ).toBe('organization');
  });
});

describe('titles in appositions', () => {
  it('records the role written after the name', () => {
    expect(
      find("Marta Kowalczyk, the ministry's chief negotiator for trade, told reporters.", 'Marta Kowalczyk')?.titles,
    ).toEqual(["the ministry's chief negotiator for trade"]);
    expect(find('Omar Haddad, minister of energy, said prices would fall.', 'Omar Haddad')?.titles).toEqual([
      'minister of energy',
    ]);
  });
  it('an apposition without a role is not a title', () => {
    expect(find('Marta Kowalczyk, who arrived late, told reporters.', 'Marta Kowalczyk')?.titles).toEqual([]);
  });
});

describe('organization names with "and" and modifying heads', () => {
  it('a name goes on across "and" when a head follows', () => {
    expect(
      mentionTexts('Filings with the Securities and Exchange Commission and the Trinidad and Tobago Stock Exchange.'),
    ).toEqual(['organization:Securities and Exchange Commission', 'organization:Trinidad and Tobago Stock Exchange']);
    expect(mentionTexts('Parent firm Pelham Aeronautic Defence and Space Company said so.')).toEqual([
      'organization:Pelham Aeronautic Defence and Space Company',
    ]);
  });
  it('"and" between two names, or in a list, keeps them apart', () => {
    expect(mentionTexts('Shares of Toyota and Kestrel Motor Co. rose.')).toEqual([
      'organization:Toyota',
      'organization:Kestrel Motor Co.',
    ]);
    expect(mentionTexts('The Labour Party and Green Party agreed.')).toEqual([
      'organization:Labour Party',
      'organization:Green Party',
    ]);
    expect(mentionTexts('She chairs the Committee on Science, Space and Technology.')).toEqual([]);
    expect(mentionTexts('Kestrel will build Falcon and Territory models.')).toEqual([]);
    expect(mentionTexts('Pay rose at the Lorvan Band and Kestrel Dance Company.')).toEqual([
      'organization:Lorvan Band',
      'organization:Kestrel Dance Company',
    ]);
  });
  it('an acronym after a complete name is not part of it', () => {
    expect(
      entities('Brindle Holding Company BHC N.V. (BHC) was sold.').map((e) => `${e.type}:${e.mentions.join('|')}`),
    ).toEqual(['organization:Brindle Holding Company', 'organization:BHC N.V.|BHC']);
  });
  it('a modifying head goes on to a capitalised plural head', () => {
    expect(mentionTexts('Talks with the United Auto Workers stalled.')).toEqual(['organization:United Auto Workers']);
    expect(mentionTexts('Pay for Kestrel Airlines Pilots rose.')).toEqual(['organization:Kestrel Airlines']);
  });
});

describe("names ending in 's", () => {
  it("keeps the 's of a known name, and an index named after it is no mention", () => {
    expect(mentionTexts("Analysts at Standard & Poor's cut the rating as the Standard & Poor's 500 fell.")).toEqual([
      "organization:Standard & Poor's",
    ]);
    expect(mentionTexts("Sales at McDonald's rose.")).toEqual(["organization:McDonald's"]);
  });
  it("after a title the 's is a person's possessive", () => {
    expect(mentionTexts("Ms. McDonald's speech was short.")).toEqual(['person:McDonald']);
  });
});

describe('hyphenated names', () => {
  it('two known names joined by a hyphen are two names', () => {
    expect(mentionTexts('Emails on Boeing-Air Force talks leaked, Boeing said.')).toEqual([
      'organization:Boeing',
      'organization:Boeing',
      'organization:Air Force',
    ]);
  });
  it('a hyphenated name of one company stays whole', () => {
    expect(mentionTexts('Hewlett-Packard Company and Rolls-Royce Holdings gained.')).toEqual([
      'organization:Hewlett-Packard Company',
      'organization:Rolls-Royce Holdings',
    ]);
  });
  it('a never-name word glued to the next word makes a compound adjective before the name', () => {
    expect(mentionTexts('He was named to the All-Time University of Texas team.')).toEqual([
      'organization:University of Texas',
    ]);
  });
  it('a head glued to such a word is no head: the name before it stands alone', () => {
    expect(mentionTexts('He was a Texas All-State tackle in 1966.')).toEqual(['place:Texas']);
  });
  it('but a head after an ordinary word still is', () => {
    expect(mentionTexts('He joined the Texas State Guard.')).toEqual(['organization:Texas State Guard']);
  });
  it('but an acronym after it, or a name glued to a lowercase word, stays', () => {
    expect(mentionTexts('The All-MAC team won.')).toEqual(['organization:MAC']);
    expect(mentionTexts('The Non-Aligned Movement met.')).toEqual(['organization:Non-Aligned Movement']);
    expect(mentionTexts('A Lorvan-backed group and Bush-era figures spoke.')).toEqual([]);
  });
  it('both halves of a compound qualifying a noun are mentions', () => {
    expect(mentionTexts('The Boeing-Airbus rivalry is old. Airbus agreed.')).toEqual([
      'organization:Boeing',
      'organization:Airbus',
      'organization:Airbus',
    ]);
  });
});

describe('party and state tags', () => {
  it('"(R-AZ)" or ", D-Calif.," after a politician is not a name', () => {
    expect(mentionTexts('Senator Jane Orwell (R-AZ) and Rep. Tom Baxley, D-Calif., agreed.')).toEqual([
      'person:Jane Orwell',
      'person:Tom Baxley',
    ]);
  });
  it('a one-letter hyphenated name elsewhere is still a name', () => {
    expect(mentionTexts('Analysts said T-Mobile would gain.')).toEqual(['organization:T-Mobile']);
  });
});

describe('bracketed acronyms after a possessive or a list', () => {
  it('an acronym after a possessive is not the owner', () => {
    expect(mentionTexts("Japan's (NKA) took delivery.")).toEqual(['place:Japan', 'organization:NKA']);
  });
  it('an acronym takes the type of a name it begins like', () => {
    expect(mentionTexts('The Pelham Ground Force (PGF) chose it.')).toEqual([
      'organization:Pelham Ground Force',
      'organization:PGF',
    ]);
  });
  it('an acronym after the last name of a list is not that person', () => {
    expect(
      mentionTexts('He joined Black, Manafort, Stone and Kelly (BMSK) later.').filter((m) => m.endsWith('BMSK')),
    ).not.toContain('person:BMSK');
  });
});

describe('a later word of a known organization name', () => {
  it('alone, it is the organization, not a person', () => {
    expect(mentionTexts('McDonnell Douglas was bought in 1997. Later Douglas reported a loss.')).toEqual([
      'organization:McDonnell Douglas',
      'organization:Douglas',
    ]);
    expect(mentionTexts('Reports in the Washington Post said so, and the Post added more.')).toEqual([
      'organization:Washington Post',
      'organization:Post',
    ]);
  });
  it('a surname the article gives a person stays a person', () => {
    expect(mentionTexts('Lockheed Martin won. Carl Martin spoke, and Martin said he was pleased.')).toEqual([
      'organization:Lockheed Martin',
      'person:Carl Martin',
      'person:Martin',
    ]);
  });
});

describe('capitalised words after a camel-case product', () => {
  it('belong to the product and are no entity', () => {
    expect(mentionTexts('Members of the iPhone Developer Program sell on the iTunes Apps Stores.')).toEqual([]);
    expect(mentionTexts('The iPhone Software Development Kit (SDK) is out. The SDK is free.')).toEqual([]);
  });
  it('the same words without the product are a name', () => {
    expect(mentionTexts('Members of the Kestrel Developer Program met.')).toEqual([
      'organization:Kestrel Developer Program',
    ]);
  });
});

describe('airports and works', () => {
  it('a city before its airport is one place', () => {
    expect(mentionTexts('It will fly out of London Heathrow and Paris Orly.')).toEqual([
      'place:London Heathrow',
      'place:Paris Orly',
    ]);
  });
  it('a city and an airport apart are two places', () => {
    expect(mentionTexts('She landed at Heathrow in London.')).toEqual(['place:Heathrow', 'place:London']);
  });
  it('a name ending in a works noun is a place, not a person', () => {
    expect(mentionTexts('Jets are built at the Everett Factory and the Kestrel Shipyard.')).toEqual([
      'place:Everett Factory',
      'place:Kestrel Shipyard',
    ]);
    expect(mentionTexts('Robert Plant sang.')).toEqual(['person:Robert Plant']);
  });
});

describe('weak person cues', () => {
  it('an age is set off by commas; a number after a sentence adverb is none', () => {
    expect(mentionTexts('Kritenbrink, 49, spoke.')).toEqual(['person:Kritenbrink']);
    expect(mentionTexts('The film opens soon. Specifically, 13 Hours will tell the story.')).toEqual([]);
  });
  it('"said X." names X, "said, \'Wait, ...\'" quotes a word', () => {
    expect(mentionTexts('The talks were over, said Abernethy.')).toEqual(['person:Abernethy']);
    expect(mentionTexts('They said, ‘Wait, that is our job.’')).toEqual([]);
  });
});

describe('titles around names', () => {
  it('a plural title before a name is a title', () => {
    expect(find('Among them are Senators Mitch McConnell and Ann Boyle.', 'Mitch McConnell')?.titles).toEqual([
      'Senators',
    ]);
  });
  it('a capitalised agent noun before a first name and a surname is no part of the name', () => {
    expect(mentionTexts('He said that Engineer John Greiner erred.')).toEqual(['person:John Greiner']);
    expect(mentionTexts('Ben Player and Queenslander Mitchell Rawlins won.')).toEqual([
      'person:Ben Player',
      'person:Mitchell Rawlins',
    ]);
  });
  it('but a first name before a first name and a surname stays', () => {
    expect(mentionTexts('Walker John Smith came.')).toEqual(['person:Walker John Smith']);
  });
  it('a name between a title modifier and a role qualifies the role', () => {
    expect(mentionTexts('Former NAACP president Ben Okafor spoke.')).toEqual([
      'organization:NAACP',
      'person:Ben Okafor',
    ]);
    expect(mentionTexts('Former President Kritenbrink spoke.')).toEqual(['person:Kritenbrink']);
  });
});

describe('first names the tagger retags as places', () => {
  it('a lexicon first name before a place-like surname is a person', () => {
    expect(mentionTexts('He married the model Jerry Hall and met Tyrone Woods.')).toEqual([
      'person:Jerry Hall',
      'person:Tyrone Woods',
    ]);
  });
  it('after a place preposition such a name stays a place', () => {
    expect(mentionTexts('They drove to Tyrone Woods on Monday.')).toEqual(['place:Tyrone Woods']);
  });
});

describe('one word the tagger calls a place', () => {
  it('is a place after a place preposition, a comma after a place, in a dateline or when the lexicon lists it', () => {
    expect(mentionTexts('Volunteers met in downtown Tallahassee.')).toEqual(['place:Tallahassee']);
    expect(mentionTexts('The firm was formed in Palm Beach, Fla., in 2012.')).toEqual([
      'place:Palm Beach',
      'place:Fla',
    ]);
    expect(mentionTexts('Flights resumed.\nROCHESTER — The vote was close.')).toEqual(['place:ROCHESTER']);
  });
  it('is not a place by the tagger guess alone', () => {
    expect(mentionTexts('The Obama White House disliked it.')).toEqual(['place:White House']);
    expect(mentionTexts('A political scientist told The Hill so.')).toEqual(['organization:Hill']);
  });
});

describe('organization name heads', () => {
  it('only a head takes "of"', () => {
    expect(mentionTexts('The judge, Gonzalo P. Curiel of United States District Court, spoke.')).toEqual([
      'person:Gonzalo P. Curiel',
      'organization:United States District Court',
    ]);
    expect(mentionTexts('Funds came from the Bank of Lorvania Corp.')).toEqual(['organization:Bank of Lorvania Corp.']);
  });
  it('"Institution", "Railway" and "Authority" take "of" too', () => {
    expect(
      mentionTexts(
        'The Carnegie Institution of Washington and the State Railway of Thailand met the Port Authority of Lorvan.',
      ),
    ).toEqual([
      'organization:Carnegie Institution of Washington',
      'organization:State Railway of Thailand',
      'organization:Port Authority of Lorvan',
    ]);
  });
  it('a weekday after the "of" complement is when, not part of the name', () => {
    expect(mentionTexts('He leads the Brotherhood of Lorvan Magicians Wednesday.')).toEqual([
      'organization:Brotherhood of Lorvan Magicians',
    ]);
  });
  it('but other capitalised words after "of" are', () => {
    expect(mentionTexts('He leads the Brotherhood of Lorvan Magicians.')).toEqual([
      'organization:Brotherhood of Lorvan Magicians',
    ]);
    expect(mentionTexts('The Bank of New York rose.')).toEqual(['organization:Bank of New York']);
  });
  it('but a word that is no head still does not', () => {
    expect(mentionTexts('The Boy Scouts of Lorvan camped in Texas.')).not.toContainEqual(
      'organization:Boy Scouts of Lorvan',
    );
  });
  it('an "of" complement goes on across "and" unless a new name begins', () => {
    expect(mentionTexts('Funds went to the Department of Housing and Urban Development.')).toEqual([
      'organization:Department of Housing and Urban Development',
    ]);
    expect(mentionTexts('Teams from the University of Lorvania and Ohio State University met.')).toEqual([
      'organization:University of Lorvania',
      'organization:Ohio State University',
    ]);
  });
  it('a first name, an initial and a surname like "Band" is a person', () => {
    expect(mentionTexts('It showed Douglas J. Band, an adviser, seeking help.')).toEqual(['person:Douglas J. Band']);
    expect(mentionTexts('The Kestrel Marching Band played.')).toEqual(['organization:Kestrel Marching Band']);
    expect(mentionTexts('Lobbyists on K Street met Douglas J. Band and others.')).toEqual([
      'place:K Street',
      'person:Douglas J. Band',
    ]);
  });
  it('a period after LLC ends the sentence; after Inc. it is the abbreviation', () => {
    expect(mentionTexts('The buyer was Kestrel Holding LLC. Talks ended.')).toEqual([
      'organization:Kestrel Holding LLC',
    ]);
    expect(mentionTexts('The buyer was Kestrel Holding Inc. in May.')).toEqual(['organization:Kestrel Holding Inc.']);
  });
  it('"New" beginning a known name is kept', () => {
    expect(mentionTexts('He told the New York Daily News so. New Kestrel Holdings opened.')).toEqual([
      'organization:New York Daily News',
      'organization:Kestrel Holdings',
    ]);
  });
});

describe('airlines', () => {
  it('known airlines not ending in Airlines are names', () => {
    expect(mentionTexts("The deal was approved by China Eastern's board after Lion Air lost a jet.")).toEqual([
      'organization:China Eastern',
      'organization:Lion Air',
    ]);
  });
  it('a place before an unknown word is not an airline', () => {
    expect(mentionTexts('Prices in China Eastward rose.')).not.toContain('organization:China Eastward');
  });
});

describe('a hyphen written with spaces', () => {
  it('inside a known name keeps the name whole and merges with its usual form', () => {
    expect(find('Apple passed Wal - Mart in sales. Wal-Mart said little.', 'Wal - Mart')?.mentions).toEqual([
      'Wal - Mart',
      'Wal-Mart',
    ]);
  });
  it('between other words it still separates', () => {
    expect(mentionTexts('Boeing - the planemaker - said so.')).toEqual(['organization:Boeing']);
  });
});

describe('more titles', () => {
  it('Actor, Pastor and the like are titles', () => {
    expect(find('Actor Clint Horwath and Pastor Darrell Skott came.', 'Darrell Skott')?.titles).toEqual(['Pastor']);
    expect(mentionTexts('Actor Clint Horwath came.')).toEqual(['person:Clint Horwath']);
  });
  it('a lowercase modifier alone is no title', () => {
    expect(mentionTexts('He was a former Army medic.')).not.toContain('person:Army');
    expect(mentionTexts('He met former Kritenbrink aides.')).not.toContain('person:Kritenbrink');
  });
});

describe('more organization heads', () => {
  it('Initiative, Network, Caucus, Project end organization names', () => {
    expect(
      mentionTexts(
        'The Lorvan Global Initiative, the Christian Broadcasting Network and the Congressional Black Caucus met.',
      ),
    ).toEqual([
      'organization:Lorvan Global Initiative',
      'organization:Christian Broadcasting Network',
      'organization:Congressional Black Caucus',
    ]);
  });
  it('a place with an event head, or a quoted measure, is no organization', () => {
    expect(mentionTexts('She came second in the Iowa Caucus.')).toEqual([]);
    expect(mentionTexts('Voters backed the so called “Expulsion Initiative” in 2010.')).toEqual([]);
    expect(mentionTexts('The group became the “Defeat Lorvan PAC” in May.')).toEqual([
      'organization:Defeat Lorvan PAC',
    ]);
  });
  it('a company noun before a name outweighs a first name', () => {
    expect(mentionTexts('It went to the firm Billy Casper Golf in 2013.')).toEqual(['organization:Billy Casper Golf']);
    expect(mentionTexts('His rival Bernie Sanders spoke.')).toEqual(['person:Bernie Sanders']);
  });
});

describe('title-case headlines with pronouns', () => {
  it('are headlines: a name there is cut from the verb after it', () => {
    const ents = entities('Lorna Vexley Says She Has Already Written His Speech\nOn Monday, Lorna Vexley spoke.');
    expect(ents.map((e) => `${e.type}:${e.name}:${e.mentions.join('|')}`)).toEqual([
      'person:Lorna Vexley:Lorna Vexley|Lorna Vexley',
    ]);
  });
  it('a sentence with one capitalised pronoun is not a headline', () => {
    expect(mentionTexts('He said Lorna Vexley would speak.')).toEqual(['person:Lorna Vexley']);
  });
});

describe('an adjective before a known body', () => {
  it('is not part of its name', () => {
    expect(mentionTexts('A Republican Senate would block it.')).toEqual(['organization:Senate']);
  });
  it('unless the whole is a name', () => {
    expect(mentionTexts('The Republican National Committee met.')).toEqual([
      'organization:Republican National Committee',
    ]);
  });
});

describe('"of the" and "for the" inside organization names', () => {
  it('a head takes them', () => {
    expect(mentionTexts('A study by the Council of the Great Lorvan Schools found it.')).toEqual([
      'organization:Council of the Great Lorvan Schools',
    ]);
    expect(mentionTexts('An order of the Federal Service for the Financial Markets came.')).toEqual([
      'organization:Federal Service for the Financial Markets',
    ]);
  });
  it('a head takes "for" and capitalised words no list knows, also at the start of the name', () => {
    expect(mentionTexts('The Oakvale Institute for Lorvan Studies and the Center for Brevik Culture met.')).toEqual([
      'organization:Oakvale Institute for Lorvan Studies',
      'organization:Center for Brevik Culture',
    ]);
    expect(mentionTexts('The Institute for Advanced Lorvan Study hired him.')).toEqual([
      'organization:Institute for Advanced Lorvan Study',
    ]);
    // (a two-word head: "Air Lines")
    expect(mentionTexts('He flew Oakvale Air Lines.')).toEqual(['organization:Oakvale Air Lines']);
  });
  it('but not a known name after "for"', () => {
    expect(mentionTexts('He signed Oakvale Motor Company for Ohio.')).toEqual([
      'organization:Oakvale Motor Company',
      'place:Ohio',
    ]);
  });
  it('other words do not', () => {
    expect(mentionTexts('He gave the State of the Union address.')).toEqual([]);
    expect(mentionTexts('The President of the United States spoke.')).toEqual(['place:United States']);
  });
});

describe('a nationality before a body', () => {
  it('is part of its name (CoNLL: "German Air Force")', () => {
    expect(mentionTexts('The Indian Ministry of External Affairs spoke.')).toEqual([
      'organization:Indian Ministry of External Affairs',
    ]);
  });
  it('and of other names', () => {
    expect(mentionTexts('The American Academy of Pediatrics spoke.')).toEqual([
      'organization:American Academy of Pediatrics',
    ]);
  });
});

describe('a country and its government', () => {
  it('"the US Government" is one place mention', () => {
    expect(mentionTexts("It follows the US Government's bail-out.")).toEqual(['place:US Government']);
  });
  it('other words after a country still make it no place mention', () => {
    expect(mentionTexts('The France Open Trophy was shown.')).toEqual([]);
  });
  it('a lone organization head before "said" is no person', () => {
    expect(mentionTexts('The British Government said so.')).toEqual([]);
    expect(mentionTexts('The talks, Kritenbrink said, went well.')).toEqual(['person:Kritenbrink']);
  });
});

describe('military units', () => {
  it('an ordinal and words ending in a military head are one unit', () => {
    expect(mentionTexts('He joined the 65th Air Division in 1952.')).toEqual(['organization:65th Air Division']);
    expect(mentionTexts('Ships of the U.S. Sixth Fleet docked.')).toEqual(['organization:U.S. Sixth Fleet']);
    expect(mentionTexts('The Third Lorvan Brigade held.')).toEqual(['organization:Third Lorvan Brigade']);
  });
  it('but not a plain number, a head without an ordinal, or a possessive', () => {
    expect(mentionTexts('In 1944 Army units left Texas.')).toEqual(['organization:Army', 'place:Texas']);
    expect(mentionTexts('It sat near the Lorvan Wing of the house.')).not.toContainEqual('organization:Lorvan Wing');
    expect(mentionTexts("He praised the 3rd Brevik's Regiment.")).not.toContainEqual(
      "organization:3rd Brevik's Regiment",
    );
  });
});
