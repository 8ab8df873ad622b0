/**
 * The corpus view: one Summary for many article records (`extract --summary`).
 * Its JSON (`--summary --format json`) is a separate document from the
 * per-article records, with its own version: any change of shape bumps
 * SUMMARY_SCHEMA_VERSION and gets a note in the README ("Corpus view").
 */
export const SUMMARY_SCHEMA_VERSION = 2 as const;

import type {
  GenderStats,
  OutletStat,
  QuotedVsMentioned,
  SharedQuoteStat,
  TalksAbout,
  VoiceStat,
} from './who-types.js';
/** Quotes kept per speaker for the drill-down (`quoteList`); the rest are counted in `moreQuotes`. */
export const QUOTE_LIST_MAX = 25;
/** Duplicates listed by name (`duplicateOf`); `duplicates` counts them all. */
export const DUPLICATE_LIST_MAX = 100;

/** A speaker after cross-article name merging ("Blinken" + "Antony Blinken"). */
export interface SpeakerStat {
  /** Canonical name: the full name when the corpus has one. */
  name: string;
  /** Every speaker name, as found in the records, merged into this one (sorted; includes `name`). */
  aliases: string[];
  /** Quotes attributed to any of the aliases. */
  quotes: number;
  /** Articles with at least one such quote. */
  articles: number;
  /** Earliest and latest publication date of those articles (null when none is dated). */
  firstDate: string | null;
  lastDate: string | null;
  /** One of their quotes (their longest direct quote, else their longest), shortened to 200 characters. */
  example: { text: string; source: string } | null;
  /**
   * Their quotes, in the order of the articles (then of the text), at most
   * QUOTE_LIST_MAX of them; `article` is an index into Summary.articleList.
   */
  quoteList: QuoteRef[];
  /** Quotes not in quoteList. */
  moreQuotes: number;
}

export interface QuoteRef {
  /** The quote, shortened to 300 characters. */
  text: string;
  type: 'direct' | 'partial' | 'indirect';
  article: number;
}

/** One article read, as the report's articles table lists it. */
export interface ArticleStat {
  source: string;
  id: string | null;
  title: string | null;
  date: string | null;
  /** The article's address: its id when that is an http(s) URL, else its source when that is one, else null. */
  url: string | null;
  quotes: number;
  /** Distinct named speakers (as written in the record). */
  speakers: number;
  /** Those speakers as written in the record, with their number of quotes here, most quoted first. */
  speakerQuotes: Array<{ name: string; quotes: number }>;
}

/** A person, organization or place, merged across articles. */
export interface EntityStat {
  name: string;
  /** Every entity name, as found in the records, merged into this one (sorted; includes `name`). */
  aliases: string[];
  /** Mentions in all articles. */
  mentions: number;
  /** Articles that mention it. */
  articles: number;
  /** Those articles, as indexes into Summary.articleList (ascending). */
  articleRefs: number[];
}

export interface MonthStat {
  /** YYYY-MM of the articles' publication dates, or "unknown" for undated articles (always last). */
  month: string;
  articles: number;
  quotes: number;
}

export interface Summary {
  schemaVersion: typeof SUMMARY_SCHEMA_VERSION;
  kind: 'summary';
  articles: number;
  quotes: number;
  /** Quotes with no speaker at all. */
  unattributedQuotes: number;
  /** Quotes whose speaker is not a name (an unresolved pronoun or a description: "he", "the minister"). */
  unnamedQuotes: number;
  /** Earliest and latest publication date in the corpus, or null. */
  firstDate: string | null;
  lastDate: string | null;
  undatedArticles: number;
  /** Named speakers, most quoted first (then most articles, then name). */
  speakers: SpeakerStat[];
  /** Most mentioned first (then most articles, then name). */
  people: EntityStat[];
  organizations: EntityStat[];
  places: EntityStat[];
  /**
   * Articles and quotes per month of publication, in calendar order with no gaps
   * between the first and last month (months without articles count 0), then "unknown".
   */
  months: MonthStat[];
  /**
   * Who talks about whom, voices by affiliation, sources by gender, quoted vs mentioned, by outlet,
   * shared quotes (./who-types.ts, ./who.ts). Always present in a summary that summarize() makes;
   * optional so that formatters take a summary of version 1 too.
   */
  talksAbout?: TalksAbout;
  voices?: VoiceStat[];
  gender?: GenderStats;
  quotedVsMentioned?: QuotedVsMentioned;
  outlets?: OutletStat[];
  sharedQuotes?: SharedQuoteStat[];
  /** Every article summarised, in input order (duplicates left out). */
  articleList: ArticleStat[];
  /** Articles with the same text as one read before them: left out of every count above. */
  duplicates: number;
  /** The first DUPLICATE_LIST_MAX of them, with the article they repeat. */
  duplicateOf: Array<{ source: string; sameAs: string }>;
}
