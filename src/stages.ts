/**
 * The analysis stages after the one parse, in the order they run. analyzeArticle (index.ts) and
 * `npm run bench` both run them through runStages, so the order is written once.
 *
 * Why this order: speakers resolve against the entities (a speaker is an entity); who-about-whom
 * needs both the quotes' speakers and the entities; dates need only the parse and the day.
 */
import type { Parsed } from './nlp/parse.js';
import { extractQuotes } from './extract/quotes/index.js';
import { extractEntities } from './extract/entities/index.js';
import { extractDates } from './extract/dates/index.js';
import { resolveEntities } from './resolve/entities.js';
import { resolveSpeakers, type SpeakerResolution } from './resolve/speakers.js';
import { resolveWhoAboutWhom, NO_ABOUT, type WhoAboutWhom } from './resolve/who.js';
import type { DateFinding, QuoteFinding, ResolvedEntity } from './extract/findings.js';

export const STAGE_NAMES = [
  'entity extraction',
  'entity resolution',
  'quote extraction',
  'speaker resolution',
  'about resolution',
  'date extraction',
] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export interface StageResults {
  entities: ResolvedEntity[];
  quotes: QuoteFinding[];
  resolution: SpeakerResolution;
  who: WhoAboutWhom;
  dates: DateFinding[];
}

export interface StageOptions {
  genderFromNames: boolean;
  /** Wraps each stage (bench times them); the default just runs it. */
  around?: <T>(name: StageName, run: () => T) => T;
}

/** Runs every stage on one parse. Each stage is isolated: an exception costs only its findings (and a warning). */
export function runStages(
  parsed: Parsed,
  date: string | null,
  warnings: string[],
  options: StageOptions,
): StageResults {
  const around = options.around ?? (<T>(_: StageName, run: () => T): T => run());
  const stage = <T>(name: StageName, fallback: T, fn: () => T): T =>
    around(name, () => {
      try {
        return fn();
      } catch (err) {
        warnings.push(`${name} failed: ${errorLine(err)}`);
        return fallback;
      }
    });

  const mentions = stage('entity extraction', [], () => extractEntities(parsed));
  const entities = stage('entity resolution', [] as ResolvedEntity[], () => resolveEntities(parsed, mentions));
  const quotes = stage('quote extraction', [] as QuoteFinding[], () => extractQuotes(parsed));
  const resolution = stage('speaker resolution', { speakers: [], titles: new Map() } as SpeakerResolution, () =>
    resolveSpeakers(parsed, quotes, entities),
  );
  const who = stage('about resolution', NO_ABOUT as WhoAboutWhom, () =>
    resolveWhoAboutWhom(parsed, quotes, resolution.speakers, entities, { genderFromNames: options.genderFromNames }),
  );
  const dates = stage('date extraction', [] as DateFinding[], () => extractDates(parsed, date, warnings));
  return { entities, quotes, resolution, who, dates };
}

/** The first line of an error's message, at most 200 characters: warnings stay one line. */
export function errorLine(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.split('\n')[0]!.slice(0, 200);
}
