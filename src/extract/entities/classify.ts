/**
 * Types the pieces the gazetteer did not, by their context (cues.ts); checks
 * weak gazetteer names for a cue; trims words that are capitalised only
 * because they start a sentence. Pieces with no cue stay untyped for the
 * document pass.
 */
import type { Parsed, Token } from '../../nlp/parse.js';
import type { EntityType } from '../../types.js';
import {
  COMMON_WORD,
  DEMONYM,
  HONORIFIC,
  NEVER_NAME,
  ORG_OF_HEAD,
  ORG_SUFFIX,
  PLACE_SUFFIX,
  TITLE_HEAD,
  TITLE_MODIFIER,
  wordKey,
} from '../../data/gazetteer.js';
import type { RunPiece } from './runs.js';
import { KIND_NOUNS, facilityHead, kindAfterLink, kindOf } from './kinds.js';
import { entityRule, type EntityRuleName } from './rules.js';
import { gazetteerAt } from './split-run.js';
import { CONNECTORS, bare, isAllCaps, isCapitalised, isPossessive, joins, key, startsClause } from './tokens.js';
import {
  appositionTitle,
  channelNumber,
  inLexicon,
  isModelName,
  isSportsTeam,
  teamVerbBefore,
  lexiconPlace,
  orgCue,
  personCue,
  placeCue,
  strictPlaceCue,
  titleCue,
  verbFollows,
} from './cues.js';

export interface ClassifiedPiece extends RunPiece {
  /** Type to take if the document confirms the name (weak gazetteer names). */
  fallback: EntityType | null;
  /** Written at a sentence or line start, where capitals prove nothing. */
  clauseStart: boolean;
  /** A lone title word ("King"): a mention only as the surname of a person the article names. */
  surnameOnly?: boolean;
}

const WORD_CLASSES = ['Verb', 'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Plural'];
const isTitleWord = (t: Token): boolean =>
  HONORIFIC.has(key(t)) || TITLE_HEAD.has(key(t)) || TITLE_MODIFIER.has(key(t));

/** Drop leading and trailing words that cannot be (part of) a name. */
function trim(parsed: Parsed, p: RunPiece): Token[] {
  const toks = [...p.tokens];
  if (p.settled) return toks;
  while (toks.length) {
    const t = toks[0]!;
    const clause = startsClause(parsed, t);
    // at a sentence start, a word compromise reads as a verb, adjective, adverb... is not part of the name
    const plain = WORD_CLASSES.some((c) => t.tags.has(c)) && !t.tags.has('ProperNoun') && !t.tags.has('FirstName');
    // ("Biologist Nick Bos tells ...", "Singer Jane Okafor said": a person's kind word at a sentence start is no name)
    const kindWord =
      clause && toks.length > 1 && KIND_NOUNS.get(t.normal) === 'person' && /^\p{Lu}\p{Ll}+$/u.test(t.text);
    // ("Christian Wolmar": a demonym the tagger reads as a person's name, before another, is a first name)
    const next = toks[1];
    // (not before a plural, which the tagger may also call a person: "Christian Democrats")
    const firstName =
      t.tags.has('Person') &&
      !t.tags.has('Demonym') &&
      !!next?.tags.has('Person') &&
      !next.tags.has('Plural') &&
      (!/s$/.test(next.text) || next.tags.has('LastName'));
    // ("that Engineer John Greiner erred", "Queenslander Mitch Rawlins": an agent noun before a first name and a surname
    // says what the person is; no name is written before a first name)
    const agentNoun =
      toks.length > 2 &&
      !!next?.tags.has('FirstName') &&
      !t.tags.has('FirstName') &&
      !t.tags.has('LastName') &&
      /^\p{Lu}\p{Ll}+(?:er|or|ist|ian)$/u.test(t.text);
    if (
      NEVER_NAME.has(bare(t)) ||
      agentNoun ||
      (DEMONYM.has(bare(t)) && !firstName && !beforePartyWord(parsed, toks)) ||
      // ("Bahus-Soubiran is a village": a word a hyphen glues to the next is part of the name)
      (clause && plain && toks.length > 1 && t.post !== '-') ||
      kindWord
    )
      toks.shift();
    else break;
  }
  while (toks.length && (NEVER_NAME.has(bare(toks[toks.length - 1]!)) || /^[-&]$/.test(toks[toks.length - 1]!.text)))
    toks.pop();
  // ("County Coroner William McLaughlin", "Hall of Famer Jack Brown": the words up to an agent noun before a first
  // name and a surname say what the person is; none of them may be a person's name)
  for (let k = 1; k + 2 < toks.length; k++) {
    const [t, next] = [toks[k]!, toks[k + 1]!];
    if (!next.tags.has('FirstName') || t.tags.has('FirstName') || t.tags.has('LastName')) continue;
    if (!/^\p{Lu}\p{Ll}+(?:er|or|ist|ian)$/u.test(t.text) || isPossessive(t)) continue;
    if (toks.slice(0, k).every((w) => !w.tags.has('Person') && !w.tags.has('FirstName') && !isPossessive(w))) {
      toks.splice(0, k + 1);
      break;
    }
  }
  return toks;
}

/** "(R-AZ)", ", D-Calif.,": a US politician's party and state, written after the name. */
function isPartyTag(parsed: Parsed, p: RunPiece): boolean {
  const t = p.tokens[0]!;
  if (p.tokens.length !== 1 || !/^[RDI]-\p{Lu}/u.test(t.text)) return false;
  const prev = parsed.tokens[t.i - 1];
  return /\($/.test(t.pre) || (!!prev && /[(,]\s*$/.test(prev.post));
}

/**
 * "Former NAACP president Ben Jealous", "Acting FBI director": a name between a title modifier and a role
 * qualifies the role; the modifier is no honorific of its own.
 */
function qualifiesRole(parsed: Parsed, p: RunPiece): boolean {
  const words = p.title!.split(/\s+/).map((w) => wordKey(w));
  const next = parsed.tokens[p.tokens[p.tokens.length - 1]!.i + 1];
  return words.every((w) => TITLE_MODIFIER.has(w)) && !!next && next.s === p.tokens[0]!.s && TITLE_HEAD.has(key(next));
}

/** "Washington, D.C.", "Palm Beach, Fla.": a place right after a place and a comma. */
function afterPlace(parsed: Parsed, t: Token): boolean {
  const prev = parsed.tokens[t.i - 1];
  return !!prev && prev.s === t.s && /^,\s+$/.test(prev.post) && prev.tags.has('Place');
}

/** Party adjectives that describe a body rather than name it ("a Republican Senate", "the Labour government"). */
const PARTY_ADJECTIVES = new Set([
  'republican',
  'democratic',
  'democrat',
  'conservative',
  'liberal',
  'labour',
  'labor',
  'socialist',
  'communist',
  'green',
  'tory',
]);

/**
 * "the Liberal-Labour MPP", "a Farmer-Labor candidate": a party adjective a hyphen glues to a known party names one
 * party with it.
 */
function hyphenatedParty(parsed: Parsed, p: RunPiece): Token | null {
  if (p.list !== 'party' || p.tokens.length !== 1) return null;
  const prev = parsed.tokens[p.tokens[0]!.i - 1];
  return prev &&
    prev.s === p.tokens[0]!.s &&
    prev.post === '-' &&
    isCapitalised(prev) &&
    PARTY_ADJECTIVES.has(key(prev))
    ? prev
    : null;
}

/**
 * "the Republican party", "the Labor or Liberal parties": a party adjective before the lowercase word "party" (or in a
 * pair before "parties") names the party, though alone it is a member's word ("Republicans", "a Republican Senate").
 */
function beforePartyWord(parsed: Parsed, toks: Token[]): boolean {
  const t = toks[0]!;
  if (toks.length !== 1 || !PARTY_ADJECTIVES.has(key(t)) || isPossessive(t)) return false;
  const next = parsed.tokens[t.i + 1];
  if (!next || next.s !== t.s) return false;
  if (/^(?:party|parties)(?:['’]s?)?$/.test(next.text)) return true;
  // "the Labor or Liberal parties": the first of a pair
  const other = parsed.tokens[t.i + 2];
  const word = parsed.tokens[t.i + 3];
  return (
    (next.text === 'or' || next.text === 'and') &&
    !!other &&
    PARTY_ADJECTIVES.has(key(other)) &&
    word?.text === 'parties' &&
    word.s === t.s
  );
}

/** Heads of names of measures and programmes as much as of bodies ("Defeat Crooked Hillary PAC" in quotes is still a PAC). */
const THING_HEADS = new Set(['initiative', 'project', 'program', 'programme', 'mission']);
/** Heads that name an event after a place ("Iowa Caucus") but an organization after other words ("Congressional Black Caucus"). */
const EVENT_HEADS = new Set(['caucus', 'forum', 'initiative']);

/**
 * Last words of names of awards, contests and shows ("Stanley Cup", "Summer Olympics", "Andrew Marr Show"): such a name
 * is the thing (CoNLL's miscellaneous), no person, place or organization. ("Games" is not here: "Epic Games" is a company.)
 */
const MISC_HEADS = new Set([
  'cup',
  'cups',
  'trophy',
  'prize',
  'award',
  'awards',
  'medal',
  'olympics',
  'paralympics',
  'championship',
  'championships',
  'show',
  'festival',
  'conjecture',
  'theorem',
]);

/** Last words of an award or a contest an organization gives its name to ("MTV Video Music Awards"). */
const AWARD_HEADS = new Set([
  'award',
  'awards',
  'prize',
  'prizes',
  'cup',
  'trophy',
  'medal',
  'championship',
  'championships',
]);

/**
 * "the MTV Video Music Awards", "the 38th NAACP Image Awards": a known organization whose capitalised words go on
 * to an award's or a contest's word names that award (CoNLL's miscellaneous), and is no mention of the body.
 */
function namesAnAward(parsed: Parsed, p: RunPiece): boolean {
  if (p.type !== 'organization' || p.kind !== 'gazetteer' || p.shouting) return false;
  let t = p.tokens[p.tokens.length - 1]!;
  if (isPossessive(t)) return false;
  for (let n = 0; n < 4; n++) {
    const next = parsed.tokens[t.i + 1];
    if (!next || next.s !== t.s || !joins(t, next) || !isCapitalised(next)) return false;
    if (AWARD_HEADS.has(key(next))) return true;
    t = next;
  }
  return false;
}

/** Nouns before a name that only a company follows ("rival", "party", "group" may precede a person). */
const COMPANY_NOUNS = new Set([
  'company',
  'firm',
  'airline',
  'carrier',
  'manufacturer',
  'maker',
  'automaker',
  'carmaker',
  'retailer',
  'insurer',
  'conglomerate',
  'subsidiary',
  'startup',
  'publisher',
  'lender',
  'supplier',
  'broadcaster',
  'newspaper',
]);
const companyNounBefore = (parsed: Parsed, p: RunPiece): boolean =>
  COMPANY_NOUNS.has(parsed.tokens[p.tokens[0]!.i - 1]?.normal ?? '');

/** An initial ("W.", "H") inside a name. */
const isInitial = (t: Token): boolean => /^\p{Lu}\.?$/u.test(t.text);
/**
 * "Aner Shalev", "Marymegan Daly": two or three capitalised words, none of them a common English word, a head
 * ("Bank", "Street"), an acronym or a demonym, with no connector: the shape of a person's name, and no other
 * evidence against it. Weaker than any cue: the article's other mentions of the name override it.
 */
function nameShape(tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 3 || isInitial(tokens[tokens.length - 1]!)) return false;
  return tokens.every((t, i) => {
    const k = key(t);
    if (isInitial(t) && i > 0) return true;
    return (
      /^\p{Lu}\p{Ll}/u.test(bare(t)) &&
      !COMMON_WORD.has(k) &&
      !ORG_SUFFIX.has(k) &&
      !ORG_OF_HEAD.has(k) &&
      !PLACE_SUFFIX.has(k) &&
      !TITLE_HEAD.has(k) &&
      !DEMONYM.has(bare(t)) &&
      !NEVER_NAME.has(bare(t)) &&
      !t.tags.has('Place')
    );
  });
}

/** What the typing rules read about a name no list or suffix typed. */
interface TypingSite {
  parsed: Parsed;
  p: RunPiece;
  tokens: Token[];
  /** It starts a clause (sentence-start capitals say nothing). */
  start: boolean;
  /** The person cue around it, if any (cues.ts: PERSON_CUES). */
  personCued: EntityRuleName | null;
  /** The writer's kind word for it ("the band X", "X is a town"), or a facility's head ("Clarence Pier"). */
  kind: { type: EntityType; rule: EntityRuleName } | null;
}

type Typing = { type: EntityType; rule: EntityRuleName };

function typingSite(parsed: Parsed, p: RunPiece, start: boolean): TypingSite {
  const tokens = p.tokens;
  const acronym = tokens.length === 1 && isAllCaps(tokens[0]!) && !p.title;
  const personCued = acronym ? null : personCue(parsed, p);
  // (not "Initially, the company ...": a sentence-start adverb is no name)
  const known = start && tokens.length === 1 && (inLexicon(bare(tokens[0]!)) || COMMON_WORD.has(key(tokens[0]!)));
  const plainWord =
    known ||
    (start &&
      tokens.length === 1 &&
      WORD_CLASSES.some((c) => tokens[0]!.tags.has(c)) &&
      !tokens[0]!.tags.has('ProperNoun'));
  const facility = facilityHead(p);
  // ("Aisby is a village": a word no lexicon knows is a name whatever the tagger guesses from its ending, when the
  // sentence says what it is)
  const kind = plainWord
    ? known
      ? null
      : kindAfterLink(parsed, p)
    : (kindOf(parsed, p, start) ?? (facility ? { type: facility, rule: 'facility-head' as const } : null));
  return { parsed, p, tokens, start, personCued, kind };
}

/**
 * How a name no list or suffix typed gets its type, in order; the first rule that gives one decides
 * (none: untyped, for the article-wide rules of document.ts). Why this order: what the writer says
 * the name is outweighs the name's own words, except a title or honorific; a place preposition
 * outweighs the tagger's guess at one word; then person evidence, then organization evidence; then
 * the tagger's place, an unknown word after "in"/"near", and last the shape of a person's name.
 */
const TYPING_RULES: readonly { name: string; type: (s: TypingSite) => Typing | null }[] = [
  {
    // "the Republican party", "the Labor or Liberal parties": a party adjective before "party" is the party
    name: 'party-word',
    type: ({ parsed, tokens }) =>
      beforePartyWord(parsed, tokens) ? { type: 'organization', rule: 'org-party-word' } : null,
  },
  {
    // "the band Gigi", "Herman Miller is a furniture company": the writer's word for the kind outweighs the name's words
    name: 'kind-word',
    type: ({ kind, personCued }) => (kind && !(personCued && entityRule(personCued).outweighsKind) ? kind : null),
  },
  {
    // "Cagots in Brittany": a place preposition outweighs the tagger's guess at a lone word
    name: 'place-preposition-over-guess',
    type: ({ parsed, p, tokens, personCued }) =>
      personCued &&
      entityRule(personCued).yieldsToOrgWord &&
      tokens.length === 1 &&
      !isPossessive(tokens[0]!) &&
      strictPlaceCue(parsed, p)
        ? { type: 'place', rule: 'place-preposition' }
        : null,
  },
  {
    // "the firm Billy Casper Golf": a company noun right before outweighs a first name
    name: 'person-cue',
    type: ({ parsed, p, personCued }) =>
      personCued &&
      !(entityRule(personCued).nameOnly && orgCue(parsed, p) === 'org-noun-context' && companyNounBefore(parsed, p))
        ? { type: 'person', rule: personCued }
        : null,
  },
  {
    name: 'organization-cue',
    type: ({ parsed, p }) => {
      const org = orgCue(parsed, p);
      return org ? { type: 'organization', rule: org } : null;
    },
  },
  {
    // one word the tagger calls a place only in context needs a place preposition ("The Obama White House", "told The Hill")
    name: 'compromise.place',
    type: ({ parsed, p, tokens, start }) => {
      const known = tokens.length > 1 || lexiconPlace(tokens[0]!) || afterPlace(parsed, tokens[0]!);
      return tokens.every((t) => t.tags.has('Place') && !t.tags.has('Person')) &&
        (placeCue(parsed, p) || (!start && known))
        ? { type: 'place', rule: 'compromise.place' }
        : null;
    },
  },
  {
    // "born in Pleszew", "a village near Atwick": an unknown name no common word, right after "in" or "near", is a place
    name: 'place-preposition',
    type: ({ parsed, p, tokens, start }) =>
      !start &&
      tokens.length <= 3 &&
      strictPlaceCue(parsed, p) &&
      tokens.every(
        (t) =>
          !COMMON_WORD.has(key(t)) &&
          !t.tags.has('Person') &&
          !t.tags.has('FirstName') &&
          /^\p{Lu}\p{Ll}/u.test(t.text) &&
          !ORG_SUFFIX.has(key(t)) &&
          !isPossessive(t),
      )
        ? { type: 'place', rule: 'place-preposition' }
        : null,
  },
  { name: 'name-shape', type: ({ tokens }) => (nameShape(tokens) ? { type: 'person', rule: 'name-shape' } : null) },
];

export function classify(parsed: Parsed, pieces: RunPiece[]): ClassifiedPiece[] {
  const out: ClassifiedPiece[] = [];
  for (const raw of pieces) {
    const channel = channelNumber(parsed, raw);
    const partner = hyphenatedParty(parsed, raw);
    const piece = channel
      ? { ...raw, tokens: [...raw.tokens, channel], settled: true }
      : partner
        ? { ...raw, tokens: [partner, ...raw.tokens], settled: true }
        : raw;
    if (piece.exclude || isModelName(parsed, piece) || isPartyTag(parsed, piece) || namesAnAward(parsed, piece))
      continue;
    const clauseStart = startsClause(parsed, piece.tokens[0]!);
    // kept untyped only so that an acronym after it is known to abbreviate no name
    if (piece.product) {
      out.push({ ...piece, type: null, weak: true, fallback: null, clauseStart });
      continue;
    }
    // "played with North Melbourne", "signed for England": what one plays for is the team, a country's too
    if (piece.type === 'place' && piece.kind === 'gazetteer' && teamVerbBefore(parsed, piece)) {
      out.push({
        ...piece,
        type: 'organization',
        rule: 'team-verb-context',
        weak: false,
        fallback: null,
        clauseStart,
      });
      continue;
    }
    if (piece.type === 'place' && piece.list !== 'country' && isSportsTeam(parsed, piece)) {
      out.push({
        ...piece,
        type: 'organization',
        rule: 'sports-team-context',
        weak: false,
        fallback: null,
        clauseStart,
      });
      continue;
    }
    if (piece.kind !== 'unknown') {
      if (piece.kind === 'suffix') {
        // "the so called “Expulsion Initiative”": a whole quoted title names a thing (a measure, a work), not an organization
        const lastTok = piece.tokens[piece.tokens.length - 1]!;
        if (
          /["“‘]$/.test(piece.tokens[0]!.pre) &&
          /^[.,;:!?]?["”’]/.test(lastTok.post) &&
          THING_HEADS.has(key(lastTok))
        )
          continue;
        // "the Iowa Caucus": a place and an event word is the event there
        if (
          piece.tokens.length === 2 &&
          EVENT_HEADS.has(key(lastTok)) &&
          gazetteerAt(piece.tokens, 0, false)?.type === 'place'
        )
          continue;
        // "Shares of Acme Inc.": drop sentence-start words and the connector they leave
        const kept = [...piece.tokens];
        // (but "New" in "New York Daily News" begins a known name)
        while (
          !piece.settled &&
          kept.length > 1 &&
          NEVER_NAME.has(bare(kept[0]!)) &&
          (gazetteerAt(kept, 0, false)?.len ?? 0) < 2
        )
          kept.shift();
        if (kept.length > 2 && CONNECTORS.has(kept[1]!.normal) && startsClause(parsed, kept[0]!)) kept.splice(0, 2);
        // "the Republican Senate": a party adjective before a known body describes it (but a nationality is part of the
        // name, as in CoNLL: "the German Air Force", "the British Ministry of Defence")
        if (
          kept.length >= 2 &&
          PARTY_ADJECTIVES.has(key(kept[0]!)) &&
          gazetteerAt(kept, 1, false)?.len === kept.length - 1
        )
          kept.shift();
        // (a lone word is no suffix name, but a piece its rule settled is: a call sign, "6PR")
        if (!piece.settled && kept.length < 2 && !ORG_SUFFIX.has(key(kept[0] ?? piece.tokens[0]!))) continue;
        piece.tokens = kept;
      }
      const weak = piece.weak || (piece.shouting && piece.kind !== 'gazetteer');
      if (!weak) {
        out.push({ ...piece, fallback: null, clauseStart });
        continue;
      }
      // "Piedade, a small village", "the label Mercury": the writer's kind word decides a weak name
      const kind = piece.shouting ? null : kindOf(parsed, piece, clauseStart);
      if (kind) {
        out.push({ ...piece, type: kind.type, rule: kind.rule, weak: false, fallback: null, clauseStart });
        continue;
      }
      // a weak gazetteer name needs a cue: "in Jordan", mid-sentence "Apple"
      // (a weak name from a data file, "Jets", "Parker", is no name at a sentence start by a verb alone)
      const cued =
        !piece.shouting &&
        (piece.type === 'place'
          ? placeCue(parsed, piece)
          : !clauseStart || (!piece.whole && verbFollows(parsed, piece)) || isSportsTeam(parsed, piece));
      // a generated weak name ("Parker", a town in Colorado) is a person's with a person's cue, unless it is placed ("in Parker")
      const person =
        piece.tokens.length === 1 &&
        (titleCue(parsed, piece) ||
          (piece.whole && !(piece.type === 'place' && cued) ? personCue(parsed, piece) : null));
      if (person) out.push({ ...piece, type: 'person', rule: person, weak: false, fallback: null, clauseStart });
      else out.push({ ...piece, type: cued ? piece.type : null, weak: !cued, fallback: piece.type, clauseStart });
      continue;
    }
    const tokens = trim(parsed, piece);
    if (tokens.length === 0) continue;
    if (tokens.length >= 2 && MISC_HEADS.has(key(tokens[tokens.length - 1]!))) continue;
    if (tokens.every(isTitleWord)) {
      // "Gayle King ... King said": a lone title word may be the surname of a person the article names; only the
      // document pass can tell, so it waits there untyped (and is dropped if no full name ends in it)
      const t = tokens[0]!;
      if (tokens.length === 1 && !piece.shouting && !/^\./.test(t.post) && !t.tags.has('Honorific')) {
        out.push({
          ...piece,
          tokens,
          type: null,
          rule: 'unknown',
          weak: true,
          fallback: null,
          clauseStart: startsClause(parsed, t),
          surnameOnly: true,
        });
      }
      continue;
    }
    const p: RunPiece = { ...piece, tokens };
    if (p.title && qualifiesRole(parsed, p)) p.title = undefined;
    const start = startsClause(parsed, tokens[0]!);
    if (piece.shouting) {
      out.push({ ...p, type: null, weak: true, fallback: null, clauseStart: start });
      continue;
    }
    const site = typingSite(parsed, p, start);
    let typed: Typing | null = null;
    for (const r of TYPING_RULES) if ((typed = r.type(site))) break;
    // "the Republican party" is the party's name written with a small "p": the word is in the name
    const partyWord = parsed.tokens[tokens[0]!.i + 1];
    if (typed?.rule === 'org-party-word' && /^party(?:['’]s)?$/.test(partyWord?.text ?? ''))
      p.tokens = [...tokens, partyWord!];
    const type = typed?.type ?? null;
    const rule = typed?.rule ?? 'unknown';
    // a lone capitalised word at a sentence start is only a name if the article says so elsewhere
    const weak = !type && start && tokens.length === 1;
    const title = p.title ?? (type === 'person' ? appositionTitle(parsed, tokens[tokens.length - 1]!) : undefined);
    out.push({ ...p, type, rule, weak, fallback: null, clauseStart: start, title });
  }
  return out;
}
