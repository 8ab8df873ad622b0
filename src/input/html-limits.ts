/**
 * Bounds on the work one HTML page can cost. The DOM library and the article
 * extractor take time that grows with the nesting depth much faster than the
 * page does (Readability about as its cube: 1,000 nested <div>s took 6 s,
 * 10,000 never finished), and deep trees exhaust recursive code. So, before
 * any DOM is built, one linear pass of the same tokenizer the DOM library
 * uses (htmlparser2, with its options) measures the page:
 *  - nested deeper than MAX_HTML_DEPTH: the tags beyond that depth are cut out
 *    of the source (their text stays, in place), which leaves a page no deeper
 *    than the limit; if it still is (a tree the cut reshapes), the page is read
 *    as its plain text, without a DOM;
 *  - more than MAX_HTML_ELEMENTS elements: no article extraction, the text of
 *    the whole page instead (Readability's time grows with the element count).
 * Each of these is a warning on the record. Real pages are far inside both:
 * the deepest of 400 news pages nests 41 elements, the largest has 4,219 (Readability takes ~6 s over 20,000).
 */
import { createRequire } from 'node:module';
import type { Parser as ParserClass, Handler } from 'htmlparser2';

export const MAX_HTML_DEPTH = 128;
export const MAX_HTML_ELEMENTS = 20_000;

let ParserCtor: typeof ParserClass | undefined;
function parser(handler: Partial<Handler>): ParserClass {
  ParserCtor ??= (createRequire(import.meta.url)('htmlparser2') as { Parser: typeof ParserClass }).Parser;
  // The options linkedom parses with, so that depths and counts are those of the DOM it builds.
  const p = new ParserCtor(handler, { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false });
  // The parser keeps its open elements in an array, newest first, and adds to
  // its front: time quadratic in the depth (8 s for 100,000 nested tags).
  // The same stack, kept the other way round, is linear.
  const inner = p as unknown as { stack: TopFirst<string>; foreignContext: TopFirst<boolean> };
  inner.stack = new TopFirst<string>();
  inner.foreignContext = new TopFirst<boolean>();
  inner.foreignContext.unshift(false); // HTML mode, as the parser starts
  return p;
}

/**
 * The array methods htmlparser2 (10.1.0) uses on its stacks, where index 0 is
 * the top: push and pop at the array's end, a count per value so that looking
 * for an element that is not open costs nothing. Other indices read as
 * undefined (only the parser's end-of-input loop reads them, to close what is
 * still open; the handlers here need the count, not the names).
 */
class TopFirst<T> {
  private readonly items: T[] = [];
  private readonly counts = new Map<T, number>();
  get length(): number {
    return this.items.length;
  }
  set length(n: number) {
    while (this.items.length > n) this.shift();
  }
  get 0(): T | undefined {
    return this.items[this.items.length - 1];
  }
  shift(): T | undefined {
    const x = this.items.pop();
    if (x !== undefined) this.counts.set(x, this.counts.get(x)! - 1);
    return x;
  }
  unshift(x: T): number {
    this.items.push(x);
    this.counts.set(x, (this.counts.get(x) ?? 0) + 1);
    return this.items.length;
  }
  indexOf(x: T): number {
    if (!this.counts.get(x)) return -1;
    // Finding it at depth k closes k elements, so the scan is paid for by the pops.
    for (let i = this.items.length - 1; i >= 0; i--) if (this.items[i] === x) return this.items.length - 1 - i;
    return -1;
  }
}

export interface BoundedHtml {
  /** The page to build a DOM of: as given, or with the tags below MAX_HTML_DEPTH cut out. */
  html: string;
  warnings: string[];
  /** Not null: the page is still too deep; this is its text, read without a DOM. */
  plainText: string | null;
  /** Too many elements to look for the article: the whole page's text is read. */
  wholePage: boolean;
}

/** The page within the limits, and the warnings that say what was done to it. */
export function boundHtml(page: string): BoundedHtml {
  const warnings: string[] = [];
  let html = page;
  let shape = htmlShape(html);
  if (shape.depth > MAX_HTML_DEPTH) {
    html = flattenHtml(html);
    shape = htmlShape(html);
    if (shape.depth > MAX_HTML_DEPTH) {
      warnings.push(
        `elements nested deeper than ${MAX_HTML_DEPTH}: read as the page's plain text, without title or date`,
      );
      return { html, warnings, plainText: plainTextOfHtml(page), wholePage: true };
    }
    warnings.push(
      `elements nested deeper than ${MAX_HTML_DEPTH}: the tags below that depth are ignored, their text kept`,
    );
  }
  const wholePage = shape.elements > MAX_HTML_ELEMENTS;
  if (wholePage)
    warnings.push(
      `more than ${MAX_HTML_ELEMENTS} elements (${shape.elements}): the whole page's text is read, without looking for the article in it`,
    );
  return { html, warnings, plainText: null, wholePage };
}

export interface HtmlShape {
  depth: number;
  elements: number;
}

export function htmlShape(html: string): HtmlShape {
  let depth = 0;
  let max = 0;
  let elements = 0;
  const p = parser({
    onopentag() {
      elements++;
      if (++depth > max) max = depth;
    },
    onclosetag() {
      depth--;
    },
  });
  p.end(html);
  return { depth: max, elements };
}

/** The page with every tag nested deeper than `limit` cut out (their text kept). */
export function flattenHtml(html: string, limit = MAX_HTML_DEPTH): string {
  const cuts: Array<[number, number]> = [];
  // For each open element: was its start tag cut (so its end tag goes too)?
  const open: boolean[] = [];
  let kept = 0;
  let p: ParserClass;
  const cutHere = () => {
    const [a, b] = [p.startIndex, p.endIndex + 1];
    // Implied tags have no source of their own; only a real `<...>` is cut.
    if (b > a && html.charCodeAt(a) === 0x3c) cuts.push([a, b]);
  };
  p = parser({
    onopentag(_name, _attrs, isImplied) {
      const cut = kept >= limit;
      open.push(cut);
      if (!cut) kept++;
      else if (!isImplied) cutHere();
    },
    onclosetag(_name, isImplied) {
      const cut = open.pop();
      if (cut === false) kept--;
      else if (cut && !isImplied) cutHere();
    },
  });
  p.end(html);
  if (cuts.length === 0) return html;
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of cuts) {
    if (a < at) continue;
    parts.push(html.slice(at, a));
    at = b;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'tr',
  'figcaption',
  'section',
  'article',
  'header',
  'footer',
  'ul',
  'ol',
  'table',
  'br',
  'hr',
  'dd',
  'dt',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

/**
 * The text of a page without a DOM, in one pass: whitespace collapsed inside
 * blocks, a blank line between blocks, scripts, styles and the head left out.
 */
export function plainTextOfHtml(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipping = 0;
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push(t);
    current = '';
  };
  const p = parser({
    onopentag(name) {
      const n = name?.toLowerCase() ?? '';
      if (SKIP_TAGS.has(n)) skipping++;
      else if (BLOCK_TAGS.has(n)) flush();
    },
    onclosetag(name) {
      const n = name?.toLowerCase() ?? '';
      if (SKIP_TAGS.has(n)) skipping = Math.max(0, skipping - 1);
      else if (BLOCK_TAGS.has(n)) flush();
    },
    ontext(text) {
      if (skipping === 0) current += text;
    },
  });
  p.end(html);
  flush();
  return paragraphs.join('\n\n');
}
