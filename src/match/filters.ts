/**
 * Filters for the per-article output: `--speaker NAME` (only that person's
 * quotes) and `--entity NAME` (only articles that mention it). Names match
 * their aliases, case-insensitively; a surname matches its full name
 * ("blinken" finds "Antony Blinken"), and a full name finds the bare surname
 * as speaker unless the article names someone else with that surname.
 */
import type { ArticleRecord, Entity, Quote } from '../types.js';
import { nameMatches, nameTokens, plainKey, surname, surnameOnly } from './names.js';

export interface RecordFilters {
  speaker?: string | null;
  entity?: string | null;
}

/** Whether one quote is by the named speaker. */
export function quoteBySpeaker(record: ArticleRecord, quote: Quote, name: string): boolean {
  const sp = quote.speaker;
  if (!sp || !name.trim()) return false;
  const linked = sp.entity ? record.entities.find((e) => e.id === sp.entity) : undefined;
  const names = [sp.name, ...(linked ? [linked.name, ...linked.aliases] : [])];
  return names.some((n) => nameMatches(name, n) && !otherBearer(record, name, n));
}

/** Whether the record has at least one quote by the named speaker. */
export function matchesSpeaker(record: ArticleRecord, name: string): boolean {
  return record.quotes.some((q) => quoteBySpeaker(record, q, name));
}

/** The record with only the named speaker's quotes (entities, dates and the rest unchanged). */
export function filterBySpeaker(record: ArticleRecord, name: string): ArticleRecord {
  return { ...record, quotes: record.quotes.filter((q) => quoteBySpeaker(record, q, name)) };
}

/** Whether the record mentions the named person, organization or place (its name or an alias). */
export function mentionsEntity(record: ArticleRecord, name: string): boolean {
  if (!name.trim()) return false;
  return record.entities.some((e) => entityMatches(e, name));
}

export function entityMatches(e: Entity, name: string): boolean {
  const names = [e.name, ...e.aliases];
  if (e.type === 'person') return names.some((n) => nameMatches(name, n));
  const k = plainKey(name);
  return names.some((n) => plainKey(n) === k);
}

/**
 * Both filters at once, for the per-article output loop: null when the record
 * is to be left out, else the record to print (with --speaker, only that
 * speaker's quotes).
 */
export function applyFilters(record: ArticleRecord, filters: RecordFilters): ArticleRecord | null {
  if (filters.entity && !mentionsEntity(record, filters.entity)) return null;
  if (filters.speaker) {
    const r = filterBySpeaker(record, filters.speaker);
    return r.quotes.length ? r : null;
  }
  return record;
}

/**
 * A full-name query ("John Smith") against a bare surname ("Smith") as written:
 * not a match when the article names another person with that surname ("Jane Smith").
 */
function otherBearer(record: ArticleRecord, query: string, name: string): boolean {
  const q = nameTokens(query);
  const n = nameTokens(name);
  if (surnameOnly(q) || !surnameOnly(n)) return false;
  return record.entities.some((e) => {
    if (e.type !== 'person') return false;
    const t = nameTokens(e.name);
    return !surnameOnly(t) && surname(e.name) === surname(name) && !nameMatches(query, e.name);
  });
}
