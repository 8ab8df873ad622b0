/**
 * A record's fields as a source: prose as an article straight away, HTML
 * (a feed's content:encoded, a crawler's "content") as a fragment that the
 * HTML reader turns into text, in a worker thread like every page.
 */
import type { FieldArticle } from './fields.js';
import type { Source } from './sources.js';

export function fieldSource(r: FieldArticle, source: string): Source {
  if (!r.ok) return { kind: 'error', path: source, reason: r.reason };
  const a = r.article;
  if (!r.html) return { kind: 'article', article: a };
  return {
    kind: 'document',
    bytes: Buffer.from(a.text, 'utf8'),
    path: source,
    ext: '.fragment',
    meta: { id: a.id, title: a.title, date: a.date, charset: 'utf-8', warnings: a.warnings },
  };
}
