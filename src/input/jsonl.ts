/**
 * JSON Lines corpora: one article per line with `text` (or `body`/`content`),
 * optional publication date (`date`, `published`, `publishedAt`, ... or the
 * field --date-field names), `title`, `id` (or `url`).
 */
import type { Article } from '../types.js';
import { dateFromField } from './pubdate.js';

/** Fields that hold a publication date, tried in this order (epoch seconds or ms in `timestamp`). */
export const DATE_FIELDS = ['date', 'published', 'publishedAt', 'published_at', 'pubDate', 'date_publish', 'datePublished', 'publication_date', 'timestamp'];

export type JsonlLine = { ok: true; article: Article } | { ok: false; reason: string };

export function articleFromJsonLine(line: string, source: string, dateField?: string): JsonlLine {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch (err) {
    return { ok: false, reason: `invalid JSON (${(err as Error).message.split('\n')[0]})` };
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { ok: false, reason: 'not a JSON object' };
  const r = o as Record<string, unknown>;
  const text = [r.text, r.body, r.content].find((v) => typeof v === 'string') as string | undefined;
  if (text === undefined) return { ok: false, reason: 'no "text", "body" or "content" string field' };
  const warnings: string[] = [];
  const fields = dateField ? [dateField, ...DATE_FIELDS] : DATE_FIELDS;
  const key = fields.find((k) => r[k] !== undefined && r[k] !== null && r[k] !== '');
  const parsed = key ? dateFromField(r[key]) : { day: null, warning: null };
  const date = parsed.day;
  if (parsed.warning) warnings.push(`field "${key}": ${parsed.warning}`);
  const id = r.id ?? r.url ?? null;
  // A field of the wrong type is not guessed at: it is left out, with a warning.
  if (id !== null && typeof id !== 'string' && typeof id !== 'number') warnings.push(`"${r.id != null ? 'id' : 'url'}" is not a string or a number: ignored`);
  if (r.title !== undefined && r.title !== null && typeof r.title !== 'string') warnings.push('"title" is not a string: ignored');
  return {
    ok: true,
    article: {
      source,
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
      title: typeof r.title === 'string' ? r.title : null,
      date,
      dateSource: date ? 'field' : null,
      text,
      masked: [],
      warnings,
    },
  };
}
