/**
 * Feeds (RSS 2.0, RSS 1.0/RDF, Atom), parsed by @rowanmanning/feed-parser:
 * each item is one article, its text the item's content (content:encoded,
 * Atom content) or else its description / summary, read as HTML when it has
 * markup; `id` is its link (else its guid / Atom id), the date its pubDate,
 * published or updated. `source` is "file.rss:N", N counting items from 1.
 */
import { createRequire } from 'node:module';
import { dateFromField } from './pubdate.js';
import type { Source } from './sources.js';

interface FeedElement {
  findElementWithName(name: string): { textContentNormalized?: string | null } | null | undefined;
}
interface FeedItem {
  id: string | null;
  url: string | null;
  title: string | null;
  content: string | null;
  description: string | null;
  published: Date | null;
  updated: Date | null;
  element?: FeedElement;
}
type ParseFeed = (xml: string) => { items: FeedItem[] };

// Loaded on first use, as the HTML and YAML libraries are.
let parseFeedFn: ParseFeed | undefined;
const parseFeed = (xml: string) =>
  (parseFeedFn ??= (createRequire(import.meta.url)('@rowanmanning/feed-parser') as { parseFeed: ParseFeed }).parseFeed)(
    xml,
  );

/** The elements whose text is the item's date, in order of preference. */
const DATE_ELEMENTS = ['pubdate', 'published', 'issued', 'date', 'updated', 'modified'];
const TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/i;

/** Whether an XML text is a feed (by its root element), for ".xml" files and standard input. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '');
  return /^\s*<(?:rss|feed|rdf:RDF|RDF)\b/i.test(head);
}

export function* readFeed(xml: string, path: string): Generator<Source> {
  if (!looksLikeFeed(xml)) {
    const root = /^\s*<([A-Za-z][\w:.-]*)/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''));
    yield {
      kind: 'error',
      path,
      reason: `not a feed (RSS or Atom)${root ? `: its root element is <${root[1]}>` : ''}`,
    };
    return;
  }
  let items: FeedItem[];
  try {
    items = parseFeed(xml).items;
  } catch (err) {
    yield { kind: 'error', path, reason: `not a readable feed (${(err as Error).message.split('\n')[0]})` };
    return;
  }
  for (let i = 0; i < items.length; i++) yield itemSource(items[i]!, `${path}:${i + 1}`);
}

function itemSource(item: FeedItem, source: string): Source {
  const warnings: string[] = [];
  const body = item.content?.trim() || item.description?.trim() || '';
  if (!body) warnings.push('feed item has no content or description');
  const rawDate = DATE_ELEMENTS.map((n) => item.element?.findElementWithName?.(n)?.textContentNormalized).find(
    (v) => v && v.trim(),
  );
  let date = rawDate ? dateFromField(rawDate).day : null;
  if (!date) {
    const d = item.published ?? item.updated;
    date = d && !isNaN(d.getTime()) ? d.toISOString().slice(0, 10) : null;
  }
  if (rawDate && !date) warnings.push(`unrecognised date ${JSON.stringify(rawDate)}`);
  const title = item.title
    ? item.title
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim() || null
    : null;
  const id = item.url ?? item.id ?? null;
  if (TAG.test(body)) {
    return {
      kind: 'document',
      bytes: Buffer.from(body, 'utf8'),
      path: source,
      ext: '.fragment',
      meta: { id, title, date, charset: 'utf-8', warnings },
    };
  }
  return { kind: 'article', article: { source, id, title, date, text: body, masked: [], warnings } };
}
