/**
 * A person's gender as the article gives it, with the evidence. Rules:
 *
 *   gender.honorific    Mr./Mrs./Ms./Miss/Sir/Dame/Lord/Lady... right before a mention
 *   gender.title        a gendered title right before a mention ("Congresswoman Nydia Velazquez")
 *                       or heading an appositive after one ("John Okoro, a spokesman for the Red Cross")
 *   gender.pronoun      a he/she resolved to the person (./pronouns.ts, which looks at no names)
 *   gender.first-name   only with --gender-from-names: the share of that gender among US births with
 *                       the first name (SSA baby names, ../data/first-names.ts); decides only when the
 *                       text gives no evidence and the share is at least FIRST_NAME_DECIDES
 *
 * Evidence of both genders gives null. A mention inside a quote the person speaks is not
 * honorific evidence for them ("Mrs. Okafor started this bakery," Okafor said: his mother).
 */
import type { Parsed } from '../nlp/parse.js';
import type { QuoteFinding, Range, ResolvedEntity } from '../extract/findings.js';
import type { ResolvedSpeaker } from './speakers.js';
import type { Gender } from '../types.js';
import type { PronounLink } from './pronouns.js';
import { firstNameShare } from './first-names.js';
import { wordsBefore } from './words-before.js';
import { attributionForms } from '../data/speech-verbs.js';

export interface GenderFinding extends Range {
  kind: 'pronoun' | 'honorific' | 'title' | 'first-name';
  gender: Gender;
  rule: string;
  share?: number;
}

export interface GenderResult {
  gender: Gender | null;
  evidence: GenderFinding[];
}

/** A first name's share below this decides nothing (it is still listed as evidence). */
export const FIRST_NAME_DECIDES = 0.9;

const HONORIFIC: Record<string, Gender> = {
  mr: 'male',
  mister: 'male',
  sir: 'male',
  lord: 'male',
  monsieur: 'male',
  herr: 'male',
  messrs: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  dame: 'female',
  lady: 'female',
  madam: 'female',
  madame: 'female',
  mme: 'female',
  mlle: 'female',
  frau: 'female',
};

/**
 * Titles that say the gender of the person they name. "Chairman" is not one: it is the formal title
 * of many women ("FDIC Chairman Sheila Bair"); other "-man" forms are rarer for women, and a
 * conflict gives null anyway.
 */
const TITLE: Record<string, Gender> = {};
for (const [f, m] of [
  ['chairwoman', ''],
  ['congresswoman', 'congressman'],
  ['spokeswoman', 'spokesman'],
  ['councilwoman', 'councilman'],
  ['assemblywoman', 'assemblyman'],
  ['businesswoman', 'businessman'],
  ['policewoman', 'policeman'],
  ['alderwoman', 'alderman'],
  ['anchorwoman', 'anchorman'],
  ['sportswoman', 'sportsman'],
  ['stateswoman', 'statesman'],
  ['queen', 'king'],
  ['princess', 'prince'],
  ['duchess', 'duke'],
  ['empress', 'emperor'],
  ['baroness', 'baron'],
  ['countess', 'earl'],
  ['actress', ''],
  ['widow', 'widower'],
  ['mother', 'father'],
  ['wife', 'husband'],
  ['daughter', 'son'],
  ['sister', 'brother'],
  ['grandmother', 'grandfather'],
  ['aunt', 'uncle'],
  ['niece', 'nephew'],
  ['woman', 'man'],
  ['girl', 'boy'],
  ['congresswomen', 'congressmen'],
] as const) {
  TITLE[f] = 'female';
  if (m) TITLE[m] = 'male';
}

/** Where an appositive's head ends: its first preposition or clause word ("the wife of Senator X" is about the wife). */
const APPOSITIVE_STOP = new Set([
  'of',
  'for',
  'at',
  'in',
  'with',
  'to',
  'from',
  'on',
  'and',
  'or',
  'but',
  'who',
  'whose',
  'which',
  'that',
  'where',
  'when',
  'while',
  'after',
  'before',
  'because',
  'if',
  ...attributionForms((v) => v.core),
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
]);
/** The gendered word heads the appositive: within its first words ("the king's daughter", "a former congressman"). */
const APPOSITIVE_HEAD_WORDS = 4;

export function resolveGender(
  parsed: Parsed,
  entities: ResolvedEntity[],
  pronouns: PronounLink[],
  honorifics: Map<string, GenderFinding[]>,
  opts: { genderFromNames?: boolean } = {},
): Map<string, GenderResult> {
  const out = new Map<string, GenderResult>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const evidence: GenderFinding[] = [...(honorifics.get(e.id) ?? []), ...titleEvidence(parsed, e)];
    for (const p of pronouns)
      if (p.entity === e.id)
        evidence.push({ start: p.start, end: p.end, kind: 'pronoun', gender: p.gender, rule: `gender.${p.rule}` });
    evidence.sort((a, b) => a.start - b.start);
    const genders = new Set(evidence.map((x) => x.gender));
    let gender: Gender | null = genders.size === 1 ? [...genders][0]! : null;
    if (opts.genderFromNames) {
      const fn = firstNameEvidence(parsed, e);
      if (fn) {
        evidence.push(fn);
        if (genders.size === 0 && fn.share! >= FIRST_NAME_DECIDES) gender = fn.gender;
      }
    }
    out.set(e.id, { gender, evidence });
  }
  return out;
}

/**
 * Honorific evidence for every person (pronoun resolution needs it first, to skip a "Mr." for a "she").
 * A mention inside a direct or partial quote spoken by the same entity is skipped.
 */
export function honorificEvidence(
  parsed: Parsed,
  entities: ResolvedEntity[],
  quotes: QuoteFinding[],
  speakers: Array<ResolvedSpeaker | null>,
): Map<string, GenderFinding[]> {
  const text = parsed.visible;
  const out = new Map<string, GenderFinding[]>();
  const spoken = new Map<string, QuoteFinding[]>();
  quotes.forEach((q, i) => {
    const id = speakers[i]?.entity;
    if (id && q.type !== 'indirect') spoken.set(id, [...(spoken.get(id) ?? []), q]);
  });
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const list: GenderFinding[] = [];
    const own = spoken.get(e.id) ?? [];
    for (const m of e.mentions) {
      if (own.some((q) => q.start <= m.start && m.end <= q.end)) continue;
      const h = wordsBefore(text, m.start, 1)[0];
      const g = h && HONORIFIC[h.word.toLowerCase().replace(/\.$/, '')];
      // "Lady"/"Lord" also begin names and titles written out ("Lady Gaga"): only capitalised, as honorifics are
      if (!h || !g || !/^\p{Lu}/u.test(h.word)) continue;
      list.push({ start: h.start, end: h.end, kind: 'honorific', gender: g, rule: 'gender.honorific' });
    }
    if (list.length) out.set(e.id, list);
  }
  return out;
}

/** The honorifics' verdict per person: the one gender they give, if they agree. */
export function honorificGender(h: Map<string, GenderFinding[]>): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const [id, list] of h) {
    const g = new Set(list.map((x) => x.gender));
    if (g.size === 1) out.set(id, [...g][0]!);
  }
  return out;
}

function titleEvidence(parsed: Parsed, e: ResolvedEntity): GenderFinding[] {
  const text = parsed.visible;
  const out: GenderFinding[] = [];
  for (const m of e.mentions) {
    // the word right before: "Congresswoman Nydia Velazquez", "WTO spokesman Keith Rockwell";
    // "the mother of Jane Doe" has "of" in between, "the boy. Tom Reyes" a sentence end
    const before = wordsBefore(text, m.start, 1)[0];
    const g = before && TITLE[before.word.toLowerCase()];
    if (before && g)
      out.push({ start: before.start, end: before.end, kind: 'title', gender: g, rule: 'gender.title-before' });
    // an appositive after: ", a spokesman for the Red Cross," — its head, before any preposition
    const after = /^\s*,\s*([^,;:()"“”.]{1,80})/u.exec(text.slice(m.end, m.end + 100));
    if (after) {
      const base = m.end + after[0].length - after[1]!.length;
      let n = 0;
      for (const w of after[1]!.matchAll(/[\p{L}'’-]+/gu)) {
        const word = w[0].toLowerCase();
        // "whose husband", "speaking to her son": the word is someone else's
        if (APPOSITIVE_STOP.has(word) || /ing$/.test(word) || ++n > APPOSITIVE_HEAD_WORDS) break;
        const g = TITLE[word];
        if (g) {
          out.push({
            start: base + w.index!,
            end: base + w.index! + w[0].length,
            kind: 'title',
            gender: g,
            rule: 'gender.title-appositive',
          });
          break;
        }
      }
    }
  }
  return out;
}

function firstNameEvidence(parsed: Parsed, e: ResolvedEntity): GenderFinding | null {
  const text = parsed.text;
  for (const m of e.mentions) {
    const name = text.slice(m.start, m.end);
    const w = /^(\p{Lu}[\p{Ll}'’-]+)\s+\S/u.exec(name);
    if (!w) continue;
    const hit = firstNameShare(w[1]!);
    if (!hit) return null;
    return {
      start: m.start,
      end: m.start + w[1]!.length,
      kind: 'first-name',
      gender: hit.gender,
      rule: 'gender.first-name',
      share: hit.share,
    };
  }
  return null;
}
