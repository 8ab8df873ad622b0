/** Markdown articles: YAML front matter gives title and date; it is masked from analysis. */
import { createRequire } from 'node:module';
import type { parse as ParseYaml } from 'yaml';
import type { Article } from '../types.js';
import { articleFromText } from './plaintext.js';
import { normalizeDate } from './pubdate.js';

// Loaded on first use, so that plain-text runs do not pay for a YAML parser.
let parseYamlFn: typeof ParseYaml | undefined;
const parseYaml = (src: string): unknown =>
  (parseYamlFn ??= (createRequire(import.meta.url)('yaml') as { parse: typeof ParseYaml }).parse)(src);

// (an empty block, "---" right after "---", first: it must not reach down to a later rule)
const FRONT_MATTER = /^---[ \t]*\n(?:(?:---|\.\.\.)|([\s\S]*?)\n(?:---|\.\.\.))[ \t]*(?:\n|$)/;

export function articleFromMarkdown(text: string, source: string): Article {
  const m = FRONT_MATTER.exec(text);
  if (!m) {
    const article = articleFromText(text, source);
    if (/^---[ \t]*\n/.test(text)) article.warnings.push("front matter opened by '---' is not closed: read as text");
    return article;
  }
  const article: Article = { source, id: null, title: null, date: null, text, masked: [[0, m[0].length]], warnings: [] };
  let meta: unknown;
  try {
    meta = parseYaml(m[1] ?? '');
  } catch (err) {
    article.warnings.push(`front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    return article;
  }
  if (meta !== null && meta !== undefined && (typeof meta !== 'object' || Array.isArray(meta))) {
    article.warnings.push('front matter is not a mapping of keys to values: ignored');
  } else if (meta && typeof meta === 'object') {
    const o = meta as Record<string, unknown>;
    if (typeof o.title === 'string') article.title = o.title;
    article.date = normalizeDate(o.date ?? o.published ?? o.pubdate ?? null);
    const id = o.id ?? o.url;
    if (typeof id === 'string' || typeof id === 'number') article.id = String(id);
  }
  return article;
}
