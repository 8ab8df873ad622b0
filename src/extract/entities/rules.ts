/**
 * Every rule that can name an entity mention, in the order the extractor
 * tries them (lists, then names typed by their words, then context, then the
 * article as a whole), with the properties the later steps read. A mention's
 * `rule` is one of these names (EntityRuleName: a misspelt one does not
 * compile); docs/entities.md describes each, and tests/entities-rules.test.ts
 * checks that both lists agree and that each rule's examples give a mention
 * of it. Behaviour is keyed on the properties here, never on a rule's name.
 */
import type { GazList } from '../../data/gazetteer.js';
import type { EntityType } from '../../types.js';

/** Every `rule` an entity mention can carry (a union: a misspelt name does not compile); `unknown` is a piece no rule typed, never output. */
export type EntityRuleName =
  | `gazetteer.${GazList}`
  | 'org-suffix'
  | 'org-military-unit'
  | 'org-call-sign'
  | 'figure-name'
  | 'place-suffix'
  | 'org-prefix.air'
  | 'place-government'
  | 'org-subsidiary'
  | 'org-team-name'
  | 'place-of'
  | 'place-compass'
  | 'sports-team-context'
  | 'team-verb-context'
  | 'honorific-context'
  | 'title-context'
  | 'kind-after'
  | 'kind-before'
  | 'kind-list'
  | 'place-comma-place'
  | 'facility-head'
  | 'org-founded'
  | 'kin-before'
  | 'first-name'
  | 'last-name'
  | 'photo-credit'
  | 'compromise.person'
  | 'speech-verb'
  | 'person-verb'
  | 'relative-who'
  | 'possessive-kin'
  | 'apposition.age'
  | 'pronoun-after'
  | 'apposition'
  | 'acronym'
  | 'org-noun-context'
  | 'org-role-of'
  | 'org-work-context'
  | 'org-signed-with'
  | 'org-possessive'
  | 'org-shares'
  | 'org-paper-name'
  | 'org-role-after'
  | 'org-capital-the'
  | 'org-party-word'
  | 'compromise.place'
  | 'place-preposition'
  | 'name-shape'
  | 'acronym.defined'
  | 'document.surname'
  | 'document.org-word'
  | 'document.repeat'
  | 'document.short-name'
  | 'document.team'
  | 'document.list'
  | 'unknown';

export interface EntityRule {
  name: EntityRuleName;
  /** One or two short texts in which the rule gives a mention of its name (tests/entities-rules.test.ts runs them). */
  examples: readonly string[];
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

const gaz = (list: GazList, type: EntityType, examples: readonly string[]): EntityRule => ({
  name: `gazetteer.${list}`,
  examples,
  file: 'src/data/gazetteer.ts',
  type,
});
const SEG = 'src/extract/entities/split-run.ts';
const CLS = 'src/extract/entities/classify.ts';
const CUE = 'src/extract/entities/cues.ts';
const KIND = 'src/extract/entities/kinds.ts';
const DOC = 'src/extract/entities/document.ts';

export const ENTITY_RULES: readonly EntityRule[] = [
  // names in the lists of src/data/ and data/ (longest match across every list)
  gaz('country', 'place', ['Talks with France resumed.']),
  gaz('state', 'place', ['She grew up in Vermont.']),
  gaz('city', 'place', ['The summit was held in Nairobi.']),
  gaz('region', 'place', ['Trade with East Asia grew.']),
  gaz('airport', 'place', ['The flight left Heathrow late.']),
  gaz('international', 'organization', ['The United Nations met on Monday.']),
  gaz('government', 'organization', ['The State Department declined to comment.']),
  gaz('media', 'organization', ['The New York Times reported the deal.']),
  gaz('party', 'organization', ['The Democratic Party lost the seat.']),
  gaz('company', 'organization', ['Lockheed Martin won the contract.']),
  gaz('club', 'organization', ['Feyenoord drew with Ajax 1-1.']),
  gaz('team', 'organization', ['The Mets beat the Cardinals 4-2.']),
  // names typed by their own words
  { name: 'org-suffix', examples: ['Brandell Holdings Inc. filed for bankruptcy.'], file: SEG, type: 'organization' },
  {
    name: 'org-military-unit',
    examples: ['The 65th Air Division moved to Spain.'],
    file: 'src/extract/entities/runs.ts',
    type: 'organization',
  },
  {
    name: 'org-call-sign',
    examples: ['The radio station 5KX began broadcasting in 1931.'],
    file: 'src/extract/entities/runs.ts',
    type: 'organization',
  },
  {
    name: 'figure-name',
    examples: ['12 Stones to Varno is a rock band from Ohio.'],
    file: 'src/extract/entities/runs.ts',
    decides: true,
  },
  { name: 'place-suffix', examples: ['The shop at 12 Vermont St. closed.'], file: SEG, type: 'place' },
  { name: 'org-prefix.air', examples: ['They flew Air Nairobi to Chicago.'], file: SEG, type: 'organization' },
  { name: 'place-government', examples: ['The US Government agreed.'], file: SEG, type: 'place' },
  { name: 'org-subsidiary', examples: ['Ford Australia got a loan; Toyota did not.'], file: SEG, type: 'organization' },
  { name: 'org-team-name', examples: ['They lost to the Chicago Herons at home.'], file: SEG, type: 'organization' },
  { name: 'place-of', examples: ['She traded in the City of Brampton.'], file: SEG, type: 'place' },
  { name: 'place-compass', examples: ['He moved to Western Kenya in 1970.'], file: SEG, type: 'place' },
  // context around the name
  { name: 'sports-team-context', examples: ['Boston beat Chicago 3-1.'], file: CUE, type: 'organization' },
  {
    name: 'team-verb-context',
    examples: ['He played with North Melbourne.', 'He signed for Coburg in 1950.'],
    file: CUE,
    type: 'organization',
  },
  {
    name: 'honorific-context',
    examples: ['Mr. Okafor declined to comment.'],
    file: CUE,
    type: 'person',
    outweighsKind: true,
  },
  {
    name: 'title-context',
    examples: ['Former NAACP president Ben Okafor spoke.'],
    file: CUE,
    type: 'person',
    outweighsKind: true,
  },
  { name: 'kind-after', examples: ['Brnova is a village in the east of the region.'], file: KIND, decides: true },
  { name: 'kind-before', examples: ['He joined the band Vexmoor in 1999.'], file: KIND, decides: true },
  {
    name: 'kind-list',
    examples: ['He toured with bands like Vexmoor, Brindle Fox and Zorvane.'],
    file: KIND,
    decides: true,
  },
  { name: 'place-comma-place', examples: ['He is in Levarno, Trento, Italy for a week.'], file: KIND, type: 'place' },
  { name: 'facility-head', examples: ['The ferry left from Clarence Pier at noon.'], file: KIND },
  { name: 'org-founded', examples: ['Herman Oakvale was founded in 1905 in Ohio.'], file: KIND, type: 'organization' },
  { name: 'kin-before', examples: ['He lived with his sister, Vendela, in town.'], file: KIND, type: 'person' },
  { name: 'first-name', examples: ['Janet Okonjo arrived on Monday.'], file: CUE, type: 'person', nameOnly: true },
  {
    name: 'last-name',
    examples: ['He wore a “Vote Smith” hat to the game.'],
    file: CUE,
    type: 'person',
    nameOnly: true,
  },
  {
    name: 'photo-credit',
    examples: ['The storm hit land. Image: Okonkwo Adeyemi.'],
    file: CUE,
    type: 'person',
    revisable: true,
  },
  {
    name: 'compromise.person',
    examples: ['Bill Blasius arrived.'],
    file: CUE,
    type: 'person',
    nameOnly: true,
    revisable: true,
    yieldsToOrgWord: true,
  },
  {
    name: 'speech-verb',
    examples: ['Zorbek said the talks failed.'],
    file: CUE,
    type: 'person',
    revisable: true,
    yieldsToOrgWord: true,
  },
  {
    name: 'person-verb',
    examples: ['Kessler smiled and left.'],
    file: CUE,
    type: 'person',
    revisable: true,
    yieldsToOrgWord: true,
  },
  {
    name: 'relative-who',
    examples: ['Taylor, who stepped down in November for health reasons, left.'],
    file: CUE,
    type: 'person',
    revisable: true,
    yieldsToOrgWord: true,
  },
  {
    name: 'possessive-kin',
    examples: ['The story of Doss’s wife is told.'],
    file: CUE,
    type: 'person',
    revisable: true,
    yieldsToOrgWord: true,
  },
  { name: 'apposition.age', examples: ['Kritenbrink, 49, spoke.'], file: CUE, type: 'person' },
  {
    name: 'pronoun-after',
    examples: ['After the vote, Kessler can only shake his head.'],
    file: CUE,
    type: 'person',
    revisable: true,
    yieldsToOrgWord: true,
  },
  { name: 'apposition', examples: ['Okwe Vandermeer, the mayor of Tolbridge, spoke.'], file: CUE, type: 'person' },
  {
    name: 'acronym',
    examples: ['The ZRTB took delivery of the planes.'],
    file: CUE,
    type: 'organization',
    revisable: true,
    halfVote: true,
  },
  { name: 'org-noun-context', examples: ['Shares of carrier Zorvair fell.'], file: CUE, type: 'organization' },
  {
    name: 'org-role-of',
    examples: ['Jesse Okafor, founder of Hack Forums, wrote.'],
    file: CUE,
    type: 'organization',
    revisable: true,
  },
  {
    name: 'org-work-context',
    examples: ['Later he joined Vexcorp as an engineer.'],
    file: CUE,
    type: 'organization',
    revisable: true,
  },
  {
    name: 'org-signed-with',
    examples: ['In 1999 he signed with Brightwater and toured.'],
    file: CUE,
    type: 'organization',
    revisable: true,
  },
  {
    name: 'org-possessive',
    examples: ['Analysts praised Zorvex’s chief executive on Monday.'],
    file: CUE,
    type: 'organization',
    revisable: true,
  },
  {
    name: 'org-shares',
    examples: ['Shares of Regeneron rose.', 'He bought Oakvale stock.'],
    file: CUE,
    type: 'organization',
    revisable: true,
  },
  {
    name: 'org-paper-name',
    examples: ['Reports in the Washington Post said so, and the Post added more.'],
    file: CUE,
    type: 'organization',
  },
  {
    name: 'org-role-after',
    examples: ['He said Vexcorp spokesman Jo Bell agreed.'],
    file: CUE,
    type: 'organization',
    revisable: true,
  },
  {
    name: 'org-capital-the',
    examples: ['A political scientist told The Hill so.'],
    file: CUE,
    type: 'organization',
    revisable: true,
  },
  {
    name: 'org-party-word',
    examples: ['He left the Republican party in 2010.', 'Neither the Labor or Liberal parties won.'],
    file: CLS,
    type: 'organization',
  },
  { name: 'compromise.place', examples: ['He moved to Mount Kessel.'], file: CLS, type: 'place', revisable: true },
  {
    name: 'place-preposition',
    examples: ['The Cagots lived in Tolvenna for centuries.'],
    file: CLS,
    type: 'place',
    revisable: true,
  },
  { name: 'name-shape', examples: ['Sundar Pichai'], file: CLS, type: 'person', revisable: true },
  // the article as a whole
  { name: 'acronym.defined', examples: ['The Pelham Ground Force (PGF) chose it.'], file: DOC },
  { name: 'document.surname', examples: ['Leonard Burman spoke. Later Burman left.'], file: DOC, type: 'person' },
  {
    name: 'document.org-word',
    examples: ['McDonnell Douglas was bought in 1997. Later Douglas reported a loss.'],
    file: DOC,
    type: 'organization',
  },
  { name: 'document.repeat', examples: ['Orvane said it would grow. Orvane is a small firm.'], file: DOC },
  {
    name: 'document.short-name',
    examples: ['Zentrix Corp. reported a loss. Analysts said Zentrix would recover.'],
    file: DOC,
    type: 'organization',
  },
  {
    name: 'document.team',
    examples: ['The Tulsa Herons won the title. Tulsa finished the season 8-5.'],
    file: DOC,
    type: 'organization',
  },
  { name: 'document.list', examples: ['The line runs between Bristol and Dinnick each day.'], file: DOC },
];

const BY_NAME = new Map<EntityRuleName, EntityRule>(ENTITY_RULES.map((r) => [r.name, r]));
/** A piece no rule has typed yet. */
const UNKNOWN: EntityRule = { name: 'unknown', examples: [], file: SEG, revisable: true };

/** The rule of that name (a name not in the list is a bug: the test of docs/entities.md lists them all). */
export function entityRule(name: EntityRuleName): EntityRule {
  return BY_NAME.get(name) ?? UNKNOWN;
}
