/**
 * Entity extraction, first cut: compromise's people, places and organizations,
 * trimmed of titles, possessives and punctuation.
 */
import type { Parsed } from '../../nlp/parse.js';
import { matchSpans } from '../../nlp/parse.js';
import type { EntityMention } from '../findings.js';
import type { EntityType } from '../../types.js';

export function extractEntities(parsed: Parsed): EntityMention[] {
  const out: EntityMention[] = [];
  const kinds: Array<[EntityType, string]> = [
    ['person', '#Person+'],
    ['organization', '#Organization+'],
    ['place', '#Place+'],
  ];
  for (const [type, pattern] of kinds) {
    for (const m of matchSpans(parsed, parsed.doc.match(pattern))) {
      let first = m.first.i;
      let last = m.last.i;
      while (first <= last && isTitle(parsed.tokens[first]!.tags)) first++;
      if (first > last) continue;
      const start = parsed.tokens[first]!.start;
      let end = parsed.tokens[last]!.end;
      const raw = parsed.text.slice(start, end).replace(/['’]s$/, '');
      end = start + raw.length;
      out.push({ start, end, type, rule: `compromise.${type}` });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function isTitle(tags: Set<string>): boolean {
  return tags.has('Honorific') || tags.has('Abbreviation') && !tags.has('ProperNoun');
}
