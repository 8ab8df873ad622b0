/**
 * Warnings about a web page whose findings may not be trusted: the main text
 * is short for the page (the extractor may have missed the article), or the
 * page is not in English (<html lang>, or its text has almost none of
 * English's most common words). The analysis is English-only.
 */

// The commonest English words in news: together about 40% of the running words.
const ENGLISH = new Set(
  'the of and to a in is that for it on was with he she as at by said his her be this have from are not but had they has were an which will who their been would or we its more also than after i you'.split(
    ' ',
  ),
);
const MIN_WORDS = 40;
const MIN_ENGLISH_SHARE = 0.15;

/** `lang`: the page's <html lang> (or xml:lang); `bodyText`: the text of the whole page. */
export function pageWarnings(text: string, bodyText: string, lang: string | null): string[] {
  const warnings: string[] = [];
  // Only a well-formed language tag counts ("de-DE", "fr"; not "lang=" or "{{locale}}").
  const tag = lang?.trim() ?? '';
  const primary = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i.test(tag) ? tag.toLowerCase().split(/[-_]/)[0]! : '';
  if (primary && primary !== 'en' && primary !== 'und' && primary !== 'mul') {
    warnings.push(
      `the page's language is "${tag}" (<html lang>), not English: quotes, names and dates may be missed or wrong`,
    );
  } else if (!primary && !looksEnglish(text)) {
    warnings.push('the text does not look like English: quotes, names and dates may be missed or wrong');
  }
  const n = text.trim().length;
  const m = bodyText.trim().length;
  if (m >= 1500 && n < 500 && n < m * 0.15) {
    warnings.push(`the main text is short for its page (${n} of ${m} characters): the article may not have been found`);
  }
  return warnings;
}

/** False only for a text long enough to judge that has few of English's commonest words. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return true;
  let common = 0;
  for (const w of words) if (ENGLISH.has(w)) common++;
  return common / words.length >= MIN_ENGLISH_SHARE;
}
