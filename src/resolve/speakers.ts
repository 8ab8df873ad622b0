/**
 * Speaker resolution: turns where the text names a quote's speaker (a name,
 * a pronoun or a description) into a canonical name and, when possible, a
 * person or organization in `entities`.
 *
 *   name         the entity whose mention lies in the speaker phrase
 *   pronoun      he/she → the most recent person of a compatible gender;
 *                they/it → the most recent organization (or person for "they" as a group is left as written)
 *   description  "the top diplomat" → the person introduced with that role
 *                ("Daniel Kritenbrink, the State Department's top diplomat for East Asia")
 *
 * Appositives seen with a named speaker become that entity's titles.
 */
import type { Parsed } from '../nlp/parse.js';
import type { QuoteFinding, Range, ResolvedEntity } from '../extract/findings.js';
import { firstStartingAt } from '../nlp/search.js';

export interface ResolvedSpeaker {
  name: string;
  entity: string | null;
  mention: Range;
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
const GROUP = new Set(['they', 'it']);
/** Longest name a mention can be, for range look-ups. */
const MAX_NAME = 200;
/** How far back (in characters) a description looks for the person it names. */
const DESCRIPTION_REACH = 20000;
/** How far back (in characters) a pronoun looks for its person. */
const PRONOUN_REACH = 1500;

export function resolveSpeakers(parsed: Parsed, quotes: QuoteFinding[], entities: ResolvedEntity[]): SpeakerResolution {
  const text = parsed.text;
  const mentions: Candidate[] = [];
  for (const e of entities) for (const m of e.mentions) mentions.push({ entity: e, start: m.start, end: m.end });
  mentions.sort((a, b) => a.start - b.start);
  const gender = new Map(entities.map((e) => [e.id, genderOf(parsed, e)]));
  const quoted = quotedMentions(mentions, quotes);
  const titles = new Map<string, string[]>();
  for (const e of entities) titles.set(e.id, [...e.titles]);

  // Mentions touching a range, found by binary search so long articles stay linear-ish.
  const touching = (r: Range): Candidate[] => {
    const out: Candidate[] = [];
    for (let i = firstStartingAt(mentions, r.start - MAX_NAME); i < mentions.length && mentions[i]!.start < r.end; i++) {
      const m = mentions[i]!;
      if (m.end > r.start) out.push(m);
    }
    // mentions wholly inside the speaker phrase first
    return out.sort((a, b) => Number(b.start >= r.start && b.end <= r.end) - Number(a.start >= r.start && a.end <= r.end));
  };

  // First pass: names, so that their appositives are known before descriptions are resolved.
  const named = quotes.map((q) => {
    if (!q.speaker) return null;
    const inside = touching(q.speaker);
    const person = inside.find((m) => m.entity.type === 'person') ?? inside[0];
    if (person && q.speakerTitle) {
      const t = text.slice(q.speakerTitle.start, q.speakerTitle.end).replace(/[\s,;]+$/, '').trim();
      const list = titles.get(person.entity.id)!;
      if (t && !list.includes(t)) list.push(t);
    }
    return person ?? null;
  });

  const speakers = quotes.map((q, k): ResolvedSpeaker | null => {
    if (!q.speaker) return null;
    const mention = q.speaker;
    const written = text.slice(mention.start, mention.end);
    const link = (e: ResolvedEntity | null | undefined): ResolvedSpeaker =>
      e ? { name: e.name, entity: e.id, mention } : { name: written, entity: null, mention };
    const hit = named[k];
    if (hit) return link(hit.entity);
    const word = written.toLowerCase();
    if (MALE.has(word) || FEMALE.has(word)) {
      const want: Gender = MALE.has(word) ? 'm' : 'f';
      return link(sentencePerson(parsed, mentions, gender, mention.start, want, quoted) ?? previousPerson(mentions, gender, mention.start, want, quoted));
    }
    if (GROUP.has(word)) {
      return link(previous(mentions, mention.start, (c) => c.entity.type === 'organization'));
    }
    const described = byDescription(written, titles, mentions, mention.start);
    return link(described);
  });
  return { speakers, titles };
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
 * The first person named earlier in the pronoun's own sentence, outside quoted material, whose gender
 * is known to agree: the sentence's subject is the likelier antecedent than a nearer object
 * ("Bush went after Trump at the debate, when he called ...", "Christie — a running mate for
 * Trump — ..., and he has battled ...").
 */
function sentencePerson(parsed: Parsed, mentions: Candidate[], gender: Map<string, Gender>, at: number, want: Gender, quoted: Set<Candidate>): ResolvedEntity | null {
  const sentence = parsed.sentences.find((s) => s.start <= at && at < s.end);
  if (!sentence) return null;
  for (let i = firstStartingAt(mentions, sentence.start); i < mentions.length && mentions[i]!.end <= at; i++) {
    const c = mentions[i]!;
    if (c.entity.type !== 'person' || quoted.has(c)) continue;
    if (gender.get(c.entity.id) === want) return c.entity;
  }
  return null;
}

/** The most recent person before `at`, outside quoted material, whose gender does not contradict. */
function previousPerson(mentions: Candidate[], gender: Map<string, Gender>, at: number, want: Gender, quoted: Set<Candidate>): ResolvedEntity | null {
  return previous(mentions, at, (c) => {
    if (c.entity.type !== 'person' || quoted.has(c)) return false;
    const g = gender.get(c.entity.id);
    return !g || g === want;
  });
}

function previous(mentions: Candidate[], at: number, ok: (c: Candidate) => boolean): ResolvedEntity | null {
  for (let i = firstStartingAt(mentions, at) - 1; i >= 0; i--) {
    const c = mentions[i]!;
    if (at - c.end > PRONOUN_REACH) break;
    if (ok(c)) return c.entity;
  }
  return null;
}

const DESCRIPTION = /^(?:the|a|an|this|that)\s+(?:[\p{L}'’.-]+\s+){0,4}([\p{L}-]+)$/iu;

/** "the top diplomat" → the most recent person whose titles name a diplomat. */
function byDescription(written: string, titles: Map<string, string[]>, mentions: Candidate[], at: number): ResolvedEntity | null {
  const m = DESCRIPTION.exec(written.trim());
  if (!m) return null;
  const head = m[1]!.toLowerCase();
  const words = written.toLowerCase().split(/\s+/).slice(1);
  let best: ResolvedEntity | null = null;
  let bestScore = 0;
  const seen = new Set<string>();
  for (let i = firstStartingAt(mentions, at) - 1; i >= 0; i--) {
    const c = mentions[i]!;
    if (at - c.start > DESCRIPTION_REACH) break;
    if (seen.has(c.entity.id) || c.entity.type !== 'person') continue;
    seen.add(c.entity.id);
    for (const t of titles.get(c.entity.id) ?? []) {
      const tw = t.toLowerCase().split(/[^\p{L}-]+/u);
      if (!tw.includes(head)) continue;
      const score = 1 + words.filter((w) => tw.includes(w)).length / 10;
      if (score > bestScore) {
        best = c.entity;
        bestScore = score;
      }
    }
  }
  return best;
}

/** Gender from compromise's first-name lexicon or an honorific (Mr./Ms./Mrs.) before a mention. */
function genderOf(parsed: Parsed, e: ResolvedEntity): Gender {
  if (e.type !== 'person') return null;
  for (const m of e.mentions) {
    const t = tokenIndexAt(parsed, m.start);
    if (t < 0) continue;
    const tok = parsed.tokens[t]!;
    if (tok.tags.has('MaleName')) return 'm';
    if (tok.tags.has('FemaleName')) return 'f';
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
