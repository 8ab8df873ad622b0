/**
 * An article from a record with named fields: a CSV row, a JSON object, a
 * JSON Lines line. The text, date, title and id are found under the usual
 * names (case, "_" and "-" ignored: publishedAt = published_at), or under
 * the names given with --text-field, --date-field, --title-field, --id-field
 * (a JSON field may be a dotted path, "fields.bodyText").
 */
import type { Article } from '../types.js';
import { dateFromField } from './pubdate.js';

export interface FieldNames {
  text?: string;
  date?: string;
  title?: string;
  id?: string;
}

export const TEXT_FIELDS = ['text', 'body', 'content', 'article', 'maintext', 'full_text', 'story'];
export const DATE_FIELDS = [
  'date',
  'published',
  'publishedAt',
  'published_at',
  'pubDate',
  'publish_date',
  'date_publish',
  'datePublished',
  'publication_date',
  'timestamp',
];
export const TITLE_FIELDS = ['title', 'headline'];
export const ID_FIELDS = ['id', 'url', 'link', 'uuid', 'guid'];

export type FieldArticle = { ok: true; article: Article; html: boolean } | { ok: false; reason: string };

const squash = (k: string) => k.toLowerCase().replace(/[\s_-]+/g, '');

/** The value of the first of `names` that the record has (exact key, then ignoring case and "_"). */
function pick(r: Record<string, unknown>, names: string[], usable: (v: unknown) => boolean): unknown {
  return pickField(r, names, usable)?.value;
}

function pickField(
  r: Record<string, unknown>,
  names: string[],
  usable: (v: unknown) => boolean,
): { key: string; value: unknown } | undefined {
  for (const n of names) {
    const v = n in r ? r[n] : n.includes('.') ? path(r, n) : undefined;
    if (usable(v)) return { key: n, value: v };
  }
  const keys = Object.keys(r);
  for (const n of names) {
    const k = keys.find((key) => squash(key) === squash(n));
    if (k !== undefined && usable(r[k])) return { key: k, value: r[k] };
  }
  return undefined;
}

/** A field of the wrong type is not guessed at: it is left out, with a warning. */
function wrongType(
  r: Record<string, unknown>,
  names: string[],
  ok: (v: unknown) => boolean,
  what: string,
): string | null {
  const f = pickField(r, names, present);
  return f && !ok(f.value) ? `"${f.key}" is not ${what}: ignored` : null;
}

function path(r: Record<string, unknown>, dotted: string): unknown {
  let v: unknown = r;
  for (const part of dotted.split('.')) {
    if (!v || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

const isString = (v: unknown) => typeof v === 'string';
const present = (v: unknown) => v !== undefined && v !== null && v !== '';

/** Whether a record has a text field (for telling an article from other JSON). */
export function hasTextField(r: Record<string, unknown>, names: FieldNames = {}): boolean {
  return pick(r, names.text ? [names.text] : TEXT_FIELDS, isString) !== undefined;
}

export function articleFromFields(r: Record<string, unknown>, source: string, names: FieldNames = {}): FieldArticle {
  const textNames = names.text ? [names.text] : TEXT_FIELDS;
  // A non-empty text first: news-please writes "text": null beside its "maintext".
  const text = (pick(r, textNames, (v) => typeof v === 'string' && v.trim() !== '') ?? pick(r, textNames, isString)) as
    string | undefined;
  if (text === undefined) return { ok: false, reason: missingText(r, names) };
  const warnings: string[] = [];
  const dateField = pickField(r, names.date ? [names.date] : DATE_FIELDS, present);
  const parsed = dateFromField(dateField?.value);
  const date = parsed.day;
  if (parsed.warning) warnings.push(`field "${dateField!.key}": ${parsed.warning}`);
  const title = pick(r, names.title ? [names.title] : TITLE_FIELDS, (v) => typeof v === 'string' && v.trim() !== '');
  const id = pick(
    r,
    names.id ? [names.id] : ID_FIELDS,
    (v) => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number',
  );
  // news-please and most crawlers record the language they detected
  const lang = pick(
    r,
    ['language', 'lang'],
    (v) => typeof v === 'string' && /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i.test(v.trim()),
  );
  if (typeof lang === 'string' && !/^en\b/i.test(lang.trim()))
    warnings.push(
      `the record's language is "${lang.trim()}", not English: quotes, names and dates may be missed or wrong`,
    );
  const idNames = names.id ? [names.id] : ID_FIELDS;
  const titleNames = names.title ? [names.title] : TITLE_FIELDS;
  for (const w of [
    wrongType(r, idNames, (v) => typeof v === 'string' || typeof v === 'number', 'a string or a number'),
    wrongType(r, titleNames, isString, 'a string'),
  ])
    if (w) warnings.push(w);
  // The text as given, line ends and all: offsets slice it (analysis sees CR LF as LF).
  const normalized = text;
  return {
    ok: true,
    html: looksLikeHtml(normalized),
    article: {
      source,
      id: id === undefined ? null : String(id),
      title: typeof title === 'string' ? title.trim() : null,
      date,
      dateSource: date ? 'field' : null,
      text: normalized,
      masked: [],
      warnings,
    },
  };
}

function missingText(r: Record<string, unknown>, names: FieldNames): string {
  const keys = Object.keys(r);
  const has = keys.length
    ? `; it has ${keys
        .slice(0, 12)
        .map((k) => JSON.stringify(k))
        .join(', ')}${keys.length > 12 ? ', ...' : ''}`
    : '';
  if (names.text) return `no string field ${JSON.stringify(names.text)} (--text-field)${has}`;
  return `no text field (${TEXT_FIELDS.join(', ')})${has}; name it with --text-field`;
}

/** Markup rather than prose: a text that starts with a tag and has block or inline HTML elements. */
export function looksLikeHtml(text: string): boolean {
  if (!/^\s*</.test(text)) return false;
  const tags = text.match(
    /<\/?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|ul|ol|li|blockquote|figure|img|section|article|table)\b[^>]*>/gi,
  );
  return !!tags && tags.length >= 2;
}
