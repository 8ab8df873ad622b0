/**
 * Context cues around a capitalised name: what says it is a person (titles,
 * first names, speech verbs, appositions), an organization ("carrier X",
 * acronyms), a place ("in X"), a sports team, or a product ("Boeing 787").
 */
import type { EntityRuleName } from './rules.js';
import type { Parsed, Token } from '../../nlp/parse.js';
import { nlp } from '../../nlp/engine.js';
import { COMMON_WORD, HONORIFIC, ORG_OF_HEAD, ORG_SUFFIX, TITLE_HEAD, TITLE_MODIFIER } from '../../data/gazetteer.js';
import { FIRST_NAMES } from '../../data/first-names.js';
import { REGULAR_SUFFIXES, attributionForms } from '../../data/speech-verbs.js';
import type { RunPiece } from './runs.js';
import { bare, isAllCaps, isPossessive, key, startsClause } from './tokens.js';

const STRONG_SPEECH = new Set(attributionForms((v) => v.namesPerson));
/** Lowercase nouns that introduce an organization name: "carrier Aeroflot", "engine maker Europrop". */
const ORG_NOUNS = new Set([
  'company',
  'firm',
  'airline',
  'carrier',
  'manufacturer',
  'maker',
  'automaker',
  'carmaker',
  'retailer',
  'bank',
  'group',
  'agency',
  'newspaper',
  'broadcaster',
  'insurer',
  'airframer',
  'conglomerate',
  'giant',
  'rival',
  'subsidiary',
  'startup',
  'network',
  'publisher',
  'daily',
  'tabloid',
  'watchdog',
  'regulator',
  'party',
  'union',
  'lender',
  'supplier',
  'chain',
  'label',
  'outlet',
]);
/** Roles held in a body, not a place ("founder of X"; "mayor of X" is a place's). */
const ORG_ROLES = new Set([
  'founder',
  'co-founder',
  'cofounder',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'director',
  'head',
  'member',
  'members',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'employee',
  'employees',
  'executive',
  'executives',
  'owner',
  'shareholders',
  'shares',
  'editor',
  'publisher',
  'chief',
  'president',
  'manager',
  'coach',
  'captain',
  'staff',
  'board',
  'subsidiary',
  'division',
  'unit',
  'customers',
  'analyst',
]);
const JOIN_VERBS = new Set(['joined', 'joins', 'join']);
const WORK_VERBS = new Set(['worked', 'works', 'work', 'working']);
/** Lowercase roles right after a company's name ("Acme spokesman Jo Bell"). */
const ORG_ROLES_AFTER = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'CEO',
  'chairman',
  'chairwoman',
  'founder',
  'co-founder',
  'executives',
  'employees',
  'shares',
  'shareholders',
  'stock',
  'subsidiary',
]);
const PLACE_PREPS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'across',
  'outside',
  'inside',
  'towards',
  'toward',
  'throughout',
  'via',
]);
const PERSON_PREV = new Set([...attributionForms((v) => v.core), 'according']);
/** Verbs that a person does and a company or a place hardly ever does ("X died", "X mocked", "X believes"). */
const PERSON_VERBS = new Set([
  'suggested',
  'suggests',
  'mocked',
  'died',
  'dies',
  'believes',
  'believed',
  'thinks',
  'thought',
  'dismisses',
  'dismissed',
  'married',
  'resigned',
  'laughed',
  'laughs',
  'smiled',
  'joked',
  'jokes',
  'insisted',
  'hoped',
  'hopes',
  'felt',
  'feels',
  'wondered',
  'wonders',
  'sang',
  'sings',
  'starred',
  'shrugged',
  'recalls',
  'admits',
  'argues',
  'insists',
  'smiles',
  'cried',
  'whispered',
  'nodded',
  'sighed',
]);
/** Nouns a person's possessive goes with ("X's wife", "X's career"). */
const PERSON_POSSESSIONS = new Set([
  'wife',
  'husband',
  'son',
  'daughter',
  'mother',
  'father',
  'brother',
  'sister',
  'family',
  'parents',
  'children',
  'career',
  'death',
  'birth',
  'life',
  'widow',
  'girlfriend',
  'boyfriend',
  'partner',
  'lawyer',
  'lawyers',
  'attorney',
  'spokesman',
  'spokeswoman',
  'grandmother',
  'grandfather',
  'uncle',
  'aunt',
  'cousin',
  'childhood',
  'biography',
  'memoir',
  'funeral',
  'feats',
  'own',
]);

export function prevToken(parsed: Parsed, t: Token): Token | undefined {
  const s = parsed.sentences[t.s]!;
  return t.i > s.first ? parsed.tokens[t.i - 1] : undefined;
}
export function nextToken(parsed: Parsed, t: Token): Token | undefined {
  const s = parsed.sentences[t.s]!;
  return t.i + 1 < s.last ? parsed.tokens[t.i + 1] : undefined;
}

export function verbFollows(parsed: Parsed, p: RunPiece): boolean {
  const last = p.tokens[p.tokens.length - 1]!;
  const next = nextToken(parsed, last);
  return isPossessive(last) || (!!next && /^\s+$/.test(last.post) && next.tags.has('Verb'));
}

/** A title or honorific before the name: "Secretary of State X", "spokeswoman X". */
export function titleCue(parsed: Parsed, p: RunPiece): EntityRuleName | null {
  if (p.title) return 'honorific-context';
  const prev = prevToken(parsed, p.tokens[0]!);
  // (a modifier alone is no title: "a former Army medic")
  const role =
    (HONORIFIC.has(prev?.normal ?? '') && !TITLE_MODIFIER.has(prev?.normal ?? '')) ||
    TITLE_HEAD.has(prev?.normal ?? '');
  if (prev && /^\s+$/.test(prev.post) && role && prev.text === prev.normal) return 'title-context';
  return null;
}

const LEXICON = (
  nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }
).model.one.lexicon;
/** The word is in the tagger's lexicon (an English word or a known name), whatever its case. */
export const inLexicon = (word: string): boolean => LEXICON[word.toLowerCase()] !== undefined;
const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
/**
 * A first name by the tagger's lexicon, whatever the tag in context: compromise retags "Jerry Hall", "Tyrone Woods"
 * as places by their last word and the FirstName tag is lost.
 */
export const isLexiconFirstName = (t: Token): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(t.text) && FIRST_NAME_TAGS.has(String(LEXICON[t.normal] ?? ''));

/**
 * A full name whose first word only the SSA baby names know ("Jeb Bush", "Amadou Magassa"): the tagger's lexicon
 * lacks the word altogether (a word it knows otherwise, "Will", "Grant", is no first name here), it is no common
 * word, and every word after it is written as a surname ("Mac OS X" is a product).
 */
const dataFirstName = (tokens: Token[]): boolean => {
  const first = tokens[0]!;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    LEXICON[first.normal] === undefined &&
    FIRST_NAMES.has(first.normal) &&
    !COMMON_WORD.has(first.normal) &&
    tokens.slice(1).every((t) => /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*$/u.test(t.text) || /^\p{Lu}$/u.test(t.text))
  );
};

/** What the cues look at around a piece, computed once. */
interface Around {
  parsed: Parsed;
  p: RunPiece;
  first: Token;
  last: Token;
  n: number;
  prev: Token | undefined;
  next: Token | undefined;
  /** A lone organization head ("Government"): a body, whatever it does. */
  body: boolean;
  /** Three words at most, no acronym, plural, number or demonym, no lone head: what it does may say it is a person. */
  plainName: boolean;
}

function around(parsed: Parsed, p: RunPiece): Around {
  const first = p.tokens[0]!;
  const last = p.tokens[p.tokens.length - 1]!;
  const n = p.tokens.length;
  const body = n === 1 && (ORG_SUFFIX.has(key(first)) || ORG_OF_HEAD.has(key(first)));
  const plainName =
    n <= 3 &&
    !isAllCaps(last) &&
    !body &&
    !(n === 1 && first.tags.has('Plural')) &&
    !first.tags.has('Value') &&
    !last.tags.has('Demonym');
  return { parsed, p, first, last, n, prev: prevToken(parsed, first), next: nextToken(parsed, last), body, plainName };
}

/** A cue: one named unit of evidence (its name is the mention's `rule`, see rules.ts). */
interface Cue {
  rule: EntityRuleName;
  test: (a: Around) => boolean;
}

/** Person evidence, in order: the first cue that holds names the rule. */
const PERSON_CUES: readonly Cue[] = [
  { rule: 'honorific-context', test: (a) => !!a.p.title },
  { rule: 'title-context', test: (a) => titleCue(a.parsed, a.p) === 'title-context' },
  {
    rule: 'first-name',
    test: (a) =>
      a.n >= 2 &&
      a.n <= 4 &&
      (a.first.tags.has('FirstName') ||
        ((isLexiconFirstName(a.first) || dataFirstName(a.p.tokens)) && !placeCue(a.parsed, a.p))),
  },
  { rule: 'last-name', test: (a) => a.n >= 2 && a.n <= 4 && a.last.tags.has('LastName') && !a.last.tags.has('Place') },
  {
    rule: 'compromise.person',
    test: (a) =>
      a.n <= 4 && a.p.tokens.every((t) => t.tags.has('Person')) && (a.n >= 2 || !startsClause(a.parsed, a.first)),
  },
  // "Image: Jane Okafor", "Photo: R Saravanan": a picture credit names its maker
  {
    rule: 'photo-credit',
    test: (a) =>
      a.plainName &&
      !!a.prev &&
      /^(?:Image|Photo|Photograph|Picture|Photos|Credit)$/.test(a.prev.text) &&
      /^: $/.test(a.prev.post),
  },
  // "Smith said" (but not "Millennials said": a plural is a group; nor "Government said": a lone organization head is a body)
  {
    rule: 'speech-verb',
    test: (a) =>
      !!a.next &&
      /^\s+$/.test(a.last.post) &&
      STRONG_SPEECH.has(a.next.normal) &&
      a.n <= 3 &&
      !(a.n === 1 && a.first.tags.has('Plural')) &&
      !a.body,
  },
  // "..., said Smith." (but not "said, 'Wait, ...'": a quotation begins there)
  {
    rule: 'speech-verb',
    test: (a) =>
      !!a.prev &&
      PERSON_PREV.has(a.prev.normal) &&
      /^[\s,]+$/.test(a.prev.post) &&
      !a.first.pre &&
      /^[.,;]/.test(a.last.post) &&
      a.n <= 3 &&
      a.prev.normal !== 'according',
  },
  // what it does or has says it is a person ("Cotton died", "Seagal, whose ...", "Doss's feats")
  {
    rule: 'person-verb',
    test: (a) => a.plainName && !!a.next && /^\s+$/.test(a.last.post) && PERSON_VERBS.has(a.next.normal),
  },
  {
    rule: 'relative-who',
    test: (a) =>
      a.plainName && !!a.next && /^,\s+$/.test(a.last.post) && (a.next.normal === 'who' || a.next.normal === 'whose'),
  },
  {
    rule: 'possessive-kin',
    test: (a) =>
      a.plainName &&
      !!a.next &&
      isPossessive(a.last) &&
      PERSON_POSSESSIONS.has(a.parsed.tokens[a.next.i + (/^['’]s?$/.test(a.next.text) ? 1 : 0)]?.normal ?? ''),
  },
  // an age is set off by commas: "Smith, 49, said", "Smith, now 31, is" ("Specifically, 13 Hours" is no age)
  {
    rule: 'apposition.age',
    test: (a) => {
      if (!a.next || !/^,\s+$/.test(a.last.post)) return false;
      const age = /^(?:now|aged)$/.test(a.next.normal) ? a.parsed.tokens[a.next.i + 1] : a.next;
      return !!age && age.s === a.next.s && /^\d+$/.test(age.text) && /^[,;.)]/.test(age.post);
    },
  },
  // "Kühn can only shake his head", "Wintour herself appears": a person's pronoun later in the sentence, no other name between
  // (the name is a subject: a verb or "himself" right after it, no article or preposition before it, and no English word)
  {
    rule: 'pronoun-after',
    test: (a) =>
      a.plainName &&
      !!a.next &&
      /^\s+$/.test(a.last.post) &&
      !isPossessive(a.last) &&
      (a.next.tags.has('Verb') || /^(?:himself|herself)$/.test(a.next.normal)) &&
      !(a.prev && (a.prev.tags.has('Determiner') || a.prev.tags.has('Preposition'))) &&
      !(a.n === 1 && inLexicon(bare(a.first))) &&
      !(
        a.n === 1 &&
        ['Adverb', 'Adjective', 'Verb'].some((c) => a.first.tags.has(c)) &&
        !a.first.tags.has('ProperNoun')
      ) &&
      pronounAfter(a.parsed, a.last),
  },
  // apposition: "Jane Smith, the mayor of ...", "Jane Smith, spokeswoman for ..."
  {
    rule: 'apposition',
    test: (a) => {
      if (!a.next || !/^,\s+$/.test(a.last.post)) return false;
      const after = a.parsed.tokens[a.next.i + 1];
      if (
        a.n >= 2 &&
        a.n <= 3 &&
        (a.next.normal === 'the' || a.next.normal === 'a' || a.next.normal === 'an') &&
        after &&
        titleWithin(a.parsed, after)
      )
        return true;
      return a.n >= 2 && TITLE_HEAD.has(a.next.normal) && a.next.text === a.next.normal;
    },
  },
];

const PERSON_PRONOUNS = new Set(['he', 'his', 'him', 'himself', 'she', 'her', 'hers', 'herself']);
/** A person's pronoun after the name in its sentence, with no capitalised word, quotation or "and" between them. */
function pronounAfter(parsed: Parsed, last: Token): boolean {
  const s = parsed.sentences[last.s]!;
  if (/["“”]/.test(last.post)) return false;
  for (let i = last.i + 1; i < Math.min(last.i + 12, s.last); i++) {
    const t = parsed.tokens[i]!;
    if (PERSON_PRONOUNS.has(t.normal) && t.text === t.normal) return true;
    if (/^\p{Lu}/u.test(t.text) || t.normal === 'and' || t.normal === 'or' || /["“”]/.test(t.pre + t.post))
      return false;
  }
  return false;
}

/** Person evidence around an unrecognised name: the rule of the first cue that holds, or null. */
export function personCue(parsed: Parsed, p: RunPiece): EntityRuleName | null {
  const a = around(parsed, p);
  return PERSON_CUES.find((c) => c.test(a))?.rule ?? null;
}

/** "the [Japanese] minister of", "the State Department's top diplomat": a role noun within a few words. */
function titleWithin(parsed: Parsed, from: Token): boolean {
  for (let i = from.i; i < Math.min(from.i + 5, parsed.tokens.length); i++) {
    const t = parsed.tokens[i]!;
    if (TITLE_HEAD.has(t.normal) && t.text === t.normal) return true;
    if (/[,.;:]/.test(t.post) || t.s !== from.s) return false;
  }
  return false;
}

/**
 * The role in an apposition after a name: "Daniel Kritenbrink, the State Department's top diplomat for East Asia, said"
 * → "the State Department's top diplomat for East Asia". Up to the next comma or stop, and only if it names a role.
 */
export function appositionTitle(parsed: Parsed, last: Token): string | undefined {
  if (!/^,\s+$/.test(last.post)) return undefined;
  const s = parsed.sentences[last.s]!;
  const first = parsed.tokens[last.i + 1];
  if (!first || first.i >= s.last) return undefined;
  let role = false;
  for (let i = first.i; i < Math.min(first.i + 12, s.last); i++) {
    const t = parsed.tokens[i]!;
    if (TITLE_HEAD.has(t.normal) || HONORIFIC.has(t.normal)) role = true;
    if (/[,.;:()"“”]/.test(t.post) || i + 1 === s.last) {
      return role && i > first.i ? parsed.text.slice(first.start, t.end) : undefined;
    }
  }
  return undefined;
}

/** Before the name, over a "the" ("founder of the X"). */
function beforeThe(a: Around): Token | undefined {
  return a.prev?.normal === 'the' ? prevToken(a.parsed, a.prev) : a.prev;
}

/** "signed with", "drafted by", "played for": the verb and the word that links it to a club or a label. */
const SIGNING_VERBS = new Set([
  'signed',
  'signs',
  'sign',
  'signing',
  'drafted',
  'traded',
  'loaned',
  'transferred',
  'played',
  'plays',
  'playing',
]);
const SIGNING_LINKS = new Set(['with', 'to', 'by', 'for']);
/** Only these take "for" ("signed for Ajax"; "traded for Smith" is a player). */
const PLAYED = new Set(['played', 'plays', 'playing', 'signed', 'signs', 'sign', 'signing']);
/** Nouns a company's possessive goes with (a person's spokesman or lawyer is just as common, so they are not here). */
const COMPANY_POSSESSIONS = new Set([
  'ceo',
  'headquarters',
  'shares',
  'shareholders',
  'stock',
  'subsidiary',
  'subsidiaries',
  'employees',
  'workforce',
  'revenue',
  'revenues',
  'profits',
  'earnings',
  'stores',
  'factories',
  'plants',
  'products',
]);
/** Words that alone, after "the", name a newspaper ("the Times"). */
const PAPER_WORDS = new Set([
  'Times',
  'Post',
  'Herald',
  'Tribune',
  'Gazette',
  'Guardian',
  'Independent',
  'Observer',
  'Telegraph',
  'Mirror',
  'Chronicle',
  'Inquirer',
  'Examiner',
  'Courier',
]);

/** What a company's owners hold: "shares of Regeneron", "Regeneron stock". */
const SHARE_NOUNS = new Set(['shares', 'stock', 'stocks', 'shareholders', 'stockholders']);

/** Organization evidence, in order: the first cue that holds names the rule. */
const ORG_CUES: readonly Cue[] = [
  // an acronym, but not a transcript label ("RAMOS:") or a shouted word (an ordinary word in capitals, "TEXT", is known to
  // the lexicon as a common noun), nor a Roman numeral ("III", "XXX"), nor a thing's acronym: two letters, "an EP", "a SWAT team", "a 4.85 ERA", "by KO", "RPO # 25"
  {
    rule: 'acronym',
    test: (a) => {
      const f = a.first;
      if (
        a.n !== 1 ||
        !isAllCaps(f) ||
        !/^[A-Z]{2,5}$/.test(bare(f)) ||
        /^:/.test(f.post) ||
        // (a member of a parliament is a person's role: "the MPP for Kenora")
        MEMBER_FOR.has(bare(f)) ||
        (!f.tags.has('Acronym') && !f.tags.has('ProperNoun') && LEXICON[bare(f).toLowerCase()] !== undefined)
      )
        return false;
      const thing =
        /^[A-Z]{2}$/.test(bare(f)) ||
        // ("Beatmania III", "Super Bowl XXX": a Roman numeral counts, it names no body)
        /^[IVX]+$/.test(bare(f)) ||
        (!!a.prev && (/^(?:a|an|by)$/.test(a.prev.normal) || a.prev.tags.has('Value') || /\d/.test(a.prev.text))) ||
        /^\s*(?:#|\d)/.test(f.post + (a.next?.text ?? ''));
      return !thing;
    },
  },
  {
    rule: 'org-noun-context',
    test: (a) => !!a.prev && ORG_NOUNS.has(a.prev.normal) && a.prev.text === a.prev.normal && /^\s+$/.test(a.prev.post),
  },
  // "founder of Hack Forums", "a director of Acme Widgets": a role of something that is no place
  {
    rule: 'org-role-of',
    test: (a) => {
      const before = beforeThe(a);
      const role = before?.normal === 'of' ? prevToken(a.parsed, before) : undefined;
      return !!role && ORG_ROLES.has(role.normal) && role.text === role.normal;
    },
  },
  // "joined Acme", "worked for Newsmax": where a person works
  {
    rule: 'org-work-context',
    test: (a) => {
      const before = beforeThe(a);
      const worksAt =
        !!before &&
        (before.normal === 'for' || before.normal === 'at') &&
        WORK_VERBS.has(prevToken(a.parsed, before)?.normal ?? '');
      return !!before && (JOIN_VERBS.has(before.normal) || worksAt);
    },
  },
  // "signed with Zorvex", "drafted by the Herons", "played for Brevik": a club or a label a player or an artist joins
  {
    rule: 'org-signed-with',
    test: (a) => {
      const before = beforeThe(a);
      const verb = before && SIGNING_LINKS.has(before.normal) ? prevToken(a.parsed, before) : undefined;
      return !!verb && SIGNING_VERBS.has(verb.normal) && !(before!.normal === 'for' && !PLAYED.has(verb.normal));
    },
  },
  // "Zorvex's chief executive", "Brevik's shares": what only a company has
  {
    rule: 'org-possessive',
    test: (a) => {
      if (!isPossessive(a.last) || !a.next) return false;
      const after = a.parsed.tokens[a.next.i + (/^['’]s?$/.test(a.next.text) ? 1 : 0)];
      const two = after ? `${after.normal} ${a.parsed.tokens[after.i + 1]?.normal ?? ''}` : '';
      return !!after && (COMPANY_POSSESSIONS.has(after.normal) || two === 'chief executive');
    },
  },
  // "Shares of Regeneron rose", "Regeneron shares fell", "Oakvale stock": what is traded in shares is a company
  // (the word a noun: "Smith shares his view" is a verb; and no common word: "World stocks plunge")
  {
    rule: 'org-shares',
    test: (a) => {
      const of = a.prev?.normal === 'of' ? prevToken(a.parsed, a.prev) : undefined;
      if (of && SHARE_NOUNS.has(of.normal) && of.tags.has('Noun')) return true;
      return (
        !!a.next &&
        !(a.n === 1 && COMMON_WORD.has(key(a.first))) &&
        /^ $/.test(a.last.post) &&
        !isPossessive(a.last) &&
        a.next.text === a.next.normal &&
        SHARE_NOUNS.has(a.next.normal) &&
        a.next.tags.has('Noun') &&
        !a.next.tags.has('Verb')
      );
    },
  },
  // "the Times", "the Independent": a newspaper's name word alone after "the", inside a sentence
  {
    rule: 'org-paper-name',
    test: (a) =>
      a.n === 1 && a.prev?.text === 'the' && PAPER_WORDS.has(bare(a.first)) && !startsClause(a.parsed, a.first),
  },
  // "Acme spokesman", "Zogby CEO": a company's role right after its name
  {
    rule: 'org-role-after',
    test: (a) =>
      !!a.next &&
      /^ $/.test(a.last.post) &&
      !isPossessive(a.last) &&
      ORG_ROLES_AFTER.has(a.next.text) &&
      !startsClause(a.parsed, a.first),
  },
  // "Boston beat Chicago 3-1", "drew with Feyenoord": a name beside a score and a match verb is a team
  { rule: 'sports-team-context', test: (a) => isSportsTeam(a.parsed, a.p) },
  // "a writer for The Onion", "told The Independent": a capitalised "The" inside a sentence begins a title (a paper, a band)
  // (a quoted title is a work's: "for “The Kill”")
  {
    rule: 'org-capital-the',
    test: (a) =>
      a.n <= 2 &&
      !!a.prev &&
      a.prev.text === 'The' &&
      /^ $/.test(a.prev.post) &&
      !startsClause(a.parsed, a.prev) &&
      !/["“‘']/.test(a.prev.pre + (a.parsed.tokens[a.prev.i - 1]?.post ?? '').slice(-1)) &&
      !/^['’]?s?["”’]/.test(a.last.post) &&
      // ("The Protocols of the Elders of Zion", "The Children of Seth": a title that goes on past "of" is not this name)
      !(a.next?.text === 'of' && /^ $/.test(a.last.post)) &&
      !a.p.tokens.some((t) => t.tags.has('Person') || t.tags.has('FirstName')),
  },
];

/** Organization evidence around an unrecognised name: the rule of the first cue that holds, or null. */
export function orgCue(parsed: Parsed, p: RunPiece): EntityRuleName | null {
  const a = around(parsed, p);
  return ORG_CUES.find((c) => c.test(a))?.rule ?? null;
}

/** "in downtown Tallahassee", "to northern Syria": words between a place preposition and the place. */
const PLACE_MODIFIERS = new Set([
  'downtown',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'suburban',
  'rural',
  'greater',
  'uptown',
  'midtown',
  'coastal',
  'neighboring',
  'neighbouring',
  'nearby',
]);

/** Compass words that, with "of", say where a place lies from another ("8 km northeast of Osijek"). */
const COMPASS_OF = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/;

/** "two miles north of Hornsea", "8 km northeast of Osijek": what a direction is taken from is a place. */
function compassOfBefore(parsed: Parsed, first: Token): boolean {
  const of = prevToken(parsed, first);
  if (!of || of.text !== 'of' || !/^ $/.test(of.post)) return false;
  const compass = prevToken(parsed, of);
  return !!compass && /^ $/.test(compass.post) && compass.text === compass.normal && COMPASS_OF.test(compass.normal);
}

/** Verbs of going somewhere: what they go "to" is a place ("she moved to X", "fled again to X", "travel to X"). */
const MOTION_VERBS = new Set(
  (
    'move moves moved moving flee flees fled fleeing travel travels traveled travelled traveling travelling ' +
    'return returns returned returning retreat retreats retreated retreating emigrate emigrated relocate relocated ' +
    'sail sailed flew fly drove walked marched go goes went headed'
  ).split(' '),
);
/** Words between the verb and "to" ("fled again to", "went back to"), which also go "to" a place alone ("east to X"). */
const MOTION_ADVERBS = new Set(['again', 'back', 'home', 'eastward', 'westward', 'northward', 'southward']);
const COMPASS = /^(?:north|south|east|west)(?:-?(?:east|west))?$/;

/** "she moved to X", "fled again to X", "and east to X": a place gone to. */
function motionToBefore(parsed: Parsed, first: Token): boolean {
  const to = prevToken(parsed, first);
  if (!to || to.text !== 'to' || !/^ $/.test(to.post)) return false;
  let verb = prevToken(parsed, to);
  if (!verb || !/^ $/.test(verb.post) || verb.text !== verb.normal) return false;
  if (COMPASS.test(verb.normal)) return true;
  if (MOTION_ADVERBS.has(verb.normal)) verb = prevToken(parsed, verb);
  return !!verb && /^ $/.test(verb.post) && MOTION_VERBS.has(verb.normal);
}

/** Members of a parliament, who sit "for" a constituency ("the MPP for Kenora", "MP for Islington North"). */
const MEMBER_FOR = new Set(['MP', 'MPs', 'MPP', 'MPPs', 'MLA', 'MLAs', 'MSP', 'MEP', 'MHA', 'MNA', 'TD']);

/** "the MPP for Kenora", "Labour MP for Bolton": the seat a member sits for is a place. */
function memberForBefore(parsed: Parsed, first: Token): boolean {
  const f = prevToken(parsed, first);
  if (!f || f.text !== 'for' || !/^ $/.test(f.post)) return false;
  const member = prevToken(parsed, f);
  return !!member && /^["”]? $/.test(member.post) && MEMBER_FOR.has(member.text.replace(/^["“]/, ''));
}

export function placeCue(parsed: Parsed, p: RunPiece): boolean {
  const first = p.tokens[0]!;
  if (compassOfBefore(parsed, first) || memberForBefore(parsed, first)) return true;
  let prev = prevToken(parsed, first);
  if (prev && PLACE_MODIFIERS.has(prev.normal) && /^\s+$/.test(prev.post)) prev = prevToken(parsed, prev);
  if (prev && PLACE_PREPS.has(prev.normal) && /^\s+$/.test(prev.post)) return true;
  // a dateline: "TALLAHASSEE — ", "SEATTLE (AP) -" at the start of a line
  const last = p.tokens[p.tokens.length - 1]!;
  const lineStart = !prev || /\n/.test(prev.post);
  return lineStart && p.tokens.every(isAllCaps) && /^,?\s*(?:[—–-]\s|\()/.test(last.post);
}

/** Prepositions after which an unknown name is a place ("in", "near"; not "at" or "from", which take bodies and people too). */
const STRICT_PLACE_PREPS = new Set(['in', 'near', 'outside', 'throughout', 'across']);
export function strictPlaceCue(parsed: Parsed, p: RunPiece): boolean {
  const first = p.tokens[0]!;
  if (compassOfBefore(parsed, first) || motionToBefore(parsed, first) || memberForBefore(parsed, first)) return true;
  let prev = prevToken(parsed, p.tokens[0]!);
  if (prev && PLACE_MODIFIERS.has(prev.normal) && /^\s+$/.test(prev.post)) prev = prevToken(parsed, prev);
  return !!prev && STRICT_PLACE_PREPS.has(prev.normal) && prev.text === prev.normal && /^\s+$/.test(prev.post);
}

/** The tagger's lexicon lists the word as a place ("Rochester", "Fla"), not only guesses so in context. */
export function lexiconPlace(t: Token): boolean {
  const v = LEXICON[t.normal.replace(/\.$/, '')];
  const tags = Array.isArray(v) ? v : v ? [v] : [];
  return tags.some((x) => x === 'Place' || x === 'City' || x === 'Region' || x === 'Country');
}

/**
 * "BBC Radio 1", "FOX 7": a broadcaster's number after it is its channel or station, part of the name; not a count
 * ("NBC 4 million viewers": a lowercase word after the number).
 */
export function channelNumber(parsed: Parsed, p: RunPiece): Token | null {
  if (p.kind !== 'gazetteer' || p.list !== 'media') return null;
  const last = p.tokens[p.tokens.length - 1]!;
  const next = nextToken(parsed, last);
  if (!next || next.pre || !/^ $/.test(last.post) || isPossessive(last) || !/^\d{1,2}$/.test(bare(next))) return null;
  const after = nextToken(parsed, next);
  return after && /^ $/.test(next.post) && !isPossessive(next) && /^\p{Ll}/u.test(after.text) ? null : next;
}

/** "Boeing 787", "Airbus A380", "FTSE 100": a name followed by a model or index number names a product. */
export function isModelName(parsed: Parsed, p: RunPiece): boolean {
  if (p.type === 'person' || p.type === 'place') return false;
  const last = p.tokens[p.tokens.length - 1]!;
  if (isPossessive(last) && !p.ownS) return false; // "Boeing's 787": the owner is named (but "Standard & Poor's 500" is an index)
  const next = nextToken(parsed, last);
  // (a score after a team is no model number: "the Bears 4-2")
  // (not a bracket: "Rudolf Virchow (1821-1902)" gives his years)
  return (
    !!next &&
    /^[ -]$/.test(last.post) &&
    !next.pre &&
    /^(?:\p{Lu}{0,3}-?\d)/u.test(next.text) &&
    !/^\d{1,3}[-–]\d{1,3}$/.test(next.text)
  );
}

const SPORTS_VERBS = new Set([
  'beat',
  'beats',
  'beating',
  'defeating',
  'losing',
  'defeated',
  'defeat',
  'defeats',
  'edged',
  'routed',
  'thrashed',
  'drew',
  'tied',
  'lost',
  'against',
  'vs',
  'versus',
  'host',
  'hosts',
  'hosted',
  'visit',
  'visited',
  'play',
  'played',
  'plays',
  'won',
  'and',
  'to',
  'with',
]);
/** Words that join a team to the match verb ("drew with Ajax", "lost to Chicago") without being one. */
const SPORTS_LINKS = new Set(['and', 'to', 'with']);

/** "Boston beat Chicago 3-1": a city named beside a score and a match verb is its team. */
export function isSportsTeam(parsed: Parsed, p: RunPiece): boolean {
  const first = p.tokens[0]!;
  const last = p.tokens[p.tokens.length - 1]!;
  const s = parsed.sentences[first.s]!;
  let score = false;
  for (let i = s.first; i < s.last && !score; i++) score = /^\d{1,3}[-–]\d{1,3}$/.test(parsed.tokens[i]!.text);
  if (!score) return false;
  let prev = prevToken(parsed, first);
  // "beat the Cardinals"
  if (prev?.normal === 'the') prev = prevToken(parsed, prev);
  const next = nextToken(parsed, last);
  const verb = (t: Token | undefined): boolean => !!t && SPORTS_VERBS.has(t.normal) && !SPORTS_LINKS.has(t.normal);
  return verb(next) || verb(prev) || (!!prev && SPORTS_VERBS.has(prev.normal) && verb(parsed.tokens[prev.i - 1]));
}

/** Verbs of playing for, signing with or coaching a team ("played with North Melbourne", "signed for Coburg"). */
const TEAM_VERBS = new Set(['play', 'sign'].flatMap(REGULAR_SUFFIXES));
const COACH_VERBS = new Set(['coach', 'captain'].flatMap(REGULAR_SUFFIXES));
const TEAM_COUNTS = new Set(['games', 'matches', 'appearances', 'caps', 'goals', 'seasons']);

/**
 * A place named as what one plays for, signs with or coaches is the team ("played with North Melbourne", "signed for
 * Coburg", "he coached Tulsa", "26 games for Lausanne"); "played in Lausanne", "moved to Coburg" stay places.
 */
export function teamVerbBefore(parsed: Parsed, p: RunPiece): boolean {
  let prev = prevToken(parsed, p.tokens[0]!);
  if (prev?.normal === 'the') prev = prevToken(parsed, prev);
  if (!prev) return false;
  if (COACH_VERBS.has(prev.normal) && /^\p{Ll}/u.test(prev.text)) return true;
  if (prev.normal !== 'for' && prev.normal !== 'with') return false;
  const verb = prevToken(parsed, prev);
  if (!verb) return false;
  return TEAM_VERBS.has(verb.normal) || (prev.normal === 'for' && TEAM_COUNTS.has(verb.normal));
}
