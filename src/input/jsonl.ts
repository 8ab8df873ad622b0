/**
 * JSON Lines corpora: one article per line, its fields found by the usual
 * names or by --text-field etc. (./fields.ts).
 */
import type { Article } from '../types.js';
import { articleFromFields, type FieldNames } from './fields.js';

export type JsonlLine = { ok: true; article: Article; html: boolean } | { ok: false; reason: string };

export function articleFromJsonLine(line: string, source: string, names: FieldNames = {}): JsonlLine {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch (err) {
    return { ok: false, reason: `invalid JSON (${(err as Error).message.split('\n')[0]})` };
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { ok: false, reason: 'not a JSON object' };
  return articleFromFields(o as Record<string, unknown>, source, names);
}
