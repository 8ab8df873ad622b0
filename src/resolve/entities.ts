/**
 * Merges mentions into entities within one article: a surname joins the
 * full name it belongs to; the canonical name is the fullest form.
 */
import type { Parsed } from '../nlp/parse.js';
import type { EntityMention, ResolvedEntity } from '../extract/findings.js';

export function resolveEntities(parsed: Parsed, mentions: EntityMention[]): ResolvedEntity[] {
  const groups: Array<{ type: EntityMention['type']; names: string[]; titles: Set<string>; mentions: EntityMention[] }> = [];
  const byKey = new Map<string, (typeof groups)[number]>();
  const ordered = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of ordered) {
    const name = parsed.text.slice(m.start, m.end);
    const key = `${m.type}:${name.toLowerCase()}`;
    let g = byKey.get(key);
    if (!g && m.type === 'person') {
      // a single surname joins an earlier full name ending with it
      g = groups.find((x) => x.type === 'person' && x.names[0]!.split(/\s+/).slice(-1)[0] === name);
    }
    if (!g) {
      g = { type: m.type, names: [], titles: new Set(), mentions: [] };
      groups.push(g);
    }
    byKey.set(key, g);
    if (!g.names.includes(name)) g.names.push(name);
    if (m.title) g.titles.add(m.title);
    g.mentions.push(m);
  }
  const sorted = groups
    .map((g) => ({ ...g, mentions: g.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return sorted.map((g, i) => ({
    id: `e${i + 1}`,
    type: g.type,
    name: g.names[0]!,
    aliases: g.names.slice(1),
    titles: [...g.titles],
    mentions: g.mentions.map((m) => ({ start: m.start, end: m.end })),
  }));
}
