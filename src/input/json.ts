/**
 * JSON files: one article object (as news-please writes them), an array of
 * them, or an object holding the array ({"articles": [...]} as news APIs
 * answer). `source` is "file.json" for one article, "file.json:N" (from 1)
 * in an array. JSON that is not article-shaped is an error, never prose.
 */
import { hasTextField, articleFromFields, type FieldNames } from './fields.js';
import { fieldSource } from './field-source.js';
import type { Source } from './sources.js';

/** Keys under which APIs and exports put their list of articles. */
const LIST_KEYS = [
  'articles',
  'items',
  'results',
  'data',
  'documents',
  'docs',
  'stories',
  'records',
  'posts',
  'entries',
];

export function* readJson(text: string, path: string, fields: FieldNames): Generator<Source> {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch (err) {
    yield { kind: 'error', path, reason: `invalid JSON (${(err as Error).message.split('\n')[0]})` };
    return;
  }
  const list = articleList(o, fields);
  if (list === null) {
    yield { kind: 'error', path, reason: notArticles(o, fields) };
    return;
  }
  if (!Array.isArray(list)) {
    yield fieldSource(articleFromFields(list, path, fields), path);
    return;
  }
  for (let i = 0; i < list.length; i++) {
    const source = `${path}:${i + 1}`;
    const item = list[i];
    if (!item || typeof item !== 'object' || Array.isArray(item))
      yield { kind: 'error', path: source, reason: 'not a JSON object' };
    else yield fieldSource(articleFromFields(item as Record<string, unknown>, source, fields), source);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** One article, a list of them, or null when the JSON holds no articles. */
function articleList(o: unknown, fields: FieldNames): Obj | unknown[] | null {
  if (Array.isArray(o)) return o.some((x) => isObj(x) && hasTextField(x, fields)) || o.length === 0 ? o : null;
  if (!isObj(o)) return null;
  if (hasTextField(o, fields)) return o;
  for (const k of LIST_KEYS) {
    const v = o[k];
    if (Array.isArray(v) && (v.length === 0 || v.some((x) => isObj(x) && hasTextField(x, fields)))) return v;
  }
  return null;
}

function notArticles(o: unknown, fields: FieldNames): string {
  const what = Array.isArray(o)
    ? 'an array without article objects'
    : isObj(o)
      ? `an object with ${keyList(o)}`
      : `a ${o === null ? 'null' : typeof o}`;
  const field = fields.text
    ? `a ${JSON.stringify(fields.text)} field (--text-field)`
    : 'a text field (text, body, content, maintext, ...)';
  return `not an article: ${what}; expected an object with ${field}, an array of them, or {"articles": [...]}`;
}

function keyList(o: Obj): string {
  const keys = Object.keys(o);
  if (keys.length === 0) return 'no keys';
  return `keys ${keys
    .slice(0, 8)
    .map((k) => JSON.stringify(k))
    .join(', ')}${keys.length > 8 ? ', ...' : ''}`;
}
