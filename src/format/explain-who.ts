/**
 * --explain lines for the who-about-whom fields (used by ./table.ts): what a quote is about
 * and whom its unnamed speaker speaks for; a person's affiliations and gender, each with the
 * rule and the offsets of the text behind it.
 */
import type { Entity, Quote, Span } from '../types.js';

const at = (s: Span): string => `${s.start}–${s.end}`;

/** Parts to add to a quote's explain line ("about e11 “Beijing” 1097–1104 about.mention"). */
export function explainQuoteWho(q: Quote): string[] {
  const parts: string[] = [];
  for (const a of q.about ?? []) parts.push(`about ${a.entity} “${a.mention.text}” ${at(a.mention)} ${a.rule}`);
  for (const a of q.speaker?.affiliation ?? [])
    parts.push(`speaks for ${a.entity ?? a.name} “${a.evidence.text}” ${at(a.evidence)} ${a.rule}`);
  return parts;
}

/** A line for a person entity: gender and its evidence, affiliations ("" for other entities). */
export function explainEntityWho(e: Entity): string {
  if (e.type !== 'person') return '';
  const parts: string[] = [];
  const ev = (e.genderEvidence ?? []).map(
    (x) => `${x.kind}${x.share !== undefined ? ` ${x.share}` : ''} “${x.text}” ${at(x)}`,
  );
  parts.push(`gender ${e.gender ?? 'null'}${ev.length ? ` (${ev.join(', ')})` : ''}`);
  for (const a of e.affiliations ?? [])
    parts.push(`for ${a.entity ?? a.name} “${a.evidence.text}” ${at(a.evidence)} ${a.rule}`);
  return parts.join(' · ');
}
