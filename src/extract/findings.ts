/**
 * What extractors propose and resolvers refine. Offsets here are UTF-16
 * indices into the article text (JavaScript string indices); they become code
 * point offsets only when the record is built (see ../offsets.ts).
 */
import type { DateType, EntityType, QuoteType } from '../types.js';
import type { QuoteRuleName } from './quotes/rules.js';
import type { FindingRule } from './dates/rule.js';
import type { EntityRuleName } from './entities/rules.js';

export interface Range {
  start: number;
  end: number;
}

export interface QuoteFinding extends Range {
  type: QuoteType;
  /** The reporting verb or phrase. */
  cue: Range | null;
  /** Where the text names the speaker for this quote (name, pronoun or description). */
  speaker: Range | null;
  /** An appositive describing the speaker where it is named ("the State Department's top diplomat"). */
  speakerTitle?: Range;
  /** The speaker is carried over from an earlier quote (continued paragraph, interrupted quote). */
  carried?: boolean;
  /** Rule that proposed it, e.g. "quoted.cue-after" (a union: a misspelt name does not compile). */
  rule: QuoteRuleName;
}

export interface EntityMention extends Range {
  type: EntityType;
  /** A title or role found with the mention ("Secretary of State", "the top diplomat for East Asia"). */
  title?: string;
  rule: EntityRuleName;
  /** A bracketed acronym ("Air Force (USAF)"): the end offset of the name it stands for (document.ts decides it). */
  abbreviates?: number;
}

export interface DateFinding extends Range {
  type: DateType;
  value: string | null;
  from: string | null;
  to: string | null;
  rule: FindingRule;
}

/** An entity after alias merging (resolve/entities.ts). */
export interface ResolvedEntity {
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form. */
  name: string;
  aliases: string[];
  titles: string[];
  mentions: Array<Range & { rule: EntityRuleName }>;
}
