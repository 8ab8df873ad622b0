/**
 * Publication dates from a field of a CSV row, a JSON object or a feed item:
 * the day as ./pubdate.ts reads a date field (the calendar day written,
 * whatever its zone; Unix timestamps in seconds or milliseconds), or null.
 */
import { dateFromField } from './pubdate.js';

/** YYYY-MM-DD from a field value, or null when it is not a date (or an ambiguous one). */
export function fieldDate(value: unknown): string | null {
  return dateFromField(value).day;
}
