/**
 * The corpus view's who-about-whom sections (see ./who.ts): who talks about whom,
 * voices by affiliation, sources by gender, quoted vs mentioned, by outlet, shared quotes.
 * Names are merged across articles as for the speakers (./names.ts).
 */
import type { EntityType } from '../types.js';

export type GenderKey = 'female' | 'male' | 'unknown';
export type GenderCounts = Record<GenderKey, number>;

/** Quotes by a speaker whose `about` names the subject. */
export interface PairStat {
  speaker: string;
  subject: string;
  type: EntityType;
  quotes: number;
  articles: number;
}

export interface SpeakerSubjects {
  speaker: string;
  /** Quotes by the speaker that are about anyone (have an `about`). */
  quotes: number;
  /** The entities they talk about most (at most 10), most quotes first. */
  subjects: Array<{ name: string; type: EntityType; quotes: number }>;
}

export interface TalksAbout {
  /** Every speaker → subject pair, most quotes first. */
  pairs: PairStat[];
  /** Speakers in the order of `speakers`, those whose quotes are about someone. */
  speakers: SpeakerSubjects[];
}

/** An organization (or party) and the quotes of those who speak for it. */
export interface VoiceStat {
  name: string;
  /** Quotes of people affiliated with it plus quotes of unnamed speakers described as speaking for it. */
  quotes: number;
  /** ... of which by named people, and by unnamed speakers ("a spokesman for the WTO"). */
  namedQuotes: number;
  unnamedQuotes: number;
  /** Distinct named people who speak for it. */
  speakers: number;
  articles: number;
}

export interface GenderMonth extends GenderCounts {
  month: string;
}

export interface GenderStats {
  /** Quotes by a named person, by that person's gender (over the corpus: both genders in different articles → unknown). */
  quotes: GenderCounts;
  /** Distinct named speakers, by gender. */
  speakers: GenderCounts;
  /** unknown / all, for quotes and for speakers (0 when there are none). */
  unknownQuoteShare: number;
  unknownSpeakerShare: number;
  /** Speakers whose gender was decided by each kind of evidence (a speaker may count under several). */
  decidedBy: Record<'pronoun' | 'honorific' | 'title' | 'first-name', number>;
  /** Quotes by gender per month of publication (same months as `months`). */
  months: GenderMonth[];
}

export interface PersonQuotedStat {
  name: string;
  gender: GenderKey;
  quotes: number;
  mentions: number;
  articles: number;
}

export interface QuotedVsMentioned {
  /** Every person (entity or named speaker), most quoted first, then most mentioned. */
  people: PersonQuotedStat[];
  totals: {
    people: number;
    quoted: number;
    onlyMentioned: number;
    byGender: Record<GenderKey, { quoted: number; onlyMentioned: number }>;
  };
}

export interface OutletStat {
  /** The host of the article's URL (id or source), else its first folder below the folder all inputs share. */
  outlet: string;
  articles: number;
  quotes: number;
  /** Quotes by named people, by gender. */
  byGender: GenderCounts;
  /** Distinct named speakers. */
  speakers: number;
  /** The most quoted speakers there (at most 5). */
  topSpeakers: Array<{ name: string; quotes: number }>;
}

/** The same direct or partial quotation (case, punctuation and spacing aside) in several articles. */
export interface SharedQuoteStat {
  text: string;
  articles: number;
  /** The first article it appeared in: earliest publication date, then input order. */
  firstSource: string;
  firstDate: string | null;
  /** The speaker most articles give it to (null when none), and every speaker given. */
  speaker: string | null;
  speakers: string[];
}
