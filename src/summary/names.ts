/**
 * Names across articles: when two spellings are one person.
 *
 *   "Antony Blinken", "antony blinken"          same key (case, periods, honorifics, "Jr." ignored)
 *   "Mr. Blinken", "Blinken" → "Antony Blinken"  a surname joins the one full name with that last word
 *   "Smith" with "John Smith" and "Jane Smith"    stays "Smith": ambiguous
 *   "Hillary Clinton" + "Hillary Rodham Clinton" one person: same first and last word, and only
 *                                                one middle-named variant in the corpus
 *
 * Only surnames are matched to full names, never first names ("Hillary" stays "Hillary").
 */

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr',
  'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president', 'vice', 'secretary',
  'gen', 'general', 'col', 'lt', 'capt', 'sgt', 'adm', 'admiral', 'judge', 'justice', 'mayor',
  'minister', 'chancellor', 'ambassador', 'speaker', 'chairman', 'chairwoman', 'sheriff', 'pope', 'king', 'queen', 'prince', 'princess',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
/** Lower-case words allowed inside a name ("Secretary of State", "Ludwig van Beethoven"). */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'della', 'di', 'da', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'st', 'y']);
/** Speaker "names" that are pronouns or vague groups, not names. */
const NOT_NAMES = new Set([
  'he', 'she', 'they', 'we', 'i', 'it', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'its', 'their', 'our',
  'this', 'that', 'these', 'those', 'who', 'which', 'one', 'someone', 'somebody', 'everyone', 'everybody', 'nobody',
  'some', 'many', 'others', 'officials', 'critics', 'sources', 'experts', 'analysts', 'supporters', 'people',
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

/** The words that identify a person: lower case, no periods, no leading honorifics or trailing suffixes. */
export function nameTokens(name: string): string[] {
  let t = words(name)
    .map((w) => w.toLowerCase().replace(/[.,]/g, ''))
    .filter(Boolean);
  if (t[0] === 'the') t = t.slice(1);
  while (t.length > 1 && HONORIFICS.has(t[0]!)) t = t.slice(1);
  while (t.length > 1 && SUFFIXES.has(t[t.length - 1]!)) t = t.slice(0, -1);
  return t;
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
  if (!/^[\p{Lu}\p{Lt}]/u.test(w[0]!)) return false;
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
  if (q.length === 1) return n[n.length - 1] === q[0];
  if (n.length === 1) return q[q.length - 1] === n[0];
  return q[0] === n[0] && q[q.length - 1] === n[n.length - 1] && (q.length === 2 || n.length === 2);
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
  const byEnds = new Map<string, { plain: string | null; middled: string[] }>();
  for (const [key, g] of byKey) {
    if (g.tokens.length < 2) continue;
    const ends = `${g.tokens[0]} ${g.tokens[g.tokens.length - 1]}`;
    const e = byEnds.get(ends) ?? { plain: null, middled: [] };
    if (g.tokens.length === 2) e.plain = key;
    else e.middled.push(key);
    byEnds.set(ends, e);
  }
  for (const e of byEnds.values()) if (e.plain && e.middled.length === 1) union(e.plain, e.middled[0]!);

  // 3. A surname joins the one full-name group whose last word it is.
  const bySurname = new Map<string, Set<string>>();
  for (const [key, g] of byKey) {
    if (g.tokens.length < 2) continue;
    const last = g.tokens[g.tokens.length - 1]!;
    const set = bySurname.get(last) ?? new Set<string>();
    set.add(find(key));
    bySurname.set(last, set);
  }
  for (const [key, g] of byKey) {
    if (g.tokens.length !== 1) continue;
    const groups = bySurname.get(g.tokens[0]!);
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
    const full = list.filter((s) => nameTokens(s).length >= 2);
    const pool = full.length ? full : list;
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

/** Key for organizations and places: case, periods and a leading "the" ignored. */
export function plainKey(name: string): string {
  return words(name)
    .map((w) => w.toLowerCase().replace(/\./g, ''))
    .filter((w, i) => w && !(i === 0 && w === 'the'))
    .join(' ');
}
