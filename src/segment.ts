/**
 * Very long articles are analysed in segments cut at paragraph breaks, so that
 * time stays linear in the length of the text and memory bounded by the
 * segment size (a compromise parse of a megabyte takes close to a gigabyte,
 * and some of its passes grow faster than the text). The segment
 * records are merged into one: offsets shifted, entities with the same name
 * (or alias) joined, ids renumbered in order of first mention.
 */
import type { Article, ArticleRecord, Entity, Span } from './types.js';
import { mergeWhoFields, remapAbout, remapAffiliations } from './resolve/who-segments.js';
import { scanQuotes } from './nlp/quote-marks.js';
import { countBelow } from './nlp/search.js';

/** Articles longer than this (UTF-16 units) are segmented. News articles are far shorter. */
export const SEGMENT_THRESHOLD = 64 * 1024;
/** Target segment length. */
export const SEGMENT_SIZE = 32 * 1024;

/**
 * Cut points [start, end) covering the text, at a blank line, else a line end,
 * else a sentence end, else a space; never inside quoted material when a cut
 * outside one is to be had (a quote cut in two is lost: in a one-line article
 * the cuts fall at sentence ends, and quotes have sentences).
 */
export function segmentBounds(text: string, size = SEGMENT_SIZE): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (text.length <= size) return [[0, text.length]];
  const inQuote = quotedRanges(text);
  let at = 0;
  while (text.length - at > size) {
    const window = text.slice(at, at + size);
    const min = Math.floor(size / 2);
    let cut = -1;
    for (const free of [true, false]) {
      for (const re of [/\n[ \t]*\n/g, /\n/g, /[.!?]["”’)]?\s/g, /\s/g]) {
        let last = -1;
        for (let m; (m = re.exec(window));) {
          const c = m.index + m[0].length;
          if (c >= min && (!free || !inQuote(at + c))) last = c;
        }
        if (last > 0) {
          cut = last;
          break;
        }
      }
      if (cut > 0) break;
    }
    if (cut <= 0) cut = size;
    let end = at + cut;
    // never split a surrogate pair
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end++;
    out.push([at, end]);
    at = end;
  }
  out.push([at, text.length]);
  return out;
}

/**
 * Whether a cut before index i would fall inside quoted material, by the same
 * pairing of quote marks the quote extractor uses (one linear scan).
 */
function quotedRanges(text: string): (i: number) => boolean {
  const spans = scanQuotes(text).sort((a, b) => a.open - b.open);
  const opens = spans.map((q) => q.open);
  // A quote that runs on into the next paragraph holds until that piece opens.
  const ends = spans.map((q, k) =>
    q.close >= 0 ? q.close : q.runsOn && spans[k + 1] ? spans[k + 1]!.open + 1 : q.end,
  );
  return (i) => {
    // the last span opening before i
    const lo = countBelow(opens, i);
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (ends[k]! > i) return true;
    return false;
  };
}

export function analyzeSegmented(
  article: Article,
  analyzeOne: (a: Article) => ArticleRecord,
  base: ArticleRecord,
): ArticleRecord {
  const text = article.text;
  const record = base;
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  let cpBase = 0;
  let prevEnd = 0;
  const seenWarnings = new Set(record.warnings);
  for (const [a, b] of segmentBounds(text)) {
    cpBase += countCodePoints(text, prevEnd, a);
    prevEnd = a;
    const masked = article.masked
      .filter(([x, y]) => y > a && x < b)
      .map(([x, y]) => [Math.max(x, a) - a, Math.min(y, b) - a] as [number, number]);
    const seg: Article = { ...article, text: text.slice(a, b), masked, warnings: [] };
    const rec = analyzeOne(seg);
    const shift = (s: Span): Span => ({ text: s.text, start: s.start + cpBase, end: s.end + cpBase });
    const idMap = new Map<string, string>();
    for (const e of rec.entities) {
      const keys = [e.name, ...e.aliases].map((n) => `${e.type}:${n.toLowerCase()}`);
      let target = keys.map((k) => byKey.get(k)).find((x) => x !== undefined);
      if (!target) {
        target = { id: '', type: e.type, name: e.name, aliases: [], titles: [], mentions: [] };
        entities.push(target);
      } else if (target.name !== e.name && !target.aliases.includes(e.name)) {
        target.aliases.push(e.name);
      }
      for (const al of e.aliases) if (al !== target.name && !target.aliases.includes(al)) target.aliases.push(al);
      for (const t of e.titles) if (!target.titles.includes(t)) target.titles.push(t);
      target.mentions.push(...e.mentions.map((m) => ({ ...m, ...shift(m) })));
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, target);
      idMap.set(e.id, `tmp${entities.indexOf(target)}`);
    }
    for (const e of rec.entities) mergeWhoFields(entities[Number(idMap.get(e.id)!.slice(3))]!, e, shift, idMap);
    for (const q of rec.quotes) {
      record.quotes.push({
        ...q,
        ...shift(q),
        cue: q.cue && shift(q.cue),
        speaker: q.speaker && {
          ...q.speaker,
          entity: q.speaker.entity && (idMap.get(q.speaker.entity) ?? null),
          mention: shift(q.speaker.mention),
          affiliation: remapAffiliations(q.speaker.affiliation, idMap, shift),
        },
        about: remapAbout(q.about, idMap, shift),
      });
    }
    for (const d of rec.dates) record.dates.push({ ...d, ...shift(d) });
    for (const w of rec.warnings) {
      if (!seenWarnings.has(w)) {
        seenWarnings.add(w);
        record.warnings.push(w);
      }
    }
  }
  // ids in order of first mention, as for a whole article
  const order = entities
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.mentions[0]!.start - y.e.mentions[0]!.start || x.i - y.i);
  const finalId = new Map<string, string>();
  order.forEach(({ e, i }, n) => {
    e.id = `e${n + 1}`;
    finalId.set(`tmp${i}`, e.id);
  });
  record.entities = order.map(({ e }) => e);
  for (const q of record.quotes) if (q.speaker?.entity) q.speaker.entity = finalId.get(q.speaker.entity) ?? null;
  const same = (x: Span): Span => x;
  for (const q of record.quotes) {
    q.about = remapAbout(q.about, finalId, same);
    if (q.speaker) q.speaker.affiliation = remapAffiliations(q.speaker.affiliation, finalId, same);
  }
  for (const e of record.entities)
    if (e.affiliations) e.affiliations = remapAffiliations(e.affiliations, finalId, same);
  return record;
}

function countCodePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
