/**
 * Who talks about whom: the resolvers that run after the speakers are known, in order —
 * honorifics (./gender.ts) → pronouns (./pronouns.ts, which skip a person an honorific
 * gives the other gender) → quote.about (./about.ts) → affiliations (./affiliation.ts)
 * → gender (./gender.ts). Pure functions of the parse and the findings.
 */
import type { Parsed } from '../nlp/parse.js';
import type { QuoteFinding, ResolvedEntity } from '../extract/findings.js';
import type { ResolvedSpeaker } from './speakers.js';
import { resolvePronouns } from './pronouns.js';
import { resolveAbout, type AboutFinding } from './about.js';
import { resolveAffiliations, type AffiliationFinding } from './affiliation.js';
import { honorificEvidence, honorificGender, resolveGender, type GenderResult } from './gender.js';

export interface WhoAboutWhom {
  /** Per quote, in the order of the quotes. */
  about: AboutFinding[][];
  speakerAffiliations: AffiliationFinding[][];
  /** By person entity id. */
  affiliations: Map<string, AffiliationFinding[]>;
  gender: Map<string, GenderResult>;
}

export const NO_ABOUT: WhoAboutWhom = {
  about: [],
  speakerAffiliations: [],
  affiliations: new Map(),
  gender: new Map(),
};

export function resolveWhoAboutWhom(
  parsed: Parsed,
  quotes: QuoteFinding[],
  speakers: Array<ResolvedSpeaker | null>,
  entities: ResolvedEntity[],
  opts: { genderFromNames?: boolean } = {},
): WhoAboutWhom {
  const honorifics = honorificEvidence(parsed, entities, quotes, speakers);
  const pronouns = resolvePronouns(parsed, entities, quotes, speakers, honorificGender(honorifics));
  const about = resolveAbout(quotes, speakers, entities, pronouns);
  const aff = resolveAffiliations(parsed, entities, quotes, speakers);
  const gender = resolveGender(parsed, entities, pronouns, honorifics, opts);
  return { about, speakerAffiliations: aff.speakers, affiliations: aff.persons, gender };
}
