/**
 * Corpus statistics, accumulated one record at a time: `add` each record as it
 * is analysed, then `result()`. Records are not kept; memory grows with the
 * number of distinct names (and the articles each appears in), not with the text.
 */
import type { ArticleRecord, EntityType } from '../types.js';
import { isName, mergeNames, plainKey } from '../match/names.js';
import { WhoAccumulator } from './who.js';
import {
  DUPLICATE_LIST_MAX,
  QUOTE_LIST_MAX,
  SUMMARY_SCHEMA_VERSION,
  type ArticleStat,
  type EntityStat,
  type MonthStat,
  type QuoteRef,
  type SpeakerStat,
  type Summary,
} from './types.js';

const EXAMPLE_MAX = 200;
const QUOTE_MAX = 300;

interface RawSpeaker {
  quotes: number;
  articles: Set<number>;
  firstDate: string | null;
  lastDate: string | null;
  example: Example | null;
  /** Linked to an organization or place in some article: not a person's name. */
  nonPerson: boolean;
  /** The first QUOTE_LIST_MAX quotes, for the drill-down: a bounded list, whatever the corpus. */
  quoteList: QuoteRef[];
}

interface Example {
  text: string;
  source: string;
  direct: boolean;
  length: number;
}

/** The example quote: a direct one over others, then the longest, then the first seen. */
function betterExample(a: Example | null, b: Example | null): boolean {
  if (!a) return false;
  if (!b) return true;
  if (a.direct !== b.direct) return a.direct;
  return a.length > b.length;
}

interface RawEntity {
  mentions: number;
  articles: Set<number>;
}

export class SummaryAccumulator {
  private articles = 0;
  private quotes = 0;
  private unattributed = 0;
  private unnamed = 0;
  private undated = 0;
  private firstDate: string | null = null;
  private lastDate: string | null = null;
  private readonly speakers = new Map<string, RawSpeaker>();
  private readonly entities: Record<EntityType, Map<string, RawEntity>> = {
    person: new Map(),
    organization: new Map(),
    place: new Map(),
  };
  private readonly months = new Map<string, { articles: number; quotes: number }>();
  private readonly who = new WhoAccumulator();
  private readonly articleList: ArticleStat[] = [];
  private duplicates = 0;
  private readonly duplicateOf: Array<{ source: string; sameAs: string }> = [];

  /** An article with the same text as one added before: counted apart, not summarised again. */
  addDuplicate(source: string, sameAs: string): void {
    this.duplicates++;
    if (this.duplicateOf.length < DUPLICATE_LIST_MAX) this.duplicateOf.push({ source, sameAs });
  }

  add(rec: ArticleRecord): void {
    const n = this.articles++;
    const speakerNames = new Map<string, number>();
    for (const q of rec.quotes) {
      const name = q.speaker?.name.trim();
      if (name && isName(name)) speakerNames.set(name, (speakerNames.get(name) ?? 0) + 1);
    }
    this.articleList.push({
      source: rec.source,
      id: rec.id,
      title: rec.title,
      date: rec.date,
      url: articleUrl(rec.id, rec.source),
      quotes: rec.quotes.length,
      speakers: speakerNames.size,
      speakerQuotes: [...speakerNames]
        .map(([name, quotes]) => ({ name, quotes }))
        .sort((a, b) => b.quotes - a.quotes || byCodePoint(a.name, b.name)),
    });
    const date = isDay(rec.date) ? rec.date : null;
    if (date) {
      if (!this.firstDate || date < this.firstDate) this.firstDate = date;
      if (!this.lastDate || date > this.lastDate) this.lastDate = date;
    } else this.undated++;
    const month = date ? date.slice(0, 7) : 'unknown';
    const m = this.months.get(month) ?? { articles: 0, quotes: 0 };
    m.articles++;
    m.quotes += rec.quotes.length;
    this.months.set(month, m);
    this.quotes += rec.quotes.length;
    this.who.add(rec, n, month);

    const typeOf = new Map(rec.entities.map((e) => [e.id, e.type]));
    for (const q of rec.quotes) {
      const sp = q.speaker;
      if (!sp) {
        this.unattributed++;
        continue;
      }
      const name = sp.name.trim();
      if (!isName(name)) {
        this.unnamed++;
        continue;
      }
      const s = this.speakers.get(name) ?? {
        quotes: 0,
        articles: new Set(),
        firstDate: null,
        lastDate: null,
        example: null,
        nonPerson: false,
        quoteList: [],
      };
      s.quotes++;
      if (s.quoteList.length < QUOTE_LIST_MAX)
        s.quoteList.push({ text: shorten(q.text, QUOTE_MAX), type: q.type, article: n });
      s.articles.add(n);
      if (date) {
        if (!s.firstDate || date < s.firstDate) s.firstDate = date;
        if (!s.lastDate || date > s.lastDate) s.lastDate = date;
      }
      const type = sp.entity ? typeOf.get(sp.entity) : undefined;
      if (type && type !== 'person') s.nonPerson = true;
      const ex = { text: shorten(q.text), source: rec.source, direct: q.type === 'direct', length: q.end - q.start };
      if (betterExample(ex, s.example)) s.example = ex;
      this.speakers.set(name, s);
    }
    for (const e of rec.entities) {
      const map = this.entities[e.type];
      if (!map) continue;
      const name = e.name.trim();
      if (!name) continue;
      const x = map.get(name) ?? { mentions: 0, articles: new Set() };
      x.mentions += e.mentions.length;
      x.articles.add(n);
      map.set(name, x);
    }
  }

  result(): Summary {
    // One pool of person names (person entities and speakers not linked to an organization or place),
    // so that "Blinken" the speaker joins "Antony Blinken" the entity.
    const personWeights = new Map<string, number>();
    for (const [name, e] of this.entities.person) personWeights.set(name, (personWeights.get(name) ?? 0) + e.mentions);
    for (const [name, s] of this.speakers)
      if (!s.nonPerson) personWeights.set(name, (personWeights.get(name) ?? 0) + s.quotes);
    const person = mergeNames(personWeights);

    // Speakers linked to organizations/places merge by their plain key only.
    const otherWeights = new Map<string, number>();
    for (const [name, s] of this.speakers) if (s.nonPerson) otherWeights.set(name, s.quotes);
    const other = canonicalByKey(otherWeights);

    const speakers = groupBy(this.speakers, (name, s) => (s.nonPerson ? other.get(name)! : person.get(name)!)).map(
      ([canonical, parts]): SpeakerStat => {
        const articles = new Set<number>();
        let first: string | null = null;
        let last: string | null = null;
        let example: RawSpeaker['example'] = null;
        let quotes = 0;
        const quoteList: QuoteRef[] = [];
        for (const [, s] of parts) {
          quotes += s.quotes;
          quoteList.push(...s.quoteList);
          for (const a of s.articles) articles.add(a);
          if (s.firstDate && (!first || s.firstDate < first)) first = s.firstDate;
          if (s.lastDate && (!last || s.lastDate > last)) last = s.lastDate;
          if (betterExample(s.example, example)) example = s.example;
        }
        return {
          name: canonical,
          aliases: parts.map(([n]) => n).sort(byCodePoint),
          quotes,
          articles: articles.size,
          firstDate: first,
          lastDate: last,
          example: example && { text: example.text, source: example.source },
          // Sorted by article (a stable sort keeps each article's quotes in text order).
          quoteList: quoteList.sort((a, b) => a.article - b.article).slice(0, QUOTE_LIST_MAX),
          moreQuotes: quotes - Math.min(quotes, QUOTE_LIST_MAX),
        };
      },
    );
    speakers.sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || byCodePoint(a.name, b.name));

    const entityStats = (map: Map<string, RawEntity>, canon: Map<string, string>): EntityStat[] =>
      groupBy(map, (name) => canon.get(name)!)
        .map(([canonical, parts]): EntityStat => {
          const articles = new Set<number>();
          let mentions = 0;
          for (const [, e] of parts) {
            mentions += e.mentions;
            for (const a of e.articles) articles.add(a);
          }
          const articleRefs = [...articles].sort((a, b) => a - b);
          return {
            name: canonical,
            aliases: parts.map(([n]) => n).sort(byCodePoint),
            mentions,
            articles: articles.size,
            articleRefs,
          };
        })
        .sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || byCodePoint(a.name, b.name));
    const weights = (map: Map<string, RawEntity>) => new Map([...map].map(([k, v]) => [k, v.mentions]));
    const orgCanon = canonicalByKey(weights(this.entities.organization));
    const placeCanon = canonicalByKey(weights(this.entities.place));
    const months = this.monthList();
    const who = this.who.result({
      speaker: (n) => person.get(n) ?? other.get(n) ?? n,
      entity: (type, n) => (type === 'person' ? person : type === 'organization' ? orgCanon : placeCanon).get(n) ?? n,
      speakerOrder: speakers.map((x) => x.name),
      months: months.map((m) => m.month),
    });

    return {
      schemaVersion: SUMMARY_SCHEMA_VERSION,
      kind: 'summary',
      articles: this.articles,
      quotes: this.quotes,
      unattributedQuotes: this.unattributed,
      unnamedQuotes: this.unnamed,
      firstDate: this.firstDate,
      lastDate: this.lastDate,
      undatedArticles: this.undated,
      speakers,
      people: entityStats(this.entities.person, person),
      organizations: entityStats(this.entities.organization, orgCanon),
      places: entityStats(this.entities.place, placeCanon),
      months,
      articleList: this.articleList,
      duplicates: this.duplicates,
      duplicateOf: this.duplicateOf,
      ...who,
    };
  }

  private monthList(): MonthStat[] {
    const known = [...this.months.keys()].filter((k) => k !== 'unknown').sort();
    const out: MonthStat[] = [];
    if (known.length) {
      const last = known[known.length - 1]!;
      for (let m = known[0]!; m <= last; m = nextMonth(m)) {
        const c = this.months.get(m);
        out.push({ month: m, articles: c?.articles ?? 0, quotes: c?.quotes ?? 0 });
      }
    }
    const unknown = this.months.get('unknown');
    if (unknown) out.push({ month: 'unknown', ...unknown });
    return out;
  }
}

/** The summary of a list of records (see SummaryAccumulator for streams). */
export function summarize(records: Iterable<ArticleRecord>): Summary {
  const acc = new SummaryAccumulator();
  for (const r of records) acc.add(r);
  return acc.result();
}

/** The summary of a stream of records, read once. */
export async function summarizeAsync(
  records: AsyncIterable<ArticleRecord> | Iterable<ArticleRecord>,
): Promise<Summary> {
  const acc = new SummaryAccumulator();
  for await (const r of records) acc.add(r);
  return acc.result();
}

function isDay(d: string | null): d is string {
  return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
}

function nextMonth(m: string): string {
  let y = Number(m.slice(0, 4));
  let mo = Number(m.slice(5, 7)) + 1;
  if (mo > 12) {
    mo = 1;
    y++;
  }
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}`;
}

function shorten(s: string, max = EXAMPLE_MAX): string {
  const t = s.replace(/\s+/g, ' ').trim();
  const cps = [...t];
  return cps.length <= max
    ? t
    : cps
        .slice(0, max - 1)
        .join('')
        .trimEnd() + '…';
}

/** An article's address: its id when that is an http(s) URL, else its source when it is one. */
export function articleUrl(id: string | null, source: string): string | null {
  for (const s of [id, source]) if (s && /^https?:\/\/[^\s]+$/i.test(s)) return s;
  return null;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Spellings with the same plain key are one; the most frequent spelling names them. */
function canonicalByKey(weights: Map<string, number>): Map<string, string> {
  const best = new Map<string, string>();
  for (const [name, w] of weights) {
    const k = plainKey(name);
    const cur = best.get(k);
    const cw = cur === undefined ? -1 : weights.get(cur)!;
    if (cur === undefined || w > cw || (w === cw && byCodePoint(name, cur) < 0)) best.set(k, name);
  }
  return new Map([...weights.keys()].map((n) => [n, best.get(plainKey(n))!]));
}

function groupBy<V>(map: Map<string, V>, canon: (name: string, v: V) => string): Array<[string, Array<[string, V]>]> {
  const groups = new Map<string, Array<[string, V]>>();
  for (const [name, v] of map) {
    const c = canon(name, v);
    const list = groups.get(c) ?? [];
    list.push([name, v]);
    groups.set(c, list);
  }
  return [...groups];
}
