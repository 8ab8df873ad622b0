/** JSON and JSON Lines. `only` keeps one of quotes/entities/dates in each record. */
import type { ArticleRecord } from '../types.js';
import type { Only } from './csv.js';

export function selectRecord(rec: ArticleRecord, only: Only | null): Partial<ArticleRecord> {
  if (!only) return rec;
  const { quotes, entities, dates, ...rest } = rec;
  const picked = { quotes, entities, dates }[only];
  return { ...rest, [only]: picked };
}

export function jsonLine(rec: ArticleRecord, only: Only | null): string {
  return JSON.stringify(selectRecord(rec, only)) + '\n';
}

/** Pieces of a JSON array printed as records arrive, so output streams. */
export function jsonArrayItem(rec: ArticleRecord, only: Only | null, first: boolean): string {
  return jsonArrayPrefix(first) + jsonArrayBody(rec, only);
}

/** One element of the array, indented, without the separator. */
export function jsonArrayBody(rec: ArticleRecord, only: Only | null): string {
  return JSON.stringify(selectRecord(rec, only), null, 2).replace(/^/gm, '  ');
}

export function jsonArrayPrefix(first: boolean): string {
  return first ? '[\n' : ',\n';
}

export function jsonArrayEnd(any: boolean): string {
  return any ? '\n]\n' : '[]\n';
}
