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
