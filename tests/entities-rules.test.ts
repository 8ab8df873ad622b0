import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_RULES } from '../src/extract/entities/rules.js';
import { run } from './helpers.js';

const mentionTexts = (text: string) => run(text).entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));
const rulesOf = (text: string) => run(text).entities.flatMap((e) => e.mentions.map((m) => m.rule));

describe('the rule list and docs/entities.md', () => {
  const doc = readFileSync(new URL('../docs/entities.md', import.meta.url), 'utf8');
  const documented = new Set([...doc.matchAll(/^\| `([a-z.-]+)` \|/gm)].map((m) => m[1]!));
  it('every rule is documented, and every documented rule exists', () => {
    expect([...documented].sort()).toEqual(ENTITY_RULES.map((r) => r.name).sort());
  });
  it('every mention names a listed rule', () => {
    const text =
      'Secretary of State Antony Blinken met Qin Gang in Beijing, said Reuters. Blinken said the US Government and ' +
      'United States Air Force (USAF) agreed. Lockheed Martin and Lockheed rose; carrier Aeroflot, GM Europe and Air India fell. ' +
      'Real Madrid beat Barcelona 2-1. Jane Smith, 49, said Aner Shalev met NAACP officials in Tallahassee.';
    const rules = rulesOf(text);
    expect(rules.length).toBeGreaterThan(15);
    const names: string[] = ENTITY_RULES.map((r) => r.name);
    for (const r of rules) expect(names).toContain(r);
  });
  it.each(ENTITY_RULES.map((r) => [r.name, r] as const))('%s: its examples give a mention of that rule', (name, r) => {
    expect(r.examples.length).toBeGreaterThan(0);
    for (const text of r.examples) expect(rulesOf(text)).toContain(name);
  });
});

describe('longest match across every list and type', () => {
  it('a club named after its city is the club, and a team by a score; the city alone is the city', () => {
    expect(mentionTexts('Real Madrid beat Barcelona 2-1 on Sunday.')).toEqual([
      'organization:Real Madrid',
      'organization:Barcelona',
    ]);
    expect(mentionTexts('Madrid is hot in June.')).toEqual(['place:Madrid']);
  });
  it('a place one plays for, signs with or coaches is the team; one plays or moves in it is the place', () => {
    expect(mentionTexts('He played with North Melbourne and coached Tulsa.')).toEqual([
      'organization:North Melbourne',
      'organization:Tulsa',
    ]);
    expect(mentionTexts('He signed for England.')).toEqual(['organization:England']);
    expect(mentionTexts('He played in North Melbourne and moved to Tulsa.')).toEqual([
      'place:North Melbourne',
      'place:Tulsa',
    ]);
  });
  it('a newspaper named after its city is the newspaper, without its "The"', () => {
    expect(mentionTexts('The New York Times reported the deal.')).toEqual(['organization:New York Times']);
    expect(mentionTexts('New York is big.')).toEqual(['place:New York']);
  });
  it('a known name across "and" goes on to a head', () => {
    expect(mentionTexts('The Trinidad and Tobago Stock Exchange fell.')).toEqual([
      'organization:Trinidad and Tobago Stock Exchange',
    ]);
    expect(mentionTexts('Trinidad and Tobago voted.')).toEqual(['place:Trinidad and Tobago']);
  });
});

describe('acronyms and modifier uses', () => {
  it('acronyms match case-exactly', () => {
    expect(mentionTexts('Let us go. US officials met.')).toEqual(['place:US']);
  });
  it('a name used as a modifier is a mention', () => {
    expect(mentionTexts('He met U.N. officials and NATO leaders. OPEC officials came too.')).toEqual([
      'organization:U.N.',
      'organization:NATO',
      'organization:OPEC',
    ]);
  });
  it('EU and European Union are organizations; Brussels is a place', () => {
    expect(mentionTexts('He met EU officials in Brussels. The European Union agreed.')).toEqual([
      'organization:EU',
      'organization:European Union',
      'place:Brussels',
    ]);
  });
  it('intergovernmental acronyms from the hand list', () => {
    expect(mentionTexts('He joined the ILO and the WTO in Geneva.')).toEqual([
      'organization:ILO',
      'organization:WTO',
      'place:Geneva',
    ]);
  });
});

describe('generated lists (data/)', () => {
  it('a city from GeoNames is a place; a weak one needs context and never splits a person', () => {
    expect(mentionTexts('The plant is in Osijek.')).toEqual(['place:Osijek']);
    expect(mentionTexts('The plan worked, Parker said.')).toEqual(['person:Parker']);
    expect(mentionTexts('Yesterday Barack Obama spoke.')).toEqual(['person:Barack Obama']);
  });
  it('clubs and league teams, with sports context for names that are also places', () => {
    expect(mentionTexts('Feyenoord drew with Ajax 1-1.')).toEqual(['organization:Feyenoord', 'organization:Ajax']);
    expect(mentionTexts('The Mets beat the Cardinals 4-2.')).toEqual(['organization:Mets', 'organization:Cardinals']);
    expect(mentionTexts('Jets are built at the Everett Factory.')).toEqual(['place:Everett Factory']);
  });
  it('S&P 500 companies', () => {
    expect(mentionTexts('Shares of Newmont rose.')).toEqual(['organization:Newmont']);
  });
});

describe('typing from evidence', () => {
  it("a name shaped like a person's is one; common words with a head are not", () => {
    expect(mentionTexts('The talks were led by Aner Shalev on Monday.')).toEqual(['person:Aner Shalev']);
    expect(mentionTexts('They admired the Cosmic Dust Collection on Monday.')).toEqual([]);
  });
  it('a city beside a score and a match verb is its team; elsewhere the city', () => {
    expect(mentionTexts('Boston beat Chicago 3-1.')).toEqual(['organization:Boston', 'organization:Chicago']);
    expect(mentionTexts('Boston is cold in winter.')).toEqual(['place:Boston']);
  });
  it('party members are no mention; the party is', () => {
    expect(mentionTexts('Democrats said no. The Democratic Party said yes.')).toEqual([
      'organization:Democratic Party',
    ]);
  });
  it('a newsroom credit line names an organization', () => {
    expect(mentionTexts('-- London Newsroom +44 171 542 7930')).toEqual(['organization:London Newsroom']);
    expect(mentionTexts('He lives in London.')).toEqual(['place:London']);
  });
});

describe('person evidence around one word', () => {
  it('a verb a person does, ", who", or a person\'s possession', () => {
    expect(mentionTexts('Last year Kovalenko died in Kyiv.')).toEqual(['person:Kovalenko', 'place:Kyiv']);
    expect(mentionTexts('The film starred Seagal, whose grandmother was from Vladivostok.')).toEqual([
      'person:Seagal',
      'place:Vladivostok',
    ]);
    expect(mentionTexts('The story of Doss’s feats is told.')).toEqual(['person:Doss']);
  });
  it('not for a company or a plural', () => {
    expect(mentionTexts('Last year Kovalenko Ltd. closed.')).toEqual(['organization:Kovalenko Ltd.']);
    expect(mentionTexts('Later, Two Australians, who were there, left.')).toEqual([]);
    expect(mentionTexts('The deal with Lockheed Martin was signed. Lockheed, who makes jets, agreed.')).toEqual([
      'organization:Lockheed Martin',
      'organization:Lockheed',
    ]);
  });
});

describe('organization evidence around an unknown name', () => {
  it('a role in a body, a workplace, a company role after the name', () => {
    expect(mentionTexts('Jesse Okafor, founder of Hack Forums, wrote.')).toEqual([
      'person:Jesse Okafor',
      'organization:Hack Forums',
    ]);
    expect(mentionTexts('Later he joined Vexcorp as an engineer.')).toEqual(['organization:Vexcorp']);
    expect(mentionTexts('He said Vexcorp spokesman Jo Bell agreed.')).toEqual([
      'organization:Vexcorp',
      'person:Jo Bell',
    ]);
  });
  it("not a place's role, nor a sentence-start word", () => {
    expect(mentionTexts('He became mayor of Springfield.')).not.toContain('organization:Springfield');
    expect(mentionTexts('He became mayor of Grovesend Springs.')).not.toContain('organization:Grovesend Springs');
    expect(mentionTexts('Hiring employees is hard.')).toEqual([]);
  });
});

describe('a place by its preposition', () => {
  it('an unknown name of uncommon words after "in" or "near" is a place', () => {
    expect(mentionTexts('She was born in Grzybowo and grew up near Kalbørn.')).toEqual([
      'place:Grzybowo',
      'place:Kalbørn',
    ]);
  });
  it('not a common word, a first name or a possessive', () => {
    expect(mentionTexts('He lives in Hope and works in Kevin’s shop.')).toEqual(['person:Kevin']);
    expect(mentionTexts('He met them at Grzybowo Partners.')).not.toContain('place:Grzybowo Partners');
  });
});

describe('acronyms of bodies and of things', () => {
  it('an acronym alone is an organization', () => {
    expect(mentionTexts('Later the ACLU sued and the CRTC held hearings.')).toEqual([
      'organization:ACLU',
      'organization:CRTC',
    ]);
  });
  it('not two letters, nor after "a", "an", "by" or a number', () => {
    expect(mentionTexts('He won by KO and posted a 4.85 ERA with an EP out.')).toEqual([]);
  });
});

describe('a complete name before "for"', () => {
  it('ends where a known organization begins after it', () => {
    expect(mentionTexts('He plays in the Swiss Super League for FC Basel.')).toEqual([
      'organization:Swiss Super League',
      'organization:FC Basel',
    ]);
  });
  it('goes on when no name begins there', () => {
    expect(mentionTexts('The Federal Service for Financial Markets agreed.')).toEqual([
      'organization:Federal Service for Financial Markets',
    ]);
  });
});

describe('a capitalised "The" inside a sentence', () => {
  it('begins the title of a paper or a band, without the "The"', () => {
    expect(mentionTexts('He became a writer for The Onion last year.')).toEqual(['organization:Onion']);
  });
  it('not at a sentence start, nor for a quoted work or a person', () => {
    expect(mentionTexts('The Onion is funny.')).toEqual([]);
    expect(mentionTexts('They won an award for "The Kill" last year.')).toEqual([]);
  });
  it('not for a title that goes on past "of"', () => {
    expect(mentionTexts('He claimed that The Protocols of the Elders was genuine.')).toEqual([]);
    expect(mentionTexts('They toured with The Zutons last year.')).toEqual(['organization:Zutons']);
  });
});
