/**
 * Third-person pronouns (he/she/him/her/his/hers/himself/herself) resolved to a
 * person without looking at names: a pronoun is linked only when one person
 * alone can be meant, so that a wrong link is rare (it feeds `quote.about` and
 * the `pronoun` gender evidence, and a name's gender must not decide which
 * person a "she" is). Rules, tried in order:
 *
 *   pronoun.sole-person      outside quoted material: the pronoun's sentence up to the pronoun and the
 *                            sentence before it name exactly one person (outside quoted material)
 *   pronoun.in-quote         inside a direct or partial quote: the pronoun's sentence up to it names
 *                            exactly one person other than the quote's speaker (a "she" in a quote is
 *                            never the speaker, who is "I")
 *
 * A person an honorific marks as the other gender ("Mr. Reyes" for a "she") is no candidate. When
 * the one candidate's first name is of the other gender in compromise's lexicon, the pronoun stays
 * unlinked: a name never makes a link, never picks one of two candidates, nor decides a gender; it
 * only stops a link that would contradict it (a headline's "Her" and the only person named, "Ted Cruz"). A later pronoun of the same gender in the same
 * sentence means whom the first one meant: it is linked only if the first one was, to the same
 * person ("She takes the threat of Trump seriously and she ..." links neither "she" to Trump).
 */
import type { Parsed } from '../nlp/parse.js';
import type { QuoteFinding, Range, ResolvedEntity } from '../extract/findings.js';
import type { ResolvedSpeaker } from './speakers.js';
import type { Gender } from '../types.js';
import { firstStartingAt } from '../nlp/search.js';

export interface PronounLink extends Range {
  gender: Gender;
  entity: string;
  rule: string;
  /** Index of the direct or partial quote the pronoun lies in, or -1. */
  quote: number;
}

const PRONOUNS: Record<string, Gender> = {
  he: 'male',
  him: 'male',
  his: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
};

interface PersonMention extends Range {
  entity: string;
}

export function resolvePronouns(
  parsed: Parsed,
  entities: ResolvedEntity[],
  quotes: QuoteFinding[],
  speakers: Array<ResolvedSpeaker | null>,
  honorific: Map<string, Gender>,
): PronounLink[] {
  const persons: PersonMention[] = [];
  for (const e of entities)
    if (e.type === 'person') for (const m of e.mentions) persons.push({ start: m.start, end: m.end, entity: e.id });
  persons.sort((a, b) => a.start - b.start);
  // direct and partial quotes by start (they do not nest), for a binary search
  const quoted = quotes
    .map((q, i) => ({ start: q.start, end: q.end, i, type: q.type }))
    .filter((q) => q.type !== 'indirect')
    .sort((a, b) => a.start - b.start);
  const quoteAt = (at: number): number => {
    const q = quoted[firstStartingAt(quoted, at + 1) - 1];
    return q && q.start <= at && at < q.end ? q.i : -1;
  };
  const nameGender = new Map(entities.filter((e) => e.type === 'person').map((e) => [e.id, lexiconGender(parsed, e)]));
  const out: PronounLink[] = [];
  for (const sentence of parsed.sentences) {
    // the first pronoun of each gender in this sentence (and its quote), and whom it was linked to
    const first = new Map<string, string | null>();
    for (let t = sentence.first; t < sentence.last; t++) {
      const tok = parsed.tokens[t]!;
      const gender = PRONOUNS[tok.normal];
      if (!gender) continue;
      const qi = quoteAt(tok.start);
      const key = `${gender}:${qi}`;
      if (first.has(key)) {
        const same = first.get(key)!;
        if (same)
          out.push({
            start: tok.start,
            end: tok.end,
            gender,
            entity: same,
            rule: qi < 0 ? 'pronoun.sole-person' : 'pronoun.in-quote',
            quote: qi,
          });
        continue;
      }
      let from: number;
      let rule: string;
      let exclude: string | null = null;
      if (qi < 0) {
        const prev = parsed.sentences[sentence.index - 1];
        from = prev && prev.last > prev.first ? prev.start : sentence.start;
        rule = 'pronoun.sole-person';
      } else {
        from = sentence.start;
        rule = 'pronoun.in-quote';
        exclude = speakers[qi]?.entity ?? null;
      }
      const candidates = new Set<string>();
      for (let i = firstStartingAt(persons, from); i < persons.length && persons[i]!.end <= tok.start; i++) {
        const p = persons[i]!;
        if (p.entity === exclude) continue;
        // outside quotes, people named inside quoted material are not antecedents
        if (qi < 0 && quoteAt(p.start) >= 0) continue;
        const h = honorific.get(p.entity);
        if (h && h !== gender) continue;
        candidates.add(p.entity);
      }
      // the name only vetoes: it never narrows two candidates to one
      const only = candidates.size === 1 ? [...candidates][0]! : null;
      const veto = only !== null && (nameGender.get(only) ?? gender) !== gender;
      const entity = veto ? null : only;
      first.set(key, entity);
      if (entity) out.push({ start: tok.start, end: tok.end, gender, entity, rule, quote: qi });
    }
  }
  return out;
}

/** The gender compromise's first-name lexicon gives a person's first word (a veto only, see above). */
function lexiconGender(parsed: Parsed, e: ResolvedEntity): Gender | null {
  for (const m of e.mentions) {
    const i = firstStartingAt(parsed.tokens, m.start);
    const tok = parsed.tokens[i];
    if (!tok || tok.start !== m.start) continue;
    if (tok.tags.has('MaleName')) return 'male';
    if (tok.tags.has('FemaleName')) return 'female';
  }
  return null;
}
