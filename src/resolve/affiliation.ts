/**
 * Who a person speaks for: organizations the text ties to a person's mention,
 * and the bodies an unnamed speaker's description names. Rules:
 *
 *   affiliation.appositive    "Maria Lopez, the Treasury Department's chief economist," / "John Okoro, a
 *                             spokesman for the Red Cross," — organizations in the appositive after a mention
 *   affiliation.title-before  "WTO spokesman Keith Rockwell", "Google chief executive Sundar Pichai" — an
 *                             organization right before the title words before a mention
 *   affiliation.of            "Robert Chen of the Urban Institute" — of/from/at and an organization right after
 *   affiliation.party-tag     "Sen. Claire McCaskill (D-Mo.)" — the party of a party tag
 *   affiliation.description   an unnamed speaker: organizations in its description ("a spokesman for the
 *                             World Health Organization and UNICEF" → both), or right after it with for/of/at
 *
 * Organizations only: a country or city is where someone is from, not whom they speak for ("China's
 * foreign minister" gives no affiliation), except the seats of government used for their offices
 * (SEATS: "a White House spokeswoman").
 */
import type { Parsed } from '../nlp/parse.js';
import type { QuoteFinding, Range, ResolvedEntity } from '../extract/findings.js';
import type { ResolvedSpeaker } from './speakers.js';
import { firstStartingAt } from '../nlp/search.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../data/titles.js';
import { GAZETTEER, wordKey } from '../data/gazetteer.js';
import { wordsBefore } from './words-before.js';

export interface AffiliationFinding {
  entity: string | null;
  name: string;
  evidence: Range;
  rule: string;
}

/** Places that stand for an office: a spokesman "for Downing Street" speaks for the prime minister's office. */
const SEATS = new Set([
  'white house',
  'kremlin',
  'downing street',
  'elysee',
  'élysée',
  'zhongnanhai',
  'blue house',
  'quai d’orsay',
]);

/** Party letters of a US party tag ("(D-Mo.)", "(R-Texas)", "(D)"), and the entity names that are that party. */
const PARTIES: Record<string, { name: string; names: string[] }> = {
  D: { name: 'Democratic Party', names: ['democratic party', 'democrats', 'democratic'] },
  R: { name: 'Republican Party', names: ['republican party', 'republicans', 'gop', 'republican'] },
};
const PARTY_TAG = /^\s*\(\s*(D|R)(?:\s*[-–—,]\s*[\p{L}][\p{L}. ]{0,20})?\s*\)/u;

/** Words that may stand between an organization and the name it employs ("WTO spokesman", "Google chief executive"). */
const ROLE_WORDS = new Set(
  [HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS]
    .join('|')
    .split('|')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean)
    .concat([
      'official',
      'officials',
      'spokesperson',
      'executive',
      'chief',
      'senior',
      'top',
      'lawyer',
      'researcher',
      'scientist',
      'engineer',
      'employee',
      'worker',
      'member',
      'head',
      'boss',
      'owner',
      'partner',
      'fellow',
      'professor',
      'director',
      'president',
      'chairman',
      'chairwoman',
      'spokesman',
      'spokeswoman',
      'analyst',
      'economist',
      'strategist',
      'adviser',
      'advisor',
      'lobbyist',
      'coach',
      'player',
      'captain',
      'founder',
      'ceo',
      'cfo',
    ]),
);

/** First words of an appositive that is a description of the person. */
const APPOSITIVE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'former',
  'then',
  'now',
  'also',
  'currently',
  'one',
  'its',
  'ex',
]);

interface OrgMention extends Range {
  entity: ResolvedEntity;
}

export interface AffiliationResult {
  /** Person entity id → its affiliations, first mention first, one per organization. */
  persons: Map<string, AffiliationFinding[]>;
  /** Per quote: the affiliations of a speaker not linked to a person ([] otherwise). */
  speakers: AffiliationFinding[][];
}

export function resolveAffiliations(
  parsed: Parsed,
  entities: ResolvedEntity[],
  quotes: QuoteFinding[],
  speakers: Array<ResolvedSpeaker | null>,
): AffiliationResult {
  const text = parsed.visible;
  const orgs: OrgMention[] = [];
  for (const e of entities) {
    if (e.type !== 'organization' && !(e.type === 'place' && SEATS.has(e.name.toLowerCase()))) continue;
    for (const m of e.mentions) orgs.push({ start: m.start, end: m.end, entity: e });
  }
  orgs.sort((a, b) => a.start - b.start);
  const orgsIn = (a: number, b: number): OrgMention[] => {
    const out: OrgMention[] = [];
    for (let i = firstStartingAt(orgs, a); i < orgs.length && orgs[i]!.start < b; i++)
      if (orgs[i]!.end <= b) out.push(orgs[i]!);
    return out;
  };
  const orgAt = (at: number): OrgMention | undefined =>
    orgs[firstStartingAt(orgs, at)]?.start === at ? orgs[firstStartingAt(orgs, at)] : undefined;
  /**
   * Organizations the gazetteer knows, written inside a title where the entity extractor left them
   * as part of it ("a WTO spokesman", "Apple chief executive"): no entity, the name as written.
   */
  const named = (a: number, b: number, rule: string): AffiliationFinding[] => {
    const out: AffiliationFinding[] = [];
    const words = [...text.slice(a, b).matchAll(/\p{Lu}[\p{L}&.-]*/gu)];
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(4, words.length - i); n >= 1; n--) {
        const run = words.slice(i, i + n);
        const start = a + run[0]!.index!;
        const end = a + run[n - 1]!.index! + run[n - 1]![0].length;
        const written = text.slice(start, end);
        if (n > 1 && !/^[\p{L}&.-]+(?:\s[\p{L}&.-]+)*$/u.test(written)) continue;
        const g = GAZETTEER.get(run.map((w) => wordKey(w[0])).join(' '));
        if (
          !g ||
          g.type !== 'organization' ||
          g.weak ||
          g.exclude ||
          (g.exact && g.exact !== written.replace(/\./g, ''))
        )
          continue;
        if (orgsIn(start, end).length) continue;
        out.push({ entity: null, name: written, evidence: { start, end }, rule });
        i += n - 1;
        break;
      }
    }
    return out;
  };
  const find = (o: OrgMention, rule: string): AffiliationFinding => ({
    entity: o.entity.id,
    name: o.entity.name,
    evidence: { start: o.start, end: o.end },
    rule,
  });
  /** "of the Urban Institute", "for the WTO and UNICEF": the organizations right after `at`. */
  const after = (at: number, rule: string, lead: RegExp): AffiliationFinding[] => {
    const out: AffiliationFinding[] = [];
    let pos = at;
    for (;;) {
      const m = lead.exec(text.slice(pos, pos + 40));
      if (!m) break;
      const o = orgAt(pos + m[0].length);
      if (!o) break;
      out.push(find(o, rule));
      pos = o.end;
      lead = /^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?/i;
    }
    return out;
  };

  const persons = new Map<string, AffiliationFinding[]>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const found: AffiliationFinding[] = [];
    for (const m of e.mentions) {
      // appositive: ", the State Department's top diplomat for East Asia," (not a clause: ", who runs ...")
      const ap = /^\s*,\s*([^,;:()"“”]{2,120}?)(?=[,;:()"“”]|\.(?:\s|$)|$)/u.exec(text.slice(m.end, m.end + 140));
      if (ap) {
        const a = m.end + ap[0].length - ap[1]!.length;
        // the noun phrase ends where a clause begins (", a graduate of X who argued before Y")
        const b = a + (/\s(?:who|which|that|whose|where|when|as)\b/iu.exec(ap[1]!)?.index ?? ap[1]!.length);
        const first = /^[\p{L}-]+/u.exec(ap[1]!)?.[0].toLowerCase() ?? '';
        // a noun phrase: it opens with a determiner, a role word, or an organization's possessive or title
        // ("Google's chief executive", "WTO spokesman"), not a clause ("According to Sperry, G4S has been ...")
        const opener = orgAt(a);
        const titled = opener && /^(?:['’]s\b|\s+([\p{L}.-]+))/u.exec(text.slice(opener.end, b));
        const orgOpens = !!titled && (!titled[1] || ROLE_WORDS.has(titled[1].toLowerCase()));
        if (APPOSITIVE_OPENERS.has(first) || ROLE_WORDS.has(first) || orgOpens) {
          for (const o of orgsIn(a, b)) found.push(find(o, 'affiliation.appositive'));
          found.push(...named(a, b, 'affiliation.appositive'));
        }
      }
      // title words before: "WTO spokesman Keith Rockwell", "Google's chief executive Sundar Pichai"
      const prior = orgs[firstStartingAt(orgs, m.start) - 1];
      if (prior && m.start - prior.end <= 60) {
        const gap = /^(?:['’]s)?((?:\s+[\p{L}.-]+){1,4})\s+$/u.exec(text.slice(prior.end, m.start));
        if (
          gap &&
          gap[1]!
            .trim()
            .split(/\s+/)
            .every((w) => ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')))
        ) {
          found.push(find(prior, 'affiliation.title-before'));
        }
      }
      // the extractor may have kept the organization inside the title run: "WTO spokesman Keith Rockwell"
      const run = wordsBefore(text, m.start, 8);
      let r = run.length;
      while (r > 0 && run.length - r < 4 && ROLE_WORDS.has(run[r - 1]!.word.toLowerCase().replace(/\.$/, ''))) r--;
      // the organization ends where the role words begin; a capitalised role word may be part of its name
      // ("Amnesty International spokesman": "International" is also a title modifier)
      for (let b = Math.max(r, 1); b < run.length; b++) {
        if (!/^\p{Lu}/u.test(run[b - 1]!.word)) continue;
        let c = b;
        while (c > 0 && b - c < 4 && /^\p{Lu}/u.test(run[c - 1]!.word)) c--;
        const hits = named(run[c]!.start, run[b - 1]!.end, 'affiliation.title-before');
        // only the organization next to the title words ("WTO" in "WTO spokesman"), not a word before it
        const last = hits[hits.length - 1];
        if (last && last.evidence.end === run[b - 1]!.end) {
          found.push(last);
          break;
        }
      }
      found.push(...after(m.end, 'affiliation.of', /^\s+(?:of|from)\s+(?:the\s+)?/i));
      const tag = PARTY_TAG.exec(text.slice(m.end, m.end + 30));
      if (tag) {
        const party = PARTIES[tag[1]!]!;
        const ent = entities.find(
          (x) => x.type === 'organization' && [x.name, ...x.aliases].some((n) => party.names.includes(n.toLowerCase())),
        );
        const s = m.end + tag[0].indexOf('(');
        found.push({
          entity: ent?.id ?? null,
          name: ent?.name ?? party.name,
          evidence: { start: s, end: m.end + tag[0].length },
          rule: 'affiliation.party-tag',
        });
      }
    }
    persons.set(e.id, dedupe(found));
  }

  const personIds = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  const bySpeaker = quotes.map((q, i): AffiliationFinding[] => {
    const sp = speakers[i];
    if (!sp || (sp.entity && personIds.has(sp.entity))) return [];
    const m = sp.mention;
    // a speaker named by a bare pronoun or an organization's own name speaks for no one else
    if (/^(?:he|she|they|it|we|i)$/i.test(text.slice(m.start, m.end).trim())) return [];
    const own = orgsIn(m.start, m.end);
    // "the CIA said": the organization speaks under its own name, for no one else
    const lead = /^(?:the\s+)?/i.exec(text.slice(m.start, m.end))![0].length;
    if (own.length === 1 && own[0]!.start === m.start + lead && own[0]!.end === m.end) return [];
    return dedupe([
      ...own.map((o) => find(o, 'affiliation.description')),
      ...named(m.start, m.end, 'affiliation.description'),
      ...after(m.end, 'affiliation.description', /^\s+(?:of|for|from|at)\s+(?:the\s+)?/i),
    ]);
  });
  return { persons, speakers: bySpeaker };
}

function dedupe(list: AffiliationFinding[]): AffiliationFinding[] {
  const seen = new Set<string>();
  return list
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .filter((x) => {
      const k = x.entity ?? `name:${x.name}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}
