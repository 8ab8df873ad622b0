/**
 * Reads inputs into articles, in input order, one event at a time so that a
 * large JSON Lines corpus is streamed rather than loaded whole.
 */
import type { Article } from '../types.js';
import { decodeDocument } from './decode.js';
import { lineEndView, type LineEndView } from '../offsets.js';
import type { InputItem } from './discover.js';
import { articleFromHtml, articleFromHtmlFragment } from './html.js';
import { articleFromMarkdown } from './markdown.js';
import { articleFromText } from './plaintext.js';
import { readSources, type DocumentMeta, type ReadOptions } from './sources.js';

export { DEFAULT_MAX_BYTES, readSources, type DocumentMeta, type ReadOptions, type Source } from './sources.js';

export type ReadEvent =
  | { kind: 'article'; article: Article }
  /** The input (or one JSONL line) could not be read: reported on stderr, exit code 1. */
  | { kind: 'error'; path: string; reason: string };

export async function* readInputs(items: Iterable<InputItem>, options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  for await (const s of readSources(items, options))
    yield s.kind === 'document' ? articleEvent(s.bytes, s.path, s.ext, s.meta) : s;
}

/**
 * Decodes one document and hands it to the reader its extension (or content)
 * calls for; what its container knew (`meta`: a WARC record's URI, a feed
 * item's title and date) wins over what the page says.
 */
export function articleEvent(buf: Uint8Array, path: string, ext: string, meta: DocumentMeta = {}): ReadEvent {
  const html = ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.fragment';
  const decoded = decodeDocument(buf, { charset: meta.charset, html: html || (ext === '' && looksLikeHtmlBytes(buf)) });
  if (!decoded.ok) return { kind: 'error', path, reason: decoded.reason };
  // Readers see LF line ends; the article keeps the text as decoded (see withLineEnds).
  const view = lineEndView(decoded.text);
  const text = view ? view.text : decoded.text;
  let article: Article;
  if (ext === '.fragment') article = articleFromHtmlFragment(text, path);
  else if (html || (ext === '' && /^\s*<(?:!doctype|html)/i.test(text))) article = articleFromHtml(text, path);
  else if (ext === '.md' || ext === '.markdown') article = articleFromMarkdown(text, path);
  else article = articleFromText(text, path);
  if (view) inOriginal(article, decoded.text, view);
  if (meta.id !== undefined) article.id = meta.id;
  if (meta.title !== undefined) article.title = meta.title;
  if (meta.date !== undefined) article.date = meta.date;
  article.warnings.unshift(...decoded.warnings, ...(meta.warnings ?? []));
  return { kind: 'article', article };
}

/**
 * Runs a reader on the text with LF line ends (what its patterns expect); an
 * article whose text is the file's keeps the text as decoded, CRs and all, so
 * that offsets slice it (analysis maps them, see ../offsets.ts).
 */
export function withLineEnds(text: string, read: (text: string) => Article): Article {
  const view = lineEndView(text);
  if (!view) return read(text);
  return inOriginal(read(view.text), text, view);
}

function inOriginal(article: Article, original: string, view: LineEndView): Article {
  if (article.text !== view.text) return article; // HTML: the text was extracted from the page
  article.text = original;
  article.masked = article.masked.map(([a, b]) => [view.toOriginal(a), view.toOriginal(b)]);
  return article;
}

/** An unnamed document that starts like a page (its <meta charset> is then looked for). */
function looksLikeHtmlBytes(buf: Uint8Array): boolean {
  return /^(?:\xef\xbb\xbf)?\s*<(?:!doctype|html)/i.test(Buffer.from(buf.subarray(0, 64)).toString('latin1'));
}
