import type { ArticleRecord, Span } from './types.js';
import { countBelow } from './nlp/search.js';
/**
 * Converts UTF-16 indices (what JavaScript strings use) into Unicode code point
 * offsets (what the record promises), so that
 * [...text].slice(start, end).join('') === span.text for every span.
 */
export type OffsetMap = (utf16: number) => number;

export function codePointMap(text: string): OffsetMap {
  // Fast path: no astral characters, indices coincide.
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; its second half maps to the same.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[Math.max(0, Math.min(i, text.length))]!;
}

/** Never split a surrogate pair: move a start back and an end forward to whole code points. */
export function snapRange(text: string, start: number, end: number): [number, number] {
  const isLow = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
  };
  if (start > 0 && start < text.length && isLow(start)) start--;
  if (end > 0 && end < text.length && isLow(end)) end++;
  return [start, end];
}

/**
 * A text with CR LF or CR line ends, seen with LF ones: the rules are written
 * for LF (paragraphs, wrapped lines, front matter), and a finding must be the
 * same whatever the line ends. Positions map both ways, so that the record's
 * offsets slice the text as it was decoded (a CR LF is two characters there,
 * one in the view; a lone CR is one in both).
 */
export interface LineEndView {
  /** The text with LF line ends. */
  text: string;
  /** UTF-16 index in the original → in the view. */
  toView(i: number): number;
  /** UTF-16 index in the view → in the original. */
  toOriginal(j: number): number;
  /** Code point offset in the view → in the original. */
  cpToOriginal(j: number): number;
}

/** The LF view of a text, or null when it has no CR. */
export function lineEndView(original: string): LineEndView | null {
  if (!original.includes('\r')) return null;
  const removedAt: number[] = []; // original index of each CR dropped from a CR LF
  const viewAt: number[] = []; // the view's index of the LF that follows it
  const viewCpAt: number[] = []; // the same, in code points
  const parts: string[] = [];
  let last = 0;
  let cp = 0;
  for (let i = 0; i < original.length; i++, cp++) {
    const c = original.charCodeAt(i);
    if (c === 13) {
      parts.push(original.slice(last, i));
      last = i + 1;
      if (original.charCodeAt(i + 1) === 10) {
        viewAt.push(i - removedAt.length);
        viewCpAt.push(cp - removedAt.length);
        removedAt.push(i);
      } else parts.push('\n');
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  parts.push(original.slice(last));
  return {
    text: parts.join(''),
    toView: (i) => i - countBelow(removedAt, i),
    toOriginal: (j) => j + countBelow(viewAt, j),
    cpToOriginal: (j) => j + countBelow(viewCpAt, j),
  };
}

/** Code point offset → UTF-16 index, for slicing a text by the record's offsets. */
export function cpToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    at.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  at.push(text.length);
  return (cp) => at[Math.max(0, Math.min(cp, at.length - 1))]!;
}

/**
 * A record made from the LF view, with every span moved to the original text:
 * offsets shifted past each CR, and the text of a span that crosses a line
 * end taken from the original (so it slices as given).
 */
export function recordInOriginal(rec: ArticleRecord, original: string, view: LineEndView): ArticleRecord {
  let toUnits: ((cp: number) => number) | null = null;
  const move = <S extends Span>(s: S): S => {
    const start = view.cpToOriginal(s.start);
    const end = view.cpToOriginal(s.end);
    if (end - start === s.end - s.start && !s.text.includes('\n')) return { ...s, start, end };
    toUnits ??= cpToUtf16(original);
    return { ...s, text: original.slice(toUnits(start), toUnits(end)), start, end };
  };
  rec.quotes = rec.quotes.map((q) => ({
    ...move(q),
    speaker: q.speaker && { ...q.speaker, mention: move(q.speaker.mention) },
    cue: q.cue && move(q.cue),
  }));
  rec.entities = rec.entities.map((e) => ({ ...e, mentions: e.mentions.map(move) }));
  rec.dates = rec.dates.map(move);
  return rec;
}
