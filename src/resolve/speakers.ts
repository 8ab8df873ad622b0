/**
 * Speaker resolution: turns where the text names a quote's speaker (a name,
 * a pronoun or a description) into a canonical name and, when possible, a
 * person or organization in `entities`. Each speaker records `how` it was read:
 *
 *   named        the phrase's head is a name ("Clinton campaign Chairman John Podesta" → John Podesta;
 *                "a Quinnipiac University poll" → its issuer; "The Podesta Group's CEO, Kimberley Fritts,")
 *   pronoun      he/she → the speaker of the nearest earlier attribution, else the subject of the
 *                nearest earlier sentence, agreeing in gender (not merely the nearest name)
 *   description  "the retired neurosurgeon" → the person the article describes so ("Ben Carson, a
 *                retired neurosurgeon"); an indefinite or plural description ("a spokesman",
 *                "Republicans", "Sanders supporters") stays as written, linked to nothing
 *   carried      copied from the previous quote (a continued paragraph, an interrupted quote)
 *   label        a transcript or headline label ("TAPPER:", "Graham:")
 *
 * A missing name is better than a wrong one: what cannot be resolved is kept as written.
 * Appositives seen with a named speaker become that entity's titles.
 */
import type { Parsed, Token } from '../nlp/parse.js';
import type { QuoteFinding, Range, ResolvedEntity } from '../extract/findings.js';
import type { SpeakerHow } from '../types.js';
import { firstStartingAt } from '../nlp/search.js';
import { SOURCE_NOUNS } from '../extract/quotes/phrase-words.js';

export interface ResolvedSpeaker {
  name: string;
  entity: string | null;
  mention: Range;
  how: SpeakerHow;
}

export interface SpeakerResolution {
  speakers: Array<ResolvedSpeaker | null>;
  /** Titles learnt from appositives, by entity id. */
  titles: Map<string, string[]>;
}

type Gender = 'm' | 'f' | null;

interface Candidate {
  entity: ResolvedEntity;
  start: number;
  end: number;
}

const MALE = new Set(['he', 'him', 'his']);
const FEMALE = new Set(['she', 'her']);
/** Pronouns that name no one a reader could count without the quote's own context. */
const UNRESOLVED_PRONOUNS = new Set(['they', 'their', 'them', 'it', 'i', 'we', 'you', 'who', 'which']);
const FIRST_SECOND = new Set(['i', 'you']);
/** Longest name a mention can be, for range look-ups. */
const MAX_NAME = 200;
/** How far back (in characters) a description looks for the person it names. */
const DESCRIPTION_REACH = 20000;
/** How many sentences back a pronoun looks for its antecedent. */
const PRONOUN_SENTENCES = 6;
/** How far back (in characters) a pronoun looks for a person when no subject or speaker agrees. */
const PRONOUN_REACH = 1500;

/** Heads of a phrase that names a document; its issuer is the source ("a Quinnipiac University poll"). */
const DOCUMENT_HEADS = new Set([
  'poll',
  'polls',
  'polling',
  'survey',
  'surveys',
  'study',
  'studies',
  'report',
  'reports',
  'record',
  'records',
  'data',
  'document',
  'documents',
  'filing',
  'filings',
  'analysis',
  'review',
  'research',
  'investigation',
  'audit',
  'figures',
  'numbers',
  'tally',
  'count',
  'census',
  'statement',
  'release',
  'memo',
  'letter',
  'lawsuit',
  'complaint',
  'order',
  'ruling',
  'article',
  'editorial',
  'story',
  'estimate',
  'estimates',
  'emails',
  'paper',
  'book',
  'ad',
  'advertisement',
  'video',
  'website',
  'page',
  'post',
  'tweet',
]);
/** The words after a possessor end in a noun of saying or thinking ("'s main takeaway"): see SOURCE_NOUNS. */
function headsSourceNoun(after: string): boolean {
  const words = /^\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)/u.exec(after)?.[1]?.split(/\s+/) ?? [];
  return words.some((w) => SOURCE_NOUNS.has(w));
}

/** Heads of a phrase that names a body through someone it belongs to ("the Clinton campaign", "Powell's office"). */
const BODY_HEADS = new Set([
  'campaign',
  'office',
  'staff',
  'team',
  'administration',
  'camp',
  'family',
  'aides',
  'allies',
  'lawyers',
  'attorneys',
  'supporters',
  'advisers',
  'advisors',
  'spokespeople',
  'officials',
  'employees',
  'members',
  'critics',
  'backers',
  'opponents',
  'voters',
  'donors',
]);
/** Words of a person's description that a reader would take as a role ("the senator", "the candidate"). */
const TITLE_WORDS: Record<string, string[]> = {
  sen: ['senator'],
  senator: ['senator'],
  rep: ['representative', 'congressman', 'congresswoman', 'lawmaker'],
  gov: ['governor'],
  governor: ['governor'],
  president: ['president'],
  pres: ['president'],
  mr: [],
  mrs: [],
  ms: [],
  dr: ['doctor'],
  gen: ['general'],
  secretary: ['secretary'],
  sec: ['secretary'],
  mayor: ['mayor'],
  judge: ['judge'],
  justice: ['justice'],
  speaker: ['speaker'],
};
const DETERMINERS =
  /^(?:the|a|an|this|that|these|those|one|another|some|many|most|several|two|three|four|his|her|their|its)$/i;
const INDEFINITE = /^(?:a|an|one|another|some|many|most|several|two|three|four|five|other|others|any)$/i;
/** Words that end the head part of a phrase ("spokesman for the company", "officials who ..."). */
// (and the participles that bring a document's issuer: "a survey conducted by ...", "a report released by ...")
const HEAD_END =
  /^(?:of|for|at|from|with|in|on|who|which|that|by|to|and|conducted|released|published|commissioned|issued|obtained|sponsored|prepared|compiled)$/i;

export function resolveSpeakers(parsed: Parsed, quotes: QuoteFinding[], entities: ResolvedEntity[]): SpeakerResolution {
  const text = parsed.text;
  const mentions: Candidate[] = [];
  for (const e of entities) for (const m of e.mentions) mentions.push({ entity: e, start: m.start, end: m.end });
  mentions.sort((a, b) => a.start - b.start);
  const gender = new Map(entities.map((e) => [e.id, genderOf(parsed, e)]));
  const quoted = quotedMentions(mentions, quotes);
  const titles = new Map<string, string[]>();
  for (const e of entities) titles.set(e.id, [...e.titles]);
  const sentenceAt = (offset: number): number => {
    const i = firstStartingAt(parsed.sentences, offset + 1) - 1;
    return Math.max(0, i);
  };

  // Mentions touching a range, found by binary search so long articles stay linear-ish.
  const touching = (r: Range): Candidate[] => {
    const out: Candidate[] = [];
    for (
      let i = firstStartingAt(mentions, r.start - MAX_NAME);
      i < mentions.length && mentions[i]!.start < r.end;
      i++
    ) {
      const m = mentions[i]!;
      if (m.end > r.start && m.start >= r.start && m.end <= r.end) out.push(m);
    }
    return out;
  };

  // First pass: names, so that their appositives are known before descriptions are resolved.
  const named = quotes.map((q) => {
    if (!q.speaker) return null;
    const hit = headName(parsed, q.speaker, q.speakerTitle, touching);
    if (hit?.entity && q.speakerTitle && hit.entity.type === 'person') {
      const t = text
        .slice(q.speakerTitle.start, q.speakerTitle.end)
        .replace(/[\s,;]+$/, '')
        .trim();
      const list = titles.get(hit.entity.id)!;
      if (t && !list.includes(t) && !/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u.test(t)) list.push(t);
    }
    return hit;
  });
  const profiles = personProfiles(parsed, entities, titles);
  const intros = documentIntros(text);

  // Speakers in text order, so a pronoun can follow the attributions before it.
  const order = quotes
    .map((_, k) => k)
    .sort((a, b) => (quotes[a]!.speaker?.start ?? quotes[a]!.start) - (quotes[b]!.speaker?.start ?? quotes[b]!.start));
  const speakers: Array<ResolvedSpeaker | null> = quotes.map(() => null);
  /** Resolved person speakers so far: where named, and who. */
  const spoken: Spoken[] = [];
  const spokenOrgs: Array<{ at: number; sentence: number; entity: ResolvedEntity }> = [];
  /** Every resolved speaker so far with a name (people, organizations, names without an entity). */
  const spokenAll: Array<{ at: number; sentence: number; speaker: ResolvedSpeaker; type: string | null }> = [];
  /** The organization that spoke last before `at`, within the two sentences before it; null if none. */
  const orgJustSpoken = (at: number): ResolvedEntity | null => {
    const here = sentenceAt(at);
    return [...spokenOrgs].reverse().find((o) => o.at < at && here - o.sentence <= 2)?.entity ?? null;
  };
  /** The speaker of the latest direct question before each quote: the reply that follows is not theirs. */
  let asked: { end: number; entity: ResolvedEntity } | null = null;
  /** The latest speaker resolved to an entity, and its sentence. */
  let last: { entity: ResolvedEntity; type: string; sentence: number } | null = null;
  for (const k of order) {
    const q = quotes[k]!;
    if (!q.speaker) continue;
    const mention = q.speaker;
    // "'That would be you?' Borger asked. 'That would be me,' the senator said."
    const asker =
      asked && q.type === 'direct' && q.start >= asked.end && q.start - asked.end < 400 ? asked.entity : null;
    const notAsker = new Set(asker ? [asker] : []);
    const written = text.slice(mention.start, mention.end);
    const how = (base: SpeakerHow): SpeakerHow => (q.carried ? 'carried' : /\.label$/.test(q.rule) ? 'label' : base);
    const link = (e: ResolvedEntity | null | undefined, base: SpeakerHow, name?: string): ResolvedSpeaker =>
      e
        ? { name: e.name, entity: e.id, mention, how: how(base) }
        : { name: name ?? written, entity: null, mention, how: how(base) };
    let out: ResolvedSpeaker;
    // "Obama's first five questioners ranged ...": a possessor alone, cut from the noun it modifies, is not the speaker
    const possessor =
      q.rule !== 'quoted.noun' &&
      /^\p{Lu}/u.test(written) &&
      !/^(?:he|she|it|that|there|who|what)['’]s$/i.test(written.trim()) &&
      /['’]s?$/.test(written) &&
      /^\s+\p{Ll}/u.test(text.slice(mention.end, mention.end + 3)) &&
      // ("Trump's assertion that ...": the quote extractor cut the phrase to the possessor of a noun of saying, who is the source)
      !headsSourceNoun(text.slice(mention.end, mention.end + 60));
    const hit = possessor ? { entity: null, name: plainDescription(written) } : named[k];
    // "He's said" is "he"
    const word = written
      .toLowerCase()
      .trim()
      .replace(/['’](?:s|re|ve|d|ll|m)$/, '');
    const apposed = apposedTo(parsed, mentions, mention);
    const setOffName = nameAfterDescription(parsed, mentions, mention);
    const endName = trailingName(written);
    if (possessor) out = link(null, 'description', plainDescription(written));
    else if (hit?.entity && introducedLater(parsed, written, hit.entity, mention.start, entities)) {
      const intro = introducedLater(parsed, written, hit.entity, mention.start, entities)!;
      out = link(intro.entity, 'named', intro.name);
    } else if (hit)
      out = link(
        hit.entity && honorificAgrees(written, hit.entity, gender, entities),
        'named',
        hit.name ??
          (hit.entity && !honorificAgrees(written, hit.entity, gender, entities)
            ? plainDescription(written)
            : undefined),
      );
    else if (MALE.has(word) || FEMALE.has(word)) {
      const want: Gender = MALE.has(word) ? 'm' : 'f';
      const not = objectsAfter(parsed, mentions, mention);
      if (asker) not.add(asker);
      out = link(
        antecedent(parsed, mentions, gender, quoted, spoken, mention.start, want, sentenceAt, true, not),
        'pronoun',
      );
    } else if (word === 'it') {
      // "The Post reported that ... It added": the organization that spoke just before
      out = link(orgJustSpoken(mention.start), 'pronoun');
    } else if (FIRST_SECOND.has(word))
      out = link(turnSpeaker(text, mention.start, word, entities, mentions), 'pronoun');
    else if (
      word === 'they' &&
      q.type === 'direct' &&
      last?.type === 'organization' &&
      sentenceAt(mention.start) - last.sentence <= 1
    )
      // "The newspaper writes that ... “...,” they conclude": a quote run of the board that spoke just before
      out = link(last.entity, 'pronoun');
    else if (UNRESOLVED_PRONOUNS.has(word)) out = link(null, 'pronoun');
    else if (documentKind(written)) {
      const kind = documentKind(written)!;
      // "a survey conducted by X found": a new document, introduced with its issuer right here
      const intro = /^an?\s/i.test(written.trim())
        ? (intros.find((d) => d.kind === kind && d.at >= mention.start && d.at < mention.end)?.issuer ?? null)
        : documentIssuer(intros, kind, mention.start);
      const e = intro ? entities.find((x) => x.name === intro || x.aliases.includes(intro)) : undefined;
      // no issuer introduced with it: the speaker who just gave it ("X said in a statement. ... the
      // statement said"; "the University reported ... the survey found")
      const giver = intro ? null : documentGiver(parsed, kind, mention.start, spokenAll, sentenceAt);
      out = giver
        ? { name: giver.name, entity: giver.entity, mention, how: how('description') }
        : link(e, 'description', intro ?? plainDescription(written));
    } else if (orgHead(parsed, mention)) {
      const head = orgHead(parsed, mention)!;
      // "according to the National Golf Foundation. ..., the group says": a generic head is the organization that just spoke
      const byEntity =
        byOrgDescription(head, mention.start, profiles, mentions) ??
        (GENERIC_ORG_HEADS.has(head) ? orgJustSpoken(mention.start) : null);
      // a later name the entity list lacks ("Family Circle magazine", "the Orlando Sentinel reported")
      const named0 = orgNamedBefore(text, head, mention.start);
      const entityAt = byEntity
        ? Math.max(...byEntity.mentions.filter((m) => m.end <= mention.start).map((m) => m.start))
        : -1;
      out =
        named0 && named0.at > entityAt
          ? link(
              entities.find(
                (x) => x.type === 'organization' && (x.name === named0.name || x.aliases.includes(named0.name)),
              ),
              'description',
              named0.name,
            )
          : link(byEntity, 'description', plainDescription(written));
    } else if (apposed) {
      // "Rep. Xavier Becerra, a California Democrat supporting ...": a description set off after a name is that name
      out = link(apposed, 'description', plainDescription(written));
    } else if (setOffName) {
      // "One early supporter, Representative Lee Zeldin, Republican of New York, gave ...": the name set off after it
      out = link(setOffName, 'description', plainDescription(written));
    } else if (endName) {
      // "Band member Flea", "his wife Melania": a description that ends in the name it gives
      out = link(
        entities.find((e) => e.type === 'person' && (e.name === endName || e.aliases.includes(endName))),
        'named',
        endName,
      );
    } else {
      const role = personRole(parsed, mention);
      const described = role ? byDescription(parsed, mention, role, profiles, mentions, spoken, sentenceAt) : null;
      // "the senator said" with no one so described: the person the passage is about, as for "he"
      const current0 =
        role && !role.complement && !described
          ? antecedent(
              parsed,
              mentions,
              gender,
              quoted,
              spoken,
              mention.start,
              role.gender,
              sentenceAt,
              false,
              notAsker,
            )
          : null;
      // only an established referent, named at least twice before: a person named once may not be "the minister"
      // or the subject of the sentence just before ("In May, billionaire Paul Singer changed ... The fund manager wrote")
      // or the subject of one of the two sentences just before, no one else named since ("In May, billionaire
      // Paul Singer changed ... The fund manager wrote"); a narrative subject: a speaker named once is not
      // "the minister" who answers them
      const justBefore = current0
        ? recentSubject(parsed, mentions, quoted, spoken, mention.start, sentenceAt) === current0
        : false;
      const current =
        current0 && (justBefore || current0.mentions.filter((m) => m.end <= mention.start).length >= 2)
          ? current0
          : null;
      // an unresolved proper name ("Smith", not in the entity list) is still named in the cue
      const proper =
        /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|de|van|von|bin))*$/u.test(plainDescription(written)) &&
        !/^(?:The|A|An|This|That|One|Another|Some)\b/.test(written);
      out = link(
        described ?? current,
        proper && !described && !current ? 'named' : 'description',
        plainDescription(written),
      );
    }
    // "Sweeny said" in an article that names Steve Sweeney: a surname misspelt by one letter
    if ((out.how === 'named' || out.how === 'carried') && /^\p{Lu}\p{Ll}{4,}$/u.test(out.name)) {
      const fix = misspeltSurname(out.name, mention.start, entities);
      if (fix) out = { ...out, name: fix.name, entity: fix.id };
    }
    speakers[k] = out;
    // a question put by an interviewer ("Borger asked"), not a speaker's own rhetorical one ("Is this right?" he said)
    const asking =
      q.type === 'direct' &&
      /\?\s*$/.test(text.slice(q.start, Math.min(text.length, q.end + 1)).replace(/[”"’']+\s*$/, '')) &&
      mention.start >= q.end &&
      /^\W{0,4}\s*(?:\S+\s+){0,4}?(?:asked|asks|inquired|wondered)\b/.test(text.slice(q.end, q.end + 60)) &&
      !/\b(?:was|were|is|been|being)\s+asked\b/.test(text.slice(q.end, q.end + 60));
    const who = out.entity ? entities.find((x) => x.id === out.entity) : undefined;
    if (q.type === 'direct') asked = asking && who ? { end: q.end, entity: who } : null;
    last = who ? { entity: who, type: who.type, sentence: sentenceAt(mention.start) } : null;
    const e = out.entity ? entities.find((x) => x.id === out.entity) : undefined;
    // ("Sanders has invited Matt Duss, who criticizes ...": a speaker in a relative clause is not who the sentence is about)
    const relative =
      !!q.cue &&
      q.cue.start > mention.end &&
      /^\s*,[^.;]*\b(?:who|which)\b[^,.;]*$/i.test(text.slice(mention.end, q.cue.start));
    if (e && e.type === 'person')
      spoken.push({
        at: mention.start,
        sentence: sentenceAt(mention.start),
        entity: e,
        ...(relative ? { relative } : {}),
      });
    if (e && e.type === 'organization')
      spokenOrgs.push({ at: mention.start, sentence: sentenceAt(mention.start), entity: e });
    if (out.how === 'named' || e)
      spokenAll.push({ at: mention.start, sentence: sentenceAt(mention.start), speaker: out, type: e?.type ?? null });
  }
  return { speakers, titles };
}

/**
 * The person a singular description is in apposition to: "Name, a/an/the ..." with only the comma
 * between the name's mention and the description; null otherwise.
 */
function apposedTo(parsed: Parsed, mentions: Candidate[], mention: Range): ResolvedEntity | null {
  const text = parsed.text;
  const written = text.slice(mention.start, mention.end);
  if (!/^(?:a|an|the)\s/i.test(written)) return null;
  // one person: "As Trump attacked Clinton, the attendees chanted" is a new clause's subject
  const toks = tokensIn(parsed, mention);
  if (!toks.length || toks[toks.length - 1]!.tags.has('Plural')) return null;
  const before = /,\s*$/.exec(text.slice(Math.max(0, mention.start - 3), mention.start));
  if (!before) return null;
  const commaAt = mention.start - before[0].length + before[0].indexOf(',');
  const c = mentions.find((m) => m.end === commaAt && m.entity.type === 'person');
  return c ? c.entity : null;
}

/**
 * The person named in apposition right after a description ("One early supporter, Representative Lee
 * Zeldin, Republican of New York,"): a comma, title words at most, the person's mention, then a comma,
 * a parenthesis or the clause's end; null otherwise.
 */
function nameAfterDescription(parsed: Parsed, mentions: Candidate[], mention: Range): ResolvedEntity | null {
  const text = parsed.text;
  const written = text.slice(mention.start, mention.end);
  if (!/^(?:a|an|one|another|the|this|that)\s/i.test(written) && !/^\p{Ll}/u.test(written)) return null;
  const comma = /^\s*,\s*/.exec(text.slice(mention.end, mention.end + 4));
  if (!comma) return null;
  const from = mention.end + comma[0].length;
  const c = mentions[firstStartingAt(mentions, from)];
  if (!c || c.entity.type !== 'person' || c.start - from > 40) return null;
  // only title words between ("Representative", "Sen.", "former Gov.")
  if (!/^(?:(?:former|then|\p{Lu}[\p{L}.'’-]*)\s+)*$/u.test(text.slice(from, c.start))) return null;
  return /^\s*(?:[,(;]|$)/.test(text.slice(c.end, c.end + 3)) ? c.entity : null;
}

/** Words that cannot stand right before a name a description ends in ("a spokesman for Google"). */
const NOT_BEFORE_NAME =
  /^(?:of|for|at|with|from|in|to|on|by|about|as|than|like|and|or|but|nor|the|a|an|his|her|their|its|our|my|your|this|that|these|those|said|says)$/;

/** The name a description ends in after a lowercase word ("Band member Flea" → "Flea"), or null. */
function trailingName(written: string): string | null {
  const m = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u.exec(
    plainDescription(written),
  );
  if (!m || NOT_BEFORE_NAME.test(m[1]!) || !/\p{Ll}/u.test(m[2]!)) return null;
  return m[2]!;
}

/** A description kept as written, without a leading "the" or trailing comma. */
function plainDescription(written: string): string {
  return written.replace(/[\s,;:]+$/, '');
}

/** Tokens of a range, in order. */
function tokensIn(parsed: Parsed, r: Range): Token[] {
  const out: Token[] = [];
  for (
    let i = firstStartingAt(parsed.tokens, r.start);
    i < parsed.tokens.length && parsed.tokens[i]!.start < r.end;
    i++
  )
    out.push(parsed.tokens[i]!);
  return out;
}

const capital = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/**
 * The name a speaker phrase gives, read from its head: the last word before "of", "for", a comma
 * or "who". A name at the head is the speaker ("Clinton campaign Chairman John Podesta"); a name
 * before a common head only modifies it ("the Clinton campaign", "Sanders supporters") — except a
 * document's issuer ("a Bloomberg poll", "a report by the Center for ..."). A description followed
 * by a name in apposition is that name ("The Podesta Group's CEO, Kimberley Fritts,").
 */
function headName(
  parsed: Parsed,
  r: Range,
  appositive: Range | undefined,
  touching: (r: Range) => Candidate[],
): { entity: ResolvedEntity | null; name?: string } | null {
  const toks = tokensIn(parsed, r);
  if (!toks.length) return null;
  // the head part: up to the first link word, comma or parenthesis
  let end = toks.length - 1;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.pre.includes('(')) {
      end = k - 1;
      break;
    }
    // "GOP contender and former neurosurgeon Ben Carson": "and" between two descriptions of one name
    if (toks[k]!.normal === 'and' && toks[k + 1] && !capital(toks[k + 1]!) && tailName(toks, k + 1)) continue;
    if (HEAD_END.test(toks[k]!.normal) && !capital(toks[k]!)) {
      end = k - 1;
      break;
    }
    if (/[,(;:]/.test(toks[k]!.post) || /[—–]/.test(toks[k]!.post)) {
      end = k;
      break;
    }
  }
  const head = toks[end]!;
  const inside = touching(r);
  const at = (t: Token) => inside.find((m) => m.start <= t.start && t.start < m.end);
  // (the phrase may stop before "known as ...": read on past its end)
  const known = knownAs(tokensIn(parsed, { start: r.start, end: Math.min(parsed.text.length, r.end + 40) }));
  if (known) {
    const m = at(known[0]!) ?? touching({ start: known[0]!.start, end: known[known.length - 1]!.end })[0];
    return m && m.entity.type === 'person'
      ? { entity: m.entity }
      : { entity: null, name: known.map((t) => t.text).join(' ') };
  }
  const possessive = (t: Token) => t.tags.has('Possessive') || /['’]s?$/.test(t.text) || /^['’]/.test(t.post);
  // a phrase with a verb inside is a headline or a clause we could not cut ("Putin chides Turkey"): its first person
  // (not a plural head the tagger also reads as a verb: "Bush-era figures")
  if (
    toks
      .slice(1, -1)
      .some(
        (t) =>
          /^\p{Ll}+s$/u.test(t.text) &&
          t.tags.has('Verb') &&
          t.tags.has('PresentTense') &&
          !t.tags.has('Noun') &&
          !t.tags.has('Adjective'),
      )
  ) {
    const first = inside.find((m) => m.entity.type === 'person');
    if (first && first.start <= toks[Math.min(2, toks.length - 1)]!.start) return { entity: first.entity };
  }
  const headMention = at(head);
  // "Republicans", "Democrats": a party's members are a group, not the party
  // (the entity rules do not make party members a mention; an older list may)
  if (GROUP_NAME.test(head.text) && (!headMention || headMention.entity.name === head.text)) {
    // "most Republicans", "Leading Democrats" → Republicans, Democrats; "House Republicans" stays whole
    let from = 0;
    while (
      from < end &&
      (DETERMINERS.test(toks[from]!.normal) ||
        toks[from]!.tags.has('Adjective') ||
        toks[from]!.tags.has('Value') ||
        /^\p{Ll}/u.test(toks[from]!.text))
    )
      from++;
    return { entity: null, name: parsed.text.slice(toks[from]!.start, head.end) };
  }
  // "Mr. Trump's" alone is the possessor speaking; "Trump's campaign" is not Trump
  if (headMention && (!possessive(head) || end === toks.length - 1)) return { entity: headMention.entity };
  // a name the entity list does not hold, at the head: "Atlantic City Mayor Don Guardian"
  if (capital(head) && !head.tags.has('Pronoun') && toks.length > 1 && !DETERMINERS.test(toks[0]!.normal)) {
    let first = end;
    while (first > 0 && capital(toks[first - 1]!) && !/[,;:()]/.test(toks[first - 1]!.post)) first--;
    const words = toks.slice(first, end + 1);
    const personIdx = words.findIndex((t) => t.tags.has('FirstName'));
    if (personIdx >= 0 && words.length - personIdx >= 2)
      return {
        entity: null,
        name: words
          .slice(personIdx)
          .map((t) => t.text)
          .join(' '),
      };
  }
  const headWord = head.normal.replace(/['’]s$/, '');
  const modifiers = toks
    .slice(0, end)
    .map(at)
    .filter((m): m is Candidate => !!m);
  // "Bush-era figures": a name in a hyphenated compound with a lowercase word dates or qualifies the head, it issues nothing
  // ("a Washington Post-ABC News poll" joins two issuers)
  if (
    DOCUMENT_HEADS.has(headWord) &&
    toks.slice(0, end).some((t, i) => t.post === '-' && capital(t) && !capital(toks[i + 1]!))
  )
    return null;
  if (DOCUMENT_HEADS.has(headWord)) {
    // the issuer: a name modifying the head, or after "by"/"from"/"of"
    // the issuer's name: the capitalised words before the head ("F.A.A. records", "a Quinnipiac University poll")
    let first = end;
    while (
      first > 0 &&
      (capital(toks[first - 1]!) ||
        (/^(?:of|the|and|&)$/.test(toks[first - 1]!.normal) && first - 1 > 0 && capital(toks[first - 2]!))) &&
      !(DETERMINERS.test(toks[first - 1]!.text) && capital(toks[first - 1]!)) &&
      !/^\d/.test(toks[first - 1]!.text)
    )
      first--;
    while (first < end && !capital(toks[first]!)) first++;
    const last = modifiers[modifiers.length - 1];
    // an entity that is the whole run names it; one inside a longer run ("USA" in "USA TODAY/Rock the Vote") does not
    if (last && (first >= end || (last.start <= toks[first]!.start + 1 && last.end >= toks[end - 1]!.end - 1)))
      return { entity: last.entity };
    if (first < end) return { entity: null, name: parsed.text.slice(toks[first]!.start, toks[end - 1]!.end) };
    if (last) return { entity: last.entity };
    for (let k = end + 1; k < toks.length - 1; k++) {
      if (!/^(?:by|from|of)$/.test(toks[k]!.normal)) continue;
      const m = toks
        .slice(k + 1)
        .map(at)
        .find((x) => !!x);
      if (m) return { entity: m.entity };
      // a name the entity list lacks: "a press release from Judicial Watch"
      const run = issuerRun(toks, k + 1);
      if (run) return { entity: null, name: parsed.text.slice(run[0]!.start, run[run.length - 1]!.end) };
      break;
    }
    return null;
  }
  // "the Washington Post's investigative unit": an organization's unit speaks for it (a person's
  // attorney or a campaign's spokesman does not)
  const owner = modifiers[modifiers.length - 1];
  if (
    owner &&
    owner.entity.type === 'organization' &&
    !head.tags.has('Actor') &&
    !head.tags.has('Person') &&
    !head.tags.has('Plural') &&
    !BODY_HEADS.has(headWord)
  )
    return { entity: owner.entity };
  // "The director of the European Centre, Ina Kirsch,": a name in apposition to a description
  if (appositive && (!capital(head) || DETERMINERS.test(toks[0]!.normal))) {
    const app = tokensIn(parsed, appositive);
    if (app.length && app.length <= 5 && capital(app[0]!)) {
      const m = touching(appositive).find((x) => x.entity.type === 'person');
      if (m && m.start <= app[0]!.start + 1) return { entity: m.entity };
      // a name the entity list lacks: "The director of the European Centre, Ina Kirsch,"
      const words = app.filter((t) => /\p{L}/u.test(t.text));
      const personHead = head.tags.has('Actor') || ROLES.test(head.normal);
      const place = (t: Token) =>
        t.tags.has('Organization') ||
        t.tags.has('Place') ||
        t.tags.has('Country') ||
        t.tags.has('City') ||
        t.tags.has('Region');
      if (
        words.length >= 2 &&
        words.length <= 4 &&
        words.every(capital) &&
        !words.some(place) &&
        (words[0]!.tags.has('FirstName') || personHead)
      )
        return { entity: null, name: words.map((t) => t.text).join(' ') };
    }
  }
  // A phrase we cannot read as a description (a headline's "Putin chides Turkey"): its first person.
  if (
    !DETERMINERS.test(toks[0]!.normal) &&
    !BODY_HEADS.has(headWord) &&
    !head.tags.has('Plural') &&
    capital(toks[0]!)
  ) {
    const lead = toks.findIndex((t) => !t.tags.has('Honorific') && !t.tags.has('Abbreviation'));
    const first = inside.find((m) => m.entity.type === 'person' && m.start === toks[Math.max(0, lead)]!.start);
    if (first) return { entity: first.entity };
  }
  return null;
}

/**
 * "the base chief known as Bob", "a contractor identified only as Tanto", "a man named John Doe":
 * the name a description gives at its end (one to three capitalised words), or null.
 */
function knownAs(toks: Token[]): Token[] | null {
  for (let k = 1; k < toks.length - 1; k++) {
    const w = toks[k]!.normal;
    // only inside the description: a comma or a verb before the word ends it
    if (/[,;:()]/.test(toks[k - 1]!.post) || (toks[k]!.tags.has('Verb') && !/^(?:known|identified|named)$/.test(w)))
      return null;
    let from = -1;
    if (w === 'named' && !capital(toks[k]!)) from = k + 1;
    else if (/^(?:known|identified)$/.test(w)) {
      let j = k + 1;
      if (toks[j]?.normal === 'only') j++;
      if (toks[j]?.normal === 'as') from = j + 1;
    }
    if (from < 0 || from >= toks.length) continue;
    const name: Token[] = [];
    for (let j = from; j < toks.length && name.length < 4; j++) {
      const t = toks[j]!;
      if (!capital(t) || t.tags.has('Pronoun')) break;
      name.push(t);
      if (/[^\s'’]/.test(t.post)) break;
    }
    return name.length >= 1 && name.length <= 3 ? name : null;
  }
  return null;
}

/** The capitalised name from k on ("the Center for Economic and Policy Research"), past a leading "the"; null if none. */
function issuerRun(toks: Token[], k: number): Token[] | null {
  if (toks[k]?.normal === 'the') k++;
  const run: Token[] = [];
  for (let j = k; j < toks.length; j++) {
    const t = toks[j]!;
    const link = /^(?:of|for|and|&|the)$/.test(t.normal) && run.length > 0 && toks[j + 1] && capital(toks[j + 1]!);
    if (!(capital(t) && !t.tags.has('Pronoun')) && !link) break;
    run.push(t);
    if (/[,;:()]/.test(t.post)) break;
  }
  return run.length ? run : null;
}

/** Tokens from k on are lowercase description words ending in a capitalised name, with no link word or comma. */
function tailName(toks: Token[], k: number): boolean {
  let sawName = false;
  for (let j = k; j < toks.length; j++) {
    const t = toks[j]!;
    if (HEAD_END.test(t.normal) || DETERMINERS.test(t.normal) || (/[,;:()]/.test(t.post) && j < toks.length - 1))
      return false;
    if (capital(t)) sawName = true;
    else if (sawName) return false;
  }
  return sawName;
}

/**
 * "Mr. Clinton" is not Hillary Clinton: when an honorific contradicts the entity's gender, another
 * person with that surname whose gender fits; with none, the link stands.
 */
function honorificAgrees(
  written: string,
  e: ResolvedEntity,
  gender: Map<string, Gender>,
  entities: ResolvedEntity[],
): ResolvedEntity | null {
  const m = /^(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)/u.exec(written.trim());
  if (!m || e.type !== 'person') return e;
  const want: Gender = m[1] === 'Mr' ? 'm' : 'f';
  const g = gender.get(e.id);
  if (!g || g === want) return e;
  const surname = m[2]!;
  // only when the article names another person of that surname; else the link stands (the text's evidence conflicts)
  return (
    entities.find(
      (x) =>
        x !== e &&
        x.type === 'person' &&
        x.name.split(/\s+/).pop() === surname &&
        gender.get(x.id) !== (want === 'm' ? 'f' : 'm'),
    ) ?? e
  );
}

/**
 * "Jeb Bush ... Mr. Bush said ... the party of George W. Bush": a surname alone means the person
 * whose full name introduced that surname before it, not one the article names in full only later
 * (an entity list that merged "Mr. Bush" into the later George W. Bush). Only when the linked person
 * has no full-name mention before this one; a full name in a list ("Ammon and Ryan Bundy", "George
 * Bush and George W. Bush") introduces no one. Returns the earlier person, or null to keep the link.
 */
function introducedLater(
  parsed: Parsed,
  written: string,
  e: ResolvedEntity,
  at: number,
  entities: ResolvedEntity[],
): { entity: ResolvedEntity | null; name: string } | null {
  if (e.type !== 'person') return null;
  const m = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov)\.?\s+)?(\p{Lu}[\p{L}'’-]+?)(?:['’]s?)?$/u.exec(written.trim());
  if (!m) return null;
  const surname = m[1]!;
  const last = (n: string) => n.split(/\s+/).pop();
  if (last(e.name) !== surname) return null;
  const text = parsed.text;
  const full = (x: { start: number; end: number }) => /\s/.test(text.slice(x.start, x.end).trim());
  // one of several names: after "and", or before a comma or "and" and another name (not an appositive's ", is")
  const listed = (start: number, end: number) =>
    /(?:\band|\bor|&)\s*$/.test(text.slice(Math.max(0, start - 6), start)) ||
    /^(?:['’]s)?(?:,\s*|\s+(?:and|or|&)\s+)\p{Lu}/u.test(text.slice(end, end + 12));
  if (e.mentions.some((x) => x.end <= at && full(x) && !listed(x.start, x.end))) return null;
  // the earliest full name ending in the surname before `at`: a first name (or initials) right before it
  const toks = parsed.tokens;
  for (let i = 1; i < toks.length && toks[i]!.start < at; i++) {
    const t = toks[i]!;
    if (t.text.replace(/['’]s?$/, '') !== surname) continue;
    let k = i - 1;
    while (k >= 0 && namePart(toks[k]!)) k--;
    if (k === i - 1 || !/^\p{Lu}\p{Ll}/u.test(toks[k + 1]!.text)) continue;
    if (listed(toks[k + 1]!.start, t.start + surname.length)) continue;
    const name = text.slice(toks[k + 1]!.start, t.start + surname.length);
    if (name === e.name || e.aliases.includes(name)) return null;
    const other = entities.find((x) => x.type === 'person' && (x.name === name || x.aliases.includes(name)));
    return { entity: other ?? null, name: other?.name ?? name };
  }
  return null;
}

/**
 * The one person named in full before `at` whose surname is `word` misspelt by one letter (a
 * swap, a slip, a letter more or less: "Keidis" for Anthony Kiedis), when no one has that surname.
 */
function misspeltSurname(word: string, at: number, entities: ResolvedEntity[]): ResolvedEntity | null {
  const persons = entities.filter((e) => e.type === 'person' && /\s/.test(e.name));
  const surname = (e: ResolvedEntity) => e.name.split(/\s+/).pop()!;
  if (persons.some((e) => surname(e) === word)) return null;
  const near = persons.filter(
    (e) =>
      e.mentions.some((m) => m.end <= at) &&
      surname(e)[0] === word[0] &&
      surname(e).length >= 5 &&
      oneEdit(surname(e).toLowerCase(), word.toLowerCase()),
  );
  return near.length === 1 ? near[0]! : null;
}

/** a and b differ by one substitution, insertion, deletion or swap of neighbours. */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A first name or an initial of a full name written out ("Jeb", "George", "W."). */
function namePart(t: Token): boolean {
  const tg = t.tags;
  if (/^\p{Lu}$/u.test(t.text)) return t.post.trim() === '.';
  if (t.post.trim() || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  if (tg.has('FirstName')) return true;
  return (
    tg.has('ProperNoun') &&
    !['Honorific', 'Place', 'Organization', 'Country', 'City', 'Region', 'Preposition', 'Determiner', 'Verb'].some(
      (x) => tg.has(x),
    )
  );
}

/** One-word names of a party's or a movement's members ("Republicans", "Democrats", "Millennials"). */
const GROUP_NAME = /^\p{Lu}\p{Ll}+(?:ans|ats|ists|als|ives|ites)$/u;

/** Kinds of document a definite description may refer back to ("the poll" → "a Quinnipiac University poll"). */
const DOCUMENT_KINDS: Array<[RegExp, string]> = [
  [/^(?:polls?|polling|surveys?)$/i, 'poll'],
  [/^(?:reports?)$/i, 'report'],
  [/^(?:stud(?:y|ies)|analys[ie]s|research)$/i, 'study'],
  [/^(?:statement|release)$/i, 'statement'],
  [/^(?:letter|memo|note|email)$/i, 'letter'],
];
/** Words a statement or letter is given with, in its giver's sentence ("said in a statement", "a letter to"). */
const GIVEN_WITH: Record<string, RegExp> = {
  statement: /\b(?:a|an)\s+(?:\p{Ll}+\s+)?(?:statement|release)\b/u,
  letter: /\b(?:a|an)\s+(?:\p{Ll}+\s+)?(?:letter|memo|note|email)\b/u,
};

/**
 * Who gave "the statement" or "the survey" the article introduced with no issuer: a statement or
 * letter, the latest named speaker whose sentence gives one ("Fox News said in a statement");
 * a poll, report or study, an organization speaking in the same or the previous sentence
 * ("the University of Michigan reported ... the survey found"). Else null: kept as written.
 */
function documentGiver(
  parsed: Parsed,
  kind: string,
  at: number,
  spoken: Array<{ at: number; sentence: number; speaker: ResolvedSpeaker; type: string | null }>,
  sentenceAt: (offset: number) => number,
): ResolvedSpeaker | null {
  const here = sentenceAt(at);
  const given = GIVEN_WITH[kind];
  for (let k = spoken.length - 1; k >= 0; k--) {
    const sp = spoken[k]!;
    if (sp.at >= at) continue;
    if (given) {
      if (here - sp.sentence > 8) return null;
      const sent = parsed.sentences[sp.sentence]!;
      if (given.test(parsed.text.slice(sent.start, sent.end))) return sp.speaker;
    } else {
      if (here - sp.sentence > 1) return null;
      if (sp.type === 'organization') return sp.speaker;
    }
  }
  return null;
}

function kindOf(word: string): string | null {
  for (const [re, kind] of DOCUMENT_KINDS) if (re.test(word)) return kind;
  return null;
}

/** "the poll", "The survey", "Poll" (a headline's label), "a new survey": a document named by its kind alone. */
function documentKind(written: string): string | null {
  const m = /^(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Aa]n?)\s+(?:\p{Ll}+\s+|\d{4}\s+){0,2})?([\p{L}]+)[\s,:]*$/u.exec(
    written.trim(),
  );
  return m ? kindOf(m[1]!) : null;
}

interface DocumentIntro {
  at: number;
  kind: string;
  issuer: string;
}

const NAME_RUN = String.raw`(?:\p{Lu}[\p{L}\p{N}.&'’-]*(?:\/\p{Lu}[\p{L}\p{N}.&'’-]*)*)`;
/** "a Quinnipiac University poll", "an NBC News/Wall Street Journal poll", "USA TODAY/Rock the Vote Millennial Poll" */
const ISSUER_BEFORE = new RegExp(
  String.raw`(${NAME_RUN}(?:\s+(?:(?:of|the|and|&)\s+)?${NAME_RUN}){0,7})\s+(polls?|polling|surveys?|stud(?:y|ies)|reports?|analys[ie]s)\b`,
  'gu',
);
/** "a survey conducted by the One America News Network", "a 2009 report by the Center for ..." */
const ISSUER_AFTER = new RegExp(
  String.raw`\b(polls?|surveys?|stud(?:y|ies)|reports?|analys[ie]s)\s+(?:(?:\p{Ll}+|\d+)\s+){0,2}?(?:by|from)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(${NAME_RUN}(?:\s+(?:(?:of|for|on|and|the|&)\s+){0,2}${NAME_RUN}){0,7})`,
  'gu',
);
const NOT_ISSUER =
  /^(?:A|An|The|In|On|At|New|Latest|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Poll|Polls|Survey|Report|According|Jobs|But|And|While|When|\d+)$/;

/** Where the article introduces a document with its issuer. */
function documentIntros(text: string): DocumentIntro[] {
  const out: DocumentIntro[] = [];
  for (const m of text.matchAll(ISSUER_BEFORE)) {
    if (/\n/.test(m[1]!)) continue;
    let words = m[1]!.split(/\s+/);
    // a sentence's end inside the run ("... on Wednesday. The report"): only what follows it
    let stop = -1;
    words.forEach((w, k) => {
      if (/\.$/.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w)) stop = k;
    });
    if (stop >= 0) words = words.slice(stop + 1);
    while (words.length && (NOT_ISSUER.test(words[0]!) || /^(?:of|the|and|&)$/.test(words[0]!))) words.shift();
    if (words.length) out.push({ at: m.index!, kind: kindOf(m[2]!)!, issuer: words.join(' ') });
  }
  for (const m of text.matchAll(ISSUER_AFTER))
    if (!/\n/.test(m[0]!))
      out.push({ at: m.index!, kind: kindOf(m[1]!)!, issuer: m[2]!.replace(/\s+(?:of|for|on|and|the|&)$/, '') });
  return out.sort((a, b) => a.at - b.at);
}

/** The issuer of the document "the poll" refers to: the latest one introduced before it, else (a headline) the next one. */
function documentIssuer(intros: DocumentIntro[], kind: string, at: number): string | null {
  let best: DocumentIntro | null = null;
  for (const d of intros) if (d.kind === kind && d.at < at && at - d.at < DESCRIPTION_REACH) best = d;
  if (best) return best.issuer;
  for (const d of intros) if (d.kind === kind && d.at > at && d.at - at < 2000) return d.issuer;
  return null;
}

/**
 * "I" and "you" in an interview's turns: in an answer ("A: I think ...") the interviewee, the first
 * person the article names; "you" in a question ("Q: Are you ...") too; "I" in a turn labelled
 * with a name ("BIDEN: I ...") that person. Elsewhere they stay as written.
 */
function turnSpeaker(
  text: string,
  at: number,
  word: string,
  entities: ResolvedEntity[],
  mentions: Candidate[],
): ResolvedEntity | null {
  // the turn: this paragraph's label, or that of the paragraph opening a multi-paragraph answer
  let para = text.lastIndexOf('\n', at - 1) + 1;
  let label: RegExpExecArray | null = null;
  for (let n = 0; n < 8; n++) {
    label = /^\s*([\p{Lu}][\p{L}.'’ -]{0,30}?):\s/u.exec(text.slice(para, Math.min(n ? text.length : at, para + 40)));
    if (label || para === 0) break;
    para = text.lastIndexOf('\n', para - 2) + 1;
    while (para > 0 && !text.slice(para, text.indexOf('\n', para) < 0 ? text.length : text.indexOf('\n', para)).trim())
      para = text.lastIndexOf('\n', para - 2) + 1;
  }
  if (!label) return null;
  const name = label[1]!.trim();
  const interviewee = () => mentions.find((m) => m.entity.type === 'person')?.entity ?? null;
  if (/^(?:A|Answer)$/i.test(name)) return word === 'you' ? null : interviewee();
  if (/^(?:Q|Question)$/i.test(name)) return word === 'you' ? interviewee() : null;
  // a named turn only for its own paragraph (a headline label far above names no later "I")
  if (word === 'you' || para !== text.lastIndexOf('\n', at - 1) + 1) return null;
  const key = name.toLowerCase();
  return (
    entities.find(
      (e) =>
        e.type === 'person' &&
        [e.name, ...e.aliases].some((n) => n.toLowerCase() === key || n.toLowerCase().split(/\s+/).pop() === key),
    ) ?? null
  );
}

/** Mentions that lie inside quoted material (a person named in a quote is rarely its speaker). */
function quotedMentions(mentions: Candidate[], quotes: QuoteFinding[]): Set<Candidate> {
  const spans = quotes.filter((q) => q.type !== 'indirect').sort((a, b) => a.start - b.start);
  const out = new Set<Candidate>();
  let k = 0;
  for (const c of mentions) {
    while (k < spans.length && spans[k]!.end <= c.start) k++;
    const q = spans[k];
    if (q && c.start >= q.start && c.end <= q.end) out.add(c);
  }
  return out;
}

/**
 * The person a he/she refers to, as a reader would pick: reading back sentence by sentence from
 * the pronoun, the speaker of an attribution in that sentence, else its subject (a person named
 * outside quotes who is not a possessor or a preposition's object), agreeing in gender. The
 * current speaker of a run of quotes thus wins over a name mentioned in passing.
 */
function antecedent(
  parsed: Parsed,
  mentions: Candidate[],
  gender: Map<string, Gender>,
  quoted: Set<Candidate>,
  spoken: Spoken[],
  at: number,
  want: Gender,
  sentenceAt: (offset: number) => number,
  nearest = true,
  not: Set<ResolvedEntity> = new Set(),
): ResolvedEntity | null {
  const agrees = (e: ResolvedEntity) => {
    const g = gender.get(e.id);
    return e.type === 'person' && !not.has(e) && (!g || !want || g === want);
  };
  const here = sentenceAt(at);
  for (let s = here; s >= Math.max(0, here - PRONOUN_SENTENCES); s--) {
    const sent = parsed.sentences[s]!;
    const limit = s === here ? at : sent.end;
    // "In what he called a rant, President Obama took ...": a pronoun in a fronted clause means the main clause's subject
    if (s === here && at < frontedEnd(parsed, sent)) {
      const main = mainSubject(parsed, mentions, quoted, sent);
      if (main && agrees(main)) return main;
    }
    // the sentence's own subject before the pronoun ("Bush went after Trump, when he called ...")
    const subject = s === here ? openingSubject(parsed, mentions, quoted, sent, limit) : null;
    if (subject && agrees(subject)) return subject;
    for (let k = spoken.length - 1; k >= 0; k--) {
      const sp = spoken[k]!;
      if (sp.sentence === s && sp.at < limit && !sp.relative && agrees(sp.entity)) return sp.entity;
    }
    if (s === here) {
      // "Big legislation eludes Mr. Sanders because ... he seeks": the one person the clause names before it
      const sole = solePerson(parsed, mentions, quoted, sent, limit);
      if (sole && agrees(sole)) return sole;
      continue;
    }
    // "And he even inserted himself ..., speaking highly of Mr. Trump.": a sentence whose subject is
    // already "he" / "she" carries the earlier referent; the person it names later is not it
    if (pronounSubject(parsed, sent, want)) continue;
    const subj = subjectOf(parsed, mentions, quoted, sent.start, limit);
    if (subj && agrees(subj)) return subj;
    // a sentence whose subject is a person described, not named ("A president who authorized the raid that killed
    // Osama bin Laden ... will hand ...") is about that person: not anyone named inside it, perhaps someone before it
    if (describedSubject(parsed, sent)) continue;
    // no subject: the sentence's first person named outside quotes, not a possessor ("Just look at Paul Ryan.")
    const any = firstPerson(parsed, mentions, quoted, sent.start, limit, agrees);
    if (any) return any;
    // or, for a description, the possessor opening it ("Donald Trump's assertion ... drew rebukes. “...,” the
    // nominee told"; a pronoun does not go so far back: "Hale's plan fails ... She has said" may be someone else)
    const c = nearest ? undefined : mentions[firstStartingAt(mentions, sent.start)];
    if (c && c.end <= limit && !quoted.has(c) && possessor(parsed, c) && opening(parsed, sent, c) && agrees(c.entity))
      return c.entity;
  }
  // no subject or speaker agrees: the nearest person whose gender does not contradict
  for (let i = nearest ? firstStartingAt(mentions, at) - 1 : -1; i >= 0; i--) {
    const c = mentions[i]!;
    if (at - c.end > PRONOUN_REACH) break;
    if (!quoted.has(c) && agrees(c.entity)) return c.entity;
  }
  return null;
}

/** A person resolved as a speaker: where named, in which sentence, and whether in a relative clause. */
interface Spoken {
  at: number;
  sentence: number;
  entity: ResolvedEntity;
  relative?: boolean;
}

/** The sentence opens with a description of one person as its subject: "A president who ...", "The senator said". */
function describedSubject(parsed: Parsed, sent: { first: number; last: number }): boolean {
  const toks = parsed.tokens;
  let k = sent.first;
  while (k < sent.last && LEAD_WORDS.test(toks[k]!.normal)) k++;
  if (!/^(?:a|an|the|this|that)$/.test(toks[k]?.normal ?? '')) return false;
  for (let n = k + 1; n < Math.min(sent.last, k + 5); n++) {
    const t = toks[n]!;
    if (capital(t) || t.tags.has('Plural') || t.tags.has('Possessive')) return false;
    const role = t.tags.has('Noun') && (t.tags.has('Actor') || ROLES.test(t.normal));
    const next = toks[n + 1];
    if (role && next && (next.normal === 'who' || (next.tags.has('Verb') && !next.tags.has('Noun')))) return true;
    if (!t.tags.has('Adjective') && !t.tags.has('Noun')) return false;
  }
  return false;
}

/** Conjunctions and linking adverbs a sentence may open with before its subject. */
const LEAD_WORDS = /^(?:but|and|so|yet|then|still)$/;

/** The sentence opens (past "and", "but", adverbs) with "he" or "she", agreeing with the gender wanted. */
function pronounSubject(parsed: Parsed, sent: { first: number; last: number }, want: Gender): boolean {
  const toks = parsed.tokens;
  let k = sent.first;
  while (k < sent.last && (LEAD_WORDS.test(toks[k]!.normal) || toks[k]!.tags.has('Adverb'))) k++;
  const w = toks[k]?.normal ?? '';
  if (w === 'he') return want !== 'f';
  if (w === 'she') return want !== 'm';
  return false;
}

/**
 * The person who opens the sentence as its subject ("Bush went after Trump at the debate, when he
 * called ..."), past quoted material and a few capitalised or introductory words; not a person
 * named later in a clause of its own ("Asked whether Clinton ..., she replied").
 */
function opening(parsed: Parsed, sent: { first: number; last: number }, c: Candidate): boolean {
  let k = sent.first;
  const toks = parsed.tokens;
  while (
    k < sent.last &&
    toks[k]!.end <= c.start &&
    (capital(toks[k]!) ||
      LEAD_WORDS.test(toks[k]!.normal) ||
      (/^[“"‘'”’]/.test(toks[k]!.pre) && toks[k]!.start < c.start))
  ) {
    if (toks[k]!.start >= c.start) break;
    k++;
  }
  return toks[k] !== undefined && toks[k]!.start >= c.start;
}

function openingSubject(
  parsed: Parsed,
  mentions: Candidate[],
  quoted: Set<Candidate>,
  sent: { start: number; first: number; last: number },
  to: number,
): ResolvedEntity | null {
  for (let i = firstStartingAt(mentions, sent.start); i < mentions.length && mentions[i]!.end <= to; i++) {
    const c = mentions[i]!;
    if (quoted.has(c)) continue;
    // "The Obama administration's waiver ..., she said": a modifier is no subject
    if (c.entity.type === 'person' && !possessor(parsed, c) && modifier(parsed, c)) continue;
    if (c.entity.type !== 'person' || possessor(parsed, c)) return null;
    if (c.end <= frontedEnd(parsed, sent)) continue;
    return opening(parsed, sent, c) ? c.entity : null;
  }
  return null;
}

/**
 * The person-subject of the nearest of the two sentences before `at` that names anyone, when no
 * other person is named between it and `at` and neither sentence holds an attribution; else null.
 */
function recentSubject(
  parsed: Parsed,
  mentions: Candidate[],
  quoted: Set<Candidate>,
  spoken: Array<{ sentence: number }>,
  at: number,
  sentenceAt: (offset: number) => number,
): ResolvedEntity | null {
  const here = sentenceAt(at);
  for (let s = here - 1; s >= Math.max(0, here - 2); s--) {
    if (spoken.some((x) => x.sentence === s)) return null;
    const sent = parsed.sentences[s]!;
    const subject = subjectOf(parsed, mentions, quoted, sent.start, sent.end);
    const people = new Set<ResolvedEntity>();
    for (let i = firstStartingAt(mentions, sent.start); i < mentions.length && mentions[i]!.start < at; i++)
      if (mentions[i]!.entity.type === 'person' && !quoted.has(mentions[i]!)) people.add(mentions[i]!.entity);
    if (!people.size) continue;
    return subject && people.size === 1 ? subject : null;
  }
  return null;
}

/**
 * The only person the sentence names before `to`, outside quotes, not a possessor or a modifier
 * ("the Clinton campaign"), nor a preposition's or a participle's object ("Asked by Starnes if he",
 * "criticizing Obama, he said"); null when there are two or none.
 */
function solePerson(
  parsed: Parsed,
  mentions: Candidate[],
  quoted: Set<Candidate>,
  sent: { start: number; first: number },
  to: number,
): ResolvedEntity | null {
  const first = parsed.tokens[sent.first];
  if (first && /^(?:asked|when|while|after|before|if|unlike|like)$/.test(first.normal)) return null;
  let found: ResolvedEntity | null = null;
  for (let i = firstStartingAt(mentions, sent.start); i < mentions.length && mentions[i]!.end <= to; i++) {
    const c = mentions[i]!;
    if (c.entity.type !== 'person' || quoted.has(c)) continue;
    if (possessor(parsed, c) || modifier(parsed, c)) continue;
    let p = firstStartingAt(parsed.tokens, c.start) - 1;
    while (p >= 0 && capital(parsed.tokens[p]!) && !/[,.;:—–]/.test(parsed.tokens[p]!.post)) p--;
    const prev = parsed.tokens[p];
    if (prev && prev.end > sent.start && (prev.tags.has('Preposition') || /ing$|ed$/.test(prev.normal))) return null;
    if (found && found !== c.entity) return null;
    found = c.entity;
  }
  return found;
}

/** The first person named in [from, to) as a subject: outside quotes, not a possessor, not after a preposition or verb. */
function subjectOf(
  parsed: Parsed,
  mentions: Candidate[],
  quoted: Set<Candidate>,
  from: number,
  to: number,
): ResolvedEntity | null {
  const sent = parsed.sentences[Math.max(0, firstStartingAt(parsed.sentences, from + 1) - 1)];
  const fronted = sent && sent.start === from ? frontedEnd(parsed, sent) : -1;
  for (let i = firstStartingAt(mentions, from); i < mentions.length && mentions[i]!.end <= to; i++) {
    const c = mentions[i]!;
    if (c.entity.type !== 'person' || quoted.has(c)) continue;
    if (possessor(parsed, c) || modifier(parsed, c)) continue;
    // "Since announcing William Weld as his running mate, Johnson has risen": not the fronted clause's object
    if (fronted >= 0 && c.end <= fronted) continue;
    const t = firstStartingAt(parsed.tokens, c.start);
    let p = t - 1;
    // step left over titles and capitalised words of the name's own phrase ("Sen. Bernie Sanders")
    while (
      p >= 0 &&
      parsed.tokens[p]!.end > from &&
      capital(parsed.tokens[p]!) &&
      !/[,.;:—–]/.test(parsed.tokens[p]!.post)
    )
      p--;
    const prev = parsed.tokens[p];
    if (prev && prev.end > from && !/[,;:—–(]/.test(prev.post)) {
      const tg = prev.tags;
      if (
        tg.has('Preposition') ||
        (tg.has('Verb') && !tg.has('Auxiliary')) ||
        prev.normal === 'and' ||
        prev.normal === 'or'
      )
        continue;
    }
    return c.entity;
  }
  return null;
}

/** "Clinton's campaign", not "Clinton's wobbly" (compromise reads that 's as an implicit "is"). */
function possessor(parsed: Parsed, c: Candidate): boolean {
  if (!/^['’]s?\b/.test(parsed.text.slice(c.end, c.end + 2))) return false;
  const k = firstStartingAt(parsed.tokens, c.end);
  const next = parsed.tokens[k];
  return !(next && next.text === '' && next.tags.has('Copula'));
}

/** Words that open a clause set before the sentence's subject ("Since announcing X, Johnson ..."). */
const FRONTING =
  /^(?:since|after|before|with|asked|when|while|as|if|although|though|despite|because|once|until|unlike|like|following|in|upon|without)$/;

/** The end of a fronted clause ("When he arrived,", "Asked about Smith,"): its comma, or -1 when the sentence opens with its subject. */
function frontedEnd(parsed: Parsed, sent: { first: number; last: number }): number {
  const first = parsed.tokens[sent.first];
  if (!first || !(FRONTING.test(first.normal) || /^\p{Lu}\p{Ll}+ing$/u.test(first.text))) return -1;
  for (let k = sent.first; k < sent.last && k < sent.first + 25; k++) {
    const t = parsed.tokens[k]!;
    if (t.post.includes(',')) return t.end;
  }
  return -1;
}

/** The person opening the main clause after a fronted one ("When he arrived, Sen. John Hale said"), or null. */
function mainSubject(
  parsed: Parsed,
  mentions: Candidate[],
  quoted: Set<Candidate>,
  sent: { first: number; last: number },
): ResolvedEntity | null {
  const end = frontedEnd(parsed, sent);
  let k = firstStartingAt(parsed.tokens, end);
  const start = parsed.tokens[k];
  while (k < sent.last && capital(parsed.tokens[k]!) && !/[,;:]/.test(parsed.tokens[k]!.post)) k++;
  if (!start) return null;
  // the first mention among the capitalised words after the comma ("President Barack Obama")
  const c = mentions[firstStartingAt(mentions, start.start)];
  if (
    !c ||
    c.start >= (parsed.tokens[k]?.start ?? Infinity) ||
    c.entity.type !== 'person' ||
    quoted.has(c) ||
    possessor(parsed, c)
  )
    return null;
  return modifier(parsed, c) ? null : c.entity;
}

/** People named as the object of the pronoun's own verb ("he told Rubio", "she thanked Mr. Hale"): not who the pronoun is. */
function objectsAfter(parsed: Parsed, mentions: Candidate[], r: Range): Set<ResolvedEntity> {
  const out = new Set<ResolvedEntity>();
  for (let i = firstStartingAt(mentions, r.end); i < mentions.length && mentions[i]!.start < r.end + 40; i++) {
    const c = mentions[i]!;
    const between = parsed.text.slice(r.end, c.start);
    if (/^\s+(?:\p{Ll}+\s+){1,2}(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?$/u.test(between)) out.add(c.entity);
  }
  return out;
}

/** A name used as a modifier of a noun after it ("a Sanders supporter", "the Clinton campaign"). */
function modifier(parsed: Parsed, c: Candidate): boolean {
  const k = firstStartingAt(parsed.tokens, c.end);
  const next = parsed.tokens[k];
  const last = parsed.tokens[k - 1];
  if (!next || !last || last.post.trim() || !/^\p{Ll}/u.test(next.text)) return false;
  // "The Cruz campaign picked up ...": compromise reads "campaign" as a verb too
  if (BODY_HEADS.has(next.normal)) return true;
  return next.tags.has('Noun') && !next.tags.has('Verb') && !next.tags.has('Pronoun') && !next.tags.has('Adverb');
}

function firstPerson(
  parsed: Parsed,
  mentions: Candidate[],
  quoted: Set<Candidate>,
  from: number,
  to: number,
  ok: (e: ResolvedEntity) => boolean,
): ResolvedEntity | null {
  for (let i = firstStartingAt(mentions, from); i < mentions.length && mentions[i]!.end <= to; i++) {
    const c = mentions[i]!;
    if (c.entity.type !== 'person' || quoted.has(c) || possessor(parsed, c) || modifier(parsed, c)) continue;
    if (ok(c.entity)) return c.entity;
  }
  return null;
}

/** What the article says each person is: the words before their mentions and in apposition after them. */
function personProfiles(
  parsed: Parsed,
  entities: ResolvedEntity[],
  titles: Map<string, string[]>,
): Map<ResolvedEntity, Set<string>> {
  const out = new Map<ResolvedEntity, Set<string>>();
  const text = parsed.text;
  for (const e of entities) {
    if (e.type === 'place') continue;
    const words = new Set<string>();
    const addWords = (s: string) => {
      for (const w of s.toLowerCase().split(/[^\p{L}-]+/u)) {
        if (!w) continue;
        words.add(w);
        for (const x of TITLE_WORDS[w] ?? []) words.add(x);
      }
    };
    for (const t of titles.get(e.id) ?? []) addWords(t);
    for (const m of e.mentions) {
      // before: the words right before the name that describe it ("Republican presidential candidate")
      let t = firstStartingAt(parsed.tokens, m.start) - 1;
      for (let n = 0; t >= 0 && n < 5; t--, n++) {
        const tok = parsed.tokens[t]!;
        const tg = tok.tags;
        if (/[,.;:()"“”—–]/.test(tok.post) && !tg.has('Abbreviation') && !tg.has('Honorific')) break;
        if (
          tg.has('Determiner') ||
          tg.has('Preposition') ||
          (tg.has('Verb') && !tg.has('Noun')) ||
          tg.has('Pronoun') ||
          tg.has('Possessive') ||
          tg.has('Conjunction')
        )
          break;
        addWords(tok.text);
      }
      // after: ", the Vermont senator," / ", a retired neurosurgeon,"
      const after = /^,\s+((?:the|a|an)\s[^,.;:()\n]{1,80})[,.;]/i.exec(text.slice(m.end, m.end + 90));
      if (after) addWords(after[1]!);
    }
    out.set(e, words);
  }
  return out;
}

/**
 * "the top diplomat", "the retired neurosurgeon" → the person the article describes with those
 * words, the most recent speaker or subject first. Indefinite ("a spokesman") and plural
 * ("Republicans", "officials") descriptions name no one in particular and are kept as written.
 */
/** Heads of a definite description of an organization ("the newspaper", "the group", "the editorial board"). */
/** Heads any kind of organization may be called by ("the group" for a foundation or a party). */
const GENERIC_ORG_HEADS = new Set(['group', 'organization', 'organisation']);

const ORG_HEADS = new Set([
  'newspaper',
  'paper',
  'magazine',
  'outlet',
  'publication',
  'network',
  'board',
  'group',
  'foundation',
  'organization',
  'organisation',
  'company',
  'firm',
  'committee',
  'agency',
  'party',
  'institute',
  'university',
  'association',
  'union',
  'council',
  'court',
  'bank',
  'department',
  'ministry',
  'bureau',
  'commission',
  'coalition',
  'center',
  'centre',
  'fund',
  'site',
  'website',
  'network',
]);
const MEDIA_HEADS = new Set([
  'newspaper',
  'paper',
  'magazine',
  'outlet',
  'publication',
  'board',
  'network',
  'site',
  'website',
]);
const MEDIA_NAME =
  /\b(?:Times|Post|Journal|News|Tribune|Herald|Sentinel|Gazette|Globe|Magazine|Review|Daily|Telegraph|Guardian|Examiner|Inquirer|Chronicle|Register|Star|Observer|Mail|Press|Politico|Atlantic|Economist|CNN|NBC|ABC|CBS|Fox|MSNBC|NPR|BBC|Reuters)\b/;

/** "the newspaper", "The group": the head noun of a definite description of an organization, or null. */
function orgHead(parsed: Parsed, mention: Range): string | null {
  const toks = tokensIn(parsed, mention);
  if (toks.length < 2 || !/^(?:the|this|that)$/.test(toks[0]!.normal)) return null;
  let end = toks.length - 1;
  for (let k = 1; k < toks.length; k++)
    if (HEAD_END.test(toks[k]!.normal) || /[,(;:]/.test(toks[k]!.post)) {
      end = /[,(;:]/.test(toks[k]!.post) && !HEAD_END.test(toks[k]!.normal) ? k : k - 1;
      break;
    }
  const head = toks[end]!;
  if (toks.slice(1, end).some(capital)) return null;
  return ORG_HEADS.has(head.normal) ? head.normal : null;
}

/** The latest organization before `at` that is called so ("the foundation" → "National Golf Foundation", "the newspaper" → "The Orlando Sentinel"). */
function byOrgDescription(
  head: string,
  at: number,
  profiles: Map<ResolvedEntity, Set<string>>,
  mentions: Candidate[],
): ResolvedEntity | null {
  for (let i = firstStartingAt(mentions, at) - 1; i >= 0; i--) {
    const c = mentions[i]!;
    if (at - c.start > DESCRIPTION_REACH) break;
    if (c.entity.type !== 'organization') continue;
    const name = c.entity.name;
    if (
      new RegExp(`\\b${head}\\b`, 'i').test(name) ||
      (MEDIA_HEADS.has(head) && MEDIA_NAME.test(name)) ||
      profiles.get(c.entity)?.has(head)
    )
      return c.entity;
  }
  return null;
}

const ORG_WORD = String.raw`\p{Lu}[\p{L}.&'’-]*`;
const MEDIA_WORDS = MEDIA_NAME.source.replace(/^\\b\(\?:/, '').replace(/\)\\b$/, '');

/**
 * The latest organization written out before `at` with the description's head after it ("Family
 * Circle magazine", "the Tribune Company") or, for a newspaper or network, ending in a media word
 * ("the Orlando Sentinel"), with where it stands; null when there is none.
 */
function orgNamedBefore(text: string, head: string, at: number): { name: string; at: number } | null {
  const from = Math.max(0, at - DESCRIPTION_REACH);
  const chunk = text.slice(from, at);
  const res = [new RegExp(String.raw`(${ORG_WORD}(?:[ \t]+${ORG_WORD}){0,4})[ \t]+${head}\b`, 'gu')];
  if (MEDIA_HEADS.has(head))
    res.push(new RegExp(String.raw`\bthe[ \t]+((?:${ORG_WORD}[ \t]+){0,3}(?:${MEDIA_WORDS}))\b(?![ \t]+\p{Lu})`, 'gu'));
  let best: { name: string; at: number } | null = null;
  for (const re of res)
    for (const m of chunk.matchAll(re)) {
      const words = m[1]!.replace(/['’]s$/, '').split(/\s+/);
      while (words.length && NOT_ISSUER.test(words[0]!)) words.shift();
      if (!words.length) continue;
      const where = from + m.index!;
      if (!best || where > best.at) best = { name: words.join(' '), at: where };
    }
  return best;
}

interface Role {
  head: string;
  /** Words follow the head ("the president of the Institute"): a new person introduced, not one referred back to. */
  complement: boolean;
  /** The description's other words ("retired" in "the retired neurosurgeon"). */
  words: string[];
  gender: Gender;
}

const ROLES =
  /(?:^(?:senator|candidate|nominee|governor|secretary|official|chief|judge|justice|minister|premier|aide|adviser|advisor|lawyer|attorney|spokesperson|representative|neurosurgeon|surgeon|doctor|economist|interviewer|host|anchor|founder|author|novelist|columnist|commentator|strategist|pollster|general|colonel|captain|sheriff|prosecutor|commissioner|ambassador|envoy|monarch|pontiff|pope|legislator|incumbent|frontrunner|front-runner|challenger|contender|hopeful|billionaire|millionaire|veteran|retiree|nominee-in-waiting|democrat|republican|conservative|liberal|progressive|moderate)|(?:ist|ian|man|woman|eon))$/;
const MALE_ROLES =
  /^(?:businessman|congressman|chairman|spokesman|father|son|brother|husband|king|prince|man|boy|actor|mogul)$/;
const FEMALE_ROLES =
  /^(?:businesswoman|congresswoman|chairwoman|spokeswoman|mother|daughter|sister|wife|queen|princess|woman|girl|actress|first lady)$/;

/**
 * A definite description of one person ("the senator", "The retired neurosurgeon", "the Russian
 * leader"): its head noun and other words. Indefinite ("a spokesman"), plural ("officials"),
 * possessive and document or body heads ("the campaign", "the report") are not.
 */
function personRole(parsed: Parsed, mention: Range): Role | null {
  const toks = tokensIn(parsed, mention);
  if (toks.length < 2 || !/^(?:the|this|that)$/.test(toks[0]!.normal)) return null;
  let end = toks.length - 1;
  for (let k = 1; k < toks.length; k++) {
    // "the nominee-in-waiting": the words of a hyphenated compound are one head
    if (toks[k - 1]!.post === '-') continue;
    if (HEAD_END.test(toks[k]!.normal)) {
      end = k - 1;
      break;
    }
    if (/[,(;:]/.test(toks[k]!.post)) {
      end = k;
      break;
    }
  }
  let start = end;
  while (start > 1 && toks[start - 1]!.post === '-') start--;
  const compound =
    start < end
      ? {
          ...toks[end]!,
          normal: toks
            .slice(start, end + 1)
            .map((t) => t.normal)
            .join('-'),
        }
      : null;
  const head = compound && ROLES.test(compound.normal) ? compound : toks[end]!;
  const last = end;
  if (compound && head === compound) end = start;
  if (end === 0 || head.tags.has('Plural') || capital(head) || head.tags.has('Possessive') || /['’]s$/.test(head.text))
    return null;
  if (!head.tags.has('Noun') || DOCUMENT_HEADS.has(head.normal) || BODY_HEADS.has(head.normal)) return null;
  // a role of one person: compromise's Actor nouns and the roles of public life it does not tag
  const gender0 = MALE_ROLES.test(head.normal) || FEMALE_ROLES.test(head.normal);
  if (!head.tags.has('Actor') && !ROLES.test(head.normal) && !gender0) return null;
  // "the Lincoln actor", "the Clinton aide": a person's name inside describes someone else
  if (
    toks
      .slice(1, end)
      .some((t) => capital(t) && (t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName')))
  )
    return null;
  const words = toks
    .slice(1, end)
    .map((t) => t.normal)
    .filter((w) => !DETERMINERS.test(w));
  const gender: Gender = MALE_ROLES.test(head.normal) ? 'm' : FEMALE_ROLES.test(head.normal) ? 'f' : null;
  return { head: head.normal, words, gender, complement: last < toks.length - 1 };
}

/**
 * "the top diplomat", "the retired neurosurgeon" → the person the article describes with those
 * words, a recent speaker first.
 */
function byDescription(
  parsed: Parsed,
  mention: Range,
  role: Role,
  profiles: Map<ResolvedEntity, Set<string>>,
  mentions: Candidate[],
  spoken: Array<{ at: number; sentence: number; entity: ResolvedEntity }>,
  sentenceAt: (offset: number) => number,
): ResolvedEntity | null {
  const words = role.words;
  const headWord = role.head;
  // candidates: people described with the head word, scored by the other words they share
  let best: ResolvedEntity | null = null;
  let bestScore = 0;
  const seen = new Set<ResolvedEntity>();
  const at = mention.start;
  const here = sentenceAt(at);
  for (let i = firstStartingAt(mentions, at) - 1; i >= 0; i--) {
    const c = mentions[i]!;
    if (at - c.start > DESCRIPTION_REACH) break;
    if (seen.has(c.entity) || c.entity.type !== 'person') continue;
    seen.add(c.entity);
    const prof = profiles.get(c.entity);
    if (!prof) continue;
    // "the Russian leader" for "Russian President Vladimir Putin": all the other words, without the head, count less
    const shared = words.filter((w) => prof.has(w)).length;
    if (!prof.has(headWord) && !(words.length > 0 && shared === words.length)) continue;
    let score = (prof.has(headWord) ? 1 : 0.25) + shared;
    // the current speaker or a recent one is the likelier referent
    if (spoken.some((s) => s.entity === c.entity && here - s.sentence <= 3)) score += 0.5;
    if (score > bestScore) {
      best = c.entity;
      bestScore = score;
    }
  }
  // a description whose other words contradict the person ("the former governor" for a senator) needs them all
  if (best && words.length > 1 && bestScore < 1 + words.length / 2) return null;
  // "the Russian leader" for someone never called Russian: the head alone is not enough when the other words say more
  if (best && words.length === 1 && !profiles.get(best)!.has(words[0]!)) return null;
  return best;
}

/** First names given to men and women alike: their gender is left unknown. */
const UNISEX = new Set([
  'lindsey',
  'lindsay',
  'jordan',
  'taylor',
  'morgan',
  'casey',
  'jamie',
  'kelly',
  'leslie',
  'robin',
  'terry',
  'tracy',
  'dana',
  'shannon',
  'jesse',
  'lee',
  'kim',
  'pat',
  'chris',
  'alex',
  'sam',
  'jean',
  'kerry',
  'carey',
  'stacy',
  'jody',
  'jackie',
  'frankie',
  'billie',
  'bobbie',
  'sidney',
  'sydney',
  'avery',
  'riley',
  'quinn',
  'cameron',
  'drew',
  'ashley',
  'marion',
  'loren',
  'laurie',
  'lynn',
  'dale',
  'gale',
  'shelby',
  'jan',
  'toni',
  'andrea',
  'nicola',
  'sasha',
]);

/** Gender from compromise's first-name lexicon or an honorific (Mr./Ms./Mrs.) before a mention. */
function genderOf(parsed: Parsed, e: ResolvedEntity): Gender {
  if (e.type !== 'person') return null;
  for (const m of e.mentions) {
    const t = tokenIndexAt(parsed, m.start);
    if (t < 0) continue;
    const tok = parsed.tokens[t]!;
    if (tok.tags.has('MaleName') && !UNISEX.has(tok.normal)) return 'm';
    if (tok.tags.has('FemaleName') && !UNISEX.has(tok.normal)) return 'f';
    const prev = parsed.tokens[t - 1];
    if (prev && /^(?:mr|sir|lord|king|prince)$/.test(prev.normal)) return 'm';
    if (prev && /^(?:ms|mrs|miss|madam|dame|lady|queen|princess)$/.test(prev.normal)) return 'f';
  }
  return null;
}

function tokenIndexAt(parsed: Parsed, offset: number): number {
  const i = firstStartingAt(parsed.tokens, offset);
  return i < parsed.tokens.length && parsed.tokens[i]!.start === offset ? i : -1;
}
