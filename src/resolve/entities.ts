/**
 * Merges mentions into entities within one article: a surname joins the full
 * name ("Blinken" → "Antony Blinken", "Mr. Burman" → "Leonard E. Burman"),
 * alias groups join ("US", "U.S." → "United States"), an acronym joins the
 * name it follows in brackets or abbreviates ("USAF", "GM"), and a short
 * company name joins its full form ("Lockheed" → "Lockheed Martin"). The
 * canonical name is the fullest form; the type is the majority of mentions.
 */
import type { Parsed } from '../nlp/parse.js';
import type { EntityMention, ResolvedEntity } from '../extract/findings.js';
import type { EntityType } from '../types.js';
import { aliasNorm as norm, canonicalKey } from '../data/aliases.js';
import { SURNAME_PARTICLES as PARTICLES } from '../data/words.js';

interface Group {
  names: Map<string, number>; // surface form → first offset
  types: Map<EntityType, number>;
  titles: Set<string>;
  mentions: EntityMention[];
  first: number;
}

const words = (name: string): string[] => name.split(/[\s]+/).filter(Boolean);
/** Initials of the capitalised words: "United States Air Force" → "usaf", "General Motors" → "gm". */
const initials = (name: string): string =>
  words(name)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');

export function resolveEntities(parsed: Parsed, mentions: EntityMention[]): ResolvedEntity[] {
  const text = parsed.text;
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const byLastName = new Map<string, Group>();
  // a first name alone joins a person only when one person in the article has it
  const byFirstName = new Map<string, Group | null>();
  const byFirstWord = new Map<string, Group>();
  const byInitials = new Map<string, Group>();
  const byEnd = new Map<number, { group: Group; start: number }>();

  const nameOf = (m: EntityMention): string => text.slice(m.start, m.end);
  // fullest names first, so that short forms find what they abbreviate
  const ordered = [...mentions].sort((a, b) => words(nameOf(b)).length - words(nameOf(a)).length || a.start - b.start);
  const unitedStates = (): Group | undefined => byKey.get('united states');

  for (const m of ordered) {
    const name = nameOf(m);
    const key = canonicalKey(name);
    const single = words(name).length === 1;
    let g = byKey.get(key);
    if (!g && single && m.type === 'person') g = byLastName.get(norm(name)) ?? byFirstName.get(norm(name)) ?? undefined;
    // "de Blasio" after "Bill de Blasio": a surname with its particle
    if (!g && !single && m.type === 'person' && PARTICLES.has(words(name)[0]!.toLowerCase()))
      g = byLastName.get(norm(name));
    if (!g && single && m.type === 'organization') {
      // "Airline X (XA)": a bracketed acronym joins the name it stands for (the extractor decided which, document.ts)
      const acronym = /^[A-Z&]{2,6}$/.test(name.replace(/\./g, ''));
      const before = m.abbreviates !== undefined ? byEnd.get(m.abbreviates)?.group : undefined;
      g = before ?? (acronym ? byInitials.get(norm(name)) : undefined) ?? byFirstWord.get(norm(name));
    }
    if (!g && m.type === 'place' && name === 'Washington' && isCapitalMetonymy(text, m)) g = unitedStates();
    if (!g) {
      g = { names: new Map(), types: new Map(), titles: new Set(), mentions: [], first: m.start };
      groups.push(g);
    }
    byKey.set(key, g);
    if (!g.names.has(name)) g.names.set(name, m.start);
    g.types.set(m.type, (g.types.get(m.type) ?? 0) + 1);
    if (m.title) g.titles.add(m.title);
    g.mentions.push(m);
    g.first = Math.min(g.first, m.start);
    byEnd.set(m.end, { group: g, start: m.start });
    const w = words(name);
    if (w.length > 1) {
      if (m.type === 'person' && !byLastName.has(norm(w[w.length - 1]!))) byLastName.set(norm(w[w.length - 1]!), g);
      // "Bill de Blasio" is also found by "de Blasio"
      for (let k = 1; m.type === 'person' && k < w.length - 1; k++) {
        if (PARTICLES.has(w[k]!) && !byLastName.has(norm(w.slice(k).join(' '))))
          byLastName.set(norm(w.slice(k).join(' ')), g);
      }
      if (m.type === 'person') {
        const f = norm(w[0]!);
        byFirstName.set(f, byFirstName.has(f) && byFirstName.get(f) !== g ? null : g);
      }
      if (m.type === 'organization') {
        if (!byFirstWord.has(norm(w[0]!))) byFirstWord.set(norm(w[0]!), g);
        if (!byInitials.has(initials(name))) byInitials.set(initials(name), g);
      }
    }
  }

  return groups
    .sort((a, b) => a.first - b.first)
    .map((g, i) => {
      const names = [...g.names.entries()].sort((a, b) => a[1] - b[1]).map(([n]) => n);
      const canonical = names.reduce((best, n) => (fullness(n) > fullness(best) ? n : best), names[0]!);
      const seen = new Set<string>();
      const spans = g.mentions
        .sort((a, b) => a.start - b.start)
        .filter((m) => (seen.has(`${m.start}:${m.end}`) ? false : (seen.add(`${m.start}:${m.end}`), true)))
        .map((m) => ({ start: m.start, end: m.end, rule: m.rule }));
      return {
        id: `e${i + 1}`,
        type: majority(g.types),
        name: canonical,
        aliases: names.filter((n) => n !== canonical),
        titles: [...g.titles],
        mentions: spans,
      };
    });
}

/** Fullest form: more words, then more letters ("United States" over "US"), then not written in capitals. */
const fullness = (name: string): number =>
  words(name).length * 1000 + name.replace(/[^\p{L}]/gu, '').length * 2 + (name === name.toUpperCase() ? 0 : 1);

function majority(types: Map<EntityType, number>): EntityType {
  let best: EntityType = 'place';
  let n = -1;
  for (const [t, c] of types) if (c > n) [best, n] = [t, c];
  return best;
}

/** "between Washington and Beijing": the capital standing for the government, not "Seattle, Washington" or "Washington, D.C.". */
function isCapitalMetonymy(text: string, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  const after = text.slice(m.end, m.end + 6);
  // "arrived in Washington" is the city; "Seattle, Washington" the state
  if (/(?:\b(?:in|to|from|at|near|into|outside|around|visit|visited|visiting)|,)\s+$/i.test(before)) return false;
  return !/^,?\s*(D\.?C\.?|state|State)/.test(after);
}
