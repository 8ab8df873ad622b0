/**
 * Every rule that can name an entity mention, in the order the extractor
 * tries them (lists, then names typed by their words, then context, then the
 * article as a whole), with the properties the later steps read. A mention's
 * `rule` is one of these names; docs/entities.md describes each, and a test
 * checks that both lists agree. Behaviour is keyed on the properties here,
 * never on a rule's name.
 */
import type { EntityType } from '../../types.js';

export interface EntityRule {
  name: string;
  /** The file whose code applies it. */
  file: string;
  /** The type it gives, when it gives one. */
  type?: EntityType;
  /** The article's other mentions of the name may override it (one name, one type). */
  revisable?: boolean;
  /** Person evidence from the name's own words only, which a company noun right before outweighs ("the firm Billy Casper Golf"). */
  nameOnly?: boolean;
  /** Counts half in the article's vote on the name's type. */
  halfVote?: boolean;
  /** Person evidence that a kind noun ("the band X", "X is a town") does not outweigh: a title or honorific. */
  outweighsKind?: boolean;
  /** The writer says what the name is: the article's vote on the name follows it, over surnames and repeats. */
  decides?: boolean;
  /** Evidence weak enough that a known organization word ("Douglas" of "McDonnell Douglas") outweighs it. */
  yieldsToOrgWord?: boolean;
}

const gaz = (list: string, type: EntityType, file = 'src/data/gazetteer.ts'): EntityRule => ({
  name: `gazetteer.${list}`,
  file,
  type,
});
const SEG = 'src/extract/entities/split-run.ts';
const CLS = 'src/extract/entities/classify.ts';
const CUE = 'src/extract/entities/cues.ts';
const KIND = 'src/extract/entities/kinds.ts';
const DOC = 'src/extract/entities/document.ts';

export const ENTITY_RULES: readonly EntityRule[] = [
  // names in the lists of src/data/ and data/ (longest match across every list)
  gaz('country', 'place'),
  gaz('state', 'place'),
  gaz('city', 'place'),
  gaz('region', 'place'),
  gaz('airport', 'place'),
  gaz('international', 'organization'),
  gaz('government', 'organization'),
  gaz('media', 'organization'),
  gaz('party', 'organization'),
  gaz('company', 'organization'),
  gaz('club', 'organization'),
  gaz('team', 'organization'),
  // names typed by their own words
  { name: 'org-suffix', file: SEG, type: 'organization' },
  { name: 'place-suffix', file: SEG, type: 'place' },
  { name: 'org-prefix.air', file: SEG, type: 'organization' },
  { name: 'place-government', file: SEG, type: 'place' },
  { name: 'org-subsidiary', file: SEG, type: 'organization' },
  { name: 'org-team-name', file: SEG, type: 'organization' },
  { name: 'place-of', file: SEG, type: 'place' },
  { name: 'place-compass', file: SEG, type: 'place' },
  // context around the name
  { name: 'sports-team-context', file: CUE, type: 'organization' },
  { name: 'honorific-context', file: CUE, type: 'person', outweighsKind: true },
  { name: 'title-context', file: CUE, type: 'person', outweighsKind: true },
  { name: 'kind-after', file: KIND, decides: true },
  { name: 'kind-before', file: KIND, decides: true },
  { name: 'place-comma-place', file: KIND, type: 'place' },
  { name: 'facility-head', file: KIND },
  { name: 'org-founded', file: KIND, type: 'organization' },
  { name: 'kin-before', file: KIND, type: 'person' },
  { name: 'first-name', file: CUE, type: 'person', nameOnly: true },
  { name: 'last-name', file: CUE, type: 'person', nameOnly: true },
  { name: 'photo-credit', file: CUE, type: 'person', revisable: true },
  { name: 'compromise.person', file: CUE, type: 'person', nameOnly: true, revisable: true, yieldsToOrgWord: true },
  { name: 'speech-verb', file: CUE, type: 'person', revisable: true, yieldsToOrgWord: true },
  { name: 'person-verb', file: CUE, type: 'person', revisable: true, yieldsToOrgWord: true },
  { name: 'relative-who', file: CUE, type: 'person', revisable: true, yieldsToOrgWord: true },
  { name: 'possessive-kin', file: CUE, type: 'person', revisable: true, yieldsToOrgWord: true },
  { name: 'apposition.age', file: CUE, type: 'person' },
  { name: 'pronoun-after', file: CUE, type: 'person', revisable: true, yieldsToOrgWord: true },
  { name: 'apposition', file: CUE, type: 'person' },
  { name: 'acronym', file: CUE, type: 'organization', revisable: true, halfVote: true },
  { name: 'org-noun-context', file: CUE, type: 'organization' },
  { name: 'org-role-of', file: CUE, type: 'organization', revisable: true },
  { name: 'org-work-context', file: CUE, type: 'organization', revisable: true },
  { name: 'org-signed-with', file: CUE, type: 'organization', revisable: true },
  { name: 'org-possessive', file: CUE, type: 'organization', revisable: true },
  { name: 'org-paper-name', file: CUE, type: 'organization' },
  { name: 'org-role-after', file: CUE, type: 'organization', revisable: true },
  { name: 'org-capital-the', file: CUE, type: 'organization', revisable: true },
  { name: 'compromise.place', file: CLS, type: 'place', revisable: true },
  { name: 'place-preposition', file: CLS, type: 'place', revisable: true },
  { name: 'name-shape', file: CLS, type: 'person', revisable: true },
  // the article as a whole
  { name: 'acronym.defined', file: DOC },
  { name: 'document.surname', file: DOC, type: 'person' },
  { name: 'document.org-word', file: DOC, type: 'organization' },
  { name: 'document.repeat', file: DOC },
  { name: 'document.short-name', file: DOC, type: 'organization' },
  { name: 'document.list', file: DOC },
];

const BY_NAME = new Map(ENTITY_RULES.map((r) => [r.name, r]));
/** A piece no rule has typed yet. */
const UNKNOWN: EntityRule = { name: 'unknown', file: SEG, revisable: true };

/** The rule of that name (a name not in the list is a bug: the test of docs/entities.md lists them all). */
export function entityRule(name: string): EntityRule {
  return BY_NAME.get(name) ?? UNKNOWN;
}
