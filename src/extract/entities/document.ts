/**
 * The document pass: names left untyped (or only weakly typed) by the local
 * rules take the type the article gives them elsewhere — a surname after the
 * full name, "Lockheed" after "Lockheed Martin", an acronym after the name it
 * abbreviates "(USAF)". One type per name within the article.
 */
import type { Parsed, Token } from '../../nlp/parse.js';
import type { EntityType } from '../../types.js';
import type { ClassifiedPiece } from './classify.js';
import { entityRule, type EntityRuleName } from './rules.js';
import { bare, CONNECTORS, isAllCaps, isPossessive, key, nameEnd } from './tokens.js';
import { GAZETTEER, TITLE_HEAD } from '../../data/gazetteer.js';
import { SURNAME_PARTICLES as PARTICLES } from '../../data/words.js';

export interface Typed extends ClassifiedPiece {
  type: EntityType;
  /** A bracketed acronym: the end of the name right before it that it stands for ("Air Force (USAF)"). */
  abbreviates?: number;
}

const nameKey = (c: ClassifiedPiece): string => c.tokens.map(key).join(' ');

class Votes {
  private m = new Map<string, Map<EntityType, number>>();
  add(k: string, t: EntityType, w = 1): void {
    const v = this.m.get(k) ?? new Map<EntityType, number>();
    v.set(t, (v.get(t) ?? 0) + w);
    this.m.set(k, v);
  }
  best(k: string): EntityType | null {
    const v = this.m.get(k);
    if (!v) return null;
    let best: EntityType | null = null;
    let n = 0;
    for (const [t, c] of v) if (c > n) [best, n] = [t, c];
    return best;
  }
}

const sameInitial = (c: ClassifiedPiece, acronym: string): boolean =>
  c.tokens[0]!.text[0]!.toUpperCase() === acronym[0];

/**
 * Acronyms written in brackets right after a name: "(USAF)" takes the type of what precedes, or none; and
 * `stands` maps the acronym's token to the end of the name it stands for, which the resolver joins it to.
 */
function acronymTypes(cands: ClassifiedPiece[]): {
  types: Map<string, EntityType | null>;
  stands: Map<number, number>;
} {
  const byLastToken = new Map<number, ClassifiedPiece>();
  for (const c of cands) byLastToken.set(c.tokens[c.tokens.length - 1]!.i, c);
  const out = new Map<string, EntityType | null>();
  const stands = new Map<number, number>();
  for (const c of cands) {
    const t = c.tokens[0]!;
    if (c.tokens.length !== 1 || !isAllCaps(t) || !/\($/.test(t.pre) || !/^\)/.test(t.post)) continue;
    const found = byLastToken.get(t.i - 1);
    // "Japan's (ANA)": what a possessive owns is abbreviated, not the owner
    const before = found && !isPossessive(found.tokens[found.tokens.length - 1]!) ? found : undefined;
    const k = nameKey(c);
    // "(USAF)" begins as its name does; "Kelly (BMS&K)" ends a list the acronym stands for
    if (before && before.type && !before.weak) {
      if (sameInitial(before, t.text)) {
        out.set(k, before.type);
        stands.set(t.i, nameEnd(before.tokens[before.tokens.length - 1]!));
      }
    }
    // "Software Development Kit (SDK)": an acronym of something that is not a name is not one either
    else if (before && !out.has(k) && c.kind === 'unknown') out.set(k, null);
  }
  return { types: out, stands };
}

/** "Black voters" at a sentence start: a surname that is also an ordinary adjective or verb there is not the person. */
function commonWordAtStart(parsed: Parsed, c: ClassifiedPiece): boolean {
  const t = c.tokens[0]!;
  const next = parsed.tokens[t.i + 1];
  if (next && next.s === t.s && next.tags.has('Verb')) return false;
  // (not verbs: compromise guesses unknown names at a sentence start as verbs, "Blinken is set")
  return (
    c.clauseStart &&
    c.tokens.length === 1 &&
    ['Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction'].some((x) => t.tags.has(x))
  );
}

/** In a headline each unknown word stands alone; adjacent words that the article names together ("TIM COOK") are joined again. */
function joinHeadlineNames(cands: ClassifiedPiece[], votes: Votes): ClassifiedPiece[] {
  const out: ClassifiedPiece[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    let joined = c;
    if (c.shouting && c.kind === 'unknown') {
      for (let n = Math.min(4, cands.length - i); n >= 2; n--) {
        const window = cands.slice(i, i + n);
        const adjacent = window.every(
          (w, j) =>
            j === 0 || (w.shouting && w.kind === 'unknown' && w.tokens[0]!.i === window[j - 1]!.tokens[0]!.i + 1),
        );
        if (adjacent && votes.best(window.map(nameKey).join(' '))) {
          joined = { ...c, tokens: window.flatMap((w) => w.tokens) };
          i += n - 1;
          break;
        }
      }
    }
    out.push(joined);
  }
  return out;
}

/**
 * "Bill de Blasio ... de Blasio said", "De Blasio said": a surname alone takes the particle written before it when the
 * article's full name has that particle before that surname.
 */
function withParticles(parsed: Parsed, typed: Typed[]): Typed[] {
  const particled = new Set<string>();
  for (const c of typed) {
    if (c.type !== 'person') continue;
    for (let i = 1; i + 1 < c.tokens.length; i++) {
      if (PARTICLES.has(c.tokens[i]!.text)) particled.add(`${c.tokens[i]!.text} ${key(c.tokens[i + 1]!)}`);
    }
  }
  if (!particled.size) return typed;
  return typed.map((c) => {
    if (c.type !== 'person' || c.tokens.length !== 1) return c;
    const t = c.tokens[0]!;
    const prev = parsed.tokens[t.i - 1];
    if (!prev || prev.s !== t.s || !/^ $/.test(prev.post) || t.pre !== '') return c;
    return particled.has(`${prev.text.toLowerCase()} ${key(t)}`) ? { ...c, tokens: [prev, t] } : c;
  });
}

/** What the article-wide rules read about one piece whose type is open (untyped, or typed by a revisable rule). */
interface DocumentSite {
  parsed: Parsed;
  c: ClassifiedPiece;
  /** The piece's name key. */
  k: string;
  /** Its type so far (null: none, or a weak list entry's). */
  type: EntityType | null;
  /** The type the article's mentions of the name vote for. */
  seen: EntityType | null;
  /** The kind the writer gives the name elsewhere ("Caloi is a manufacturer"); null where two kinds. */
  said: EntityType | null | undefined;
  surnames: ReadonlySet<string>;
  orgWords: ReadonlySet<string>;
  shortOrgs: ReadonlySet<string>;
}

interface DocumentRule {
  /** The unit's name; `gives` is the rule a mention then carries (none: the piece keeps its own). */
  name: string;
  gives?: EntityRuleName;
  apply: (s: DocumentSite) => EntityType | null | undefined;
}

/**
 * The article-wide rules for a piece whose type is open, in order; the first that answers (a type, or
 * null for "no type") decides. Why this order: a common word at a sentence start is no name at all;
 * what the writer says a name is beats everything inferred; a surname of a person named in full and a
 * later word of a known organization name are firmer than the article's vote; the vote beats the
 * weaker short-name guess; a weak list entry's own type is the last resort.
 */
const DOCUMENT_RULES: readonly DocumentRule[] = [
  { name: 'common-word-at-start', apply: (s) => (commonWordAtStart(s.parsed, s.c) ? null : undefined) },
  { name: 'writer-said', gives: 'document.repeat', apply: (s) => (s.said && s.said !== s.type ? s.said : undefined) },
  {
    name: 'surname',
    gives: 'document.surname',
    apply: (s) => (s.c.tokens.length === 1 && s.surnames.has(s.k) ? 'person' : undefined),
  },
  {
    name: 'org-word',
    gives: 'document.org-word',
    apply: (s) =>
      s.c.tokens.length === 1 && s.orgWords.has(s.k) && (!s.type || entityRule(s.c.rule).yieldsToOrgWord)
        ? 'organization'
        : undefined,
  },
  { name: 'vote', gives: 'document.repeat', apply: (s) => (s.seen && s.seen !== s.type ? s.seen : undefined) },
  {
    name: 'short-name',
    gives: 'document.short-name',
    apply: (s) =>
      (!s.type || entityRule(s.c.rule).yieldsToOrgWord) &&
      s.shortOrgs.has(s.k) &&
      (s.c.tokens.length > 1 || !s.c.clauseStart)
        ? 'organization'
        : undefined,
  },
  {
    name: 'weak-entry-confirmed',
    apply: (s) => (!s.type && s.c.fallback && s.seen === s.c.fallback ? s.c.fallback : undefined),
  },
];

function firstDocumentRule(s: DocumentSite): { type: EntityType | null; rule?: EntityRuleName } | null {
  for (const r of DOCUMENT_RULES) {
    const type = r.apply(s);
    if (type !== undefined) return r.gives ? { type, rule: r.gives } : { type };
  }
  return null;
}

export function resolveInDocument(parsed: Parsed, cands: ClassifiedPiece[]): Typed[] {
  const { types: acronyms, stands } = acronymTypes(cands);
  const votes = new Votes();
  const surnames = new Set<string>();
  const shortOrgs = new Set<string>();
  // names the article says the kind of ("Caloi is a manufacturer"), null where it says two kinds
  const decided = new Map<string, EntityType | null>();
  // later words of known organization names: "Douglas" after "McDonnell Douglas" is the company, not a person
  const orgWords = new Set<string>();
  for (const c of cands) {
    if (!c.type || c.weak) continue;
    const k = nameKey(c);
    // an acronym alone counts half in the vote; a list, a head or a cue in full
    const strong = c.kind !== 'unknown' || !entityRule(c.rule).halfVote;
    votes.add(k, c.type, strong ? 2 : 1);
    if (entityRule(c.rule).decides) decided.set(k, decided.has(k) && decided.get(k) !== c.type ? null : c.type);
    const lastTok = c.tokens[c.tokens.length - 1]!;
    // an acronym is nobody's surname ("Super PAC"); an adjective no company's short name ("Democratic")
    if (c.tokens.length >= 2 && c.type === 'person' && !isAllCaps(lastTok)) surnames.add(key(lastTok));
    if (c.tokens.length >= 2 && c.type === 'organization' && !c.tokens[0]!.tags.has('Adjective'))
      shortOrgs.add(key(c.tokens[0]!));
    // "Cesaroni Design" after "Cesaroni Design Associates": the leading words of a longer organization name
    if (c.type === 'organization' && !isPossessive(c.tokens[0]!))
      for (let n = 2; n < c.tokens.length; n++)
        if (!CONNECTORS.has(c.tokens[n - 1]!.normal) && !c.tokens.slice(0, n).some(isPossessive))
          shortOrgs.add(c.tokens.slice(0, n).map(key).join(' '));
    if (c.tokens.length >= 2 && c.type === 'organization' && c.kind === 'gazetteer') {
      for (const t of c.tokens.slice(1))
        if (!GAZETTEER.get(key(t)) || GAZETTEER.get(key(t))!.whole) orgWords.add(key(t));
    }
  }
  const teams = teamPlaces(cands);
  const out: Typed[] = [];
  const untyped: ClassifiedPiece[] = [];
  const joined = joinHeadlineNames(cands, votes);
  for (const c of joined) {
    const k = nameKey(c);
    if (c.product) continue;
    let type = c.weak ? null : c.type;
    let rule = c.rule;
    if (acronyms.has(k) && c.kind === 'unknown') {
      type = acronyms.get(k) ?? null;
      rule = 'acronym.defined';
    } else if (
      !type ||
      entityRule(c.rule).revisable ||
      // "Eberhard Faber is a brand of pencils. Eberhard Faber's US operations": what the writer says the name is
      // outweighs the name's own words at its other mentions
      (entityRule(c.rule).nameOnly && decided.get(k) === 'organization')
    ) {
      const site: DocumentSite = {
        parsed,
        c,
        k,
        type,
        seen: votes.best(k),
        said: decided.get(k),
        surnames,
        orgWords,
        shortOrgs,
      };
      const hit = firstDocumentRule(site);
      if (hit) [type, rule] = [hit.type, hit.rule ?? rule];
    }
    if (type === 'place' && teams.has(k) && placeNamingTeam(parsed, c))
      [type, rule] = ['organization', 'document.team'];
    if (c.surnameOnly && rule !== 'document.surname') continue;
    if (c.tokens.length === 1 && /^\p{Ll}/u.test(bare(c.tokens[0]!))) continue;
    if (!type) {
      if (!c.weak && !commonWordAtStart(parsed, c)) untyped.push(c);
      continue;
    }
    const abbreviates = c.tokens.length === 1 ? stands.get(c.tokens[0]!.i) : undefined;
    out.push(abbreviates === undefined ? { ...c, type, rule } : { ...c, type, rule, abbreviates });
  }
  return withParticles(parsed, withNicknames(parsed, [...out, ...listMembers(parsed, out, untyped)].sort(byStart)));
}

/** Lists whose places an article may name a team after ("Bowling Green" for the Bowling Green Falcons). */
// (not a state: "Texas" names a state's university team as often as the state, and the state is named for itself)
const TEAM_PLACE_LISTS = new Set<string>(['city', 'region']);
/** Rules that type a place named as its team, and rules of a team's full name that begins with its place. */
const TEAM_CUE_RULES = new Set<EntityRuleName>(['team-verb-context', 'sports-team-context']);
const TEAM_NAME_RULES = new Set<EntityRuleName>(['org-team-name', 'gazetteer.team']);
/** Words before a place that keep it the place even in an article about its team ("in Bowling Green", "at Tulsa"). */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'outside', 'across', 'throughout', 'of']);

/**
 * Places the article names as a team: typed a team by their context somewhere ("played with North Melbourne",
 * "Tulsa beat Army 35-7") or the place of a team's full name ("Bowling Green Falcons" → "bowling green").
 */
function teamPlaces(cands: ClassifiedPiece[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'organization') continue;
    if (TEAM_CUE_RULES.has(c.rule)) out.add(nameKey(c));
    if (TEAM_NAME_RULES.has(c.rule) && c.tokens.length >= 2)
      for (let n = 1; n < c.tokens.length; n++) {
        const k = c.tokens.slice(0, n).map(key).join(' ');
        if (GAZETTEER.get(k)?.type === 'place') out.add(k);
      }
  }
  return out;
}

/**
 * A listed town or region in an article about its team is the team ("Bowling Green finished the season 8-5"),
 * unless the words around it say the place: a place preposition before ("in Bowling Green") or a comma and a
 * capitalised name after ("Bowling Green, Ohio"), or a possessive ("Tulsa's mayor").
 */
function placeNamingTeam(parsed: Parsed, c: ClassifiedPiece): boolean {
  if (c.kind !== 'gazetteer' || !c.list || !TEAM_PLACE_LISTS.has(c.list)) return false;
  const first = c.tokens[0]!;
  const last = c.tokens[c.tokens.length - 1]!;
  const prev = parsed.tokens[first.i - 1];
  if (prev && prev.s === first.s && PLACE_PREPS.has(prev.normal) && !first.pre) return false;
  // ("Houston, Texas": a place after a comma and a place is placed by it)
  if (prev && prev.s === first.s && /^\s*,\s+$/.test(prev.post) && /^\p{Lu}/u.test(prev.text)) return false;
  const next = parsed.tokens[last.i + 1];
  if (next && /^\s*,\s+$/.test(last.post) && /^\p{Lu}/u.test(next.text)) return false;
  return !isPossessive(last);
}

/**
 * 'William Herbert "Buckshot" May', 'Joaquín "El Chapo" Guzmán': a quoted nickname between a person's names is
 * part of the one name (the names after it need not have been typed: "May" alone is a month).
 */
function withNicknames(parsed: Parsed, typed: Typed[]): Typed[] {
  const out: Typed[] = [];
  for (let i = 0; i < typed.length; i++) {
    const c = typed[i]!;
    const last = c.tokens[c.tokens.length - 1]!;
    const nick: Token[] = [];
    let k = last.i + 1;
    if (c.type === 'person' && /^ $/.test(last.post) && /^["“]$/.test(parsed.tokens[k]?.pre ?? '')) {
      for (; k < Math.min(last.i + 4, parsed.tokens.length); k++) {
        const t = parsed.tokens[k]!;
        if (!/^\p{Lu}/u.test(t.text) || t.s !== last.s) break;
        nick.push(t);
        if (/^["”] $/.test(t.post)) break;
        if (!/^ $/.test(t.post)) break;
      }
    }
    const closed = nick.length > 0 && /^["”] $/.test(nick[nick.length - 1]!.post);
    const surname = closed ? parsed.tokens[k + 1] : undefined;
    if (!surname || !/^\p{Lu}\p{Ll}/u.test(surname.text) || surname.s !== last.s || surname.pre) {
      out.push(c);
      continue;
    }
    // the surname and any further names after it, up to the end of the run
    const tail: Token[] = [surname];
    while (/^ $/.test(tail[tail.length - 1]!.post) && !isPossessive(tail[tail.length - 1]!)) {
      const t = parsed.tokens[tail[tail.length - 1]!.i + 1];
      if (!t || !/^\p{Lu}\p{Ll}/u.test(t.text) || t.s !== last.s || tail.length >= 2) break;
      tail.push(t);
    }
    const end = tail[tail.length - 1]!.i;
    while (i + 1 < typed.length && typed[i + 1]!.tokens[0]!.i <= end) i++;
    out.push({ ...c, tokens: [...c.tokens, ...nick, ...tail] });
  }
  return out;
}

const byStart = (a: ClassifiedPiece, b: ClassifiedPiece): number => a.tokens[0]!.i - b.tokens[0]!.i;

/** Prepositions before a list that make it a list of places ("between A and B"). */
const LIST_PLACE_PREPS = new Set(['in', 'near', 'between', 'to', 'from', 'across', 'through']);

/** Is b the next item after a in a list: "A, B", "A and B", "A, and B", "A / B"? */
function nextInList(parsed: Parsed, a: ClassifiedPiece, b: ClassifiedPiece): boolean {
  const last = a.tokens[a.tokens.length - 1]!;
  const first = b.tokens[0]!;
  if (last.s !== first.s || isPossessive(last) || first.pre) return false;
  if (first.i === last.i + 1) return /^\.?\s*[,/]\s+$/.test(last.post);
  const between = parsed.tokens[last.i + 1]!;
  return (
    first.i === last.i + 2 &&
    /^\.?,?\s+$/.test(last.post) &&
    /^(?:and|or|&)$/.test(between.normal) &&
    /^\s+$/.test(between.post) &&
    !between.pre
  );
}

/**
 * "Orgy, Velvet Quarry and Linkin Park": names listed together are of one kind, so an untyped name takes the type
 * of the typed names around it when at least two of them agree and none disagrees.
 */
function listMembers(parsed: Parsed, typed: Typed[], untyped: ClassifiedPiece[]): Typed[] {
  if (!untyped.length) return [];
  const all = [...typed, ...untyped].sort(byStart);
  const typeOf = new Map<ClassifiedPiece, EntityType>(typed.map((c) => [c, c.type]));
  const out: Typed[] = [];
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j + 1 < all.length && nextInList(parsed, all[j]!, all[j + 1]!)) j++;
    const items = all.slice(i, j + 1);
    const types = new Set(items.flatMap((c) => (typeOf.has(c) ? [typeOf.get(c)!] : [])));
    const known = items.filter((c) => typeOf.has(c)).length;
    // ("between Caernarfon and Dinas", "in Berlin and Würzburg": one known place will do after a place preposition)
    const before = parsed.tokens[items[0]!.tokens[0]!.i - 1];
    const placed = types.has('place') && !!before && LIST_PLACE_PREPS.has(before.text) && /^ $/.test(before.post);
    if (types.size === 1 && items.length > 1 && (known >= 2 || (known === 1 && placed && items.length === 2))) {
      const type = [...types][0]!;
      for (const c of items) if (!typeOf.has(c)) out.push({ ...c, type, rule: 'document.list' });
    }
    i = j + 1;
  }
  return out;
}
