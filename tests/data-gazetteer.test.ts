import { describe, expect, it } from 'vitest';
import { GAZETTEER, wordKey } from '../src/data/gazetteer.js';
import { readData } from '../src/data/files.js';
import { canonicalKey } from '../src/data/aliases.js';
import { run } from './helpers.js';

const mentions = (text: string) => run(text).entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));
const rules = (text: string) => run(text).entities.flatMap((e) => e.mentions.map((m) => m.rule));
const entry = (name: string) =>
  GAZETTEER.get(
    name
      .split(/[\s-]+/)
      .map(wordKey)
      .join(' '),
  );

describe('data/companies-listed.txt (Nasdaq, NYSE and NYSE American listings)', () => {
  it('finds listed companies by their full and short names', () => {
    expect(mentions('Shares of Lumentum and Harley-Davidson rose on Tuesday.')).toEqual([
      'organization:Lumentum',
      'organization:Harley-Davidson',
    ]);
    expect(rules('Shares of Lumentum and Harley-Davidson rose on Tuesday.')).toEqual([
      'gazetteer.company',
      'gazetteer.company',
    ]);
  });
  it('a short name made of ordinary words is weak: taken inside a sentence, not at its start', () => {
    expect(entry('Value Line')).toMatchObject({ weak: true, whole: true, list: 'company' });
    expect(mentions('Investors sold Value Line shares.')).toEqual(['organization:Value Line']);
    expect(mentions('Value Line shares fell.')).toEqual([]);
  });
  it('a brand without its industry word ("Cheniere" of "Cheniere Energy") is weak: found inside a sentence', () => {
    expect(entry('Cheniere')).toMatchObject({ weak: true, list: 'company' });
    expect(mentions('He sold shares of Cheniere on Monday.')).toEqual(['organization:Cheniere']);
    expect(mentions('Cheniere rose 3%.')).toEqual([]);
  });
  it('leaves out one-word names that are words, demonyms or possessives', () => {
    for (const n of ['American', 'Sabre', 'Vantage', "Carter's"]) expect(entry(n)?.list ?? null).not.toBe('company');
    expect(mentions('American officials met on Monday.')).toEqual([]);
  });
});

describe('data/media.txt and data/publishers.txt (news outlets)', () => {
  it('finds newspapers, broadcasters and websites', () => {
    expect(mentions('The Houston Chronicle and Telemundo reported the fire.')).toEqual([
      'organization:Houston Chronicle',
      'organization:Telemundo',
    ]);
    expect(mentions('The video was posted on YouTube and shared on Reddit.')).toEqual([
      'organization:YouTube',
      'organization:Reddit',
    ]);
    expect(mentions('The Frankfurter Allgemeine Zeitung and Aftonbladet ran the story.')).toEqual([
      'organization:Frankfurter Allgemeine Zeitung',
      'organization:Aftonbladet',
    ]);
  });
  it('an outlet named by an ordinary word needs context', () => {
    expect(entry('Slate')).toMatchObject({ weak: true, list: 'media' });
    expect(mentions('She wrote for Slate before joining the paper.')).toEqual(['organization:Slate']);
    expect(mentions('Slate grey roofs lined the street.')).toEqual([]);
    expect(mentions('The story ran in Variety on Monday.')).toEqual(['organization:Variety']);
    expect(mentions('Variety is the spice of life.')).toEqual([]);
  });
});

describe('data/sports-bodies.txt (leagues, governing bodies, federations)', () => {
  it('finds leagues and federations, acronyms case-exactly', () => {
    expect(mentions('Players from the NFL and Major League Baseball met.')).toEqual([
      'organization:NFL',
      'organization:Major League Baseball',
    ]);
    expect(mentions('The KNVB fined the club, the Bundesliga said.')).toEqual([
      'organization:KNVB',
      'organization:Bundesliga',
    ]);
    expect(mentions('The nhl of it was lost.')).toEqual([]);
  });
});

describe('data/parties.txt (Party Facts core parties)', () => {
  it('finds parties of other countries by their names', () => {
    expect(mentions('Fidesz and Likud won again.')).toEqual(['organization:Fidesz', 'organization:Likud']);
    expect(mentions('The Justice and Development Party won the vote.')).toEqual([
      'organization:Justice and Development Party',
    ]);
  });
  it('leaves out short acronyms that name other things and generic names', () => {
    expect(entry('DNA')).toBeUndefined();
    expect(mentions('DNA tests showed the link.')).toEqual([]);
    // "National Socialist Party" is many parties' name and part of longer ones; its head word types it anyway
    expect(readData('parties.txt').some((l) => l.some((n) => n.name === 'National Socialist Party'))).toBe(false);
  });
});

describe('data/companies-world.txt (companies outside the US listings)', () => {
  it('finds them', () => {
    expect(mentions('Heineken and Carlsberg raised prices.')).toEqual([
      'organization:Heineken',
      'organization:Carlsberg',
    ]);
    expect(mentions('Tesco and Ahold cut jobs.')).toEqual(['organization:Tesco', 'organization:Ahold']);
  });
  it('a company named by a first name is weak: a person with a person cue', () => {
    expect(entry('Zara')).toMatchObject({ weak: true });
    expect(mentions('Zara Phillips rode in the final.')).toEqual(['person:Zara Phillips']);
  });
});

describe('the bodies of the data files are alias groups', () => {
  it('an acronym and its expansion from one line are one entity, and one row across articles', () => {
    const rec = run('The National Football League said on Monday that the NFL would expand.');
    expect(rec.entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ['organization', 'National Football League', ['NFL']],
    ]);
    expect(canonicalKey('NFL')).toBe(canonicalKey('National Football League'));
    expect(canonicalKey('dpa')).toBe(canonicalKey('Deutsche Presse-Agentur'));
  });
  it('a weak other name stays out of the group: "Cardinals" is not always the Arizona Cardinals', () => {
    expect(canonicalKey('Cardinals')).not.toBe(canonicalKey('Arizona Cardinals'));
  });
});

describe('data/government.txt and the bodies added to data/intergovernmental.txt', () => {
  it('finds agencies and charities, acronyms case-exactly', () => {
    expect(mentions('Scientists at NOAA and the Jet Propulsion Laboratory disagreed.')).toEqual([
      'organization:NOAA',
      'organization:Jet Propulsion Laboratory',
    ]);
    expect(mentions('The photo is licensed by Creative Commons, the RSPB said.')).toEqual([
      'organization:Creative Commons',
      'organization:RSPB',
    ]);
    expect(mentions('Ice covered the road.')).toEqual([]);
  });
});

describe('trade unions, older team names and a band without its "The"', () => {
  it('finds them as organizations, the minimal span', () => {
    expect(mentions('The United Auto Workers and the Teamsters backed the deal.')).toEqual([
      'organization:United Auto Workers',
      'organization:Teamsters',
    ]);
    expect(mentions('Players of the Baltimore Colts met.')).toEqual(['organization:Baltimore Colts']);
    expect(mentions('The Beatles played in Hamburg.')).toEqual(['organization:Beatles', 'place:Hamburg']);
  });
  it('a union named by an ordinary word is weak', () => {
    expect(entry('Unison')).toMatchObject({ weak: true });
    expect(mentions('Unison voices rose.')).toEqual([]);
  });
});

describe('src/data/words.ts (name heads)', () => {
  it('a record label, a brotherhood or a lab is an organization by its last word', () => {
    expect(mentions('She signed with Dorvane Recordings in May.')).toEqual(['organization:Dorvane Recordings']);
    expect(mentions('She works at the Lincoln Lab in Boston.')).toEqual(['organization:Lincoln Lab', 'place:Boston']);
    expect(mentions('He joined the Brotherhood of Locomotive Engineers.')).toEqual([
      'organization:Brotherhood of Locomotive Engineers',
    ]);
    // (lower case: no name)
    expect(mentions('She left the lab and the recordings behind.')).toEqual([]);
  });
  it('"Army" takes its "of" complement as "Bank" does', () => {
    expect(mentions('The Army of the Potomac crossed the river.')).toEqual(['organization:Army of the Potomac']);
    expect(mentions('The army of volunteers crossed the river.')).toEqual([]);
  });
  it('a station, a rink or an ice shelf is a place by its last word', () => {
    expect(mentions('They met at Union Station on Friday.')).toEqual(['place:Union Station']);
    expect(mentions('The Kelso Rink reopened in June.')).toEqual(['place:Kelso Rink']);
    expect(mentions('The Ross Ice Shelf is melting.')).toEqual(['place:Ross Ice Shelf']);
    expect(mentions('The station and the rink reopened in June.')).toEqual([]);
  });
  it('"Seas" heads a place and "Laboratory" an organization, as "Sea" and "Laboratories" do', () => {
    expect(mentions('Trawlers work the Baltic and Barents Seas.')).toContain('place:Barents Seas');
    expect(mentions('She worked at the Dorval Point Laboratory for years.')).toEqual([
      'organization:Dorval Point Laboratory',
    ]);
    expect(mentions('The seas were rough near the laboratory.')).toEqual([]);
  });
  it('an empire is a place by its last word', () => {
    expect(mentions('The Khmer Empire built its temples.')).toEqual(['place:Khmer Empire']);
    expect(mentions('The empire built its temples.')).toEqual([]);
  });
});

describe('data/clubs.txt and data/regions.txt (names that read as a town or a word)', () => {
  it('a club named after a town ("Caernarfon" of "Caernarfon Town") is the town without sports context', () => {
    expect(entry('Caernarfon')?.list ?? null).not.toBe('club');
    expect(entry('Caernarfon Town')).toMatchObject({ list: 'club' });
    expect(mentions('He lives in Caernarfon with his wife.')).toEqual(['place:Caernarfon']);
    expect(mentions('Caernarfon beat Bangor 2-1 on Saturday.')).toEqual([
      'organization:Caernarfon',
      'organization:Bangor',
    ]);
  });
  it('a Danish or Norwegian å is also written "aa" ("Århus", "Aarhus")', () => {
    expect(entry('Aarhus')).toMatchObject({ type: 'place', list: 'city' });
    expect(mentions('He was born in Aarhus in 1970.')).toEqual(['place:Aarhus']);
    // (not every å: a Swedish town is written with "a")
    expect(entry('Umeaa')).toBeUndefined();
  });
  it('a one-word region that is a word in British spelling ("Centre") is weak', () => {
    expect(entry('Centre')).toMatchObject({ weak: true, list: 'region' });
    expect(mentions('She joined the Centre for Coastal Studies.')).not.toContain('place:Centre');
    expect(mentions('Troops moved into Centre, a region of France.')).toEqual(['place:Centre', 'place:France']);
  });
});

describe('data/regions.txt (first-level regions)', () => {
  it('a region is also found without its kind word ("Kamchatka" of "Kamchatka Krai")', () => {
    expect(entry('Kamchatka')).toMatchObject({ type: 'place', list: 'region' });
    expect(mentions('He flew to Kamchatka and Sakhalin in May.')).toEqual(['place:Kamchatka', 'place:Sakhalin']);
    // (not where what is left is a common word: "National Capital" of "National Capital Region")
    expect(entry('National Capital')).toBeUndefined();
  });
  it('a region named by a compass word of its own language ("Est", "Nord") or of English ("South East") is weak', () => {
    expect(entry('Est')).toMatchObject({ weak: true });
    expect(entry('South East')).toMatchObject({ weak: true });
    expect(mentions('The show airs at 8 p.m. EST on Fridays.')).toEqual([]);
    expect(mentions('Floods hit Nord, a region of Haiti.')).toEqual(['place:Nord', 'place:Haiti']);
  });
});

describe('src/data/words.ts (initialisms of common nouns)', () => {
  it('an initialism of a common noun is no organization; an unknown one still is', () => {
    expect(mentions('The GST rise and a new SQL server cost the firm dearly.')).toEqual([]);
    expect(mentions('Engineers flew a UAV over the ICU wing.')).toEqual([]);
    expect(mentions('Engineers from ZRTA flew over the site.')).toEqual(['organization:ZRTA']);
  });
});

describe('src/data/words.ts (holidays)', () => {
  it('a holiday is no place, nor its country inside it', () => {
    expect(mentions('The parade is held over Memorial Day weekend in Boise.')).toEqual(['place:Boise']);
    expect(mentions('Crowds gathered in Ottawa on Canada Day.')).toEqual(['place:Ottawa']);
    expect(mentions('Crowds gathered in Canada on Monday.')).toEqual(['place:Canada']);
  });
});

describe('data/teams-world.txt (AFL, NRL, CFL and IPL teams)', () => {
  it('finds teams by full name and by a nickname that is no ordinary word', () => {
    expect(mentions('The Fremantle Dockers beat the Penrith Panthers in a charity match.')).toEqual([
      'organization:Fremantle Dockers',
      'organization:Penrith Panthers',
    ]);
    expect(mentions('Fans of the Rabbitohs and the Argonauts met in Perth.')).toEqual([
      'organization:Rabbitohs',
      'organization:Argonauts',
      'place:Perth',
    ]);
  });
  it('a nickname that is an ordinary word needs context; the city alone stays a place', () => {
    expect(entry('Magpies')).toMatchObject({ weak: true, list: 'team' });
    expect(mentions('Magpies nested in the old tree.')).toEqual([]);
    expect(mentions('She was born in Penrith in 1990.')).toEqual(['place:Penrith']);
  });
});

describe('src/data/places.ts (English names of regions, historical states, islands)', () => {
  it('finds regions by their English names, historical states and large islands', () => {
    expect(mentions('Rebels fled from Tuscany to Sumatra.')).toEqual(['place:Tuscany', 'place:Sumatra']);
    expect(mentions('The Ottoman Empire ruled Anatolia for centuries.')).toEqual([
      'place:Ottoman Empire',
      'place:Anatolia',
    ]);
  });
  it('a region that is also a word or a first name needs a place cue', () => {
    expect(mentions('Lorraine Kelly spoke in Brittany on Monday.')).toEqual([
      'person:Lorraine Kelly',
      'place:Brittany',
    ]);
    expect(mentions('Java code is compiled first.')).toEqual([]);
  });
});
