/**
 * No HTML page can stall the run or exhaust the stack: the nesting depth and
 * the element count are bounded before any DOM is built, and each bound is a
 * warning on the record.
 */
import { describe, expect, it, vi } from 'vitest';
import { articleFromHtml } from '../src/input/html.js';
import {
  flattenHtml,
  htmlShape,
  MAX_HTML_DEPTH,
  MAX_HTML_ELEMENTS,
  plainTextOfHtml,
} from '../src/input/html-limits.js';
import { extract, tempDir } from './cli-run.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

vi.setConfig({ testTimeout: 180_000 });

const QUOTE = '<p>"We will see," said Jane Smith in Paris.</p>';
const nested = (n: number, inner = QUOTE) =>
  `<!doctype html><html><head><title>Deep</title><meta property="article:published_time" content="2023-06-15"></head><body>${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}</body></html>`;
const DEEP_WARNING = `elements nested deeper than ${MAX_HTML_DEPTH}: the tags below that depth are ignored, their text kept`;

describe('the shape of a page is measured as the DOM library would build it', () => {
  it('counts depth and elements, with implied closes and void elements', () => {
    expect(htmlShape('<div><p>a<p>b<br><img></div>')).toEqual({ depth: 3, elements: 5 });
    expect(htmlShape('<ul><li>a<li>b</ul>')).toEqual({ depth: 2, elements: 3 });
    expect(htmlShape('')).toEqual({ depth: 0, elements: 0 });
  });

  it('is linear in the depth (100,000 nested tags)', () => {
    expect(htmlShape('<div>'.repeat(100_000))).toEqual({ depth: 100_000, elements: 100_000 });
  });
});

describe('flattening cuts the tags below the limit and keeps their text', () => {
  it('cuts start and end tags beyond the depth, nothing else', () => {
    expect(flattenHtml('<div><div><p class="x">a &amp; b</p></div></div>', 2)).toBe('<div><div>a &amp; b</div></div>');
    expect(flattenHtml('<a><b><c>x</c><c>y</c></b></a>', 2)).toBe('<a><b>xy</b></a>');
  });

  it('leaves a page within the limit as it is', () => {
    const page = '<html><body><div><p>a<p>b</div><ul><li>c<li>d</ul></body></html>';
    expect(flattenHtml(page, 4)).toBe(page);
  });

  it('unclosed tags beyond the limit go too', () => {
    expect(flattenHtml('<div><span><span><span>x', 2)).toBe('<div><span>x');
  });
});

describe('plain text without a DOM', () => {
  it('blocks are paragraphs; head, scripts and styles are left out', () => {
    expect(
      plainTextOfHtml(
        '<html><head><title>T</title></head><body><p>One  two</p><script>x()</script><div>Three<br>four &amp; five</div></body></html>',
      ),
    ).toBe('One two\n\nThree\n\nfour & five');
  });
});

describe('deeply nested pages', () => {
  it('a page nested 10,000 deep is read, with its title, date, text and a warning', () => {
    const a = articleFromHtml(nested(10_000), 'deep.html');
    expect(a.title).toBe('Deep');
    expect(a.date).toBe('2023-06-15');
    expect(a.text).toBe('"We will see," said Jane Smith in Paris.');
    expect(a.warnings).toEqual([DEEP_WARNING]);
  });

  it('a page nested 100,000 deep does not exhaust the stack', () => {
    const a = articleFromHtml(nested(100_000), 'deep.html');
    expect(a.text).toBe('"We will see," said Jane Smith in Paris.');
    expect(a.warnings).toEqual([DEEP_WARNING]);
  });

  it('a page within the limit has no warning', () => {
    const a = articleFromHtml(nested(MAX_HTML_DEPTH - 4), 'ok.html');
    expect(a.text).toBe('"We will see," said Jane Smith in Paris.');
    expect(a.warnings).toEqual([]);
  });

  it(`more than ${MAX_HTML_ELEMENTS} elements: the whole page's text, without article extraction`, () => {
    const a = articleFromHtml(
      `<html><body><nav>Menu</nav>${QUOTE}${'<i></i>'.repeat(MAX_HTML_ELEMENTS)}</body></html>`,
      'many.html',
    );
    expect(a.text).toBe('Menu\n\n"We will see," said Jane Smith in Paris.');
    expect(a.warnings).toEqual([
      `more than ${MAX_HTML_ELEMENTS} elements (${MAX_HTML_ELEMENTS + 4}): the whole page's text is read, without looking for the article in it`,
    ]);
  });

  it('the command reads a 10,000-deep page beside others, with its warning', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'a.html'), nested(10_000));
      writeFileSync(join(dir, 'b.txt'), 'date 2023-06-15\n"Fine," said Joe Biden.\n');
      const r = extract(['--format', 'jsonl', dir]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`extract: warning: '${join(dir, 'a.html')}': ${DEEP_WARNING}\n`);
      const recs = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(recs.map((x) => [x.source, x.quotes.map((q: { speaker: { name: string } }) => q.speaker.name)])).toEqual([
        [join(dir, 'a.html'), ['Jane Smith']],
        [join(dir, 'b.txt'), ['Joe Biden']],
      ]);
    } finally {
      cleanup();
    }
  });
});
