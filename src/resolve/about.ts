/**
 * What each quote is about: the entities its content mentions. Rules:
 *
 *   about.mention   a mention of an entity lies inside the quote's span
 *   about.pronoun   a he/she inside the span resolved to a person (./pronouns.ts)
 *
 * The speaker is left out (a speaker who names themselves is not their own subject), and
 * so is a mention that is part of the speaker phrase. Order: first mention in the quote.
 */
import type { QuoteFinding, Range, ResolvedEntity } from '../extract/findings.js';
import type { ResolvedSpeaker } from './speakers.js';
import type { PronounLink } from './pronouns.js';
import { firstStartingAt } from '../nlp/search.js';

export interface AboutFinding {
  entity: string;
  mention: Range;
  rule: string;
}

export function resolveAbout(
  quotes: QuoteFinding[],
  speakers: Array<ResolvedSpeaker | null>,
  entities: ResolvedEntity[],
  pronouns: PronounLink[],
): AboutFinding[][] {
  const mentions: Array<Range & { entity: string; rule: string }> = [];
  for (const e of entities)
    for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity: e.id, rule: 'about.mention' });
  for (const p of pronouns) mentions.push({ start: p.start, end: p.end, entity: p.entity, rule: 'about.pronoun' });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return quotes.map((q, i) => {
    const sp = speakers[i];
    const out: AboutFinding[] = [];
    const seen = new Set<string>();
    if (sp?.entity) seen.add(sp.entity);
    for (let k = firstStartingAt(mentions, q.start); k < mentions.length && mentions[k]!.start < q.end; k++) {
      const m = mentions[k]!;
      if (m.end > q.end || seen.has(m.entity)) continue;
      if (sp && m.start < sp.mention.end && m.end > sp.mention.start) continue;
      seen.add(m.entity);
      out.push({ entity: m.entity, mention: { start: m.start, end: m.end }, rule: m.rule });
    }
    return out;
  });
}
