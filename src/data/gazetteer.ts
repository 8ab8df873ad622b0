/**
 * Gazetteer lookup, built once at module load: entries keyed by their word
 * sequence (case-folded, periods dropped) so that a run of tokens can be
 * matched longest-first without scanning the text.
 */
import { wordKey } from './keys.js';
/** (defined in keys.ts with the other keys; re-exported for the rules that read it from here) */
export { wordKey };
import type { EntityType } from '../types.js';
import {
  AIRPORTS,
  CAPITALS_AND_CITIES,
  COUNTRIES,
  EXONYMS_AND_HISTORICAL,
  REGIONS,
  US_STATES,
  WEAK_PLACES,
} from './places.js';
import { COMPANIES, GOVERNMENT, INTERNATIONAL, MEDIA, PARTIES, WEAK_ORGS } from './organizations.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './titles.js';
import { readData } from './files.js';
import {
  ATTRIBUTIVE_SUFFIXES,
  COMMON_INITIALISMS,
  DEMONYMS,
  FINANCIAL_INDICES,
  HOLIDAYS,
  NEVER_NAMES,
  ORG_OF_HEADS,
  ORG_SUFFIXES,
  PLACE_SUFFIXES,
} from './words.js';

/** The list a name comes from; its rule is `gazetteer.LIST`. */
export type GazList =
  | 'index'
  | 'holiday'
  | 'country'
  | 'state'
  | 'city'
  | 'region'
  | 'airport'
  | 'international'
  | 'government'
  | 'media'
  | 'party'
  | 'company'
  | 'club'
  | 'team';

export interface GazEntry {
  type: EntityType;
  list: GazList;
  /** Provenance, e.g. "gazetteer.country". */
  rule: `gazetteer.${GazList}`;
  /** Also a common word or a person's name: needs a cue or confirmation. */
  weak: boolean;
  /** Written with capitals inside (US, NATO, AT&T): must match case-exactly. */
  exact: string | null;
  /** Known name that is not an entity of ours (a market index). */
  exclude: boolean;
  /**
   * A weak name from a generated list ("Obama", a town in Japan; "Angers"): taken only as a whole
   * capitalised run, never out of a longer name ("Barack Obama").
   */
  whole?: boolean;
}

export const list = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

/** Words of an entry as the tokenizer splits them (spaces and hyphens). */
export function entryWords(entry: string): string[] {
  return entry.split(/[\s-]+/).filter(Boolean);
}

const isAcronymLike = (w: string): boolean => /[A-Z].*[A-Z]/.test(w.replace(/\./g, '')) || /^[A-Z]{1,2}$/.test(w);

export const GAZETTEER = new Map<string, GazEntry>();
const SHARED = new Map<string, GazEntry>();
export let MAX_GAZ_WORDS = 1;

function addName(e: string, type: EntityType, list: GazList, weak: boolean, exclude = false, whole = false): void {
  const words = entryWords(e);
  const key = words.map(wordKey).join(' ');
  if (GAZETTEER.has(key)) return; // first list wins (countries before cities, hand lists before generated ones)
  const exact = words.length === 1 && isAcronymLike(e) ? e.replace(/\./g, '') : null;
  const rule = `gazetteer.${list}` as const;
  // entries without an exact spelling are alike by their flags: one shared object each (tens of thousands of names)
  const shape = `${list}|${type}|${weak}|${exclude}|${whole}`;
  const shared = exact === null ? SHARED.get(shape) : undefined;
  const entry: GazEntry =
    shared ?? (whole ? { type, list, rule, weak, exact, exclude, whole } : { type, list, rule, weak, exact, exclude });
  if (exact === null && !shared) SHARED.set(shape, entry);
  GAZETTEER.set(key, entry);
  MAX_GAZ_WORDS = Math.max(MAX_GAZ_WORDS, words.length);
}

function add(entries: string, type: EntityType, from: GazList, weakList: Set<string>, exclude = false): void {
  for (const e of list(entries)) addName(e, type, from, weakList.has(e), exclude);
}

/** A generated file of data/: every name of every line, weak where marked. */
function addFile(file: string, type: EntityType, from: GazList): void {
  for (const line of readData(file)) for (const n of line) addName(n.name, type, from, n.weak, false, n.weak);
}

const weakPlaces = new Set(list(WEAK_PLACES));
const weakOrgs = new Set(list(WEAK_ORGS));
add(FINANCIAL_INDICES, 'organization', 'index', new Set(), true);
add(HOLIDAYS, 'place', 'holiday', new Set(), true);
add(COUNTRIES, 'place', 'country', weakPlaces);
add(US_STATES, 'place', 'state', weakPlaces);
add(CAPITALS_AND_CITIES, 'place', 'city', weakPlaces);
add(REGIONS, 'place', 'region', weakPlaces);
add(EXONYMS_AND_HISTORICAL, 'place', 'region', weakPlaces);
add(AIRPORTS, 'place', 'airport', weakPlaces);
add(INTERNATIONAL, 'organization', 'international', weakOrgs);
add(GOVERNMENT, 'organization', 'government', weakOrgs);
add(MEDIA, 'organization', 'media', weakOrgs);
add(PARTIES, 'organization', 'party', weakOrgs);
add(COMPANIES, 'organization', 'company', weakOrgs);
// hand-written files of data/ (news agencies, international bodies, league teams), then the ones
// generated from public sources (data/README.md); the hand lists decide where both have a name
addFile('agencies.txt', 'organization', 'media');
addFile('media.txt', 'organization', 'media');
addFile('intergovernmental.txt', 'organization', 'international');
addFile('government.txt', 'organization', 'government');
addFile('teams-us.txt', 'organization', 'team');
addFile('teams-world.txt', 'organization', 'team');
addFile('sports-bodies.txt', 'organization', 'team');
addFile('companies-world.txt', 'organization', 'company');
addFile('companies.txt', 'organization', 'company');
addFile('companies-listed.txt', 'organization', 'company');
addFile('publishers.txt', 'organization', 'media');
addFile('parties.txt', 'organization', 'party');
addFile('clubs.txt', 'organization', 'club');
addFile('cities.txt', 'place', 'city');
addFile('regions.txt', 'place', 'region');

/** Common English words in lower case (data/common-words.txt, from SCOWL): what a name's words are not. */
export const COMMON_WORD = new Set(readData('common-words.txt').map((l) => l[0]!.name));

const keySet = (s: string): Set<string> => new Set(list(s).map(wordKey));
export const HONORIFIC = keySet(HONORIFICS);
export const TITLE_HEAD = keySet(TITLE_HEADS);
export const TITLE_MODIFIER = keySet(TITLE_MODIFIERS);
export const ORG_SUFFIX = keySet(ORG_SUFFIXES);
export const ORG_OF_HEAD = keySet(ORG_OF_HEADS);
export const ATTRIBUTIVE_SUFFIX = keySet(ATTRIBUTIVE_SUFFIXES);
export const PLACE_SUFFIX = keySet(PLACE_SUFFIXES);
/** Case-sensitive: "May" the month is never a name, but "may" is not capitalised anyway. */
export const NEVER_NAME = new Set([...list(NEVER_NAMES), ...list(COMMON_INITIALISMS)]);
export const DEMONYM = new Set(list(DEMONYMS));
