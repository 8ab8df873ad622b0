/**
 * Finds runs of capitalised tokens (with connectors like "of" between them)
 * and hands each to split-run.ts. Lines written in capitals or title case
 * (headlines) are "shouting": capitals there say nothing, so only gazetteer
 * names are taken at once and the rest waits for confirmation elsewhere.
 */
import type { Parsed, Token } from '../../nlp/parse.js';
import { gazetteerAt, splitRun, type Piece } from './split-run.js';
import { bare, CONNECTORS, isAllCaps, isCapitalised, isPossessive, joins, key, startsClause } from './tokens.js';
import { GAZETTEER, ORG_OF_HEAD, ORG_SUFFIX, wordKey } from '../../data/gazetteer.js';
import type { EntityType } from '../../types.js';
import { kindAfter, kindBefore } from './kinds.js';

/** Words a title-case headline capitalises that running text capitalises only to begin a sentence. */
const FUNCTION_WORDS = new Set([
  'To',
  'For',
  'Of',
  'In',
  'On',
  'With',
  'And',
  'The',
  'At',
  'As',
  'By',
  'From',
  'Over',
  'After',
  'Into',
  'Is',
  'Are',
  'A',
  'An',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'He',
  'She',
  'It',
  'They',
  'We',
  'He’s',
  "He's",
  'She’s',
  "She's",
  'Was',
  'Has',
  'Will',
  'Be',
]);

export interface RunPiece extends Piece {
  /** The piece came from a headline-like line. */
  shouting: boolean;
  /** The piece goes on a product name written in camel case ("iPhone Developer Program"): never an entity. */
  product?: boolean;
}

/** Token index → is its line a headline in capitals or title case? */
function shoutingLines(parsed: Parsed): boolean[] {
  const out = new Array<boolean>(parsed.tokens.length).fill(false);
  let from = 0;
  const close = (to: number): void => {
    let words = 0;
    let caps = 0;
    let upper = 0;
    let fn = 0;
    for (let i = from; i < to; i++) {
      const t = parsed.tokens[i]!;
      if (!/\p{L}/u.test(t.text)) continue;
      words++;
      if (isAllCaps(t)) caps++;
      if (isCapitalised(t)) upper++;
      // ("John A. Corder": a letter with a period is an initial, not the article of a title-case headline)
      if (i > from && FUNCTION_WORDS.has(t.text) && !(t.text.length === 1 && t.post.startsWith('.'))) fn++;
    }
    const shouting = words >= 3 && (caps / words >= 0.7 || (upper / words >= 0.85 && fn > 0));
    if (shouting) out.fill(true, from, to);
    from = to;
  };
  parsed.tokens.forEach((t, i) => {
    if (/\n/.test(t.post)) close(i + 1);
  });
  close(parsed.tokens.length);
  return out;
}

/** "Wal - Mart": a hyphen written with spaces inside a known name. */
const spacedHyphen = (a: Token, b: Token): boolean =>
  /^ [-–] $/.test(a.post) && b.pre === '' && GAZETTEER.has(`${wordKey(a.text)} ${wordKey(b.text)}`);

/** Surname particles that may come two in a row inside a person's name. */
const PARTICLES = new Set(['de', 'la', 'las', 'los', 'del', 'van', 'von', 'der', 'den', 'y']);

/** Heads of a military formation: after an ordinal they name the unit ("65th Air Division", "Sixth Fleet"). */
const MILITARY_HEADS = new Set([
  'division',
  'brigade',
  'regiment',
  'battalion',
  'squadron',
  'wing',
  'fleet',
  'corps',
  'army',
  'infantry',
  'cavalry',
  'artillery',
]);
/** Heads a commander's name goes before ("Howe's Brigade", "Couch's Division"; not "Putin's Army"). */
const COMMANDED_HEADS = new Set(['division', 'brigade', 'regiment', 'battalion', 'corps', 'cavalry']);

/**
 * "Howe's Brigade of Couch's Division": a commander's name in the possessive and a formation's head name a unit of
 * the time, the possessive included; the run is cut around each such unit (connectors at the cuts dropped).
 */
function commandedUnits(run: Token[], shouting: boolean): Array<{ tokens: Token[]; unit: boolean }> {
  const out: Array<{ tokens: Token[]; unit: boolean }> = [];
  let from = 0;
  const rest = (to: number): void => {
    const seg = run.slice(from, to);
    // (only at a cut: a run as found keeps its words, "De Trobriand" too)
    const cut = (t: Token): boolean => out.length > 0 && CONNECTORS.has(t.text);
    while (seg.length && from > 0 && cut(seg[0]!)) seg.shift();
    while (seg.length && to < run.length && CONNECTORS.has(seg[seg.length - 1]!.text)) seg.pop();
    if (seg.length) out.push({ tokens: seg, unit: false });
  };
  for (let k = 0; !shouting && k + 1 < run.length; k++) {
    const [a, b] = [run[k]!, run[k + 1]!];
    if (!isPossessive(a) || isPossessive(b) || !/^\p{Lu}\p{Ll}/u.test(a.text) || !COMMANDED_HEADS.has(key(b))) continue;
    // (the head must end the unit: "Smith's Division Street shop" is no unit)
    if (k + 2 < run.length && !CONNECTORS.has(run[k + 2]!.normal)) continue;
    rest(k);
    out.push({ tokens: [a, b], unit: true });
    from = k + 2;
    k++;
  }
  rest(run.length);
  return out;
}

const WORD_ORDINAL = /^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)$/;

/** What every military unit's piece says of itself (org-military-unit, full name or short form). */
const UNIT_PIECE = {
  kind: 'suffix',
  type: 'organization',
  rule: 'org-military-unit',
  weak: false,
  settled: true,
} as const;

/**
 * "the 65th Air Division", "the U.S. Sixth Fleet": an ordinal and capitalised words ending in a military head
 * name one unit, the ordinal (in figures, before the run, or a word opening it after a country) included;
 * a plain number before such words ("in 1944 Army units") and a head without an ordinal ("West Wing") are not taken.
 */
function militaryUnit(run: Token[], prev: Token | undefined, shouting: boolean): Piece | null {
  if (shouting || !MILITARY_HEADS.has(key(run[run.length - 1]!)) || run.some((t) => isPossessive(t))) return null;
  if (run.some((t) => CONNECTORS.has(t.normal))) return null;
  const piece = (tokens: Token[]): Piece => ({ tokens, ...UNIT_PIECE });
  if (prev && joins(prev, run[0]!) && /^\d+(st|nd|rd|th)$/.test(prev.text) && run.every((t) => isCapitalised(t)))
    return piece([prev, ...run]);
  // "Redesignated 65 Fighter Wing", "3 Air Division": the lineage style numbers a unit without the ordinal's ending
  // (two words at least, and no year: "in 1944 Army units")
  if (
    prev &&
    joins(prev, run[0]!) &&
    /^\d{1,3}$/.test(prev.text) &&
    run.length >= 2 &&
    run.every((t) => isCapitalised(t))
  )
    return piece([prev, ...run]);
  // ("The Sixth Fleet sailed": a sentence's capitalised "The" is no part of it)
  const words = run[0]!.text === 'The' ? run.slice(1) : run;
  const k = words.findIndex((t) => WORD_ORDINAL.test(t.text));
  if (k < 0 || k === words.length - 1) return null;
  if (k === 0) return piece(words);
  // "U.S. Sixth Fleet": a country before the ordinal is part of the unit's name
  const country = gazetteerAt(words, 0, false);
  return country?.len === k && country.list === 'country' ? piece(words) : null;
}

/** A call sign that begins with its figure ("6PR", "3AW", "2GB"): Australian radio stations are named so. */
const CALL_SIGN = /^[1-9][A-Z]{2,3}$/;
/** An AM frequency (kHz) written before the call sign is part of the station's name ("882 6PR", "1278 3AW"; not a year, "In 1994 6PR"). */
const FREQUENCY = /^(?:[5-9]\d\d|1[0-7]\d\d)$/;
/** Words that show an article is about radio or television, where a figure and capitals are a station. */
const BROADCAST = /\b(?:radio|station|stations|broadcast\w*|airwaves|talkback|listeners)\b/i;

/**
 * "6PR commenced broadcasting", "sister stations 3AW in Melbourne": in an article about broadcasting, a figure and
 * two or three capitals is a station's call sign (elsewhere "4WD", "3DS" are things); a frequency before joins it.
 */
function callSign(t: Token, prev: Token | undefined): Piece | null {
  if (!CALL_SIGN.test(bare(t))) return null;
  const freq = prev && prev.s === t.s && FREQUENCY.test(prev.text) && /^ $/.test(prev.post) && !t.pre;
  return {
    tokens: freq ? [prev, t] : [t],
    kind: 'suffix',
    type: 'organization',
    rule: 'org-call-sign',
    weak: false,
    settled: true,
  };
}

export function findPieces(parsed: Parsed): RunPiece[] {
  const shouting = shoutingLines(parsed);
  const out: RunPiece[] = [];
  const toks = parsed.tokens;
  const broadcast = BROADCAST.test(parsed.text);
  const nameLike = (t: Token): boolean =>
    shouting[t.i] ? /\p{L}/u.test(t.text) && !CONNECTORS.has(t.normal) : isCapitalised(t);
  for (const s of parsed.sentences) {
    let i = s.first;
    while (i < s.last) {
      const t = toks[i]!;
      const station = broadcast && !shouting[t.i] ? callSign(t, i > s.first ? toks[i - 1] : undefined) : null;
      if (station) {
        out.push({ ...station, shouting: false });
        i++;
        continue;
      }
      if (!t.text || !nameLike(t)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < s.last) {
        const a = toks[j]!;
        const b = toks[j + 1]!;
        if (!b.text || !(joins(a, b) || spacedHyphen(a, b)) || shouting[b.i] !== shouting[t.i]) break;
        if (nameLike(b)) {
          j++;
          continue;
        }
        const c = toks[j + 2];
        if (CONNECTORS.has(b.normal) && c && j + 2 < s.last && c.text && joins(b, c) && nameLike(c)) {
          j += 2;
          continue;
        }
        // "Joaquin de la Pazuela", "Ludwig van der Berg": two surname particles in a row
        const e = toks[j + 3];
        if (
          !shouting[t.i] &&
          c &&
          e &&
          j + 3 < s.last &&
          PARTICLES.has(b.text) &&
          PARTICLES.has(c.text) &&
          joins(b, c) &&
          joins(c, e) &&
          nameLike(e)
        ) {
          j += 3;
          continue;
        }
        // "Organization of the Petroleum Exporting Countries", "Federal Service for the Financial Markets"
        const d = toks[j + 3];
        if (
          !shouting[t.i] &&
          c?.normal === 'the' &&
          c.text === 'the' &&
          d &&
          j + 3 < s.last &&
          joins(b, c) &&
          joins(c, d) &&
          nameLike(d) &&
          ((b.normal === 'of' && ORG_OF_HEAD.has(key(a))) || (b.normal === 'for' && ORG_SUFFIX.has(key(a))))
        ) {
          j += 3;
          continue;
        }
        break;
      }
      const run = toks.slice(i, j + 1);
      // "iPhone Developer Program", "iTunes Apps Stores": capitalised words after a product written in camel case belong to it
      const prev = i > s.first ? toks[i - 1]! : undefined;
      const product =
        !!prev && joins(prev, t) && /^\p{Ll}+\p{Lu}/u.test(prev.text) && !GAZETTEER.has(wordKey(prev.text));
      for (const [k, seg] of commandedUnits(run, shouting[t.i]!).entries()) {
        if (seg.unit) {
          out.push({ tokens: seg.tokens, ...UNIT_PIECE, ownS: false, shouting: false });
          continue;
        }
        const unit = militaryUnit(seg.tokens, k === 0 ? prev : undefined, shouting[t.i]!);
        if (unit) {
          out.push({ ...unit, shouting: false });
          continue;
        }
        for (const p of splitRun(parsed.text, seg.tokens, shouting[t.i]!))
          out.push({ ...p, shouting: shouting[t.i]!, ...(product ? { product } : {}) });
      }
      i = j + 1;
    }
  }
  return withFigureNames(parsed, withUnitShortForms(parsed, out), shouting);
}

/** Lowercase words a title-cased name may have between its capitalised ones ("30 Seconds to Mars"). */
const NAME_SMALL_WORDS = new Set(['to', 'of', 'the', 'and', 'in', 'on', 'a', 'for', 'from', 'at', 'by', '&']);
/** A figure that may begin a name: up to three digits (a year is no part of a name: "In 1994 Acme was ..."). */
const NAME_FIGURE = /^\d{1,3}$/;

/** The figure and the title-case words after it ("30 Seconds to Mars", "3 Doors Down"), or null. */
function figureRun(parsed: Parsed, t: Token): Token[] | null {
  const s = parsed.sentences[t.s]!;
  let last = -1;
  for (let j = t.i; j + 1 < s.last; j++) {
    const a = parsed.tokens[j]!;
    const b = parsed.tokens[j + 1]!;
    if (!/^ $/.test(a.post) || b.pre !== '' || isPossessive(a)) break;
    if (isCapitalised(b) && !FUNCTION_WORDS.has(b.text)) last = j + 1;
    else if (!NAME_SMALL_WORDS.has(b.text)) break;
  }
  return last < 0 ? null : parsed.tokens.slice(t.i, last + 1);
}

/**
 * "30 Seconds to Mars is an American rock band", "the band 3 Doors Down": a figure and title-case words that the
 * writer describes with a kind word (kinds.ts) are one name, at every mention of the same words in the article.
 */
function withFigureNames(parsed: Parsed, pieces: RunPiece[], shouting: boolean[]): RunPiece[] {
  const figures = parsed.tokens.filter((t) => NAME_FIGURE.test(t.text) && !t.pre && !shouting[t.i]);
  if (!figures.length) return pieces;
  const described = new Map<string, EntityType>();
  const runs: Token[][] = [];
  for (const t of figures) {
    const run = figureRun(parsed, t);
    if (!run) continue;
    runs.push(run);
    const p: RunPiece = { tokens: run, kind: 'unknown', type: null, rule: 'unknown', weak: false, shouting: false };
    // (after the name only when the figure opens the clause: "He sold 12 Acme Widgets, a ..." counts widgets)
    const type = (startsClause(parsed, t) ? kindAfter(parsed, p) : null) ?? kindBefore(parsed, p);
    const k = run.map(key).join(' ');
    if (type && !described.has(k)) described.set(k, type);
  }
  if (!described.size) return pieces;
  const names: RunPiece[] = [];
  for (const run of runs) {
    const type = described.get(run.map(key).join(' '));
    if (!type) continue;
    names.push({ tokens: run, kind: 'suffix', type, rule: 'figure-name', weak: false, settled: true, shouting: false });
  }
  const taken = new Set(names.flatMap((p) => p.tokens.map((t) => t.i)));
  return [...pieces.filter((p) => !p.tokens.some((t) => taken.has(t.i))), ...names].sort(
    (a, b) => a.tokens[0]!.i - b.tokens[0]!.i,
  );
}

const ORDINAL = /^\d+(?:st|nd|rd|th|d)$/;
/** Words of an article about military units, where "the 139th" alone is a regiment. */
const MILITARY_WORDS = /\b(?:regiment|brigade|division|battalion|squadron|wing|corps|infantry|cavalry|artillery)s?\b/i;

/**
 * Short forms of military units, in an article that names a unit or speaks of regiments, divisions, wings...: the
 * regiment is "the 139th" ("The 139th was formed at Camp Howe", "the 65th participated"), an ordinal after "the"
 * with a verb or an adverb after it (not "the 139th anniversary", not a day: "on the 5th began"); and an ordinal
 * before an acronym is a unit ("the 93d PVI", "the 62d NY").
 */
function withUnitShortForms(parsed: Parsed, pieces: RunPiece[]): RunPiece[] {
  if (!pieces.some((p) => p.rule === 'org-military-unit') && !MILITARY_WORDS.test(parsed.text)) return pieces;
  const unit = (tokens: Token[]): RunPiece => ({ tokens, ...UNIT_PIECE, shouting: false });
  const toks = parsed.tokens;
  const out = pieces.map((p) => {
    const t = p.tokens[0]!;
    // (the tagger splits "62d" from the space after it into an empty token)
    const gap = toks[t.i - 1]?.text === '' && toks[t.i - 2]?.post === '' ? toks[t.i - 1] : undefined;
    const prev = toks[t.i - (gap ? 2 : 1)];
    if (p.tokens.length !== 1 || p.shouting || !isAllCaps(t) || !prev || prev.s !== t.s) return p;
    return ORDINAL.test(prev.text) && /^ $/.test((gap ?? prev).post) && !t.pre ? unit([prev, t]) : p;
  });
  const taken = new Set(out.flatMap((p) => p.tokens.map((t) => t.i)));
  for (const t of toks) {
    if (!/^\d{1,3}(?:st|nd|rd|th|d)$/.test(t.text) || taken.has(t.i) || !/^ $/.test(t.post)) continue;
    const prev = toks[t.i - 1];
    const next = toks[t.i + 1];
    if (!prev || !next || prev.s !== t.s || next.s !== t.s || prev.normal !== 'the' || !/^ $/.test(prev.post)) continue;
    // ("on the 5th of May": a day of the month)
    const before = toks[t.i - 2];
    if (before && before.s === t.s && /^(?:on|by|until|till|from|since)$/.test(before.normal)) continue;
    const verbish =
      /^\p{Ll}/u.test(next.text) &&
      !next.tags.has('Noun') &&
      (next.tags.has('Verb') || next.tags.has('Adverb') || next.normal === 'along');
    if (verbish) out.push(unit([t]));
  }
  return out.sort((a, b) => a.tokens[0]!.i - b.tokens[0]!.i);
}
