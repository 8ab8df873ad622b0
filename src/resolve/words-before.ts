/**
 * The words right before an offset, read backwards without a regex (an end-anchored
 * pattern is tried from every position of its window, which showed in the profile).
 */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\u00a0';
const isWordChar = (c: string): boolean => /[\p{L}\p{M}.'’&-]/u.test(c);
/** A word ending in a period that is an abbreviation ("Mr.", "Sen.", "Calif.", "U.S."), not a sentence end. */
const ABBREVIATION = /^(?:\p{Lu}\p{Ll}{0,5}|(?:\p{L}\.)+\p{L}?)\.$/u;

/**
 * Up to `max` words before `at` (which must follow a space), nearest last, separated by spaces
 * only: the run stops at any other character (a comma, a quote mark, a line break) and at a
 * sentence end ("the boy. Tom Reyes").
 */
export function wordsBefore(text: string, at: number, max: number): WordAt[] {
  const out: WordAt[] = [];
  let i = at;
  while (out.length < max) {
    let j = i;
    while (j > 0 && isSpace(text[j - 1]!)) j--;
    if (j === i) break;
    let k = j;
    while (k > 0 && isWordChar(text[k - 1]!)) k--;
    if (k === j) break;
    const word = text.slice(k, j);
    if (word.endsWith('.') && !ABBREVIATION.test(word)) break;
    out.unshift({ word, start: k, end: j });
    i = k;
  }
  return out;
}
