/**
 * Scoring against annotated articles, as ../shared/eval/README.md describes.
 * Pure functions of (predicted record, gold annotation) so tests can use them.
 */
import type { ArticleRecord } from '../types.js';

export interface GoldQuote {
  text: string;
  start: number;
  end: number;
  spans?: Array<[number, number]>;
  type: 'direct' | 'partial' | 'indirect';
  speaker?: string | null;
  speaker_spans?: Array<[number, number]>;
  /** Who the source is, resolved by a careful reader; null when the article never names it. */
  speaker_name?: string | null;
  speaker_kind?: string;
}
export interface GoldEntity {
  name: string;
  type: string;
  mentions: Array<{ text: string; start: number; end: number }>;
}
export interface GoldDate {
  text: string;
  start: number;
  end: number;
  value: string;
  from?: string;
  to?: string;
}
export interface Gold {
  header_end?: number;
  meta?: { publication_date?: string };
  /** pubdate/: the page's publication day. */
  publication_date?: string;
  date?: string;
  dct?: string;
  quotes?: GoldQuote[];
  entities?: GoldEntity[];
  dates?: GoldDate[];
}

/** Counts that add up across articles. */
export class Tally {
  tp = 0;
  pred = 0;
  gold = 0;
  add(tp: number, pred: number, gold: number): void {
    this.tp += tp;
    this.pred += pred;
    this.gold += gold;
  }
  get precision(): number {
    return this.pred ? this.tp / this.pred : this.gold ? 0 : 1;
  }
  get recall(): number {
    return this.gold ? this.tp / this.gold : this.pred ? 0 : 1;
  }
  get f1(): number {
    const p = this.precision;
    const r = this.recall;
    return p + r ? (2 * p * r) / (p + r) : 0;
  }
}

export class Share {
  hit = 0;
  total = 0;
  add(hit: boolean): void {
    this.total++;
    if (hit) this.hit++;
  }
  get value(): number {
    return this.total ? this.hit / this.total : 1;
  }
}

export interface Scores {
  quoted: Tally;
  directStrict: Tally;
  attributions: Tally;
  speakerQuoted: Share;
  speakerAll: Share;
  /** Speaker name right (see speakerNameRight), over matched attributions with a `speaker_name` key. */
  speakerName: Share;
  speakerNameNamed: Share;
  speakerNameQuoted: Share;
  speakerNameByKind: Map<string, Share>;
  entities: Map<string, Tally>;
  datesExtent: Tally;
  datesExact: Tally;
  datesValue: Share;
}

export function newScores(): Scores {
  return {
    quoted: new Tally(),
    directStrict: new Tally(),
    attributions: new Tally(),
    speakerQuoted: new Share(),
    speakerAll: new Share(),
    speakerName: new Share(),
    speakerNameNamed: new Share(),
    speakerNameQuoted: new Share(),
    speakerNameByKind: new Map(),
    entities: new Map(['person', 'organization', 'place', 'all'].map((t) => [t, new Tally()])),
    datesExtent: new Tally(),
    datesExact: new Tally(),
    datesValue: new Share(),
  };
}

type Interval = [number, number];

const TRIM = /[\s"'“”‘’«»„‚‹›.,;:!?\u2014\u2013-]/;

/** Trims quote marks, spaces and end punctuation from both ends of [start, end). */
export function trimSpan(cps: string[], start: number, end: number): Interval {
  while (start < end && TRIM.test(cps[start]!)) start++;
  while (end > start && TRIM.test(cps[end - 1]!)) end--;
  return [start, end];
}

function overlap(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** One-to-one matching, greedy by overlap, under an acceptance test. */
function match(pred: Interval[], gold: Interval[], ok: (p: Interval, g: Interval) => boolean): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      if (ok(p, g)) cands.push([overlap(p, g), i, j]);
    }),
  );
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of cands) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

const halfShorter = (p: Interval, g: Interval) => {
  const ov = overlap(p, g);
  return ov > 0 && ov >= Math.min(p[1] - p[0], g[1] - g[0]) / 2;
};
const jaccard80 = (p: Interval, g: Interval) => {
  const ov = overlap(p, g);
  const union = Math.max(p[1], g[1]) - Math.min(p[0], g[0]);
  return union > 0 && ov / union >= 0.8;
};
const anyOverlap = (p: Interval, g: Interval) => overlap(p, g) > 0;

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'them', 'him']);

function properWords(name: string): Set<string> {
  const out = new Set<string>();
  for (const w of name.split(/[^\p{L}\p{M}'’-]+/u)) {
    if (w && /^\p{Lu}/u.test(w) && !PRONOUNS.has(w.toLowerCase()) && w.length > 1)
      out.add(w.toLowerCase().replace(/['’]s$/, ''));
  }
  return out;
}

export function scoreArticle(text: string, rec: ArticleRecord, gold: Gold, s: Scores): void {
  const cps = [...text];
  const headerEnd = gold.header_end ?? 0;
  if (gold.quotes) scoreQuotes(cps, rec, gold.quotes, headerEnd, s);
  if (gold.entities) scoreEntities(rec, gold.entities, headerEnd, s);
  if (gold.dates) scoreDates(rec, gold.dates, headerEnd, s);
}

function scoreQuotes(cps: string[], rec: ArticleRecord, goldQuotes: GoldQuote[], headerEnd: number, s: Scores): void {
  const preds = rec.quotes.filter((q) => q.start >= headerEnd);
  const pieces: Array<{ span: Interval; q: GoldQuote }> = [];
  for (const q of goldQuotes) {
    for (const [a, b] of q.spans ?? [[q.start, q.end]]) {
      const span = trimSpan(cps, a, b);
      if (span[1] > span[0]) pieces.push({ span, q });
    }
  }
  const predSpans = preds.map((p) => trimSpan(cps, p.start, p.end));

  const quotedP = preds.map((p, i) => ({ p, span: predSpans[i]! })).filter((x) => x.p.type !== 'indirect');
  const quotedG = pieces.filter((g) => g.q.type !== 'indirect');
  const mq = match(
    quotedP.map((x) => x.span),
    quotedG.map((g) => g.span),
    halfShorter,
  );
  s.quoted.add(mq.length, quotedP.length, quotedG.length);
  for (const [i, j] of mq) {
    speakerHit(quotedP[i]!.p, quotedG[j]!.q, s.speakerQuoted);
    const g = quotedG[j]!.q;
    if (g.speaker_name !== undefined) s.speakerNameQuoted.add(speakerNameRight(quotedP[i]!.p.speaker, g.speaker_name));
  }

  const directP = quotedP.filter((x) => x.p.type === 'direct');
  const directG = pieces.filter((g) => g.q.type === 'direct');
  s.directStrict.add(
    match(
      directP.map((x) => x.span),
      directG.map((g) => g.span),
      jaccard80,
    ).length,
    directP.length,
    directG.length,
  );

  const ma = match(
    predSpans,
    pieces.map((g) => g.span),
    halfShorter,
  );
  s.attributions.add(ma.length, preds.length, pieces.length);
  for (const [i, j] of ma) {
    speakerHit(preds[i]!, pieces[j]!.q, s.speakerAll);
    const g = pieces[j]!.q;
    if (g.speaker_name === undefined) continue;
    const right = speakerNameRight(preds[i]!.speaker, g.speaker_name);
    s.speakerName.add(right);
    if (g.speaker_name !== null) s.speakerNameNamed.add(right);
    const kind = g.speaker_kind ?? 'unknown';
    if (!s.speakerNameByKind.has(kind)) s.speakerNameByKind.set(kind, new Share());
    s.speakerNameByKind.get(kind)!.add(right);
  }
}

// Speaker names as ../shared/eval/README.md scores them ("Speaker name").
const CONNECTORS = new Set([
  'of',
  'de',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'dos',
  'das',
  'the',
  'and',
  'for',
  'al',
  'el',
  'bin',
  'ibn',
  'y',
  'on',
  'in',
  '&',
]);
const NAME_PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'them',
  'him',
  'us',
  'me',
  'who',
  'one',
]);
const TITLES = new Set(
  (
    'mr mrs ms miss dr prof sir dame lord lady rev sen senator rep representative gov governor president vice ' +
    'secretary minister prime chancellor premier mayor judge justice gen general col lt sgt capt adm ' +
    'chairman chairwoman chair ceo director spokesman spokeswoman spokesperson speaker leader king queen prince princess pope ' +
    'former candidate nominee ambassador attorney commissioner chief officer sheriff pastor father sister brother st'
  ).split(' '),
);

function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}.&]+$/gu, '').replace(/['’]s$/u, ''))
    .filter(Boolean);
}

/** Every word capitalised (connectors allowed), not a pronoun. */
export function isProperName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return false;
  if (words.length === 1 && NAME_PRONOUNS.has(words[0]!.toLowerCase())) return false;
  return (
    words.every((w) => CONNECTORS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w)) &&
    words.some((w) => /^\p{Lu}/u.test(w))
  );
}

function isAcronym(name: string): boolean {
  const w = nameWords(name);
  return w.length === 1 && /^(?:\p{Lu}\.?){2,}$/u.test(w[0]!);
}

const key = (w: string) => w.toLowerCase().replace(/\./g, '');

/** Words of a name without titles and possessives, lowercased, periods dropped. */
function coreWords(name: string): string[] {
  const words = nameWords(name).map(key).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i]!)) i++;
  return words.slice(i);
}

function acronymOf(short: string, long: string): boolean {
  const a = key(short);
  if (a.length < 2 || /\s/.test(short.trim())) return false;
  const words = nameWords(long).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return false;
  const initials = words.map((w) => w[0]!.toLowerCase()).join('');
  const withConnectors = nameWords(long)
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return a === initials || a === withConnectors;
}

/** Is the tool's speaker right for the gold `speaker_name`? */
export function speakerNameRight(
  sp: { name: string; entity?: string | null } | null | undefined,
  gold: string | null,
): boolean {
  if (gold === null) {
    if (!sp) return true;
    if (sp.entity) return false;
    return !(isProperName(sp.name) && (nameWords(sp.name).length >= 2 || isAcronym(sp.name)));
  }
  if (!sp || !isProperName(sp.name)) return false;
  if (acronymOf(sp.name, gold) || acronymOf(gold, sp.name)) return true;
  const p = coreWords(sp.name);
  const g = coreWords(gold);
  if (p.length === 0 || g.length === 0) return false;
  const gs = new Set(g);
  const ps = new Set(p);
  return p.every((w) => gs.has(w)) || g.every((w) => ps.has(w));
}

function speakerHit(pred: ArticleRecord['quotes'][number], gold: GoldQuote, share: Share): void {
  if (!gold.speaker && !(gold.speaker_spans && gold.speaker_spans.length)) return;
  const sp = pred.speaker;
  if (!sp) return share.add(false);
  const m: Interval = [sp.mention.start, sp.mention.end];
  if ((gold.speaker_spans ?? []).some((g) => overlap(m, g) > 0)) return share.add(true);
  const gw = properWords(gold.speaker ?? '');
  for (const w of properWords(sp.name)) if (gw.has(w)) return share.add(true);
  share.add(false);
}

function scoreEntities(rec: ArticleRecord, gold: GoldEntity[], headerEnd: number, s: Scores): void {
  const key = (type: string, a: number, b: number) => `${type}:${a}:${b}`;
  const goldKeys = new Map<string, string>();
  for (const e of gold)
    for (const m of e.mentions) if (m.start >= headerEnd) goldKeys.set(key(e.type, m.start, m.end), e.type);
  const predKeys = new Map<string, string>();
  for (const e of rec.entities)
    for (const m of e.mentions) if (m.start >= headerEnd) predKeys.set(key(e.type, m.start, m.end), e.type);
  for (const type of ['person', 'organization', 'place']) {
    const g = [...goldKeys].filter(([, t]) => t === type).map(([k]) => k);
    const p = [...predKeys].filter(([, t]) => t === type).map(([k]) => k);
    const gs = new Set(g);
    const tp = p.filter((k) => gs.has(k)).length;
    s.entities.get(type)!.add(tp, p.length, g.length);
    s.entities.get('all')!.add(tp, p.length, g.length);
  }
}

function scoreDates(rec: ArticleRecord, gold: GoldDate[], headerEnd: number, s: Scores): void {
  // Durations and sets are not in the gold (see the dates README), so they are not scored.
  const preds = rec.dates.filter((d) => d.start >= headerEnd && (d.type === 'date' || d.type === 'time'));
  const g = gold.filter((d) => d.start >= headerEnd);
  const pSpans = preds.map((d): Interval => [d.start, d.end]);
  const gSpans = g.map((d): Interval => [d.start, d.end]);
  const m = match(pSpans, gSpans, anyOverlap);
  s.datesExtent.add(m.length, preds.length, g.length);
  const exact = match(pSpans, gSpans, (a, b) => a[0] === b[0] && a[1] === b[1]);
  s.datesExact.add(exact.length, preds.length, g.length);
  for (const [i, j] of m) {
    const gd = g[j]!;
    if (!/^\d{4}/.test(gd.value)) continue; // only calendar dates have a value to compare
    const pd = preds[i]!;
    const same = sameValue(pd.value, gd.value) || (!!gd.from && !!gd.to && pd.from === gd.from && pd.to === gd.to);
    s.datesValue.add(same);
  }
}

/** Equivalent spellings of a TimeML value: a trailing "-XX" dropped, week numbers zero-padded. */
export function normalValue(v: string | null | undefined): string {
  let out = v ?? '';
  while (/-XX$/.test(out)) out = out.slice(0, -3);
  return out.replace(/-W(\d)(?!\d)/, '-W0$1');
}

function sameValue(a: string | null | undefined, b: string | null | undefined): boolean {
  return normalValue(a) === normalValue(b);
}
