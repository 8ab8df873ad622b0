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
 * A person an honorific marks as the other gender ("Mr. Reyes" for a "she") is no candidate.
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
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
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
  for (const e of entities) if (e.type === 'person') for (const m of e.mentions) persons.push({ start: m.start, end: m.end, entity: e.id });
  persons.sort((a, b) => a.start - b.start);
  const quoted = quotes.map((q, i) => ({ q, i })).filter(({ q }) => q.type !== 'indirect');
  const quoteAt = (at: number): number => quoted.find(({ q }) => q.start <= at && at < q.end)?.i ?? -1;
  const out: PronounLink[] = [];
  for (const sentence of parsed.sentences) {
    for (let t = sentence.first; t < sentence.last; t++) {
      const tok = parsed.tokens[t]!;
      const gender = PRONOUNS[tok.normal];
      if (!gender) continue;
      const qi = quoteAt(tok.start);
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
      if (candidates.size !== 1) continue;
      out.push({ start: tok.start, end: tok.end, gender, entity: [...candidates][0]!, rule, quote: qi });
    }
  }
  return out;
}
