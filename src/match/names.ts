/**
 * Names across articles: when two spellings are one person.
 *
 *   "Antony Blinken", "antony blinken"          same key (case, periods, leading honorifics ignored)
 *   "Mr. Blinken", "Blinken" → "Antony Blinken"  a surname joins the one full name with that last word
 *   "Smith" with "John Smith" and "Jane Smith"    stays "Smith": ambiguous
 *   "Donald Trump Jr." and "Donald Trump"         two people (a suffix is kept, but is not the surname)
 *   "Republican Donald Trump" → "Donald Trump"   a full name with words in front of another full name
 *   "Hillary Clinton" + "Hillary Rodham Clinton" one person: same first and last word, and only
 *                                                one middle-named variant in the corpus
 *
 * Only surnames are matched to full names, never first names ("Hillary" stays "Hillary").
 * Spellings that do not look like one person's name ("Clinton, Sanders",
 * "Deal.'' Mr. Trump": a comma, a quote mark, an honorific inside) keep their
 * own entry but never make a surname ambiguous.
 */

import { canonicalKey } from '../data/aliases.js';
import { wordKey } from '../data/keys.js';
import { SURNAME_PARTICLES as PARTICLES } from '../data/words.js';

const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'fr',
  'sen',
  'senator',
  'rep',
  'representative',
  'gov',
  'governor',
  'president',
  'vice',
  'secretary',
  'gen',
  'general',
  'col',
  'lt',
  'capt',
  'sgt',
  'adm',
  'admiral',
  'judge',
  'justice',
  'mayor',
  'minister',
  'chancellor',
  'ambassador',
  'speaker',
  'chairman',
  'chairwoman',
  'sheriff',
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
/** Lower-case words allowed inside a name ("Secretary of State", "Ludwig van Beethoven"). */
const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'the',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'st',
  'y',
]);
/** Speaker "names" that are pronouns or vague groups, not names. */
const NOT_NAMES = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'it',
  'you',
  'him',
  'her',
  'them',
  'us',
  'me',
  'his',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'who',
  'which',
  'one',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'nobody',
  'some',
  'many',
  'others',
  'officials',
  'critics',
  'sources',
  'experts',
  'analysts',
  'supporters',
  'people',
]);

/** Words of a name as written, tidied: curly apostrophes straightened, possessive 's dropped. */
function words(name: string): string[] {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s$/i, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

/** The words that identify a person: lower case, no periods, no leading honorifics ("Jr." stays). */
export function nameTokens(name: string): string[] {
  let t = words(name)
    .map((w) => w.toLowerCase().replace(/[.,]/g, ''))
    .filter(Boolean);
  if (t[0] === 'the') t = t.slice(1);
  while (t.length > 1 && HONORIFICS.has(t[0]!)) t = t.slice(1);
  return t;
}

/**
 * First name, surname and the words between, of name tokens; a trailing "Jr."/"III" is none of them. The surname takes
 * the particles before it ("Bill de Blasio" → "de blasio"); a name that begins with a particle is a surname alone
 * ("de Blasio"), and has no first name ("").
 */
function parts(
  tokens: string[],
): { first: string; last: string; lastWord: string; middle: number; words: number; suffix: string } | null {
  let end = tokens.length;
  while (end > 1 && SUFFIXES.has(tokens[end - 1]!)) end--;
  if (end === 0) return null;
  let s = end - 1;
  while (s > 0 && PARTICLES.has(tokens[s - 1]!)) s--;
  // "Bill de Blasio": a first name stays before the particles
  if (s === 0 && !PARTICLES.has(tokens[0]!)) s = end - 1;
  return {
    first: s > 0 ? tokens[0]! : '',
    last: tokens.slice(s, end).join(' '),
    lastWord: tokens[end - 1]!,
    middle: Math.max(0, s - 1),
    words: end,
    suffix: tokens.slice(end).join(' '),
  };
}

/** A surname alone ("Blinken", "de Blasio"): no first name. */
const surnameOnly = (tokens: string[]): boolean => parts(tokens)?.first === '';

/** The surname of a name ("Blinken" of "Mr. Antony Blinken"), lower case. */
export { surnameOnly };

export function surname(name: string): string | null {
  return parts(nameTokens(name))?.last ?? null;
}

const SENTENCE_WORDS = new Set([
  'neither',
  'nor',
  'both',
  'but',
  'and',
  'or',
  'when',
  'while',
  'if',
  'as',
  'so',
  'then',
  'after',
  'before',
  'because',
  'since',
  'though',
  'although',
  'like',
  'unlike',
  'with',
  'without',
  'by',
  'for',
  'from',
  'to',
  'in',
  'on',
  'at',
]);

/** Whether a spelling can be one person's full name: a name of 2 to 5 words, no comma, quote mark or inner honorific. */
export function plausibleFullName(name: string): boolean {
  if (/[,;:"“”„«»()\[\]]|''|\d/.test(name) || !isName(name)) return false;
  const t = nameTokens(name);
  if (t.length < 2 || t.length > 5 || surnameOnly(t)) return false;
  if (SENTENCE_WORDS.has(t[0]!)) return false;
  return !t.slice(1).some((w) => HONORIFICS.has(w) && w !== 'king' && w !== 'general');
}

/** Identity of a spelling: same key, same person. */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

/** Whether a speaker is named, as opposed to a pronoun ("he") or a description ("the minister"). */
export function isName(name: string): boolean {
  let w = words(name);
  if (w[0]?.toLowerCase() === 'the') w = w.slice(1);
  if (w.length === 0) return false;
  if (w.length === 1 && NOT_NAMES.has(w[0]!.toLowerCase())) return false;
  // (a surname may begin with a particle: "de Blasio", "van Gogh")
  if (!/^[\p{Lu}\p{Lt}]/u.test(w[0]!) && !(w.length > 1 && PARTICLES.has(w[0]!) && /^[\p{Lu}\p{Lt}]/u.test(w[1]!)))
    return false;
  return w.every((x) => /^[\p{Lu}\p{Lt}\p{N}]/u.test(x) || CONNECTORS.has(x.toLowerCase()));
}

/**
 * Whether a query ("Blinken", "antony blinken") names the same person as a
 * name found in a record: same key; a one-word query that is the name's last
 * word; a one-word name that is the query's last word; or the same first and
 * last words when one of the two has no middle name.
 */
export function nameMatches(query: string, name: string): boolean {
  const q = nameTokens(query);
  const n = nameTokens(name);
  if (q.length === 0 || n.length === 0) return false;
  if (q.join(' ') === n.join(' ')) return true;
  // "Clinton, Sanders" is not Sanders: a spelling that is not one person's name matches only itself.
  if (n.length > 1 && !plausibleFullName(name) && !surnameOnly(n)) return false;
  const pq = parts(q);
  const pn = parts(n);
  if (!pq || !pn) return false;
  // (a surname without its particles is still the surname: "Beethoven" of "Ludwig van Beethoven")
  if (pq.first === '') return pn.last === pq.last || pn.lastWord === pq.last;
  if (pn.first === '') return pq.last === pn.last || pq.lastWord === pn.last;
  // Same first and last word, one without middle names, and the same suffix ("Jr.") if any.
  return (
    pq.first === pn.first && pq.last === pn.last && (pq.middle === 0 || pn.middle === 0) && pq.suffix === pn.suffix
  );
}

/**
 * Merge spellings of person names across a corpus. `names` maps each spelling
 * to its weight (how often it was seen; the most frequent full spelling names
 * the group). Returns, for every spelling, its canonical spelling.
 */
export function mergeNames(names: ReadonlyMap<string, number>): Map<string, string> {
  // 1. Spellings with the same key are one.
  const byKey = new Map<string, { tokens: string[]; spellings: string[] }>();
  for (const s of names.keys()) {
    const tokens = nameTokens(s);
    const key = tokens.join(' ');
    const g = byKey.get(key) ?? { tokens, spellings: [] };
    g.spellings.push(s);
    byKey.set(key, g);
  }
  // Union-find over keys.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const k of byKey.keys()) parent.set(k, k);
  const union = (a: string, b: string) => parent.set(find(a), find(b));

  // 2. Full names with the same first and last word: "Hillary Clinton" joins
  //    "Hillary Rodham Clinton" when that is the only middle-named variant.
  //    Only spellings that look like a person's full name take part.
  const full = new Map<string, NonNullable<ReturnType<typeof parts>>>();
  for (const [key, g] of byKey) {
    if (!g.spellings.some(plausibleFullName)) continue;
    const p = parts(g.tokens);
    if (p && p.words >= 2 && p.first !== '') full.set(key, p);
  }
  const byEnds = new Map<string, { plain: string | null; middled: string[] }>();
  for (const [key, p] of full) {
    const ends = `${p.first} ${p.last} ${p.suffix}`;
    const e = byEnds.get(ends) ?? { plain: null, middled: [] };
    if (p.middle === 0) e.plain = key;
    else e.middled.push(key);
    byEnds.set(ends, e);
  }
  for (const e of byEnds.values()) if (e.plain && e.middled.length === 1) union(e.plain, e.middled[0]!);
  //    A full name that ends with another one is that one with a word in front
  //    ("Republican Donald Trump", "Does Bernie Sanders").
  for (const [key, p] of full) {
    const t = byKey.get(key)!.tokens;
    for (let k = 1; k + 2 <= p.words; k++) {
      const tail = t.slice(k).join(' ');
      if (full.has(tail)) {
        union(key, tail);
        break;
      }
    }
  }

  // 3. A surname joins the one full-name group whose last word it is.
  const bySurname = new Map<string, Set<string>>();
  for (const [key, p] of full) {
    for (const last of new Set([p.last, p.lastWord])) {
      const set = bySurname.get(last) ?? new Set<string>();
      set.add(find(key));
      bySurname.set(last, set);
    }
  }
  for (const [key, g] of byKey) {
    if (!surnameOnly(g.tokens)) continue;
    const groups = bySurname.get(parts(g.tokens)!.last);
    if (groups && groups.size === 1) union(key, [...groups][0]!);
  }

  // 4. Each group's name: its most frequent full spelling (then the longest, then the first in code point order).
  const members = new Map<string, string[]>();
  for (const [key, g] of byKey) {
    const root = find(key);
    const list = members.get(root) ?? [];
    list.push(...g.spellings);
    members.set(root, list);
  }
  const out = new Map<string, string>();
  for (const list of members.values()) {
    const fulls = list.filter(plausibleFullName);
    const pool = fulls.length ? fulls : list;
    const best = pool.reduce((a, b) => (better(b, a, names) ? b : a));
    for (const s of list) out.set(s, best);
  }
  return out;
}

function better(a: string, b: string, weights: ReadonlyMap<string, number>): boolean {
  const wa = weights.get(a) ?? 0;
  const wb = weights.get(b) ?? 0;
  if (wa !== wb) return wa > wb;
  if (a.length !== b.length) return a.length > b.length;
  return a < b;
}

/**
 * Key for organizations and places: case, periods and a leading "the" ignored, and
 * other names of one place or body joined ("US", "U.S." and "United States" are one row).
 */
export function plainKey(name: string): string {
  const key = words(name)
    .map(wordKey)
    .filter((w, i) => w && !(i === 0 && w === 'the'))
    .join(' ');
  return canonicalKey(key);
}
