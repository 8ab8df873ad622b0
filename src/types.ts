/**
 * The result record: the single source of truth for the JSON shape that
 * `--format json|jsonl` prints. Scripts rely on it, so any change of shape
 * bumps SCHEMA_VERSION and gets a note in the README.
 *
 * All `start`/`end` offsets are Unicode code point offsets into the article
 * text as decoded, end exclusive: [...text].slice(start, end).join('') === span.text.
 */
export const SCHEMA_VERSION = 3 as const;

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type QuoteType = 'direct' | 'partial' | 'indirect';
export type EntityType = 'person' | 'organization' | 'place';
export type DateType = 'date' | 'time' | 'duration' | 'set';

export interface Speaker {
  /** Resolved canonical name ("Daniel Kritenbrink"), or the mention as written when unresolved. */
  name: string;
  /** Id of the linked entity in `entities`, or null. */
  entity: string | null;
  /** Where the text names the speaker for this quote: a name, a pronoun or a description. */
  mention: Span;
  /** How the name was read from the mention (provenance, for --explain). */
  how: SpeakerHow;
  /**
   * The bodies a speaker not linked to a person speaks for, from the description
   * ("a spokesman for the WTO" → WTO); empty for a linked person (see the entity's `affiliations`).
   */
  affiliation: Affiliation[];
}

/** An organization a person or an unnamed speaker speaks for, and the text that says so. */
export interface Affiliation {
  /** Id of the organization in `entities`, or null when it is not one ("(D-Mo.)" → "Democratic Party"). */
  entity: string | null;
  name: string;
  /** The text that ties them: the organization's mention, or the party tag. */
  evidence: Span;
  rule: string;
}

/** An entity the quote's content mentions: by name inside the quote, or by a pronoun resolved to it. */
export interface AboutRef {
  entity: string;
  /** Its first mention (or pronoun) inside the quote. */
  mention: Span;
  rule: string;
}

export type Gender = 'female' | 'male';

/** One piece of text (or, with --gender-from-names, a first-name statistic) that points to a gender. */
export interface GenderEvidence extends Span {
  kind: 'pronoun' | 'honorific' | 'title' | 'first-name';
  gender: Gender;
  rule: string;
  /** first-name only: the share of that gender among people with that first name (0.5–1). */
  share?: number;
}

/**
 * named: the cue's speaker phrase is (or has at its head) a name; pronoun: a pronoun, resolved
 * to its antecedent or kept as written; description: "the senator", "a spokesman", resolved to the
 * person so described or kept as written; carried: from the previous quote; label: a transcript or
 * headline label ("TAPPER:").
 */
export type SpeakerHow = 'named' | 'pronoun' | 'description' | 'carried' | 'label';

export interface Quote extends Span {
  type: QuoteType;
  speaker: Speaker | null;
  /** The speech verb or phrase ("said", "according to"), or null. */
  cue: Span | null;
  /** Name of the rule that proposed the quote (provenance, for --explain). */
  rule: string;
  /** Entities the quote's content is about, in order of first mention; the speaker is left out. */
  about: AboutRef[];
}

/** Where the text names an entity, and the rule that found that name (provenance, for --explain). */
export interface EntityMention extends Span {
  rule: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** What the article calls the entity ("Secretary of State", "a spokesman for the WTO"): for a person, their roles. */
  titles: string[];
  mentions: EntityMention[];
  /** Persons only: the organizations they speak for, as the text ties them. */
  affiliations?: Affiliation[];
  /** Persons only: gender from the text (null: no evidence, or evidence that conflicts). */
  gender?: Gender | null;
  genderEvidence?: GenderEvidence[];
}

export interface DateMention extends Span {
  type: DateType;
  /** TIMEX3-style value: 2023, 2023-06, 2023-06-14, 2023-W24, 2023-Q2, P2Y, PAST_REF ...; null when unresolvable. */
  value: string | null;
  /** First and last ISO day of a calendar period, when resolvable. */
  from: string | null;
  to: string | null;
  rule: string;
}

export interface ArticleRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  /** Path as found; one record of a corpus file "file.jsonl:LINE", "file.csv:ROW", "file.json:N", "file.rss:N", "file.warc.gz:N"; "-" for standard input. */
  source: string;
  id: string | null;
  title: string | null;
  /** Publication date used as the reference for relative dates (YYYY-MM-DD), or null. */
  date: string | null;
  /**
   * Where `date` came from: "option" (--date), "json-ld", "meta", "url", "time", "byline", "text"
   * (HTML), "front-matter" (Markdown), "header" (a Date: line of a text), "field" (JSON Lines); null without a date.
   */
  dateSource: string | null;
  quotes: Quote[];
  entities: Entity[];
  dates: DateMention[];
  warnings: string[];
  /** The analysed text; only with --include-text. */
  text?: string;
}

/** An article as read from its source, before analysis. */
export interface Article {
  source: string;
  id: string | null;
  title: string | null;
  /** Publication date YYYY-MM-DD from the article's own metadata, or null. */
  date: string | null;
  /** Where the reader found `date` (see ArticleRecord.dateSource). */
  dateSource?: string | null;
  text: string;
  /**
   * UTF-16 ranges of the text that are metadata (a leading "date ..." line, front matter):
   * kept so offsets match the file, but not analysed.
   */
  masked: Array<[number, number]>;
  warnings: string[];
}

export interface AnalyzeOptions {
  /** Reference (publication) date YYYY-MM-DD; overrides the article's own. */
  date?: string | null;
  source?: string;
  id?: string | null;
  title?: string | null;
  includeText?: boolean;
  /** --gender-from-names: a first name's statistics decide a gender the text does not give. */
  genderFromNames?: boolean;
}
