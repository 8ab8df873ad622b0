/**
 * The keys by which words and names are looked up in the data and compared, defined once:
 * every list, the entity rules, the lexicon and the cross-article merging (src/match/names.ts)
 * build on these two.
 */

/**
 * Key of one word: case-folded, periods and curly apostrophes normalised, hyphens as spaces (entries are split at
 * hyphens, and the tokenizer splits most hyphenated names but keeps "T-Mobile" whole).
 */
export function wordKey(w: string): string {
  return w.toLowerCase().replace(/’/g, "'").replace(/\./g, '').replace(/-/g, ' ');
}

/** Key of a whole name: its words' keys, hyphens and runs of spaces as one space ("U.S." → "us", "Wal-Mart" → "wal mart"). */
export function phraseKey(s: string): string {
  return wordKey(s).replace(/\s+/g, ' ').trim();
}
