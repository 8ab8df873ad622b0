/**
 * Finds quoted material by pairing quote marks, paragraph by paragraph.
 *
 * Quote marks are characters, not words, so this is a character scan over the
 * text (compromise's tokens put marks in pre/post and cannot pair them across
 * sentences and paragraphs). It handles "straight", “curly”, «guillemets»,
 * „low-high“, ‚single‘, British ‘single’ quotes (told apart from apostrophes),
 * and the doubled apostrophes ''like this'' some archives use. A paragraph that
 * opens a quote and does not close it runs on into the next paragraph when
 * that one opens with a quote mark too. Linear in the length of the text.
 */

export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** The content, without the marks. */
  start: number;
  end: number;
  /** Index just past the closing mark, or -1 when the quote runs to its paragraph's end. */
  close: number;
  /** The opening mark ('"', '“', '«', '„', '‘', '‚', "'", "''"). */
  mark: string;
  /** This piece continues a quote opened in an earlier paragraph. */
  continuation: boolean;
  /** The quote is not closed in this paragraph and the next paragraph carries it on. */
  runsOn: boolean;
  /** Ordinal of the (non-empty) paragraph the quote opens in, and where that paragraph starts. */
  para: number;
  paraStart: number;
}

type Family = 'double' | 'single';

interface Opener {
  mark: string;
  family: Family;
  closers: string[];
}

const OPENERS: Record<string, Opener> = {
  '"': { mark: '"', family: 'double', closers: ['"', '”'] },
  '“': { mark: '“', family: 'double', closers: ['”', '"'] },
  '„': { mark: '„', family: 'double', closers: ['“', '”'] },
  '«': { mark: '«', family: 'double', closers: ['»'] },
  "''": { mark: "''", family: 'double', closers: ["''", '"', '”'] },
  '``': { mark: '``', family: 'double', closers: ["''"] },
  '‘': { mark: '‘', family: 'single', closers: ['’'] },
  '‚': { mark: '‚', family: 'single', closers: ['‘', '’'] },
  "'": { mark: "'", family: 'single', closers: ["'"] },
};

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which an opening straight quote may stand. */
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/;

/** The mark starting at i, if any (two-character marks first). */
function markAt(text: string, i: number): string | null {
  const c = text[i]!;
  if ((c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`')) return c + c;
  if ('"“”„«»‘’‚\''.includes(c)) return c;
  return null;
}

function canOpen(text: string, i: number, mark: string): boolean {
  const prev = text[i - 1];
  const next = text[i + mark.length];
  if (isSpace(next)) return false;
  switch (mark) {
    case '"':
    case "''":
      return prev === undefined || OPEN_CONTEXT.test(prev) || '“‘(['.includes(prev);
    case "'":
      // Strict: a straight apostrophe opens only before a letter and after a space ("'90s", "rock 'n' roll" aside).
      return (prev === undefined || /[\s(\[]/.test(prev)) && /\p{L}/u.test(next!);
    case '‘':
      return !isWordChar(prev);
    default:
      return true;
  }
}

/** Whether the mark at i can close an open quote; 'weak' marks a possessive-looking ’. */
function canClose(text: string, i: number, mark: string): false | 'strong' | 'weak' {
  const prev = text[i - 1];
  const next = text[i + mark.length];
  // "coalitions, '' said Mr. Gunnels": a stray space between the closing punctuation and the mark
  if ((mark === '"' || mark === "''") && isSpace(prev) && /[,.?!]/.test(text[i - 2] ?? '') && isSpace(next))
    return 'strong';
  if (isSpace(prev) && mark !== '”' && mark !== '»') return false;
  if (mark === '’' || mark === "'") {
    if (isWordChar(prev) && isWordChar(next)) return false; // don’t, it's
    if (isWordChar(next)) return false;
    // "the Smiths’ house": an s before and a space after may be a possessive plural.
    if (prev === 's' && next === ' ') return 'weak';
    return 'strong';
  }
  if (mark === '"' || mark === "''") return isWordChar(next) ? false : 'strong';
  return 'strong';
}

interface Paragraph {
  start: number;
  end: number;
}

/**
 * Paragraphs are lines; a single line break inside a sentence (a hard-wrapped line:
 * no end punctuation before it, a lower-case word after it) does not end one.
 */
function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  let start = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (nl >= 0 && isWrap(text, nl)) {
      at = nl + 1;
      continue;
    }
    if (text.slice(start, end).trim()) out.push({ start, end });
    if (nl < 0) break;
    at = start = nl + 1;
  }
  return out;
}

function isWrap(text: string, nl: number): boolean {
  const before = text[nl - 1];
  const after = text[nl + 1];
  return !!before && !!after && /[\p{L},;]/u.test(before) && /\p{Ll}/u.test(after);
}

/** First non-space index of a paragraph. */
function firstChar(text: string, p: Paragraph): number {
  let i = p.start;
  while (i < p.end && /\s/.test(text[i]!)) i++;
  return i;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

export function scanQuotes(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let carry = false; // the previous paragraph's quote runs on
  paragraphs(text).forEach((p, n) => {
    const pieces = scanParagraph(text, p, carry);
    for (const q of pieces) {
      q.para = n;
      q.paraStart = p.start;
    }
    out.push(...pieces);
    const last = pieces[pieces.length - 1];
    carry = !!last && last.close < 0 && last.runsOn;
  });
  return out;
}

function scanParagraph(text: string, p: Paragraph, carry: boolean): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const first = firstChar(text, p);
  // Marks that found no closer up to the paragraph's end: a later one of the same kind will not either,
  // so each kind fails at most once and the scan stays linear.
  const failed = new Set<string>();
  let from = p.start;
  for (;;) {
    const unclosed = scanFrom(text, p, from, first, carry, failed, out);
    if (!unclosed) return out;
    failed.add(unclosed.opener.mark);
    from = unclosed.at + unclosed.opener.mark.length;
  }
}

/** Scans [from, p.end); returns a mid-paragraph opener left unclosed (to rescan after it), else null. */
function scanFrom(
  text: string,
  p: Paragraph,
  from: number,
  first: number,
  carry: boolean,
  failed: Set<string>,
  out: QuotedSpan[],
): { at: number; opener: Opener } | null {
  let open: { at: number; opener: Opener } | null = null;
  let weak = -1; // a possessive-looking ’ that may close a single quote if nothing better comes

  const emit = (o: { at: number; opener: Opener }, closeAt: number, closeLen: number) => {
    const [s, e] = trimmed(text, o.at + o.opener.mark.length, closeAt);
    if (e > s) {
      out.push({
        open: o.at,
        start: s,
        end: e,
        close: closeAt + closeLen,
        mark: o.opener.mark,
        continuation: carry && o.at === first,
        runsOn: false,
        para: 0,
        paraStart: 0,
      });
    }
  };

  for (let i = from; i < p.end; i++) {
    const mark = markAt(text, i);
    if (!mark) continue;
    if (open) {
      const closes = open.opener.closers.includes(mark) ? canClose(text, i, mark) : false;
      if (closes === 'strong') {
        emit(open, i, mark.length);
        open = null;
        weak = -1;
      } else if (closes === 'weak') {
        if (weak < 0) weak = i;
      } else if (mark === open.opener.mark && /[“„«‘‚]/.test(mark) && open.at !== first && canOpen(text, i, mark)) {
        // A second opener of the same curly style before any closer: the first was never closed.
        open = { at: i, opener: OPENERS[mark]! };
        weak = -1;
      }
    } else {
      const opener = OPENERS[mark];
      if (opener && !failed.has(mark) && canOpen(text, i, mark)) {
        open = { at: i, opener };
        weak = -1;
      }
    }
    i += mark.length - 1;
  }

  if (!open) return null;
  if (weak >= 0) {
    emit(open, weak, 1);
    return null;
  }
  if (
    open.at === first ||
    (!hasOpenerAfter(text, open.at + open.opener.mark.length, p.end) && nextParagraphOpens(text, p.end))
  ) {
    // A paragraph that opens a quote and does not close it: the quote runs to the paragraph's end,
    // and on into the next paragraph when that one opens with a quote mark too.
    const [s, e] = trimmed(text, open.at + open.opener.mark.length, p.end);
    if (e > s) {
      out.push({
        open: open.at,
        start: s,
        end: e,
        close: -1,
        mark: open.opener.mark,
        continuation: carry,
        runsOn: nextParagraphOpens(text, p.end),
        para: 0,
        paraStart: 0,
      });
    }
    return null;
  }
  return open;
}

/** Whether any opening mark stands in [from, end). */
function hasOpenerAfter(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const mark = markAt(text, i);
    if (mark && mark in OPENERS && canOpen(text, i, mark)) return true;
  }
  return false;
}

/** Whether the paragraph after `from` starts with an opening quote mark. */
function nextParagraphOpens(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  const mark = i < text.length ? markAt(text, i) : null;
  return !!mark && mark in OPENERS && canOpen(text, i, mark);
}
