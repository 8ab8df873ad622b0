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
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'FIGCAPTION',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'UL', 'OL', 'TABLE', 'BR', 'HR', 'DD', 'DT',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function articleFromHtml(html: string, source: string): Article {
  const { parseHTML, Readability } = html5();
  // Output before the page itself (a PHP warning, a stray <script>) would become the parser's root element and
  // hide the page: parse from its <!doctype> or <html>.
  const begin = html.search(/<!doctype\s+html|<html[\s>]/i);
  if (begin > 0) html = html.slice(begin);
  const { document } = parseHTML(html);
  const warnings: string[] = [];
  const title = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? (document.title?.trim() || null);
  const pub = pubdateFromDocument(document as unknown as Doc);
  warnings.push(...pub.warnings);
  let text = '';
  try {
    // Readability mutates the document it is given, so it gets its own copy.
    const parsed = new Readability(parseHTML(html).document as unknown as ConstructorParameters<typeof ReadabilityClass>[0]).parse();
    if (parsed?.content) text = blockText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as unknown as DomNode);
  } catch (err) {
    warnings.push(`article text extraction failed, using the whole page: ${(err as Error).message}`);
  }
  if (!text.trim()) text = document.body ? blockText(document.body as unknown as DomNode) : '';
  return { source, id: null, title, date: pub.date, dateSource: pub.dateSource, text, masked: [], warnings };
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
  const visit = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName.toUpperCase())) return;
    const block = BLOCKS.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]!);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs.join('\n\n');
}
