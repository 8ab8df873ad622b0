/**
 * What a rule proposes: a span, its type, and how to resolve it once the
 * sentence's direction and the article's anchors are known.
 */
import type { DateType } from '../../types.js';
import type { Sentence, Token } from '../../nlp/parse.js';
import type { Day } from './calendar.js';
import type { FindingRule } from './rule.js';

/** Which way a relative expression points, from the sentence's tense and cue words. */
export type Direction = 'past' | 'future' | 'none';

export interface ResolveCtx {
  /** Publication date; null when unknown (relative expressions stay unresolved). */
  ref: Day | null;
  dir: Direction;
  /** The last calendar value the article named before this expression ("2023-06-14", "1989-Q3"). */
  anchor: string | null;
  /** The last value the article named that is a single day ("2023-06-14"): "the day", "the next day" count from it. */
  anchorDay: string | null;
  /** Whether that anchor was named in the same sentence. */
  anchorNear: boolean;
  /** The quarter the article reports on (the last "third quarter" / "the quarter" it named). */
  topicQuarter: string | null;
}

/** A span a rule proposes; the rule's name is added by the caller (see rule.ts). */
export interface Proposal {
  start: number;
  end: number;
  type: DateType;
  /** TIMEX3 value, or null when it cannot be resolved. */
  resolve: (ctx: ResolveCtx) => string | null;
  /** Its value names the quarter being reported on (not a comparison period). */
  topic?: boolean;
  /** For clock times: the "THH:MM" part, so a neighbouring day can take it. */
  clock?: string;
}

/** A proposal with the name of the rule that made it (or the refiner that joined two). */
export interface DateCandidate extends Proposal {
  rule: FindingRule;
}

/** The sentence a rule scans: its text (a slice of the article text) and tokens. */
export interface SentenceView {
  index: number;
  text: string;
  start: number;
  tokens: Token[];
  sentence: Sentence;
  /** Which quoted span an offset lies in (-1 outside quotes): tense is read on the same side of the marks. */
  quoteAt?: (offset: number) => number;
}
