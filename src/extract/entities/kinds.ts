/**
 * What the text says a name is: a kind noun written right before it ("the band Gigi", "rapper Nas") or a
 * description after it ("Acme, a Dallas software company", "Brno is a city in ...", "Orgy were an American band").
 * The description is the writer's own word for the kind, so it outweighs what the name's words suggest (a first
 * name in "Herman Miller", a place in "Kansas").
 */
import type { EntityRuleName } from './rules.js';
import type { Parsed, Token } from '../../nlp/parse.js';
import type { EntityType } from '../../types.js';
import type { RunPiece } from './runs.js';
import { isLexiconFirstName, nextToken, prevToken } from './cues.js';
import { isPossessive } from './tokens.js';
import { gazetteerAt } from './split-run.js';

const words = (type: EntityType, s: string): Array<[string, EntityType]> =>
  s.split(/\s+/).map((w): [string, EntityType] => [w, type]);

/** Lowercase nouns that name the kind of an organization, a place or a person. */
export const KIND_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ...words(
    'organization',
    'band group label company firm club team orchestra ensemble duo trio quartet quintet choir newspaper magazine ' +
      'journal tabloid broadcaster network channel station studio publisher brand manufacturer maker automaker ' +
      'carmaker retailer chain airline carrier bank lender insurer party union association organization organisation ' +
      'charity foundation agency university college school academy federation conglomerate subsidiary startup ' +
      'supermarket corporation society institute council committee franchise distributor supergroup outfit ' +
      'service consultancy mall hotel casino museum restaurant',
  ),
  ...words(
    'place',
    'city town village hamlet municipality commune county district province region suburb neighborhood ' +
      'neighbourhood borough parish island river lake mountain peninsula valley country capital',
  ),
  ...words(
    'person',
    'singer songwriter actor actress guitarist drummer bassist pianist keyboardist vocalist musician rapper composer ' +
      'writer author poet novelist journalist politician painter sculptor footballer pitcher boxer wrestler ' +
      'businessman businesswoman economist scientist physicist chemist biologist mathematician philosopher ' +
      'historian architect photographer cyclist athlete swimmer golfer comedian filmmaker screenwriter playwright ' +
      'entrepreneur lawyer priest bishop',
  ),
]);

/** Kind nouns that may name the people in it when written before names ("the duo Ben Wolff and Andy Dean"). */
const MEMBERS_BEFORE = new Set(['duo', 'trio', 'quartet', 'quintet', 'group', 'team']);

/** Place kinds that take their name after "of": "the town of Hiram", "the city of Hayward". */
const PLACE_OF = new Set([
  'city',
  'town',
  'village',
  'hamlet',
  'municipality',
  'commune',
  'county',
  'borough',
  'parish',
]);

/**
 * Before the name, the kind noun right before it: "the band Gigi", "record label Soleilmoon", "the band, Eels"; or a
 * place's kind and "of": "the town of Hiram".
 */
export function kindBefore(parsed: Parsed, p: RunPiece): EntityType | null {
  const prev = prevToken(parsed, p.tokens[0]!);
  if (!prev || p.tokens[0]!.pre) return null;
  if (prev.normal === 'of' && /^ $/.test(prev.post)) {
    const kind = prevToken(parsed, prev);
    return kind && kind.text === kind.normal && /^ $/.test(kind.post) && PLACE_OF.has(kind.normal) ? 'place' : null;
  }
  if (prev.text !== prev.normal || !/^,? $/.test(prev.post)) return null;
  // "the American rock band, Eels" (but not "in the town, Smith said": only a band or a label is named so)
  if (prev.post !== ' ' && prev.normal !== 'band' && prev.normal !== 'label') return null;
  const type = KIND_NOUNS.get(prev.normal);
  // ("the pianist András", "guitarist Baron": a person's kind too, but never across a comma)
  if (!type || (type === 'person' && prev.post !== ' ') || MEMBERS_BEFORE.has(prev.normal)) return null;
  // "district MVP": an acronym after a place's kind noun is something else's
  if (type === 'place' && p.tokens.length === 1 && /^\p{Lu}{2,}$/u.test(p.tokens[0]!.text)) return null;
  // "the company Smith founded": a name right before a verb is its subject, not the kind's name
  const next = nextToken(parsed, p.tokens[p.tokens.length - 1]!);
  const last = p.tokens[p.tokens.length - 1]!;
  if (next && /^ $/.test(last.post) && next.tags.has('PastTense') && !next.tags.has('Passive')) return null;
  return type;
}

const LINKS = new Set(['is', 'was', 'are', 'were', 'became', 'becomes', 'remains', 'remained']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that end a description's noun phrase: its head is the word before. */
const ENDS_PHRASE = new Set([
  'in',
  'of',
  'from',
  'based',
  'that',
  'which',
  'who',
  'with',
  'and',
  'or',
  'for',
  'on',
  'at',
]);

/** The description's head noun, starting at the article: "a [Dallas software] company", up to six words. */
function descriptionHead(parsed: Parsed, article: Token): Token | null {
  const s = parsed.sentences[article.s]!;
  let head: Token | null = null;
  for (let i = article.i + 1; i < Math.min(article.i + 8, s.last); i++) {
    const t = parsed.tokens[i]!;
    // (a kind noun the tagger reads as a verb is still the head: "the first private design firm in Illinois")
    const verb = t.tags.has('Verb') && !(KIND_NOUNS.has(t.normal) && i > article.i + 1);
    if (ENDS_PHRASE.has(t.normal) || verb || /\d/.test(t.text) || isPossessive(t)) break;
    head = t;
    if (!/^[ -]$/.test(t.post)) break;
  }
  return head && head.text === head.normal ? head : null;
}

/** Only " is a [...] town" after the name (not ", a [...]", which an adverb may open: "Initially, the company"). */
export function kindAfterLink(parsed: Parsed, p: RunPiece): { type: EntityType; rule: EntityRuleName } | null {
  const type = kindAfter(parsed, p, true);
  return type ? { type, rule: 'kind-after' } : null;
}

/** After the name: ", a [...] company", " is a [...] town", "(born 1961) is an [...] singer". */
export function kindAfter(parsed: Parsed, p: RunPiece, linkOnly = false): EntityType | null {
  const last = p.tokens[p.tokens.length - 1]!;
  if (isPossessive(last)) return null;
  let t = nextToken(parsed, last);
  // a bracket after the name ("(born 1961)", "(ERJ)", "(Serbian Cyrillic: Ервеник)") is skipped; the tagger may keep
  // the closing bracket in a number's text ("1961)")
  let bracket = false;
  if (t && /\($/.test(t.pre)) {
    while (t && !/\)/.test(t.post) && !/\)$/.test(t.text)) t = nextToken(parsed, t);
    t = t && nextToken(parsed, t);
    bracket = true;
  }
  if (!t) return null;
  const before = parsed.tokens[t.i - 1]!;
  // the space before the description, after the bracket if one was skipped
  const gap = bracket ? before.post.replace(/^\)/, '') : before.post;
  let article: Token | undefined;
  if (/^,\s+$/.test(gap) && ARTICLES.has(t.normal) && !linkOnly) article = t;
  else if (LINKS.has(t.normal) && /^\s+$/.test(gap)) {
    const a = nextToken(parsed, t);
    if (a && ARTICLES.has(a.normal) && /^ $/.test(t.post)) article = a;
  }
  if (!article || !/^ $/.test(article.post)) return null;
  const head = descriptionHead(parsed, article);
  return head ? (KIND_NOUNS.get(head.normal) ?? null) : null;
}

/**
 * The kind the text gives the name, with its rule: a description after it first, then a kind noun before it, then a
 * known place after a comma ("Mouchak, Bangladesh", "Debden, England": a name placed in a country or state is a place).
 */
export function kindOf(
  parsed: Parsed,
  p: RunPiece,
  clauseStart: boolean,
): { type: EntityType; rule: EntityRuleName } | null {
  const after = kindAfter(parsed, p);
  if (after) return { type: after, rule: 'kind-after' };
  const before = clauseStart ? null : kindBefore(parsed, p);
  if (before) return { type: before, rule: 'kind-before' };
  const listed = kindList(parsed, p);
  if (listed) return { type: listed, rule: 'kind-list' };
  if (placedIn(parsed, p)) return { type: 'place', rule: 'place-comma-place' };
  if (!clauseStart && kinBefore(parsed, p)) return { type: 'person', rule: 'kin-before' };
  if (founded(parsed, p, clauseStart)) return { type: 'organization', rule: 'org-founded' };
  return null;
}

const plural = (w: string): string =>
  /[^aeiou]y$/.test(w)
    ? `${w.slice(0, -1)}ies`
    : /(?:s|sh|ch|x)$/.test(w)
      ? `${w}es`
      : w.endsWith('man')
        ? `${w.slice(0, -3)}men`
        : `${w}s`;
/** The plurals of the kind nouns ("bands", "companies", "cities", "guitarists"), with their type. */
const KIND_PLURALS: ReadonlyMap<string, EntityType> = new Map(
  [...KIND_NOUNS].filter(([w]) => !MEMBERS_BEFORE.has(w) || w === 'group').map(([w, t]) => [plural(w), t]),
);
/** Words before the kind noun's "other" at a list's end: "and several other bands". */
const OTHER_QUANTIFIERS = new Set(['several', 'many', 'various', 'some', 'numerous', 'countless', 'a', 'few']);
/** Words that may stand between the names of a list: capitalised words and the small words of names. */
const inListItem = (t: Token): boolean =>
  /^\p{Lu}/u.test(t.text) || /^(?:of|the|and|or|&|to|for|de|la|von|van)$/.test(t.text);

/**
 * "bands like New Order, Interpol or Joy Division", "companies such as Spotify and Tesla", "Head Automatica, Cobra
 * Starship and several other bands": a plural kind noun before "like", "such as", "including" names the kind of every
 * name in the list after it, and "and (several) other" with a plural kind noun that of every name before it.
 */
function kindList(parsed: Parsed, p: RunPiece): EntityType | null {
  const first = p.tokens[0]!;
  const last = p.tokens[p.tokens.length - 1]!;
  if (isPossessive(last) || first.pre) return null;
  const s = parsed.sentences[first.s]!;
  // back over the names before it to the trigger word
  for (let i = first.i - 1, n = 0; i >= s.first && n < 40; i--, n++) {
    const t = parsed.tokens[i]!;
    if (!/^,? $/.test(t.post) || t.pre) break;
    if (t.text === 'like' || t.text === 'including' || (t.text === 'as' && parsed.tokens[i - 1]?.text === 'such')) {
      const noun = parsed.tokens[t.text === 'as' ? i - 2 : i - 1];
      const type = noun && noun.s === t.s && /^,? $/.test(noun.post) ? KIND_PLURALS.get(noun.text) : undefined;
      return type ?? null;
    }
    if (!inListItem(t)) break;
  }
  // on over the names after it to "and (several) other bands"
  for (let i = last.i + 1, n = 0; i < s.last && n < 40; i++, n++) {
    const prev = parsed.tokens[i - 1]!;
    const t = parsed.tokens[i]!;
    if (!/^,? $/.test(prev.post) || t.pre) break;
    if (t.text === 'other' && (/^(?:and|or)$/.test(prev.text) || OTHER_QUANTIFIERS.has(prev.text))) {
      const noun = parsed.tokens[i + 1];
      return (noun && /^ $/.test(t.post) && KIND_PLURALS.get(noun.text)) || null;
    }
    if (!inListItem(t) && !OTHER_QUANTIFIERS.has(t.text)) break;
  }
  return null;
}

/** What is founded, formed, incorporated or bought is a body (a person is born, and moves to a place). */
const FOUNDED = new Set(['founded', 'co-founded', 'cofounded', 'formed', 'established', 'incorporated', 'acquired']);
const LINKS_PASSIVE = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'been']);

/** "Zorvex was founded in 1898", "he co-founded Zorvex", "Acme acquired Zorvex". */
function founded(parsed: Parsed, p: RunPiece, clauseStart: boolean): boolean {
  const last = p.tokens[p.tokens.length - 1]!;
  if (isPossessive(last)) return false;
  const link = nextToken(parsed, last);
  const verb = link && LINKS_PASSIVE.has(link.normal) ? nextToken(parsed, link) : undefined;
  if (verb && /^ $/.test(last.post) && /^ $/.test(link!.post) && FOUNDED.has(verb.normal)) {
    // ("was formed by": the agent follows; "was established as" still names the body)
    return true;
  }
  if (clauseStart) return false;
  const prev = prevToken(parsed, p.tokens[0]!);
  return !!prev && /^ $/.test(prev.post) && FOUNDED.has(prev.normal) && prev.normal !== 'acquired';
}

/** Lists whose names are large enough to place a smaller place in: "X, England", "X, Texas". */
const CONTAINERS = new Set(['country', 'state', 'region']);

/** "Gazipur, Bangladesh", "Preston, Victoria, Australia": the name, a comma and a place that contains it. */
function placedIn(parsed: Parsed, p: RunPiece): boolean {
  const last = p.tokens[p.tokens.length - 1]!;
  if (isPossessive(last) || p.type === 'organization') return false;
  return containerAfter(parsed, last, 0);
}

/**
 * After the token, ", " and a country, state or region that ends the phrase (a stop, a comma, a bracket or a lowercase
 * word other than "and"/"or"); or ", " and any known place that is itself so placed ("Victoria, Australia").
 */
function containerAfter(parsed: Parsed, last: Token, depth: number): boolean {
  if (depth > 2 || !/^, $/.test(last.post)) return false;
  const s = parsed.sentences[last.s]!;
  const run: Token[] = [];
  for (let i = last.i + 1; i < Math.min(last.i + 4, s.last); i++) {
    const t = parsed.tokens[i]!;
    if (!/^\p{Lu}/u.test(t.text)) break;
    run.push(t);
    if (!/^ $/.test(t.post)) break;
  }
  if (!run.length) return false;
  const g = gazetteerAt(run, 0, false);
  if (!g || g.type !== 'place') return false;
  const end = run[g.len - 1]!;
  if (isPossessive(end)) return false;
  const next = parsed.tokens[end.i + 1];
  const ends =
    /^[.,;:)]/.test(end.post) ||
    end.i + 1 >= s.last ||
    (!!next && /^ $/.test(end.post) && /^\p{Ll}/u.test(next.text) && !/^(?:and|or)$/.test(next.normal));
  if (!g.weak && g.list && CONTAINERS.has(g.list) && ends) return true;
  return containerAfter(parsed, end, depth + 1);
}

/**
 * Last words that make a name a building or a site, not a person ("Stanley Casino", "Clarence Dock"): a business
 * that runs one is an organization, a structure or a natural feature a place.
 */
const FACILITY_HEADS: ReadonlyMap<string, EntityType> = new Map([
  ...words('organization', 'hotel casino theatre theater museum gallery library restaurant lounge cinema mall'),
  ...words(
    'place',
    'house dock playfield pier wharf quay cemetery reservoir brook creek pond canal forest glacier castle tower mill',
  ),
]);
/** Heads that are also surnames: after a first name alone they are the person's ("Edward House"). */
const SURNAME_HEADS = new Set(['house', 'mill', 'tower', 'brook', 'castle', 'wharf']);

/** The name ends in a building's or a site's head word: its type, or null. */
export function facilityHead(p: RunPiece): EntityType | null {
  const n = p.tokens.length;
  const last = p.tokens[n - 1]!;
  if (n < 2 || isPossessive(last) || !/^\p{Lu}\p{Ll}+$/u.test(last.text)) return null;
  const k = last.text.toLowerCase();
  const type = FACILITY_HEADS.get(k);
  if (!type) return null;
  const first = p.tokens[0]!;
  if (n === 2 && SURNAME_HEADS.has(k) && (first.tags.has('FirstName') || isLexiconFirstName(first))) return null;
  return type;
}

const KIN = new Set([
  'wife',
  'husband',
  'sister',
  'brother',
  'son',
  'daughter',
  'mother',
  'father',
  'grandson',
  'granddaughter',
  'grandmother',
  'grandfather',
  'uncle',
  'aunt',
  'nephew',
  'niece',
  'cousin',
  'widow',
  'fiancée',
  'fiance',
  'fiancé',
]);
const OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

/** "his sister, Fanny", "her husband Joe Okafor", "Trump's wife, Melania": a relative named after the kin word. */
function kinBefore(parsed: Parsed, p: RunPiece): boolean {
  const kin = prevToken(parsed, p.tokens[0]!);
  if (!kin || !KIN.has(kin.normal) || kin.text !== kin.normal || !/^,? $/.test(kin.post)) return false;
  const owner = prevToken(parsed, kin);
  return !!owner && /^ $/.test(owner.post) && (OWNERS.has(owner.normal) || isPossessive(owner));
}
