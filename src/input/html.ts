/**
 * HTML articles: the main text through Mozilla's Readability over a linkedom
 * DOM; title and publication date from the page's metadata. Block elements
 * become paragraphs separated by a blank line.
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import type { Article } from '../types.js';
import { pubdateFromDocument, type Doc } from './pubdate-html.js';
import { boundHtml } from './html-limits.js';
import { dropFurniture } from './furniture.js';
import { pageWarnings } from './page-checks.js';

// Loaded on first use (through the packages' CommonJS builds, so reading stays synchronous):
// a run over plain-text articles never pays for an HTML parser.
let libs: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | undefined;
function html5(): NonNullable<typeof libs> {
  const require = createRequire(import.meta.url);
  libs ??= {
    parseHTML: (require('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  };
  return libs;
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'FIGCAPTION',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'UL',
  'OL',
  'TABLE',
  'BR',
  'HR',
  'DD',
  'DT',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function articleFromHtml(page: string, source: string): Article {
  const { parseHTML, Readability } = html5();
  // Output before the page itself (a PHP warning, a stray <script>) would become the parser's root element and
  // hide the page: parse from its <!doctype> or <html>.
  const begin = page.search(/<!doctype\s+html|<html[\s>]/i);
  // Bounded work before any DOM is built (see html-limits.ts).
  const { html, warnings, plainText, wholePage } = boundHtml(begin > 0 ? page.slice(begin) : page);
  if (plainText !== null) return { source, id: null, title: null, date: null, text: plainText, masked: [], warnings };
  const { document } = parseHTML(html);
  const title =
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    (document.title?.trim() || null);
  const pub = pubdateFromDocument(document as unknown as Doc);
  warnings.push(...pub.warnings);
  let text = '';
  if (!wholePage)
    try {
      // Readability mutates the document it is given, so it gets its own copy.
      const parsed = new Readability(
        parseHTML(html).document as unknown as ConstructorParameters<typeof ReadabilityClass>[0],
      ).parse();
      if (parsed?.content)
        text = blockText(
          parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as unknown as DomNode,
        );
    } catch (err) {
      warnings.push(`article text extraction failed, using the whole page: ${(err as Error).message}`);
    }
  const bodyText = document.body ? blockText(document.body as unknown as DomNode) : '';
  if (!text.trim()) text = bodyText;
  text = dropFurniture(text).text;
  warnings.push(...pageWarnings(text, bodyText, pageLang(document)));
  return {
    source,
    id: pageId(document),
    title,
    date: pub.date,
    dateSource: pub.dateSource,
    text,
    masked: [],
    warnings,
  };
}

/** An HTML fragment (a feed item's content, a crawler's HTML field): its text, without Readability. */
export function articleFromHtmlFragment(html: string, source: string): Article {
  const { parseHTML } = html5();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const text = dropFurniture(document.body ? blockText(document.body as unknown as DomNode) : '').text;
  return { source, id: null, title: null, date: null, text, masked: [], warnings: [] };
}

type PageDoc = ReturnType<typeof ParseHTML>['document'];

/** The page's own address: its canonical link, else og:url. */
function pageId(document: PageDoc): string | null {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const og = metaContent(document, ['meta[property="og:url"]', 'meta[name="og:url"]']);
  if (!canonical) return og;
  if (/^[a-z][a-z0-9+.-]*:/i.test(canonical) || !og) return canonical;
  try {
    return new URL(canonical, og).href; // a relative canonical link, against the page's og:url
  } catch {
    return canonical;
  }
}

function pageLang(document: PageDoc): string | null {
  const root = document.documentElement;
  return root?.getAttribute('lang') || root?.getAttribute('xml:lang') || null;
}

function metaContent(document: ReturnType<typeof ParseHTML>['document'], selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = document.querySelector(sel)?.getAttribute('content');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** Text of a DOM subtree: whitespace collapsed inside blocks, a blank line between blocks. */
function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  // An explicit stack, not recursion: no page can exhaust the call stack.
  // A null entry marks the end of a block element.
  const stack: Array<DomNode | null> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName.toUpperCase())) continue;
    if (BLOCKS.has(node.nodeName.toUpperCase())) {
      flush();
      stack.push(null);
    }
    // Read once: linkedom builds the list anew on every access (quadratic in a node's children).
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush();
  return paragraphs.join('\n\n');
}
