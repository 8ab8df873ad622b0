/**
 * The corpus view's who-about-whom sections, accumulated one record at a time
 * beside ./aggregate.ts (which calls `add` and, with its merged names, `result`).
 * Only counts by name are kept, and for shared quotes a short text per distinct
 * quotation.
 */
import type { ArticleRecord, Entity, EntityType } from '../types.js';
import { isName } from '../match/names.js';
import type {
  GenderCounts,
  GenderKey,
  GenderStats,
  OutletStat,
  PairStat,
  PersonQuotedStat,
  QuotedVsMentioned,
  SharedQuoteStat,
  SpeakerSubjects,
  TalksAbout,
  VoiceStat,
} from './who-types.js';

/** How the aggregate's merged names are looked up: raw name as in the records → canonical name. */
export interface Canon {
  speaker(name: string): string;
  entity(type: EntityType, name: string): string;
  /** Speaker order of the summary's `speakers` ranking. */
  speakerOrder: string[];
  /** The summary's months, in order. */
  months: string[];
}

export interface WhoSections {
  talksAbout: TalksAbout;
  voices: VoiceStat[];
  gender: GenderStats;
  quotedVsMentioned: QuotedVsMentioned;
  outlets: OutletStat[];
  sharedQuotes: SharedQuoteStat[];
}

type Kind = 'pronoun' | 'honorific' | 'title' | 'first-name';
const KINDS: Kind[] = ['pronoun', 'honorific', 'title', 'first-name'];
/** Quotations shorter than this many words are not compared across articles ("no comment"). */
const SHARED_MIN_WORDS = 5;
const SHARED_TEXT_MAX = 160;

interface Raw {
  quotes: number;
  mentions: number;
  articles: Set<number>;
}

interface GenderVote {
  female: number;
  male: number;
  kinds: Set<Kind>;
}

interface Shared {
  text: string;
  articles: Set<number>;
  first: { n: number; source: string; date: string | null };
  speakers: Map<string, number>;
}

interface Outlet {
  articles: number;
  quotes: number;
  speakers: Map<string, number>;
}

export class WhoAccumulator {
  private readonly pairs = new Map<
    string,
    { speaker: string; type: EntityType; subject: string; quotes: number; articles: Set<number> }
  >();
  private readonly voices = new Map<
    string,
    { named: number; unnamed: number; speakers: Set<string>; articles: Set<number> }
  >();
  private readonly persons = new Map<string, Raw>();
  private readonly genders = new Map<string, GenderVote>();
  private readonly speakerMonths = new Map<string, Map<string, number>>();
  /** Raw outlet keys: "host:example.com" or "path:DIR" (the article's folder). */
  private readonly outlets = new Map<string, Outlet>();
  private readonly shared = new Map<string, Shared>();
  /** Quotes per speaker that are about someone. */
  private readonly aboutQuotes = new Map<string, number>();

  add(rec: ArticleRecord, n: number, month: string): void {
    const byId = new Map(rec.entities.map((e) => [e.id, e]));
    for (const e of rec.entities) {
      if (e.type !== 'person') continue;
      this.person(e.name, n).mentions += e.mentions.length;
      this.vote(e);
    }
    const outlet = this.outlet(outletKey(rec));
    outlet.articles++;
    outlet.quotes += rec.quotes.length;
    for (const q of rec.quotes) {
      const sp = q.speaker;
      const linked = sp?.entity ? byId.get(sp.entity) : undefined;
      const named = !!sp && isName(sp.name.trim()) && (!linked || linked.type === 'person');
      const speaker = named ? sp!.name.trim() : null;
      if (speaker) {
        this.person(speaker, n).quotes++;
        const months = this.speakerMonths.get(speaker) ?? new Map<string, number>();
        months.set(month, (months.get(month) ?? 0) + 1);
        this.speakerMonths.set(speaker, months);
        outlet.speakers.set(speaker, (outlet.speakers.get(speaker) ?? 0) + 1);
        if (q.about.length) this.aboutQuotes.set(speaker, (this.aboutQuotes.get(speaker) ?? 0) + 1);
        for (const a of q.about) {
          const e = byId.get(a.entity);
          if (!e) continue;
          const key = `${speaker}\u0000${e.type}\u0000${e.name}`;
          const p = this.pairs.get(key) ?? {
            speaker,
            type: e.type,
            subject: e.name,
            quotes: 0,
            articles: new Set<number>(),
          };
          p.quotes++;
          p.articles.add(n);
          this.pairs.set(key, p);
        }
      }
      // voices: a linked person's affiliations, or an unnamed speaker's
      const affs = linked?.type === 'person' ? (linked.affiliations ?? []) : (sp?.affiliation ?? []);
      for (const a of affs) {
        const org = a.entity ? byId.get(a.entity) : undefined;
        const name = org ? `${org.type}\u0000${org.name}` : `organization\u0000${a.name}`;
        const v = this.voices.get(name) ?? {
          named: 0,
          unnamed: 0,
          speakers: new Set<string>(),
          articles: new Set<number>(),
        };
        if (speaker) {
          v.named++;
          v.speakers.add(speaker);
        } else v.unnamed++;
        v.articles.add(n);
        this.voices.set(name, v);
      }
      if (q.type !== 'indirect') this.share(q.text, n, rec, speaker);
    }
  }

  result(canon: Canon): WhoSections {
    const gender = this.mergedGenders(canon);
    const g = (raw: string): GenderKey => gender.get(canon.speaker(raw))?.gender ?? 'unknown';
    return {
      talksAbout: this.talksAbout(canon),
      voices: this.voiceList(canon),
      gender: this.genderStats(canon, gender, g),
      quotedVsMentioned: this.quotedVsMentioned(canon, gender),
      outlets: this.outletList(canon, g),
      sharedQuotes: this.sharedList(canon),
    };
  }

  private person(name: string, n: number): Raw {
    const p = this.persons.get(name) ?? { quotes: 0, mentions: 0, articles: new Set<number>() };
    p.articles.add(n);
    this.persons.set(name, p);
    return p;
  }

  private vote(e: Entity): void {
    const v = this.genders.get(e.name) ?? { female: 0, male: 0, kinds: new Set<Kind>() };
    if (e.gender) {
      v[e.gender]++;
      // the kinds of evidence that agree with the decision
      for (const x of e.genderEvidence ?? []) if (x.gender === e.gender) v.kinds.add(x.kind);
    }
    this.genders.set(e.name, v);
  }

  private outlet(key: string): Outlet {
    const o = this.outlets.get(key) ?? { articles: 0, quotes: 0, speakers: new Map<string, number>() };
    this.outlets.set(key, o);
    return o;
  }

  private share(text: string, n: number, rec: ArticleRecord, speaker: string | null): void {
    const key = normalQuote(text);
    if (key.split(' ').length < SHARED_MIN_WORDS) return;
    const date = rec.date && /^\d{4}-\d{2}-\d{2}$/.test(rec.date) ? rec.date : null;
    let s = this.shared.get(key);
    if (!s) {
      s = { text: shorten(text), articles: new Set(), first: { n, source: rec.source, date }, speakers: new Map() };
      this.shared.set(key, s);
    } else if (!s.articles.has(n) && date && (!s.first.date || date < s.first.date)) {
      s.first = { n, source: rec.source, date };
    }
    if (!s.articles.has(n) && speaker) s.speakers.set(speaker, (s.speakers.get(speaker) ?? 0) + 1);
    s.articles.add(n);
  }

  /** Per canonical person: female/male when every article that decides agrees, else unknown. */
  private mergedGenders(canon: Canon): Map<string, { gender: GenderKey; kinds: Set<Kind> }> {
    const merged = new Map<string, GenderVote>();
    for (const [raw, v] of this.genders) {
      const c = canon.entity('person', raw);
      const m = merged.get(c) ?? { female: 0, male: 0, kinds: new Set<Kind>() };
      m.female += v.female;
      m.male += v.male;
      for (const k of v.kinds) m.kinds.add(k);
      merged.set(c, m);
    }
    const out = new Map<string, { gender: GenderKey; kinds: Set<Kind> }>();
    for (const [c, m] of merged) {
      const gender: GenderKey = m.female && !m.male ? 'female' : m.male && !m.female ? 'male' : 'unknown';
      out.set(c, { gender, kinds: gender === 'unknown' ? new Set() : m.kinds });
    }
    return out;
  }

  private talksAbout(canon: Canon): TalksAbout {
    const merged = new Map<string, PairStat & { set: Set<number> }>();
    for (const p of this.pairs.values()) {
      const speaker = canon.speaker(p.speaker);
      const subject = canon.entity(p.type, p.subject);
      if (p.type === 'person' && subject === speaker) continue;
      const key = `${speaker}\u0000${p.type}\u0000${subject}`;
      const m = merged.get(key) ?? { speaker, subject, type: p.type, quotes: 0, articles: 0, set: new Set<number>() };
      m.quotes += p.quotes;
      for (const a of p.articles) m.set.add(a);
      merged.set(key, m);
    }
    const pairs: PairStat[] = [...merged.values()]
      .map(({ set, ...p }) => ({ ...p, articles: set.size }))
      .sort(
        (a, b) =>
          b.quotes - a.quotes || b.articles - a.articles || cmp(a.speaker, b.speaker) || cmp(a.subject, b.subject),
      );
    const bySpeaker = new Map<string, SpeakerSubjects>();
    for (const p of pairs) {
      const s = bySpeaker.get(p.speaker) ?? { speaker: p.speaker, quotes: 0, subjects: [] };
      if (s.subjects.length < 10) s.subjects.push({ name: p.subject, type: p.type, quotes: p.quotes });
      bySpeaker.set(p.speaker, s);
    }
    for (const [raw, n] of this.aboutQuotes) {
      const s = bySpeaker.get(canon.speaker(raw));
      if (s) s.quotes += n;
    }
    const order = new Map(canon.speakerOrder.map((n, i) => [n, i]));
    const speakers = [...bySpeaker.values()].sort(
      (a, b) => (order.get(a.speaker) ?? 1e9) - (order.get(b.speaker) ?? 1e9) || cmp(a.speaker, b.speaker),
    );
    return { pairs, speakers };
  }

  private voiceList(canon: Canon): VoiceStat[] {
    const merged = new Map<string, { named: number; unnamed: number; speakers: Set<string>; articles: Set<number> }>();
    for (const [key, v] of this.voices) {
      const [type, raw] = key.split('\u0000') as [EntityType, string];
      const name = canon.entity(type, raw);
      const m = merged.get(name) ?? { named: 0, unnamed: 0, speakers: new Set<string>(), articles: new Set<number>() };
      m.named += v.named;
      m.unnamed += v.unnamed;
      for (const s of v.speakers) m.speakers.add(canon.speaker(s));
      for (const a of v.articles) m.articles.add(a);
      merged.set(name, m);
    }
    return [...merged]
      .map(([name, m]) => ({
        name,
        quotes: m.named + m.unnamed,
        namedQuotes: m.named,
        unnamedQuotes: m.unnamed,
        speakers: m.speakers.size,
        articles: m.articles.size,
      }))
      .sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || cmp(a.name, b.name));
  }

  private genderStats(
    canon: Canon,
    gender: Map<string, { gender: GenderKey; kinds: Set<Kind> }>,
    g: (raw: string) => GenderKey,
  ): GenderStats {
    const quotes = zero();
    const months = new Map(canon.months.map((m) => [m, zero()]));
    const speakers = new Map<string, GenderKey>();
    for (const [raw, byMonth] of this.speakerMonths) {
      const k = g(raw);
      speakers.set(canon.speaker(raw), k);
      for (const [month, n] of byMonth) {
        quotes[k] += n;
        const m = months.get(month) ?? zero();
        m[k] += n;
        months.set(month, m);
      }
    }
    const speakerCounts = zero();
    const decidedBy: GenderStats['decidedBy'] = { pronoun: 0, honorific: 0, title: 0, 'first-name': 0 };
    for (const [name, k] of speakers) {
      speakerCounts[k]++;
      for (const kind of KINDS) if (gender.get(name)?.kinds.has(kind)) decidedBy[kind]++;
    }
    const share = (c: GenderCounts) => {
      const all = c.female + c.male + c.unknown;
      return all ? Math.round((c.unknown / all) * 1000) / 1000 : 0;
    };
    return {
      quotes,
      speakers: speakerCounts,
      unknownQuoteShare: share(quotes),
      unknownSpeakerShare: share(speakerCounts),
      decidedBy,
      months: [...months].map(([month, c]) => ({ month, ...c })),
    };
  }

  private quotedVsMentioned(
    canon: Canon,
    gender: Map<string, { gender: GenderKey; kinds: Set<Kind> }>,
  ): QuotedVsMentioned {
    const merged = new Map<string, { quotes: number; mentions: number; articles: Set<number> }>();
    for (const [raw, p] of this.persons) {
      const name = canon.speaker(raw);
      const m = merged.get(name) ?? { quotes: 0, mentions: 0, articles: new Set<number>() };
      m.quotes += p.quotes;
      m.mentions += p.mentions;
      for (const a of p.articles) m.articles.add(a);
      merged.set(name, m);
    }
    const people: PersonQuotedStat[] = [...merged]
      .map(([name, m]) => ({
        name,
        gender: gender.get(name)?.gender ?? 'unknown',
        quotes: m.quotes,
        mentions: m.mentions,
        articles: m.articles.size,
      }))
      .sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || cmp(a.name, b.name));
    const byGender = {
      female: { quoted: 0, onlyMentioned: 0 },
      male: { quoted: 0, onlyMentioned: 0 },
      unknown: { quoted: 0, onlyMentioned: 0 },
    };
    let quoted = 0;
    for (const p of people) {
      if (p.quotes) quoted++;
      byGender[p.gender][p.quotes ? 'quoted' : 'onlyMentioned']++;
    }
    return { people, totals: { people: people.length, quoted, onlyMentioned: people.length - quoted, byGender } };
  }

  private outletList(canon: Canon, g: (raw: string) => GenderKey): OutletStat[] {
    const names = outletNames([...this.outlets.keys()]);
    const merged = new Map<
      string,
      { articles: number; quotes: number; speakers: Map<string, number>; byGender: GenderCounts }
    >();
    for (const [key, o] of this.outlets) {
      const name = names.get(key)!;
      const m = merged.get(name) ?? { articles: 0, quotes: 0, speakers: new Map<string, number>(), byGender: zero() };
      m.articles += o.articles;
      m.quotes += o.quotes;
      for (const [raw, n] of o.speakers) {
        const s = canon.speaker(raw);
        m.speakers.set(s, (m.speakers.get(s) ?? 0) + n);
        m.byGender[g(raw)] += n;
      }
      merged.set(name, m);
    }
    return [...merged]
      .map(([outlet, m]) => ({
        outlet,
        articles: m.articles,
        quotes: m.quotes,
        byGender: m.byGender,
        speakers: m.speakers.size,
        topSpeakers: [...m.speakers]
          .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
          .slice(0, 5)
          .map(([name, quotes]) => ({ name, quotes })),
      }))
      .sort((a, b) => b.articles - a.articles || b.quotes - a.quotes || cmp(a.outlet, b.outlet));
  }

  private sharedList(canon: Canon): SharedQuoteStat[] {
    const out: Array<SharedQuoteStat & { n: number }> = [];
    for (const s of this.shared.values()) {
      if (s.articles.size < 2) continue;
      const votes = new Map<string, number>();
      for (const [raw, n] of s.speakers) votes.set(canon.speaker(raw), (votes.get(canon.speaker(raw)) ?? 0) + n);
      const ranked = [...votes].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
      out.push({
        text: s.text,
        articles: s.articles.size,
        firstSource: s.first.source,
        firstDate: s.first.date,
        speaker: ranked[0]?.[0] ?? null,
        speakers: ranked.map(([name]) => name).sort(cmp),
        n: s.first.n,
      });
    }
    return out
      .sort((a, b) => b.articles - a.articles || cmp(a.firstDate ?? '9999', b.firstDate ?? '9999') || a.n - b.n)
      .map(({ n: _n, ...s }) => s);
  }
}

/** A quotation compared across articles: case, quote marks, punctuation and spacing do not matter. */
export function normalQuote(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^| )'+|'+( |$)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** "host:www.example.com" (www. dropped) for a URL id or source, else "path:" and the article's folder. */
export function outletKey(rec: Pick<ArticleRecord, 'id' | 'source'>): string {
  for (const v of [rec.id, rec.source]) {
    const m = v && /^https?:\/\/([^/?#:]+)/i.exec(v);
    if (m) return `host:${m[1]!.toLowerCase().replace(/^www\./, '')}`;
  }
  // a JSON Lines article ("file.jsonl:12") lives in its file
  const path = rec.source.replace(/\\/g, '/').replace(/(\.jsonl):\d+$/i, '$1');
  const slash = path.lastIndexOf('/');
  return `path:${/\.jsonl$/i.test(path) ? path : slash >= 0 ? path.slice(0, slash) : '.'}`;
}

/** Raw outlet keys → names: hosts as they are; folders by their first part below the folder all share. */
export function outletNames(keys: string[]): Map<string, string> {
  const paths = keys
    .filter((k) => k.startsWith('path:'))
    .map((k) =>
      k
        .slice(5)
        .split('/')
        .filter((p) => p && p !== '.'),
    );
  let common = paths[0] ?? [];
  for (const p of paths) {
    let i = 0;
    while (i < common.length && i < p.length && common[i] === p[i]) i++;
    common = common.slice(0, i);
  }
  const out = new Map<string, string>();
  for (const k of keys) {
    if (k.startsWith('host:')) {
      out.set(k, k.slice(5));
      continue;
    }
    const parts = k
      .slice(5)
      .split('/')
      .filter((p) => p && p !== '.');
    // below the shared folder; an article in the shared folder itself is named by that folder
    out.set(k, parts[common.length] ?? parts[parts.length - 1] ?? '.');
  }
  return out;
}

function zero(): GenderCounts {
  return { female: 0, male: 0, unknown: 0 };
}

function shorten(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  const cps = [...t];
  return cps.length <= SHARED_TEXT_MAX
    ? t
    : cps
        .slice(0, SHARED_TEXT_MAX - 1)
        .join('')
        .trimEnd() + '…';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
