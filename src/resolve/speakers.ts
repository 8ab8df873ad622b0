/** Speaker resolution: links each quote's speaker mention to an entity. */
import type { Parsed } from '../nlp/parse.js';
import type { QuoteFinding, Range, ResolvedEntity } from '../extract/findings.js';

export interface ResolvedSpeaker {
  name: string;
  entity: string | null;
  mention: Range;
}

export function resolveSpeakers(parsed: Parsed, quotes: QuoteFinding[], entities: ResolvedEntity[]): Array<ResolvedSpeaker | null> {
  return quotes.map((q) => {
    if (!q.speaker) return null;
    const e = entities.find((x) => x.mentions.some((m) => m.start < q.speaker!.end && q.speaker!.start < m.end));
    return { name: e ? e.name : parsed.text.slice(q.speaker.start, q.speaker.end), entity: e ? e.id : null, mention: q.speaker };
  });
}
