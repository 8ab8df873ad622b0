/**
 * Token-level predicates for name finding: capitalisation, possessives,
 * separators that may sit inside a name, and case-folded keys.
 */
import type { Parsed, Token } from '../../nlp/parse.js';
import { wordKey } from '../../data/gazetteer.js';

const POSSESSIVE = /(?:['’]s|s['’])$/;
/** A capitalised word: letters, digits, periods, apostrophes, ampersands, hyphens ("AT&T", "U.S.", "O'Neill"). */
const UPPER_START = /^\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*$/u;

/** Text without a possessive ending ("Blinken's" → "Blinken"). */
export function bare(tok: Token): string {
  return tok.text.replace(/['’]s$/, '').replace(/(s)['’]$/, '$1');
}

export function isPossessive(tok: Token): boolean {
  return POSSESSIVE.test(tok.text) || /^['’](?:s\b|\s|$)/.test(tok.post);
}

/** Case-folded key of the token without its possessive. */
export const key = (tok: Token): string => wordKey(bare(tok));
/** Case-folded key of the token as written ("people's"). */
export const fullKey = (tok: Token): string => wordKey(tok.text);

export function isCapitalised(tok: Token): boolean {
  return UPPER_START.test(tok.text) || tok.text === '&';
}

export function isAllCaps(tok: Token): boolean {
  const letters = bare(tok).replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Lowercase words allowed inside a name when a capitalised word follows ("and": "Food and Drug Administration"). */
export const CONNECTORS = new Set([
  'of',
  'for',
  '&',
  'and',
  'de',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'da',
  'del',
  'di',
  'al',
  'bin',
  'ibn',
]);
/** Connectors that end an unrecognised name rather than join it ("Boeing for US"). */
export const BREAKING_CONNECTORS = new Set(['of', 'for', '&', 'and']);

/** Abbreviations whose period belongs to the name ("Apple Inc.", "Ford Jr."). */
/** (Not "LLC", "PLC": written without periods, a period after them ends the sentence.) */
export const KEEPS_PERIOD = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'st', 'mt', 'ave', 'blvd', 'rd']);

function isAbbreviation(tok: Token): boolean {
  return (
    /^\p{Lu}$/u.test(tok.text) ||
    tok.tags.has('Abbreviation') ||
    tok.tags.has('Honorific') ||
    KEEPS_PERIOD.has(tok.normal)
  );
}

/** May token b continue a name begun by token a? Only spaces (or a hyphen, or an abbreviation's period) between them. */
export function joins(a: Token, b: Token): boolean {
  if (b.pre !== '') return false;
  const sep = a.post;
  if (/^[ \t]+$/.test(sep) || sep === '-') return true;
  return /^\.[ \t]+$/.test(sep) && isAbbreviation(a);
}

/** Does the token start a sentence, a line, a quotation or a bracket (where capitals say nothing)? */
export function startsClause(parsed: Parsed, tok: Token): boolean {
  const s = parsed.sentences[tok.s];
  if (!s || tok.i === s.first) return true;
  const prev = parsed.tokens[tok.i - 1];
  if (!prev) return true;
  return /\n/.test(prev.post) || /[:"“‘(]\s*$/.test(prev.post) || /["“‘(]$/.test(tok.pre);
}

/** The end offset of a name ending at this token: possessive dropped, abbreviation period kept. */
export function nameEnd(tok: Token): number {
  let end = tok.start + bare(tok).length;
  if (KEEPS_PERIOD.has(tok.normal) && tok.post.startsWith('.')) end += 1;
  return end;
}
