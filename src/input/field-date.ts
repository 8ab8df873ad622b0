/**
 * Publication dates from a field of a CSV row, a JSON object or a feed item.
 * The calendar day is the one written, whatever its time zone ("Thu, 15 Jun
 * 2023 23:30:00 -0400" is 2023-06-15, as the publisher dated it); numbers and
 * all-digit strings are Unix timestamps, in seconds or milliseconds (UTC).
 * Everything else goes to ./pubdate.ts, which reads the page metadata too.
 */
import { normalizeDate } from './pubdate.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// RFC 822 / 2822, as RSS writes pubDate: "Thu, 15 Jun 2023 23:30:00 -0400"
const RFC822 = /^\s*(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s|$)/i;

/** YYYY-MM-DD from a field value, or null when it is not a date. */
export function fieldDate(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return normalizeDate(value);
  const s = value.trim();
  if (/^\d{9,13}(?:\.\d+)?$/.test(s)) return fromEpoch(Number(s));
  const m = RFC822.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase());
    if (month >= 0) return normalizeDate(`${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
  }
  return normalizeDate(s);
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n < 1e8) return null; // not a timestamp of a news article (before 1973)
  // 10 digits are seconds (until 2286), 13 are milliseconds.
  const ms = n >= 1e11 ? n : n * 1000;
  const d = new Date(ms);
  return isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}
