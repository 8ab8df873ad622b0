/**
 * The who-about-whom fields of segment records merged into one record (../segment.ts):
 * entity ids in quote.about, speaker.affiliation and person affiliations follow the
 * renumbering, and a person's gender is decided again over the evidence of all segments.
 */
import type { AboutRef, Affiliation, Entity, Span } from '../types.js';

type Shift = (s: Span) => Span;

export function remapAbout(list: AboutRef[], ids: Map<string, string>, shift: Shift): AboutRef[] {
  const seen = new Set<string>();
  return list
    .filter((a) => ids.has(a.entity))
    .map((a) => ({ ...a, entity: ids.get(a.entity)!, mention: shift(a.mention) }))
    .filter((a) => (seen.has(a.entity) ? false : (seen.add(a.entity), true)));
}

export function remapAffiliations(list: Affiliation[], ids: Map<string, string>, shift: Shift): Affiliation[] {
  return list.map((a) => ({ ...a, entity: a.entity && (ids.get(a.entity) ?? null), evidence: shift(a.evidence) }));
}

/** Adds a segment person's affiliations and gender evidence to the merged entity, and decides its gender again. */
export function mergeWhoFields(target: Entity, e: Entity, shift: Shift, ids: Map<string, string>): void {
  if (e.type !== 'person') return;
  const aff = [...(target.affiliations ?? []), ...remapAffiliations(e.affiliations ?? [], ids, shift)];
  const seen = new Set<string>();
  target.affiliations = aff.filter((a) => {
    const k = a.entity ?? `name:${a.name}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  const evidence = [...(target.genderEvidence ?? []), ...(e.genderEvidence ?? []).map((x) => ({ ...x, ...shift(x) }))];
  const firstName = evidence.filter((x) => x.kind === 'first-name');
  // one first-name entry is enough (every segment adds the same)
  target.genderEvidence = [...evidence.filter((x) => x.kind !== 'first-name'), ...firstName.slice(0, 1)];
  const text = new Set(evidence.filter((x) => x.kind !== 'first-name').map((x) => x.gender));
  target.gender = text.size === 1 ? [...text][0]! : text.size > 1 ? null : (e.gender ?? target.gender ?? null);
}
