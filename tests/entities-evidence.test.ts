import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** Every mention as "type:text", in text order. */
const mentions = (text: string): string[] =>
  run(text)
    .entities.flatMap((e) => e.mentions.map((m) => ({ at: m.start, s: `${e.type}:${m.text}` })))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.s);

describe('the kind the writer names', () => {
  it('takes the kind noun before the name', () => {
    expect(mentions('He later joined the band Velvet Quarry as a drummer.')).toEqual(['organization:Velvet Quarry']);
    expect(mentions('The album came out on record label Brightmoor in 1999.')).toEqual(['organization:Brightmoor']);
  });
  it('takes a description after the name over a first name', () => {
    expect(mentions('Herman Oakley is a furniture company based in Ohio.')).toEqual([
      'organization:Herman Oakley',
      'place:Ohio',
    ]);
    expect(mentions('Brnova is a village in the east of the region.')).toEqual(['place:Brnova']);
    expect(mentions('Tarla Venn (born 1961) is an American singer.')).toEqual(['person:Tarla Venn']);
  });
  it('keeps the type for the rest of the article', () => {
    expect(mentions('Zorvex is a Brazilian bicycle manufacturer. Guido Zorvex founded it. Zorvex grew fast.')).toEqual([
      'organization:Zorvex',
      'person:Guido Zorvex',
      'organization:Zorvex',
    ]);
  });
  it('does not read a verb, a duo or an adverb as the kind', () => {
    expect(mentions('It was the town Kessler founded in 1790.')).not.toContain('place:Kessler');
    expect(mentions('The record was made by the duo Ben Marlow and Andy Crane.')).toEqual([
      'person:Ben Marlow',
      'person:Andy Crane',
    ]);
    expect(mentions('Initially, the Italian company will appoint a board.')).toEqual([]);
  });
});

describe('names listed together', () => {
  it('types an unknown name by the names listed with it', () => {
    expect(mentions('Clients include Acme Inc., Bolt Corp. and Zorvale in the region.')).toEqual([
      'organization:Acme Inc.',
      'organization:Bolt Corp.',
      'organization:Zorvale',
    ]);
  });
  it('needs two names that agree', () => {
    expect(mentions('Clients include Acme Inc. and Zorvale today.')).toEqual(['organization:Acme Inc.']);
  });
});

describe('acronyms with a possessive', () => {
  it('reads an acronym before its possessive', () => {
    expect(mentions('Officials reacted. The RSPB’s stance has also changed.')).toEqual(['organization:RSPB']);
  });
  it('still leaves a two-letter acronym alone', () => {
    expect(mentions('Officials reacted. The QX’s stance has also changed.')).toEqual([]);
  });
});

describe('places by their kind or their country', () => {
  it('reads "the town of X" and "X, Country"', () => {
    expect(mentions('The mill stood near the town of Brevik Falls.')).toEqual(['place:Brevik Falls']);
    expect(mentions('The squadron moved to Oddhampton, England, in 1943.')).toEqual([
      'place:Oddhampton',
      'place:England',
    ]);
  });
  it('leaves a name before a country possessive, and a role of a town', () => {
    expect(mentions('We met Olsvik, France’s envoy, on Monday.')).not.toContain('place:Olsvik');
    expect(mentions('He spoke to the head of Brevik Corp. yesterday.')).not.toContain('place:Brevik Corp.');
  });
});

describe('a kind word before a weak list name', () => {
  it('reads the kind over the list', () => {
    expect(mentions('He later joined the band Phoenix on tour.')).toEqual(['organization:Phoenix']);
  });
});

describe('a place and a plural', () => {
  it('names a team', () => {
    expect(mentions('They lost to the Chicago Herons at home.')).toEqual(['organization:Chicago Herons']);
  });
  it('not an event, a possessive or a place', () => {
    expect(mentions('He boxed for them at the Munich Olympics.')).not.toContain('organization:Munich Olympics');
    expect(mentions('It was not my California Driver’s license.')).not.toContain('organization:California Driver');
  });
});

describe('place names built on a place', () => {
  it('keeps a compass word and a place head with "of"', () => {
    expect(mentions('He moved to Western Kenya in 1970.')).toEqual(['place:Western Kenya']);
    expect(mentions('She traded in Old Goa and the City of Brampton.')).toEqual([
      'place:Old Goa',
      'place:City of Brampton',
    ]);
  });
  it('leaves a compass word that is no part of the name', () => {
    expect(mentions('They drove West. Germany was far.')).toEqual(['place:Germany']);
  });
});

describe('halls of fame', () => {
  it('reads a hall of fame as an organization', () => {
    expect(mentions('He entered the Curling Hall of Fame in 1990.')).toEqual(['organization:Curling Hall of Fame']);
  });
});

describe('buildings and sites', () => {
  it('types a name by its building or site word over a first name', () => {
    expect(mentions('He played poker at the Stanley Casino every week.')).toEqual(['organization:Stanley Casino']);
    expect(mentions('The ferry left from Clarence Pier at noon.')).toEqual(['place:Clarence Pier']);
  });
  it('leaves a first name and a surname that is also a head word', () => {
    expect(mentions('The envoy was Edward House, a Texan.')).toEqual(['person:Edward House']);
  });
});

describe('a person by a pronoun or an age', () => {
  it('reads a subject that a later he or she refers to', () => {
    expect(mentions('After the vote, Kessler can only shake his head.')).toEqual(['person:Kessler']);
    expect(mentions('Two years later, Marlow, now 31, is on trial.')).toEqual(['person:Marlow']);
  });
  it('not an object, a name before another name or an English word', () => {
    expect(mentions('The deal went to the Brevik board before his death.')).not.toContain('person:Brevik');
    expect(mentions('Olsvik gave Brevik his view.')).toEqual([]);
    expect(mentions('Frequently injured, he still played.')).toEqual([]);
  });
});

describe('what only an organization does or has', () => {
  it('reads a club or label signed with, a company possession and a paper', () => {
    expect(mentions('In 1999 he signed with Brightwater and toured.')).toEqual(['organization:Brightwater']);
    expect(mentions('Analysts praised Zorvex’s chief executive on Monday.')).toEqual(['organization:Zorvex']);
    expect(mentions('It was a piece the Times ran in full.')).toEqual(['organization:Times']);
  });
  it('not a player traded for, a person possession or a sentence-start word', () => {
    expect(mentions('The club traded for Okafor last year.')).not.toContain('organization:Okafor');
    expect(mentions('Analysts praised Zorvex’s lawyer on Monday.')).not.toContain('organization:Zorvex');
    expect(mentions('Times have changed.')).toEqual([]);
  });
});

describe('two places after a place preposition', () => {
  it('types the unknown one by the known one', () => {
    expect(mentions('The line runs between Bristol and Dinnick each day.')).toEqual(['place:Bristol', 'place:Dinnick']);
  });
  it('not without the preposition, nor in a longer list', () => {
    expect(mentions('Bristol and Dinnick met today.')).toEqual(['place:Bristol']);
    expect(mentions('It differs between Olsvik, Brevik and Paris.')).not.toContain('place:Olsvik');
  });
});

describe('picture credits and places within places', () => {
  it('reads the name after "Image:" as a person', () => {
    expect(mentions('The storm hit land. Image: Okonkwo Adeyemi.')).toEqual(['person:Okonkwo Adeyemi']);
    expect(mentions('The storm hit land. Image description follows.')).toEqual([]);
  });
  it('places a town in a region that is placed in a country', () => {
    expect(mentions('He is in Levarno, Trento, Italy for a week.')).toEqual([
      'place:Levarno',
      'place:Trento',
      'place:Italy',
    ]);
  });
});

describe('long personal names', () => {
  it('keeps two particles and a quoted nickname inside the name', () => {
    expect(mentions('The troops were led by Joaquin de la Pazuela in 1815.')).toEqual(['person:Joaquin de la Pazuela']);
    expect(mentions('William Herbert "Buckshot" Mayhew was a pitcher.')).toEqual([
      'person:William Herbert "Buckshot" Mayhew',
    ]);
  });
  it('not a quoted title after a name', () => {
    expect(mentions('Then William Herbert sang "Yesterday" to them.')).toEqual(['person:William Herbert']);
  });
});

describe('a kind word at a sentence start', () => {
  it('is not part of the name', () => {
    expect(mentions('Biologist Nick Bostrom studies ants.')).toEqual(['person:Nick Bostrom']);
  });
  it('but a name that begins with such a word stays whole', () => {
    expect(mentions('Then Writer Lane met us.')).not.toContain('person:Lane');
  });
});

describe('a party adjective before the word "party" (org-party-word)', () => {
  it('names the party, the small "party" with it; in a pair before "parties" the adjective alone', () => {
    expect(mentions('He left the Republican party in 2010.')).toEqual(['organization:Republican party']);
    expect(mentions("The Democratic party's leader spoke.")).toEqual(['organization:Democratic party']);
    expect(mentions('Neither the Green or Liberal parties won.')).toEqual([
      'organization:Green',
      'organization:Liberal',
    ]);
  });
  it("but alone, or before another noun, it is a member's word", () => {
    expect(mentions('The Republican candidate won, and Republicans cheered.')).toEqual([]);
  });
});

describe('what is traded in shares (org-shares)', () => {
  it('is a company', () => {
    expect(mentions('Shares of Regeneron rose.')).toEqual(['organization:Regeneron']);
    expect(mentions('He bought Oakvale stock.')).toEqual(['organization:Oakvale']);
  });
  it('but not before the verb "shares", nor a common word', () => {
    expect(mentions('Zalewski shares his view.')).not.toContain('organization:Zalewski');
    expect(mentions('World stocks plunge.')).toEqual([]);
  });
});

describe('a demonym before a name', () => {
  it('is cut from it', () => {
    expect(mentions('The German Hans Weber came.')).toEqual(['person:Hans Weber']);
  });
  it('but one that is also a first name begins the name (not before a plural)', () => {
    expect(mentions('Christian Wolmar, who wrote books, said so.')).toEqual(['person:Christian Wolmar']);
    expect(mentions('Christian Democrats won.')).toEqual([]);
  });
});

describe('what is founded', () => {
  it('is an organization, over a first name', () => {
    expect(mentions('Herman Oakvale was founded in 1905 in Ohio.')).toEqual([
      'organization:Herman Oakvale',
      'place:Ohio',
    ]);
    expect(mentions('In 1990 she co-founded Brevikon with friends.')).toEqual(['organization:Brevikon']);
  });
  it('not who is born or who founds', () => {
    expect(mentions('Herman Oakvale was born in 1905 in Ohio.')).toEqual(['person:Herman Oakvale', 'place:Ohio']);
  });
});

describe('titles before "of" and lone words after "in"', () => {
  it('an office before "of" gives no title to what follows', () => {
    expect(mentions('He was elected the Mayor of Labvarra in 1999.')).not.toContain('person:Labvarra');
  });
  it('a place preposition outweighs the tagger on one word', () => {
    expect(mentions('The Cagots lived in Brittany for centuries.')).toContain('place:Brittany');
    expect(mentions('Mayor Olsvik spoke.')).toEqual(['person:Olsvik']);
  });
});

describe('people joined by "&" and relatives', () => {
  it('splits two people joined by "&", not a company', () => {
    expect(mentions('At the games Karl Langdon & Harvey Deegan commentate.')).toEqual([
      'person:Karl Langdon',
      'person:Harvey Deegan',
    ]);
    expect(mentions('Shares of Procter & Gamble rose.')).toEqual(['organization:Procter & Gamble']);
  });
  it('reads a relative named after a possessive and a kin word', () => {
    expect(mentions('He lived with his sister, Vendela, in town.')).toEqual(['person:Vendela']);
    expect(mentions('He lived with a sister city, Vendela, in name.')).not.toContain('person:Vendela');
  });
});

describe("a person's kind word before a name", () => {
  it('types the name', () => {
    expect(mentions('The owner hires the pianist Andrassy to play.')).toEqual(['person:Andrassy']);
  });
  it('not across a comma (there the speech verb types it)', () => {
    const rules = run('They hired a pianist, Andrassy said.').entities.flatMap((e) => e.mentions.map((m) => m.rule));
    expect(rules).toEqual(['speech-verb']);
  });
});

describe('a title word between a first name and a name (middle-name-title-word)', () => {
  it('is a middle name', () => {
    expect(mentions('One of his men (Jeffrey Dean Morgan) is a friend.')).toEqual(['person:Jeffrey Dean Morgan']);
  });
  it('but before a name, or after a surname, it is a title', () => {
    expect(mentions('Dean Morgan said the boy was safe.')).toEqual(['person:Morgan']);
    expect(mentions('Howard Dean said the boy was safe.')).toEqual(['person:Howard Dean']);
  });
});

describe('"Don" as a first name', () => {
  it('is part of the name', () => {
    expect(mentions('Sheriff Don Eslinger said the boy was safe.')).toEqual(['person:Don Eslinger']);
  });
  it('and other honorifics still are titles', () => {
    expect(mentions('Sheriff Eslinger said the boy was safe.')).toEqual(['person:Eslinger']);
  });
});

describe('a place named as its team', () => {
  it('reads the place of a team named in the article as the team', () => {
    expect(mentions('The Tulsa Herons won the title. Tulsa finished the season 8-5.')).toEqual([
      'organization:Tulsa Herons',
      'organization:Tulsa',
    ]);
  });
  it('keeps a place the words place, and a place with no team in the article', () => {
    expect(mentions('The Tulsa Herons won the title. Their home games are in Tulsa.')).toEqual([
      'organization:Tulsa Herons',
      'place:Tulsa',
    ]);
    expect(mentions('Tulsa finished the year with a surplus.')).toEqual(['place:Tulsa']);
  });
  it('reads a team beside a score and "losing to"', () => {
    expect(mentions('They reached the final, losing to Tulsa 63-7.')).toEqual(['organization:Tulsa']);
  });
});

describe('call signs of radio stations', () => {
  it('reads a figure and capitals as a station in an article about broadcasting, with its frequency', () => {
    expect(mentions('5KX, known as 1116 5KX, began broadcasting in 1931. In 1994 5KX was sold.')).toEqual([
      'organization:5KX',
      'organization:1116 5KX',
      'organization:5KX',
    ]);
  });
  it('leaves the same shape alone elsewhere', () => {
    expect(mentions('He drove a 4WD to the shop in 1994.')).toEqual([]);
  });
});

describe('short forms of military units', () => {
  it('reads "the 139th" with a verb after it as the unit in an article about regiments', () => {
    expect(mentions('The regiment was raised in 1862. The 139th fought near Antietam.')).toEqual([
      'organization:139th',
      'place:Antietam',
    ]);
  });
  it('leaves an ordinal before a noun, a day, and an article about no unit', () => {
    expect(
      mentions('The regiment was raised in 1862. The 139th anniversary came. On the 5th arrived a letter.'),
    ).toEqual([]);
    expect(mentions('The 139th fought hard in the final.')).toEqual([]);
  });
  it('reads an ordinal and an acronym, and a lineage number, as one unit', () => {
    expect(mentions('The brigade included the 62d NY and the 93d PVI.')).toEqual([
      'organization:62d NY',
      'organization:93d PVI',
    ]);
    expect(mentions('It was redesignated 65 Fighter Wing on 24 July 1943.')).toEqual(['organization:65 Fighter Wing']);
    expect(mentions('In 1944 Army units moved.')).not.toContain('organization:1944 Army');
  });
});

describe('what the writer says a name is, over its own words', () => {
  it('types the other mentions of a name the writer calls a company', () => {
    expect(mentions('Herman Oakvale is a brand of pencils. Herman Oakvale opened a plant.')).toEqual([
      'organization:Herman Oakvale',
      'organization:Herman Oakvale',
    ]);
  });
  it('leaves a first name and a surname a person with no such description', () => {
    expect(mentions('Herman Oakvale opened a plant.')).toEqual(['person:Herman Oakvale']);
  });
});

describe('a lottery and a cable network are bodies', () => {
  it('reads a name ending in Lottery or Cable as an organization', () => {
    expect(mentions('The Oakvale Lottery paid out. He ran Zorvex Cable for years.')).toEqual([
      'organization:Oakvale Lottery',
      'organization:Zorvex Cable',
    ]);
  });
  it('leaves the word alone', () => {
    expect(mentions('Cable prices rose. Lottery sales fell.')).toEqual([]);
  });
});

describe('an organization naming its award', () => {
  it('takes no mention of the body in the name of its award', () => {
    expect(mentions('She won at the NAACP Image Awards last year.')).toEqual([]);
  });
  it('keeps the body elsewhere', () => {
    expect(mentions('The NAACP honored her last year.')).toEqual(['organization:NAACP']);
  });
});

describe('a known name with its exclamation mark', () => {
  it('keeps the mark the list writes', () => {
    expect(mentions('He worked at Yahoo! for years.')).toEqual(['organization:Yahoo!']);
  });
  it('leaves a mark the name does not have', () => {
    expect(mentions('He cried out to Google! Then he left.')).toEqual(['organization:Google']);
  });
});

describe('a description after a bracket or a word the tagger misreads', () => {
  it('skips a bracket with a colon or a year before the description', () => {
    expect(mentions('Brnovik (Serbian Cyrillic: Брновик) is a village in Croatia.')).toEqual([
      'place:Brnovik',
      'place:Croatia',
    ]);
    expect(mentions('Tarla Venn (born 1961) is an American singer.')).toEqual(['person:Tarla Venn']);
  });
  it('takes " is a village" after a sentence-start word the tagger reads as an adjective', () => {
    expect(mentions('Aldby is a village in Lincolnshire. Both Heydon and Aldby are small.')).toEqual([
      'place:Aldby',
      'place:Lincolnshire',
      'place:Aldby',
    ]);
    // (a word the lexicon knows is still no name: "Nearby", "Initially")
    expect(mentions('Nearby is a village on the river.')).toEqual([]);
    expect(mentions('Initially, the Italian company will appoint a board.')).toEqual([]);
  });
});

describe('a name that begins with a figure (figure-name)', () => {
  it('takes the figure and the title-case words the writer describes, at every mention', () => {
    expect(mentions('12 Stones to Varno is a rock band from Ohio. In 2007, 12 Stones to Varno won an award.')).toEqual([
      'organization:12 Stones to Varno',
      'place:Ohio',
      'organization:12 Stones to Varno',
    ]);
    expect(mentions('He joined the band 7 Grey Harbors in 1999.')).toEqual(['organization:7 Grey Harbors']);
  });
  it('takes no year, no count and no undescribed figure', () => {
    expect(mentions('In 1994 Zorvex was a small company.')).toEqual(['organization:Zorvex']);
    expect(mentions('He sold 12 Acme Widgets, a product of the firm.')).not.toContain('organization:12 Acme Widgets');
    expect(mentions('There were 30 Seconds left.')).toEqual([]);
  });
});

describe('a direction taken from a place', () => {
  it('reads what "north of", "8 km northeast of" is taken from as a place', () => {
    expect(mentions('The village lies 8 km northeast of Osijek.')).toEqual(['place:Osijek']);
    expect(mentions('It is two miles north of Brindham on the coast road.')).toEqual(['place:Brindham']);
  });
  it('needs the compass word and "of" right before the name', () => {
    expect(mentions('He moved north with Brindham in 1990.')).not.toContain('place:Brindham');
    expect(mentions('It lies 8 km from Osijek.')).toEqual(['place:Osijek']);
  });
  it('reads where one moves, flees or travels to, and "east to X", as a place', () => {
    expect(mentions('She fled again to Abrova, where she was caught.')).toEqual(['place:Abrova']);
    expect(mentions('Passengers must travel to Hilsey or go east to Bedhamford.')).toEqual([
      'place:Hilsey',
      'place:Bedhamford',
    ]);
  });
  it('takes no "to" after other verbs', () => {
    expect(mentions('This led to Abrova in the end.')).not.toContain('place:Abrova');
    expect(mentions('He spoke to Abrova.')).not.toContain('place:Abrova');
  });
});

describe('a kind noun that names a list (kind-list)', () => {
  it('types the names after "bands like", "guitarists such as", "including"', () => {
    expect(mentions('He toured with bands like Vexmoor, Brindle Fox and Zorvane.')).toEqual([
      'organization:Vexmoor',
      'organization:Brindle Fox',
      'organization:Zorvane',
    ]);
    expect(mentions('He played with guitarists such as Tohpati, Ridho and Abdee Negara.')).toEqual([
      'person:Tohpati',
      'person:Ridho',
      'person:Abdee Negara',
    ]);
  });
  it('types the names before "and several other bands"', () => {
    expect(mentions('They were supported by Head Automatica, Cobra Starship, and several other bands.')).toEqual([
      'organization:Head Automatica',
      'organization:Cobra Starship',
    ]);
  });
  it('needs a plural kind noun right before the trigger, and the list unbroken', () => {
    expect(mentions('He toured with friends like Vexmoor and Zorvane.')).not.toContain('organization:Vexmoor');
    expect(mentions('The bands like to play. Vexmoor said so.')).not.toContain('organization:Vexmoor');
  });
});

describe('the leading words of an organization name (document.short-name)', () => {
  it('types the first words of a longer organization name in the article', () => {
    expect(
      mentions('Brevik Design Associates is a consultancy in Ohio. Currently, Brevik Design builds chairs.'),
    ).toEqual(['organization:Brevik Design Associates', 'place:Ohio', 'organization:Brevik Design']);
  });
  it('takes no words that end in a connector or that no organization name begins with', () => {
    expect(mentions('The Bank of Brevik Vale opened. Brevik Vale is a town.')).toEqual([
      'organization:Bank of Brevik Vale',
      'place:Brevik Vale',
    ]);
  });
});

describe('a description after "became", a kind noun the tagger reads as a verb', () => {
  it('reads "X became the first ... firm" as the kind', () => {
    expect(mentions('Later Brevik Oakes became the first private design firm in Ohio.')).toEqual([
      'organization:Brevik Oakes',
      'place:Ohio',
    ]);
    expect(mentions('Tarla Venn became a famous singer.')).toEqual(['person:Tarla Venn']);
  });
});

describe('services, malls, hotels and museums as kinds', () => {
  it('types a name described as a bus service or a shopping mall', () => {
    expect(mentions('The Brevik Connector is a public bus service in Ohio.')).toEqual([
      'organization:Brevik Connector',
      'place:Ohio',
    ]);
    expect(mentions('Cary Oakes Center is a shopping mall in Ohio.')).toEqual([
      'organization:Cary Oakes Center',
      'place:Ohio',
    ]);
  });
  it('keeps a person described otherwise', () => {
    expect(mentions('Cary Oakes is a singer from Ohio.')).toEqual(['person:Cary Oakes', 'place:Ohio']);
  });
});

describe('a hyphenated name at a sentence start', () => {
  it('keeps a first word a hyphen glues to the next', () => {
    expect(mentions('Bahus-Soubiran is a village and commune in France.')).toEqual([
      'place:Bahus-Soubiran',
      'place:France',
    ]);
  });
  it('still drops a plain sentence-start word before a name', () => {
    expect(mentions('Biologist Nick Bostrom studies ants.')).toEqual(['person:Nick Bostrom']);
  });
});

describe("a commander's name and a formation's head (org-military-unit)", () => {
  it('takes "Howe\'s Brigade" with its possessive as one unit, and cuts the run around it', () => {
    expect(mentions("The regiment joined Howe's Brigade of Couch's Division of the IV Corps.")).toEqual([
      "organization:Howe's Brigade",
      "organization:Couch's Division",
      'organization:IV Corps',
    ]);
  });
  it('takes no other head, and no head that goes on', () => {
    expect(mentions("Putin's Army grew.")).not.toContain("organization:Putin's Army");
    expect(mentions("He opened Smith's Division Street shop.")).not.toContain("organization:Smith's Division");
  });
});

describe('words before an agent noun before a person', () => {
  it('cuts the words up to the agent noun before a first name and a surname', () => {
    expect(mentions('County Coroner William Okafor came at once.')).toEqual(['person:William Okafor']);
  });
  it('keeps a name before it and a first name as the agent noun', () => {
    expect(mentions('They thanked Ada Lister John Smith.')).toEqual(['person:Ada Lister John Smith']);
    expect(mentions('He met Walker John Smith.')).toEqual(['person:Walker John Smith']);
  });
});

describe("a place's head that more words follow (place-head-goes-on)", () => {
  it('types the whole run in context', () => {
    expect(mentions('Cary Village Mall opened in 1979.')).toEqual(['organization:Cary Village Mall']);
    expect(mentions('He joined the band God Street Wine in 1990.')).toEqual(['organization:God Street Wine']);
  });
  it('keeps the place where the run ends on its head or goes on past a connector', () => {
    expect(mentions('He lives on Baker Street in town.')).toEqual(['place:Baker Street']);
    expect(mentions('They played the Eureka Springs Cavalcade of Magic.')).toContain('place:Eureka Springs');
  });
});

describe('a party adjective hyphenated to a known party', () => {
  it('names one party with it', () => {
    expect(mentions('He ran as the Liberal-Labour candidate for Kenora.')).toContain('organization:Liberal-Labour');
  });
  it('takes no other word so glued', () => {
    expect(mentions('He led the Anti-Labour campaign.')).not.toContain('organization:Anti-Labour');
  });
});

describe('the seat a member of a parliament sits for', () => {
  it('reads what an MP, MPP, MLA sits "for" as a place, and the title as no organization', () => {
    expect(mentions('He was elected the MPP for Kenora in 1951.')).toEqual(['place:Kenora']);
    expect(mentions('She is the Labour MP for Bolton.')).toEqual(['organization:Labour', 'place:Bolton']);
  });
  it('takes no "for" after another word', () => {
    expect(mentions('He worked for Kenorex in 1951.')).not.toContain('place:Kenorex');
  });
});
