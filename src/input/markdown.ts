/** Markdown articles: YAML (---) or TOML (+++) front matter gives title and date; it is masked from analysis. */
import { createRequire } from 'node:module';
import type { parse as ParseYaml } from 'yaml';
import type { Article } from '../types.js';
import { articleFromText } from './plaintext.js';
import { dateFromField } from './pubdate.js';

// Loaded on first use, so that plain-text runs do not pay for a YAML parser.
let parseYamlFn: typeof ParseYaml | undefined;
const parseYaml = (src: string): unknown =>
  (parseYamlFn ??= (createRequire(import.meta.url)('yaml') as { parse: typeof ParseYaml }).parse)(src);

// (an empty block, "---" right after "---", first: it must not reach down to a later rule)
const FRONT_MATTER = /^---[ \t]*\n(?:(?:---|\.\.\.)|([\s\S]*?)\n(?:---|\.\.\.))[ \t]*(?:\n|$)/;
const TOML_FRONT_MATTER = /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/;
// Front matter keys for the publication date, in order (Hugo, Jekyll, Eleventy...).
const DATE_KEYS = [
  'date',
  'published',
  'publishDate',
  'publishdate',
  'pubdate',
  'pubDate',
  'date_published',
  'datePublished',
];

export function articleFromMarkdown(text: string, source: string): Article {
  const toml = TOML_FRONT_MATTER.exec(text);
  if (toml)
    return withMeta(
      { source, id: null, title: null, date: null, text, masked: [[0, toml[0].length]], warnings: [] },
      tomlKeys(toml[1]!),
    );
  const m = FRONT_MATTER.exec(text);
  if (!m) {
    const article = articleFromText(text, source);
    if (/^---[ \t]*\n/.test(text)) article.warnings.push("front matter opened by '---' is not closed: read as text");
    return article;
  }
  const article: Article = {
    source,
    id: null,
    title: null,
    date: null,
    text,
    masked: [[0, m[0].length]],
    warnings: [],
  };
  let meta: unknown;
  try {
    meta = parseYaml(m[1] ?? '');
  } catch (err) {
    article.warnings.push(`front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    return article;
  }
  if (meta !== null && meta !== undefined && (typeof meta !== 'object' || Array.isArray(meta))) {
    article.warnings.push('front matter is not a mapping of keys to values: ignored');
  } else if (meta && typeof meta === 'object') withMeta(article, meta as Record<string, unknown>);
  return article;
}

function withMeta(article: Article, o: Record<string, unknown>): Article {
  if (typeof o.title === 'string') article.title = o.title;
  const key = DATE_KEYS.find((k) => o[k] !== undefined && o[k] !== null && o[k] !== '');
  if (key) {
    const d = dateFromField(o[key]);
    article.date = d.day;
    if (d.day) article.dateSource = 'front-matter';
    if (d.warning) article.warnings.push(`front matter "${key}": ${d.warning}`);
  }
  const id = o.id ?? o.url;
  if (typeof id === 'string' || typeof id === 'number') article.id = String(id);
  return article;
}

/** The top-level `key = value` pairs of TOML front matter (strings, dates, numbers: all we read from it). */
function tomlKeys(src: string): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const line of src.split('\n')) {
    if (/^\s*\[/.test(line)) break; // a [table]: the top level is over
    const m = /^\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^#\s][^#]*?))\s*(?:#.*)?$/.exec(line);
    if (m) o[m[1]!] = m[2] !== undefined ? m[2].replace(/\\(["\\])/g, '$1') : (m[3] ?? m[4]!);
  }
  return o;
}
