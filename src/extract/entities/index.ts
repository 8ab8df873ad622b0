/**
 * Named-entity extraction: people, organizations and places, with clean spans
 * (no titles, possessives or punctuation). Steps:
 *   runs.ts      capitalised runs, headline lines marked
 *   split-run.ts gazetteer names, suffix-typed names, titles, the rest
 *   classify.ts  types the rest by context (cues.ts: person / organization / place / product)
 *   document.ts  article-wide confirmation: surnames, repeats, acronyms
 */
import type { Parsed } from '../../nlp/parse.js';
import type { EntityMention } from '../findings.js';
import { findPieces } from './runs.js';
import { classify } from './classify.js';
import { resolveInDocument } from './document.js';
import { key, nameEnd } from './tokens.js';
import { GAZETTEER } from '../../data/gazetteer.js';

export function extractEntities(parsed: Parsed): EntityMention[] {
  const typed = resolveInDocument(parsed, classify(parsed, findPieces(parsed)));
  const out: EntityMention[] = [];
  for (const c of typed) {
    const start = c.tokens[0]!.start;
    const last = c.tokens[c.tokens.length - 1]!;
    let end = c.ownS ? last.end : nameEnd(last);
    // "Kerrang!", "Yahoo!": a known name written with its exclamation mark keeps it
    if (c.kind === 'gazetteer' && last.post.startsWith('!') && GAZETTEER.has(`${c.tokens.map(key).join(' ')}!`))
      end += 1;
    if (end <= start) continue;
    const m: EntityMention = { start, end, type: c.type, rule: c.rule };
    if (c.title && c.type === 'person') m.title = c.title;
    if (c.abbreviates !== undefined) m.abbreviates = c.abbreviates;
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
