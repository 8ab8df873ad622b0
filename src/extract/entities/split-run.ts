/**
 * Splits a run of capitalised tokens into pieces: gazetteer names, names
 * typed by their last word ("... Airlines", "... Strait"), titles (kept out of
 * names, remembered for the next piece) and unrecognised stretches.
 * "US Secretary of State Antony Blinken" → [US] (Secretary of State) [Antony Blinken].
 */
import type { EntityRuleName } from './rules.js';
import type { Token } from '../../nlp/parse.js';
import type { EntityType } from '../../types.js';
import {
  ATTRIBUTIVE_SUFFIX,
  GAZETTEER,
  HONORIFIC,
  MAX_GAZ_WORDS,
  DEMONYM,
  NEVER_NAME,
  ORG_OF_HEAD,
  ORG_SUFFIX,
  PLACE_SUFFIX,
  TITLE_HEAD,
  TITLE_MODIFIER,
  type GazEntry,
  type GazList,
} from '../../data/gazetteer.js';
import {
  BREAKING_CONNECTORS,
  CONNECTORS,
  bare,
  fullKey,
  isAllCaps,
  isCapitalised,
  isPossessive,
  key,
} from './tokens.js';
import { isLexiconFirstName } from './cues.js';

export type PieceKind = 'gazetteer' | 'suffix' | 'unknown';

export interface Piece {
  /** Tokens of the piece, in order. */
  tokens: Token[];
  kind: PieceKind;
  type: EntityType | null;
  rule: EntityRuleName;
  /** A gazetteer name that is also a common word or first name. */
  weak: boolean;
  /** A known name that is not an entity (market index): kept so it is not read as something else. */
  exclude?: boolean;
  /** The name ends in 's of its own ("Standard & Poor's", "McDonald's"): the ending stays in the span. */
  ownS?: boolean;
  /** Title or honorific written just before the name ("Secretary of State"). */
  title?: string;
  /** A weak name from a generated list, taken as a whole run: a person's cue outweighs it ("said Parker"). */
  whole?: boolean;
  /** The gazetteer list of a gazetteer name. */
  list?: GazList;
  /** The rule fixed the span, its first word included ("Third Lorvan Brigade"): no word is trimmed off. */
  settled?: boolean;
}

interface Match {
  list?: GazList;
  exclude?: boolean;
  whole?: boolean;
  ownS?: boolean;
  len: number;
  type: EntityType;
  rule: EntityRuleName;
  kind: PieceKind;
  weak: boolean;
}

/** "Secretary of State", "Minister of Defence": what may follow "of" inside a title. */
const OF_DEPARTMENTS = new Set([
  'state',
  'defense',
  'defence',
  'commerce',
  'labor',
  'labour',
  'energy',
  'education',
  'transportation',
  'transport',
  'agriculture',
  'justice',
  'finance',
  'staff',
  'health',
  'interior',
  'treasury',
  'trade',
  'culture',
]);

/** A lowercase title head and "of" just before a department word ("secretary of", "former minister of"). */
const LOWERCASE_TITLE_OF = /\b(?:secretary|minister|undersecretary|commissioner|attorney general)\s+of\s+$/;

/** Plurals after a place that name an event or a place, not a team ("Munich Olympics", "Flanders Fields"). */
const EVENT_PLURALS = new Set(['olympics', 'games', 'championships', 'awards', 'fields', 'talks', 'riots', 'trials']);

/** "William Clay Ford Jr.": generational suffixes belong to the person's name. */
const PERSON_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Name heads that are also surnames. */
const SURNAME_SUFFIXES = new Set([
  'press',
  'post',
  'times',
  'news',
  'review',
  'herald',
  'guardian',
  'bank',
  'trust',
  'power',
  'church',
  'college',
  'park',
  'bay',
  'hill',
  'hall',
  'field',
  'street',
  'lake',
  'rivers',
  'river',
  'banks',
  'ford',
  'parker',
  'mason',
  'king',
  'union',
  'plant',
  'band',
]);

const isTitleWord = (t: Token): boolean => HONORIFIC.has(key(t)) || TITLE_HEAD.has(key(t));

const isHead = (t: Token): boolean => ORG_SUFFIX.has(key(t)) || ORG_OF_HEAD.has(key(t)) || PLACE_SUFFIX.has(key(t));

/** Longest gazetteer entry starting at pos. In shouting text (all caps) case is not checked. */
export function gazetteerAt(run: Token[], pos: number, shouting: boolean): Match | null {
  for (let m = Math.min(MAX_GAZ_WORDS, run.length - pos); m >= 1; m--) {
    const words = run.slice(pos, pos + m);
    // only the last word may carry a possessive, unless the entry has one inside ("People's Republic")
    const head = words.slice(0, -1).map(fullKey);
    const last = words[m - 1]!;
    const bareKey = [...head, key(last)].join(' ');
    for (const k of new Set([bareKey, [...head, fullKey(last)].join(' ')])) {
      const e: GazEntry | undefined = GAZETTEER.get(k);
      if (!e) continue;
      const surface = (k === bareKey ? bare(last) : last.text).replace(/\./g, '').replace(/’/g, "'");
      if (e.exact && !shouting && surface !== e.exact) continue;
      if (e.whole && (pos > 0 || m < run.length)) continue;
      const ownS = k !== bareKey && /'s$/.test(k);
      return {
        len: m,
        type: e.type,
        list: e.list,
        rule: e.rule,
        kind: 'gazetteer',
        weak: e.weak,
        exclude: e.exclude,
        ownS,
        ...(e.whole ? { whole: true } : {}),
      };
    }
  }
  return null;
}

/** Heads of place names that take their name after "of" ("City of Brampton", "Isle of Man", "Port of Liverpool"). */
const PLACE_OF_HEADS = new Set([
  'city',
  'town',
  'county',
  'province',
  'island',
  'isle',
  'port',
  'kingdom',
  'duchy',
  'principality',
  'republic',
  'borough',
  'gulf',
  'bay',
  'cape',
  'strait',
  'straits',
]);

/** "City of Brampton", "Grand Duchy of Poznań": a place head (and a modifier before it), "of" and capitalised words. */
function placeOfAt(run: Token[], pos: number): Match | null {
  let h = pos;
  // "Grand Duchy", "Free State" (one capitalised modifier)
  if (!PLACE_OF_HEADS.has(key(run[h]!)) && run[h + 1] && PLACE_OF_HEADS.has(key(run[h + 1]!))) h++;
  const head = run[h]!;
  if (!PLACE_OF_HEADS.has(key(head)) || isPossessive(head) || run[h + 1]?.normal !== 'of') return null;
  let end = h + 1;
  for (let k = h + 2; k < run.length && isCapitalised(run[k]!) && !isTitleWord(run[k]!); k++) {
    end = k;
    if (isPossessive(run[k]!)) break;
  }
  if (end === h + 1) return null;
  return { len: end - pos + 1, type: 'place', rule: 'place-of', kind: 'suffix', weak: false };
}

/** Words before "District" that make it a public body, not an area: "Water District", "Park District". */
const DISTRICT_BODIES = new Set([
  'water',
  'fire',
  'park',
  'library',
  'sanitary',
  'sanitation',
  'irrigation',
  'utility',
  'conservation',
  'sewer',
  'drainage',
]);

/**
 * "Coronado Unified School District", "Metropolitan Water District": a district named for a service (an organization
 * head or such a word) is the body that runs it, an organization; "Chittoor District" is an area.
 */
const bodyDistrict = (before: Token, head: Token): boolean =>
  key(head) === 'district' && (ORG_SUFFIX.has(key(before)) || DISTRICT_BODIES.has(key(before)));

const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Longest stretch from pos that ends in an organization or place head word ("Ford Motor Company", "Bank of Japan"). */
function suffixAt(run: Token[], pos: number, known: boolean): Match | null {
  const first = run[pos]!;
  if (!isCapitalised(first) || (isTitleWord(first) && !known)) return null;
  const placeOf = placeOfAt(run, pos);
  if (placeOf) return placeOf;
  let best: Match | null = null;
  let crossed = -1; // index of an "and" inside the name
  for (let k = pos; k < run.length; k++) {
    const t = run[k]!;
    // "Boeing-Air Force contract": two known names hyphenated are two names
    if (
      k > pos &&
      run[k - 1]!.post === '-' &&
      gazetteerAt(run, pos, false)?.len === k - pos &&
      gazetteerAt(run, k, false)
    )
      break;
    if (t.normal === 'and') {
      if (!crossesAnd(run, pos, k, best)) break;
      crossed = k;
    }
    // "Hockey Hall of Fame": a hall of fame is an organization
    if (t.normal === 'of' && k > pos && key(run[k - 1]!) === 'hall' && run[k + 1] && key(run[k + 1]!) === 'fame') {
      best = { len: k - pos + 2, type: 'organization', rule: 'org-suffix', kind: 'suffix', weak: false };
      break;
    }
    // "Gonzalo P. Curiel of United States District Court": only a head takes "of" ("Bank of", "Institute of")
    if (t.normal === 'of' && k > pos && !isHead(run[k - 1]!)) break;
    // "the Swiss Super League for FC Basel", "played in the National Hockey League for the St. Louis Eagles": a complete
    // name before "for" ends where another name begins after it
    if (t.normal === 'for' && best && k === pos + best.len) {
      const from = run[k + 1]?.normal === 'the' ? k + 2 : k + 1;
      // (a known organization, or a known name that more words follow: not "Economic Commission for Europe")
      const g = gazetteerAt(run, from, false);
      if (g && (g.type === 'organization' || (from + g.len < run.length && isCapitalised(run[from + g.len]!)))) break;
    }
    if (CONNECTORS.has(t.normal) && !isCapitalised(t)) continue;
    if (k > pos && isTitleWord(t)) break;
    const kk = key(t);
    if (best && k > pos && t.tags.has('FirstName')) break;
    // "Space Company EADS N.V.": an acronym after a complete name is its short form, not part of it
    if (best && k === pos + best.len && isAllCaps(t) && !isAllCaps(run[k - 1]!) && !ORG_SUFFIX.has(kk)) break;
    const nextTok = run[k + 1];
    if (nextTok && TITLE_MODIFIER.has(kk) && isTitleWord(nextTok)) break;
    const ofFollows = run[k + 1]?.normal === 'of' && run[k + 2] !== undefined;
    // "a Texas All-State tackle": a head glued by a hyphen to a word that is never a name is a compound adjective
    const glued = k > pos && run[k - 1]!.post === '-' && NEVER_NAME.has(bare(run[k - 1]!));
    // across "and" only an organization, and only with a head of its own after it ("Science, Space and Technology" is a list)
    const listed = crossed >= 0 && k === crossed + 1;
    if (listed || glued) {
      // nothing: the word right after "and" is no head, nor the second half of a compound adjective
    } else if (pairHead(run, k) && (k > pos || run[k + 1]!.normal === 'for')) {
      // ("Delta Air Lines" takes "Lines"; "Center for" leaves "for" to its complement)
      const n: number = run[k + 1]!.normal === 'for' ? k - pos + 1 : k - pos + 2;
      best = { len: n, type: 'organization', rule: 'org-suffix', kind: 'suffix', weak: false };
    } else if (ORG_SUFFIX.has(kk) && (k > pos || (ORG_OF_HEAD.has(kk) && ofFollows) || forComplement(run, k))) {
      best = { len: k - pos + 1, type: 'organization', rule: 'org-suffix', kind: 'suffix', weak: false };
    } else if (PLACE_SUFFIX.has(kk) && k > pos && crossed < 0) {
      best = bodyDistrict(run[k - 1]!, t)
        ? { len: k - pos + 1, type: 'organization', rule: 'org-suffix', kind: 'suffix', weak: false }
        : { len: k - pos + 1, type: 'place', rule: 'place-suffix', kind: 'suffix', weak: false };
    }
    if (isPossessive(t)) break;
  }
  if (!best) {
    // "Air China", "Air India": airlines named Air + a place
    if (first.text === 'Air' && run[pos + 1] && GAZETTEER.get(key(run[pos + 1]!))?.type === 'place') {
      best = { len: 2, type: 'organization', rule: 'org-prefix.air', kind: 'suffix', weak: false };
    } else return null;
  }
  // "United Auto Workers": a head that also modifies goes on to a capitalised plural head
  const after = run[pos + best.len];
  if (
    after &&
    ATTRIBUTIVE_SUFFIX.has(key(run[pos + best.len - 1]!)) &&
    !isPossessive(run[pos + best.len - 1]!) &&
    isCapitalised(after) &&
    after.tags.has('Plural') &&
    !isTitleWord(after) &&
    !GAZETTEER.has(key(after))
  )
    best.len++;
  // "Bank of Japan", "University of California at Berkeley": the head takes its "of" complement
  let end = pos + best.len - 1;
  // (a name that begins with such a head is that head's: "Council of the Great City Schools" is no "City")
  const takesOf = (i: number): boolean =>
    ORG_OF_HEAD.has(key(run[i]!)) && !isPossessive(run[i]!) && run[i + 1]?.normal === 'of';
  if (takesOf(pos) && (best.type !== 'organization' || !takesOf(end))) {
    end = pos;
    best.type = 'organization';
    best.rule = 'org-suffix';
  }
  if (best.type === 'organization' && takesOf(end)) {
    let k = end + 2;
    if (run[k]?.text === 'the') k++;
    // (a weekday after the name is when, not part of it: "the Brotherhood of Magicians Wednesday")
    while (k < run.length && isCapitalised(run[k]!) && !isTitleWord(run[k]!) && !WEEKDAY.test(run[k]!.text)) {
      end = k;
      if (isPossessive(run[k]!)) break;
      k++;
      // "Department of Housing and Urban Development", but not "University of Michigan and Ohio State University"
      if (
        run[k]?.normal === 'and' &&
        run[k + 1] &&
        isCapitalised(run[k + 1]!) &&
        !gazetteerAt(run, k + 1, false) &&
        !run.slice(k + 1).some((t) => ORG_SUFFIX.has(key(t)))
      )
        k++;
    }
    best.len = Math.max(best.len, end - pos + 1);
  }
  // "Institute for Palestinian Studies", "Office for National Statistics": an organization head takes a "for" complement
  // of capitalised words that are no known name ("Ford Motor Company for Ohio", "the League for FC Basel" stop)
  if (best.type === 'organization' && best.len === end - pos + 1 && forComplement(run, end)) {
    let k = end + 2;
    // (a weekday after the name is when, not part of it: "the Brotherhood of Magicians Wednesday")
    while (k < run.length && isCapitalised(run[k]!) && !isTitleWord(run[k]!) && !WEEKDAY.test(run[k]!.text)) {
      end = k;
      if (isPossessive(run[k]!)) break;
      k++;
      // "Center for Science and Culture"
      if (run[k]?.normal === 'and' && run[k + 1] && isCapitalised(run[k + 1]!) && !gazetteerAt(run, k + 1, false)) k++;
    }
    best.len = end - pos + 1;
  }
  // "Jim Press", "Emily Post": a first name and a surname that is also a name head
  // (and "Douglas J. Band": a first name, an initial and such a surname)
  // (an initial has its period: "K Street" is a street)
  const isInitial = (t: Token): boolean =>
    /^\p{Lu}\.$/u.test(t.text) || (/^\p{Lu}$/u.test(t.text) && t.post.startsWith('.'));
  const initial = best.len === 3 && isInitial(run[pos + 1]!);
  const personLike =
    ((best.len === 2 || initial) && first.tags.has('FirstName')) || (best.len === 2 && isInitial(first));
  if (personLike && SURNAME_SUFFIXES.has(key(run[pos + best.len - 1]!))) return null;
  // a trailing connector is never part of a name
  while (best.len > 1 && CONNECTORS.has(run[pos + best.len - 1]!.normal)) best.len--;
  return best;
}

/**
 * A head of two words, the first of which is no head alone: "Center for" ("Center for Science and Culture", but
 * "Lincoln Center" is a place), "Air Lines" ("Delta Air Lines"). The name is taken to the first word here; "for" and
 * its complement follow (forComplement), "Lines" joins as a capitalised word.
 */
const pairHead = (run: Token[], k: number): boolean =>
  !!run[k + 1] && ORG_SUFFIX.has(`${key(run[k]!)} ${run[k + 1]!.normal}`);

/** Does the organization head at i take a "for" complement: "for", then capitalised words no list knows? */
function forComplement(run: Token[], i: number): boolean {
  const head = run[i]!;
  if (!(ORG_SUFFIX.has(key(head)) || pairHead(run, i)) || isPossessive(head) || run[i + 1]?.normal !== 'for')
    return false;
  const from = run[i + 2];
  return !!from && isCapitalised(from) && !isTitleWord(from) && !gazetteerAt(run, i + 2, false);
}

/**
 * May an organization name go on across "and" at k? "Securities and Exchange Commission", "Smith and Wesson Holding Corp."
 * and "European Aeronautic Defence and Space Company" do; "Toyota and Honda Motor Co." and "Labour Party and Green Party"
 * do not: nothing before "and" is a known name or a first name, and a head there only modifies ("Defence", not "Party").
 */
function crossesAnd(run: Token[], pos: number, k: number, best: Match | null): boolean {
  const next = run[k + 1];
  if (k === pos || !next || !isCapitalised(next)) return false;
  // "Trinidad and Tobago Stock Exchange": a known name across the "and" goes on
  const known = gazetteerAt(run, pos, false);
  if (known && pos + known.len > k + 1) return true;
  if (gazetteerAt(run, k + 1, false)) return false;
  for (let i = pos; i < k; i++) {
    const t = run[i]!;
    if (t.tags.has('FirstName') || isPossessive(t) || isTitleWord(t) || gazetteerAt(run, i, false)?.len === k - i)
      return false;
    // a head before "and" that only heads ("Band and ...") ends a name of its own
    if (ORG_SUFFIX.has(key(t)) && !ATTRIBUTIVE_SUFFIX.has(key(t))) return false;
  }
  return !best || (pos + best.len === k && ATTRIBUTIVE_SUFFIX.has(key(run[k - 1]!)));
}

/** Length of a title phrase at pos ("Foreign Minister", "Secretary of State", "Mr."), or 0. */
function titleAt(run: Token[], pos: number): number {
  let k = pos;
  let end = pos;
  let hasHead = false;
  while (k < run.length) {
    const t = run[k]!;
    const kk = key(t);
    if (isTitleWord(t) && !(t.text === 'Don' && k > pos)) {
      hasHead = true;
      end = ++k;
      if (isPossessive(t)) break;
      continue;
    }
    if (TITLE_MODIFIER.has(kk) && isCapitalised(t)) {
      k++;
      if (hasHead) end = k;
      if (isPossessive(t)) break;
      continue;
    }
    if (t.normal === 'of' && hasHead && run[k + 1] && OF_DEPARTMENTS.has(key(run[k + 1]!))) {
      k += 2;
      end = k;
      continue;
    }
    break;
  }
  // "Don Wright", "Sheriff Don Eslinger": in English "Don" alone is a first name more often than a Spanish honorific
  if (end - pos === 1 && run[pos]!.text === 'Don') return 0;
  return hasHead ? end - pos : 0;
}

/** Title text including an honorific's period ("Mr."). */
function titleText(text: string, from: Token, to: Token): string {
  const dot = to.post.startsWith('.') && (to.tags.has('Honorific') || to.tags.has('Abbreviation')) ? 1 : 0;
  return text.slice(from.start, to.end + dot);
}

/** What a rewrite reads: the unknown words right after a piece of the same run. */
interface RewriteSite {
  /** The pieces so far; the last is `before`. */
  pieces: Piece[];
  before: Piece;
  words: Token[];
  shouting: boolean;
  /** A title stands before the words ("Secretary Smith"). */
  titled: boolean;
  /** The words end the run (no connector and more words after them). */
  ending: boolean;
}

/**
 * Rewrites of the unknown words right after a piece, in order; the first that applies changes the
 * pieces and the words are used up (none: they become a piece of their own). Why this order: an
 * organization's product or division is no name at all; then the words that extend the piece
 * (a country's "Government", a team's plural); last a place naming something else is dropped.
 */
const REWRITES: readonly { name: string; apply: (s: RewriteSite) => boolean }[] = [
  {
    // "Apple Macintosh", "Boeing Commercial Airplanes": words right after a company name a product or a division, not a person
    name: 'after-organization',
    apply: ({ before, words, shouting, titled }) =>
      !shouting &&
      !words.every((w) => PERSON_SUFFIXES.has(key(w))) &&
      (before.type === 'organization' || !!before.exclude) &&
      !titled &&
      !words[0]!.tags.has('FirstName'),
  },
  {
    // "the US Government's bail-out": a country's government is the country
    name: 'place-government',
    apply: ({ before, words, shouting, titled }) => {
      if (
        shouting ||
        before.list !== 'country' ||
        titled ||
        words.length !== 1 ||
        key(words[0]!) !== 'government' ||
        isPossessive(before.tokens[before.tokens.length - 1]!)
      )
        return false;
      before.tokens = [...before.tokens, ...words];
      before.rule = 'place-government';
      return true;
    },
  },
  {
    // "Baltimore Colts", "Sacramento River Cats": a place and a capitalised plural name a team
    name: 'org-team-name',
    apply: ({ before, words, shouting, titled }) => {
      const lastWord = words[words.length - 1]!;
      if (
        shouting ||
        before.type !== 'place' ||
        before.kind !== 'gazetteer' ||
        titled ||
        words.length !== 1 ||
        // (compromise tags a capitalised plural a proper noun: the shape says it, "Herons", not "Thomas" or "Ross")
        !/^\p{Lu}\p{Ll}*[^siu'’]s$/u.test(bare(lastWord)) ||
        EVENT_PLURALS.has(key(lastWord)) ||
        PLACE_SUFFIX.has(key(lastWord)) ||
        lastWord.tags.has('Person') ||
        isPossessive(before.tokens[before.tokens.length - 1]!) ||
        !words.every((w) => !NEVER_NAME.has(bare(w)) && !DEMONYM.has(bare(w)) && !w.tags.has('Demonym'))
      )
        return false;
      before.tokens = [...before.tokens, ...words];
      before.type = 'organization';
      before.kind = 'suffix';
      before.rule = 'org-team-name';
      before.weak = false;
      delete before.list;
      return true;
    },
  },
  {
    // "Cary Village Mall", "Sacramento River Cats": a place's head with more capitalised words after it does not end
    // the name; the whole is typed in context (classify.ts: a facility's head, the writer's kind word)
    name: 'place-head-goes-on',
    // (not where the run goes on: "Eureka Springs Cavalcade of Magic" names an event in a place)
    apply: ({ before, words, shouting, titled, ending }) => {
      if (
        shouting ||
        titled ||
        !ending ||
        before.rule !== 'place-suffix' ||
        isPossessive(before.tokens[before.tokens.length - 1]!) ||
        words.some((w) => isTitleWord(w) || NEVER_NAME.has(bare(w)) || w.tags.has('FirstName'))
      )
        return false;
      before.tokens = [...before.tokens, ...words];
      before.kind = 'unknown';
      before.type = null;
      before.rule = 'unknown';
      return true;
    },
  },
  {
    // "Paris Air Show", "Beijing Olympic Games": a place naming something else is not a place mention
    // (but "Chicago's Palmer House": a place in the possessive owns what follows, and both are names)
    name: 'place-naming-a-thing',
    apply: ({ pieces, before, words, shouting, titled }) => {
      const nameWords = words.filter((w) => !isTitleWord(w) && !TITLE_MODIFIER.has(key(w)) && !NEVER_NAME.has(bare(w)));
      const personal = words.every((w) => w.tags.has('Person') || w.tags.has('FirstName'));
      if (
        shouting ||
        before.type !== 'place' ||
        before.kind !== 'gazetteer' ||
        isPossessive(before.tokens[before.tokens.length - 1]!) ||
        titled ||
        nameWords.length === 0 ||
        personal
      )
        return false;
      pieces.pop();
      return true;
    },
  },
];

/** The walk along one capitalised run: the pieces so far, where it is, a pending title, unknown words begun. */
interface RunWalk {
  readonly text: string;
  readonly run: Token[];
  readonly shouting: boolean;
  readonly pieces: Piece[];
  pos: number;
  title: string | undefined;
  /** Where the current stretch of unknown words began (-1: none). */
  unknownFrom: number;
}

/** The unknown words begun so far become a piece (or are rewritten, REWRITES), up to `to`. */
function flush(w: RunWalk, to: number): void {
  const { run, pieces } = w;
  if (w.unknownFrom >= 0 && to > w.unknownFrom) {
    const before = pieces[pieces.length - 1];
    const follows = !!before && before.tokens[before.tokens.length - 1]!.i + 1 === run[w.unknownFrom]!.i;
    const words = run.slice(w.unknownFrom, to);
    const site: RewriteSite = {
      pieces,
      before: before!,
      words,
      shouting: w.shouting,
      titled: !!w.title,
      ending: to >= run.length,
    };
    if (follows && REWRITES.some((r) => r.apply(site))) {
      w.unknownFrom = -1;
      return;
    }
    // "Karl Langdon & Harvey Deegan": two people's names joined by "&" are two names
    const all = run.slice(w.unknownFrom, to);
    const amp = all.findIndex((x, i) => i > 0 && x.text === '&');
    const named = (x: Token | undefined): boolean => !!x && (x.tags.has('FirstName') || isLexiconFirstName(x));
    const parts = amp > 0 && named(all[0]) && named(all[amp + 1]) ? [all.slice(0, amp), all.slice(amp + 1)] : [all];
    for (const tokens of parts) {
      pieces.push({ tokens, kind: 'unknown', type: null, rule: 'unknown', weak: false, title: w.title });
      w.title = undefined;
    }
  }
  w.unknownFrom = -1;
}

/** What the piece rules read at one position of the run; the gazetteer match is looked up once, when first asked. */
class PieceSite {
  private found: Match | null | undefined;
  constructor(
    readonly w: RunWalk,
    readonly t: Token,
  ) {}
  /** The longest list name starting here ("Ms. McDonald's speech": after a title a name in 's is a person's possessive). */
  get gaz(): Match | null {
    if (this.found === undefined) this.found = gazetteerAt(this.w.run, this.w.pos, this.w.shouting);
    return this.found?.ownS && this.w.title ? null : this.found;
  }
}

/**
 * What starts at each position of a run, in order; the first rule that takes the position moves the
 * walk on. Why this order: connectors and "the" only separate names; a compass word before a known
 * place extends it; a sentence word ("The", "However") starts no name; then the longest of a list name,
 * a name typed by its suffix and a title wins (a title only when longer, and not at the run's end);
 * anything else is an unknown word, to be typed in context (classify.ts).
 */
const PIECE_RULES: readonly { name: string; take: (s: PieceSite) => boolean }[] = [
  {
    name: 'connector',
    take: ({ w, t }) => {
      if (!CONNECTORS.has(t.normal) || isCapitalised(t)) return false;
      if (BREAKING_CONNECTORS.has(t.normal) || w.unknownFrom < 0) flush(w, w.pos);
      // "the Mayor of Labasa": a title before "of" is the office of what follows, no person's title
      if (t.normal === 'of' && w.unknownFrom < 0) w.title = undefined;
      w.pos++;
      return true;
    },
  },
  {
    // "of the" joins a run only after a head; where no name takes it, "the" parts names
    name: 'the',
    take: ({ w, t }) => {
      if (t.text !== 'the') return false;
      flush(w, w.pos);
      w.pos++;
      return true;
    },
  },
  {
    // "West Germany", "Old Goa", "Greater Poland": a compass or age word before a known place is part of its name
    name: 'place-compass',
    take: (s) => {
      const { w, t } = s;
      if (s.gaz || w.shouting || w.unknownFrom >= 0 || !COMPASS.has(t.text)) return false;
      const compassed = gazetteerAt(w.run, w.pos + 1, false);
      if (!compassed || compassed.type !== 'place' || compassed.weak || isPossessive(t)) return false;
      flush(w, w.pos);
      const len = compassed.len + 1;
      w.pieces.push({
        tokens: w.run.slice(w.pos, w.pos + len),
        kind: 'gazetteer',
        type: 'place',
        rule: 'place-compass',
        weak: false,
        title: w.title,
      });
      w.title = undefined;
      w.pos += len;
      return true;
    },
  },
  {
    // "secretary of State Hillary Clinton": the run starts inside a lowercase title, so its department is the
    // title's end, not the first word of a name (capitalised, "Secretary of State" is read by titleAt)
    name: 'department-of-title',
    take: ({ w, t }) => {
      if (w.pos !== 0 || w.shouting || !OF_DEPARTMENTS.has(key(t)) || w.run.length < 2) return false;
      const before = LOWERCASE_TITLE_OF.exec(w.text.slice(Math.max(0, t.start - 40), t.start));
      if (!before || !isCapitalised(w.run[1]!) || isPossessive(t)) return false;
      w.title = w.text.slice(t.start - before[0].length + before[0].search(/\S/), t.end);
      w.pos++;
      return true;
    },
  },
  {
    // "The", "However" start no name unless a gazetteer name begins with them ("The Hague")
    name: 'never-name',
    take: (s) => {
      const { w, t } = s;
      if (s.gaz || w.unknownFrom >= 0 || !NEVER_NAME.has(bare(t)) || isTitleWord(t)) return false;
      w.pos++;
      // "the All-Time University of Texas team": glued by a hyphen to the next word it makes a compound adjective
      // before the name, and the second half goes with it (not an acronym, "All-MAC", nor the run's last word)
      const half = w.run[w.pos];
      if (/^[-‐]$/.test(t.post) && half && w.pos + 1 < w.run.length && !isAllCaps(half)) w.pos++;
      return true;
    },
  },
  {
    // "Jeffrey Dean Morgan", "John Marshall Harlan": a title word right after a lone first name, with a name after it,
    // is a middle name, not the title of what follows
    name: 'middle-name-title-word',
    take: (s) => {
      const { w, t } = s;
      if (w.shouting || w.unknownFrom < 0 || w.pos - w.unknownFrom !== 1 || s.gaz) return false;
      const first = w.run[w.unknownFrom]!;
      const next = w.run[w.pos + 1];
      if (!first.tags.has('FirstName') || isPossessive(first) || isPossessive(t)) return false;
      // (and the tagger reads it as part of the name: "Dean" is, "Governor" in "Jane Governor Smith" is not)
      if (!isTitleWord(t) || t.tags.has('Honorific') || !t.tags.has('Person') || /^\./.test(t.post)) return false;
      if (!next || !isCapitalised(next) || isTitleWord(next) || gazetteerAt(w.run, w.pos + 1, false)) return false;
      w.pos++;
      return true;
    },
  },
  {
    name: 'longest-name-or-title',
    take: (s) => {
      const { w } = s;
      const { run, pos } = w;
      const gaz = s.gaz;
      const suf = w.shouting ? null : suffixAt(run, pos, gaz !== null);
      const best = suf && (!gaz || suf.len > gaz.len) ? suf : gaz;
      const tl = w.shouting ? 0 : titleAt(run, pos);
      if (tl > (best?.len ?? 0) && pos + tl < run.length) {
        flush(w, pos);
        w.title = titleText(w.text, run[pos]!, run[pos + tl - 1]!);
        w.pos += tl;
        return true;
      }
      if (!best) return false;
      flush(w, pos);
      w.pieces.push({
        tokens: run.slice(pos, pos + best.len),
        kind: best.kind,
        type: best.type,
        ...(best.list ? { list: best.list } : {}),
        rule: best.rule,
        weak: best.weak,
        exclude: best.exclude,
        ownS: best.ownS,
        title: w.title,
        ...(best.whole ? { whole: true } : {}),
      });
      w.title = undefined;
      w.pos += best.len;
      return true;
    },
  },
  {
    name: 'unknown-word',
    take: ({ w, t }) => {
      if (w.unknownFrom < 0) w.unknownFrom = w.pos;
      w.pos++;
      // in a headline every word is capitalised: each unknown word stands alone until the article confirms it
      if (isPossessive(t) || w.shouting) flush(w, w.pos);
      return true;
    },
  },
];

export function splitRun(text: string, run: Token[], shouting: boolean): Piece[] {
  const w: RunWalk = { text, run, shouting, pieces: [], pos: 0, title: undefined, unknownFrom: -1 };
  while (w.pos < run.length) {
    const site = new PieceSite(w, run[w.pos]!);
    for (const r of PIECE_RULES) if (r.take(site)) break;
  }
  flush(w, run.length);
  return mergePersonNames(w.pieces);
}

/** Words that make a new place name of a known one ("West Germany", "Old Goa", "Greater Poland"). */
const COMPASS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Upper',
  'Lower',
  'Old',
  'Greater',
]);

/** "William Clay | Ford | Jr": a first name followed by a one-word gazetteer name is one person's name. */
function mergePersonNames(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const g = pieces[i + 1];
    const adjacent = (a: Piece, b: Piece): boolean => b.tokens[0]!.i === a.tokens[a.tokens.length - 1]!.i + 1;
    // "Charlotte | Clinton Mezvinsky": a weak place that is a first name, then a name
    if (
      p.kind === 'gazetteer' &&
      p.weak &&
      p.tokens.length === 1 &&
      p.tokens[0]!.tags.has('FirstName') &&
      g &&
      g.kind === 'unknown' &&
      adjacent(p, g) &&
      !isPossessive(p.tokens[0]!)
    ) {
      out.push({ ...g, tokens: [...p.tokens, ...g.tokens], title: p.title });
      i++;
      continue;
    }
    if (
      p.kind === 'unknown' &&
      p.tokens[0]!.tags.has('FirstName') &&
      g &&
      g.kind === 'gazetteer' &&
      g.tokens.length === 1 &&
      adjacent(p, g) &&
      !isPossessive(p.tokens[p.tokens.length - 1]!)
    ) {
      const merged: Piece = { ...p, tokens: [...p.tokens, ...g.tokens] };
      const rest = pieces[i + 2];
      if (rest && rest.kind === 'unknown' && adjacent(g, rest) && !isPossessive(g.tokens[0]!)) {
        merged.tokens.push(...rest.tokens);
        i++;
      }
      out.push(merged);
      i++;
      continue;
    }
    // "London Heathrow", "Paris Orly": a city before its airport is part of the airport's name
    if (
      p.list === 'city' &&
      g &&
      g.list === 'airport' &&
      adjacent(p, g) &&
      !isPossessive(p.tokens[p.tokens.length - 1]!)
    ) {
      out.push({ ...g, tokens: [...p.tokens, ...g.tokens], title: p.title });
      i++;
      continue;
    }
    // "GM Europe", "Ford Australia": a company and a region is its subsidiary there
    if (
      p.list === 'company' &&
      g &&
      g.type === 'place' &&
      g.kind === 'gazetteer' &&
      adjacent(p, g) &&
      !isPossessive(p.tokens[p.tokens.length - 1]!)
    ) {
      out.push({ ...p, tokens: [...p.tokens, ...g.tokens], rule: 'org-subsidiary' });
      i++;
      continue;
    }
    out.push(p);
  }
  return out;
}
