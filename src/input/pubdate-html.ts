/**
 * The publication day of an HTML page, from the DOM html.ts already parsed.
 *
 * Rules in order of trust; the first that finds a day wins: JSON-LD, <meta>
 * (and itemprop) publication fields, the date in the page's own URL (canonical
 * link or og:url), <time> elements, bylines ("Veröffentlicht am 6. August 2009",
 * an element classed as a date, nearest the headline first), a bare <meta name="date">
 * (as often the day the page was generated), a date right at the headline, and only
 * then a last-modified field. A timestamp given in UTC names an instant, not the
 * page's day: when the page also states its day in its own zone (a <time> with
 * an offset, the URL, the byline) and that day is the UTC day ±1 at that hour,
 * the page's own day is taken.
 */
import { ambiguousWarning, datesInText, readDate, shiftDay, type DateSource, type StatedDate } from './pubdate.js';

/** The few DOM members used (linkedom's elements have them). */
export interface El {
  tagName: string;
  textContent: string | null;
  parentElement: El | null;
  attributes: ArrayLike<{ name: string; value: string }>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
}
export interface Doc {
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
  body: El | null;
}

interface DateOnPage extends StatedDate {
  source: DateSource;
}

interface Found {
  candidates: DateOnPage[];
  ambiguous: string[];
}

export interface PageDate {
  date: string | null;
  dateSource: DateSource | null;
  warnings: string[];
}

type Rule = { name: string; find: (doc: Doc, found: Found) => void };

/** The ordered rules; each adds its candidates, most trusted first. */
const RULES: Rule[] = [
  { name: 'json-ld', find: jsonLd },
  { name: 'meta', find: metaPublished },
  { name: 'url', find: urlDate },
  { name: 'time', find: timeElements },
  { name: 'byline', find: bylines },
  { name: 'meta-date', find: metaDate },
  { name: 'text', find: underHeadline },
  { name: 'meta-modified', find: metaModified },
];

const RULE_INDEX = Object.fromEntries(RULES.map((r, i) => [r.name, i]));

export function pubdateFromDocument(doc: Doc): PageDate {
  const { tiers, ambiguous } = candidatesByRule(doc);
  return choose(tiers, ambiguous);
}

/** Every rule's candidates, in rule order (for tests and error analysis). */
export function candidatesByRule(doc: Doc): { tiers: DateOnPage[][]; ambiguous: string[] } {
  const tiers: DateOnPage[][] = [];
  const ambiguous: string[] = [];
  for (const rule of RULES) {
    const found: Found = { candidates: [], ambiguous };
    try {
      rule.find(doc, found);
    } catch {
      // a malformed page costs only this rule
    }
    tiers.push(found.candidates);
  }
  return { tiers, ambiguous };
}

function choose(tiers: DateOnPage[][], ambiguous: string[]): PageDate {
  const first = tiers.find((t) => t.length > 0)?.[0];
  if (!first)
    return { date: null, dateSource: null, warnings: ambiguous.length ? [ambiguousWarning(ambiguous[0]!)] : [] };
  // what else states the day: the URL, <time> elements, the first byline
  const others = [
    ...(tiers[RULE_INDEX.url] ?? []),
    ...(tiers[RULE_INDEX.time] ?? []),
    ...(tiers[RULE_INDEX.byline] ?? []).slice(0, 1),
  ];
  const local = first.utc && first.instant !== null ? pageOwnDay(first, others) : null;
  const pick = local ?? first;
  return { date: pick.day, dateSource: pick.source, warnings: [] };
}

/** A day the page states in its own zone for the same instant as a UTC timestamp, if any. */
function pageOwnDay(utc: DateOnPage, all: DateOnPage[]): DateOnPage | null {
  const hour = new Date(utc.instant!).getUTCHours();
  for (const c of all) {
    if (c === utc || c.day === utc.day) continue;
    if (c.instant !== null) {
      // the same instant written with the page's own offset
      if (!c.utc && Math.abs(c.instant - utc.instant!) <= 60_000 * 60) return c;
      continue;
    }
    if (c.source === 'meta' || c.source === 'json-ld' || c.source === 'text') continue;
    // a day only (URL, byline): the UTC day ±1 where a zone of -10..+11 hours makes it so
    if ((c.day === shiftDay(utc.day, -1) && hour < 10) || (c.day === shiftDay(utc.day, 1) && hour >= 13)) return c;
  }
  return null;
}

function add(found: Found, source: DateSource, value: unknown): void {
  const d = readDate(value);
  if (!d) return;
  if ('ambiguous' in d) found.ambiguous.push(d.ambiguous);
  else found.candidates.push({ ...d, source });
}

// --- JSON-LD ---------------------------------------------------------------

const ARTICLE_TYPE =
  /article|posting|report|news|blog|webpage|creativework|review|recipe|scholarly|podcast|episode|event/i;

function jsonLd(doc: Doc, found: Found): void {
  const published: Array<[boolean, unknown]> = [];
  const created: unknown[] = [];
  const uploaded: unknown[] = [];
  for (const s of arr(doc.querySelectorAll('script[type]'))) {
    if (!/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const src = s.textContent ?? '';
    let data: unknown;
    try {
      data = JSON.parse(src);
    } catch {
      // invalid JSON-LD is common: read its date fields as written
      for (const m of src.matchAll(/"(datePublished|dateCreated|uploadDate)"\s*:\s*"([^"]{6,40})"/g))
        m[1] === 'datePublished'
          ? published.push([false, m[2]])
          : m[1] === 'dateCreated'
            ? created.push(m[2])
            : uploaded.push(m[2]);
      continue;
    }
    walk(data, 0, (o) => {
      const type = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
      if (o.datePublished !== undefined) published.push([ARTICLE_TYPE.test(type), o.datePublished]);
      if (o.dateCreated !== undefined) created.push(o.dateCreated);
      if (o.uploadDate !== undefined) uploaded.push(o.uploadDate);
    });
  }
  // An article's own datePublished before any other object's (an image's, a video's).
  for (const [isArticle, v] of published) if (isArticle) add(found, 'json-ld', v);
  for (const [isArticle, v] of published) if (!isArticle) add(found, 'json-ld', v);
  for (const v of created) add(found, 'json-ld', v);
  for (const v of uploaded) add(found, 'json-ld', v);
}

function walk(v: unknown, depth: number, visit: (o: Record<string, unknown>) => void): void {
  if (depth > 12 || !v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v.slice(0, 200)) walk(x, depth + 1, visit);
    return;
  }
  const o = v as Record<string, unknown>;
  visit(o);
  for (const k of [
    '@graph',
    'mainEntity',
    'mainEntityOfPage',
    'itemListElement',
    'hasPart',
    'subjectOf',
    'video',
    'associatedMedia',
  ])
    if (o[k] && typeof o[k] === 'object') walk(o[k], depth + 1, visit);
}

// --- <meta> ------------------------------------------------------------------

// Keys of <meta name|property|itemprop> that state a first publication, most trusted first.
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article.published',
  'datepublished',
  'pubdate',
  'og:pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'publication_date',
  'publicationdate',
  'date_published',
  'datecreated',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'citation_publication_date',
  'citation_date',
  'shareaholic:article_published_time',
  'article:published',
  'originalpublicationdate',
  'created',
  'uploaddate',
  'displaydate',
  'release_date',
];
const PUBLISHED_RANK = new Map(PUBLISHED_KEYS.map((k, i) => [k, i]));
// Any other key that says it is a publication date ("vr:published-time", "cXenseParse:recs:publishtime").
const PUBLISHED_LIKE =
  /publi(?:shed|sh|cation)[-_:.]?(?:date|time|at|on)?$|pub[-_]?date|pubtime|first[-_]?published|releasedate/i;
const MODIFIED_KEYS =
  /^(?:og:updated_time|article:modified_time|og:article:modified_time|datemodified|lastmod|last-modified|dc\.date\.modified|dcterms\.modified|modified|revised|lastpublisheddate|updated)$/i;

function metaKey(el: El): string {
  return (
    el.getAttribute('property') ??
    el.getAttribute('name') ??
    el.getAttribute('itemprop') ??
    el.getAttribute('http-equiv') ??
    ''
  )
    .trim()
    .toLowerCase();
}

function metaPublished(doc: Doc, found: Found): void {
  const ranked: Array<[number, number, unknown]> = [];
  let i = 0;
  for (const el of arr(doc.querySelectorAll('meta'))) {
    const key = metaKey(el);
    const rank =
      PUBLISHED_RANK.get(key) ??
      (PUBLISHED_LIKE.test(key) && !/modif|updat/.test(key) ? PUBLISHED_KEYS.length : undefined);
    if (rank !== undefined) ranked.push([rank, i++, el.getAttribute('content')]);
  }
  // itemprop="datePublished" on an element other than <meta> (a <span content=...>, a <div>)
  for (const el of arr(doc.querySelectorAll('[itemprop]'))) {
    if (el.tagName === 'META' || !/^date(?:published|created)$/i.test(el.getAttribute('itemprop') ?? '')) continue;
    const v = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent;
    ranked.push([PUBLISHED_RANK.get('datepublished')!, i++, v]);
  }
  ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [, , v] of ranked) add(found, 'meta', v);
}

// A bare "date" is as often the day a page was last generated as its first publication:
// trusted less than the page's own <time> and byline.
const DATE_KEYS = /^(?:date|dc\.date|dcterms\.date)$/i;

function metaDate(doc: Doc, found: Found): void {
  for (const el of arr(doc.querySelectorAll('meta')))
    if (DATE_KEYS.test(metaKey(el))) add(found, 'meta', el.getAttribute('content'));
}

function metaModified(doc: Doc, found: Found): void {
  for (const el of arr(doc.querySelectorAll('meta')))
    if (MODIFIED_KEYS.test(metaKey(el))) add(found, 'meta', el.getAttribute('content'));
}

// --- the page's URL ------------------------------------------------------------

function urlDate(doc: Doc, found: Found): void {
  const urls = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    ...arr(doc.querySelectorAll('meta'))
      .filter((m) => metaKey(m) === 'og:url')
      .map((m) => m.getAttribute('content')),
  ];
  for (const u of urls) {
    if (!u) continue;
    // a web archive's copy: the date is in the archived page's own URL, not the snapshot's
    const path = u.replace(/^.*?\/web\/\d{8,14}[a-z_]*\//i, '');
    const m = /(?:^|\/)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/.exec(path);
    if (m) add(found, 'url', `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
    else {
      // ".../29-10-2021": day first or month first, taken only when one of the two cannot be a month
      const d = /(?:^|\/)(\d{1,2})[_-](\d{1,2})[_-]((?:19|20)\d{2})(?=[/_.-]|$)/.exec(path);
      const [a, b] = d ? [+d[1]!, +d[2]!] : [0, 0];
      const [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : a === b ? [a, a] : [0, 0];
      if (d && day && month <= 12)
        add(found, 'url', `${d[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
  }
}

// --- <time> --------------------------------------------------------------------

const PUBLISHED_CLASS = /publish|entry-date|post-date|pubdate|date-published|article-date|created|posted/i;

function timeElements(doc: Doc, found: Found): void {
  const preferred: DateOnPage[] = [];
  const others: DateOnPage[] = [];
  for (const el of arr(doc.querySelectorAll('time'))) {
    if (outsideArticle(el)) continue;
    const dt = attr(el, 'datetime');
    const f: Found = { candidates: [], ambiguous: found.ambiguous };
    add(f, 'time', dt ?? el.textContent);
    if (!f.candidates.length && dt) add(f, 'time', el.textContent);
    const c = f.candidates[0];
    if (!c) continue;
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    const isPub = attr(el, 'pubdate') !== null || PUBLISHED_CLASS.test(cls);
    if (/updated|modified/i.test(cls) && !isPub) continue;
    (isPub ? preferred : others).push(c);
  }
  found.candidates.push(...preferred, ...others);
}

// --- bylines -----------------------------------------------------------------

const DATE_CLASS =
  /date|datum|time|zeit|publi|posted|byline|dateline|meta|info|author|submitted|stand|created|fecha|data/i;
// Class or id names (or their first part before - or _) of containers that are not the article itself.
const NOT_ARTICLE_WORDS =
  '(?:comments?|related|sidebar|widgets?|recent|footer|similar|popular|newsletter|reply|replies|weather|edition|today|current|ticker|calendar|cookies?|breadcrumbs?|nav\\w*|menu|archive|more|trending|recommend\\w*|most\\w*|latest|others?|next|prev|previous)';
// Comments and replies, whatever prefix names them ("kb-comments", "post-replies").
const COMMENTS = '(?:comments?|reply|replies)';
const NOT_ARTICLE = new RegExp(`(?:^|\\s)${NOT_ARTICLE_WORDS}(?:$|[\\s_-])|(?:^|[\\s_-])${COMMENTS}(?:$|[\\s_-])`, 'i');
// An element's own class may say it anywhere ("date-edition", "post-date-today"), a teaser of another article too.
const NOT_ARTICLE_PART = new RegExp(`(?:^|[\\s_-])(?:${NOT_ARTICLE_WORDS}|teasers?)(?:$|[\\s_-])`, 'i');
// Words that introduce a publication date in a byline or under a headline.
const CUE =
  /(?:ver[öo]ffentlicht|erschienen|publiziert|publi[ée]e?|published|posted|erstellt|geschrieben|pubblicato|publicado|gepubliceerd|mise? en ligne)\s*:?\s*(?:am|le|on|den|il|el|op)?\s*[:,]?\s*$/i;

// German puts the verb last: "Dieser Beitrag wurde am 3. Dezember 2011 um 10:24 Uhr veröffentlicht".
const CUE_AFTER = /^\s*(?:,?\s*um\s+\S+(?:\s+Uhr)?\s*)?(?:ver[öo]ffentlicht|erschienen|publiziert)/i;

function bylines(doc: Doc, found: Found): void {
  if (!doc.body) return;
  const seen = new Set<El>();
  // Position in document order, to rank bylines by their distance from the headline: a date
  // printed at the top of every page (today's date in the site header) is far from it.
  const all = arr(doc.body.querySelectorAll('*'));
  const h1 = doc.body.querySelector('h1');
  const h1At = h1 ? all.indexOf(h1) : -1;
  const order = new Map<El, number>();
  if (h1At >= 0) all.forEach((el, i) => order.set(el, i));
  const ranked: Array<[number, DateOnPage]> = [];
  for (const el of arr(doc.body.querySelectorAll('[class], [id], [itemprop]'))) {
    if (SKIP_TAGS.has(el.tagName)) continue;
    const key = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (!DATE_CLASS.test(key) || NOT_ARTICLE_PART.test(key)) continue;
    if (hasSeenAncestor(el, seen)) continue;
    const text = ownText(el);
    if (text.length > 300) continue;
    seen.add(el);
    if (outsideArticle(el)) continue;
    for (const d of datesInText(text)) {
      const at = order.get(el);
      if (d.day)
        ranked.push([
          at === undefined ? ranked.length : Math.abs(at - h1At),
          { day: d.day, instant: null, utc: false, source: 'byline' },
        ]);
      else found.ambiguous.push(d.ambiguous!);
      break;
    }
  }
  ranked.sort((a, b) => a[0] - b[0]);
  found.candidates.push(...ranked.map(([, c]) => c));
  // "Veröffentlicht am 6. August 2009", "Published 8 January 2020" anywhere in the page's text
  const text = pageText(doc.body);
  for (const d of datesInText(text)) {
    if (
      d.day &&
      (CUE.test(text.slice(Math.max(0, d.index - 40), d.index)) || CUE_AFTER.test(text.slice(d.end, d.end + 40)))
    ) {
      found.candidates.push({ day: d.day, instant: null, utc: false, source: 'byline' });
      break;
    }
  }
}

/** The first date within a short reach of the headline (many pages print it right above or below). */
function underHeadline(doc: Doc, found: Found): void {
  if (!doc.body) return;
  const text = pageText(doc.body);
  // the headline: the <h1>, else the first <h2> (pages that keep <h1> for the site's name have none)
  let title = '';
  let at = -1;
  for (const h of [doc.body.querySelector('h1'), doc.body.querySelector('h2')]) {
    title = h ? (h.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
    at = title ? text.indexOf(title) : -1;
    if (at >= 0) break;
  }
  if (at < 0) return;
  const from = Math.max(0, at - 200);
  const near = text.slice(from, at + title.length + 600);
  let best: { day: string; dist: number } | null = null;
  for (const d of datesInText(near)) {
    if (!d.day) continue;
    const pos = from + d.index;
    const dist = pos < at ? at - pos : Math.max(0, pos - at - title.length);
    if (!best || dist < best.dist) best = { day: d.day, dist };
  }
  if (best) found.candidates.push({ day: best.day, instant: null, utc: false, source: 'text' });
}

// --- DOM helpers ---------------------------------------------------------------

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'OPTION', 'SELECT']);

/** Inside a comment, a sidebar, a footer or a list of other articles. */
function outsideArticle(el: El): boolean {
  for (let p: El | null = el.parentElement, n = 0; p && n < 40; p = p.parentElement, n++) {
    if (p.tagName === 'BODY' || p.tagName === 'HTML') break; // its classes describe the whole page
    if (p.tagName === 'ASIDE' || p.tagName === 'FOOTER' || p.tagName === 'NAV') return true;
    const key = `${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`;
    if (NOT_ARTICLE.test(key)) return true;
  }
  return false;
}

function hasSeenAncestor(el: El, seen: Set<El>): boolean {
  for (let p = el.parentElement, n = 0; p && n < 40; p = p.parentElement, n++) if (seen.has(p)) return true;
  return false;
}

/** An element's text, script-free, with a space between its children. */
function ownText(el: El, limit = 400): string {
  let out = '';
  const visit = (node: El, depth: number): void => {
    for (let i = 0; i < node.childNodes.length && out.length <= limit && depth < 200; i++) {
      const c = node.childNodes[i]!;
      if (c.nodeType === 3) out += c.textContent ?? '';
      else if (c.nodeType === 1 && !SKIP_TAGS.has((c as unknown as El).tagName)) {
        out += ' ';
        visit(c as unknown as El, depth + 1);
        out += ' ';
      }
    }
  };
  visit(el, 0);
  return out.replace(/\s+/g, ' ').trim();
}

const textCache = new WeakMap<object, string>();
function pageText(root: El): string {
  const cached = textCache.get(root);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  const visit = (node: El, depth: number) => {
    if (depth > 200) return;
    for (let i = 0; i < node.childNodes.length; i++) {
      const c = node.childNodes[i]!;
      if (c.nodeType === 3) parts.push(c.textContent ?? '');
      else if (c.nodeType === 1 && !SKIP_TAGS.has((c as unknown as El).tagName)) {
        parts.push(' ');
        visit(c as unknown as El, depth + 1);
        parts.push(' ');
      }
    }
  };
  visit(root, 0);
  const text = parts.join('').replace(/\s+/g, ' ');
  textCache.set(root, text);
  return text;
}

function attr(el: El, name: string): string | null {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes[i]!;
    if (a.name.toLowerCase() === name) return a.value;
  }
  return null;
}

function arr<T>(list: ArrayLike<T>): T[] {
  return Array.from(list);
}
