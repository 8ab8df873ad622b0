/**
 * The corpus view as one self-contained HTML page (`--summary --format html`):
 * the ranked tables, a timeline of articles and quotes per month, and a table
 * of the articles. Every count opens what it counts: a speaker's quotes, the
 * articles that mention a name or fall in a month. The drill-down is plain
 * CSS (`:target` rows), so the page needs no script; nothing is fetched (a
 * Content Security Policy forbids it), and the file opens offline anywhere.
 */
import { whoSectionsHtml } from './html-who.js';
import type { ArticleStat, EntityStat, MonthStat, SpeakerStat, Summary } from '../summary/types.js';
import { foldMonths } from './months.js';

/** What the page was made from: stated at its foot. */
export interface RunInfo {
  version: string;
  /** ISO time of the run. */
  date: string;
  /** The command's arguments. */
  args: string[];
  paths: string[];
  /** Articles analysed; left out by --speaker/--entity; inputs that could not be read or analysed; same text as another. */
  read: number;
  skipped: number;
  failed: number;
  duplicates: number;
}

export interface HtmlOptions {
  /** Page title (default "Corpus summary"). */
  title?: string;
  /** Rows per ranking (default 50); the rest is counted in a line below. */
  top?: number;
  run?: RunInfo;
}

/** Rows of the articles table, and articles listed in one drill-down. */
const ARTICLE_ROWS_MAX = 1000;
const DRILL_ARTICLES_MAX = 50;
/** Text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
const e = escapeHtml;

const CSS = `
:root { color-scheme: light dark; --fg: #1d2330; --muted: #667085; --line: #d0d5dd; --band: #f5f7fa; --q: #2f6fb2; --a: #9db8d9; --hi: #fff6d6; --link: #1f5fa8; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e8ec; --muted: #98a2b3; --line: #3b4252; --band: #1f2430; --q: #6fa8e8; --a: #3d5a80; --hi: #3a3420; --link: #8dbdf0; } body { background: #14171f; } }
*, *::before, *::after { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); max-width: 1100px; margin: 2rem auto; padding: 0 1rem; }
a { color: var(--link); } a.n { text-decoration: none; border-bottom: 1px dotted; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
.meta, .more, .note, .src { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; white-space: nowrap; }
td.n, th.n { text-align: right; white-space: nowrap; } td.d { white-space: nowrap; } td.ex { min-width: 14rem; } td.aka, td.ex { color: var(--muted); font-size: .9em; }
.scroll { overflow-x: auto; } td { overflow-wrap: anywhere; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 34rem), 1fr)); gap: 0 2rem; }
.grid > * { min-width: 0; }
tr.drill { display: none; } tr.drill:target { display: table-row; } tr.drill > td { background: var(--hi); padding: .6rem 1rem; }
tr.drill ol, tr.drill ul { margin: .3rem 0; padding-left: 1.4rem; } tr.drill li { margin: .25rem 0; }
.drill-head { margin: 0; font-weight: 600; } .drill-head a { font-weight: normal; margin-left: .8rem; }
#articles tr:target { background: var(--hi); }
#timeline { width: 100%; } #timeline th { width: 5.5rem; font-weight: 500; } #timeline td { padding: .15rem .4rem; }
#timeline td.c { width: 50%; } .bar { display: flex; align-items: center; gap: .4rem; } .bar i { display: block; height: .8rem; min-width: 1px; border-radius: 2px; }
.bar i.a { background: var(--a); } .bar i.q { background: var(--q); } .bar .v { white-space: nowrap; font-size: .9em; }
#timeline tr.gap th, #timeline tr.gap td { color: var(--muted); font-style: italic; border-bottom: 1px dashed var(--line); }
#timeline tr.sep th { padding-top: 1rem; color: var(--muted); font-weight: 600; width: auto; }
dl.run { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dl.run dt { color: var(--muted); } dl.run dd { margin: 0; overflow-wrap: anywhere; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, monospace; }
@media (max-width: 480px) { body { margin: 1rem auto; padding: 0 .5rem; font-size: 14px; } th, td { padding: .25rem .35rem; } td.ex, th.ex, td.aka, th.aka { display: none; } }
`;

export function summaryHtml(s: Summary, opts: HtmlOptions = {}): string {
  const title = opts.title ?? 'Corpus summary';
  const top = opts.top ?? 50;
  const shownArticles = Math.min(s.articleList.length, ARTICLE_ROWS_MAX);
  const art = new ArticleLinks(s.articleList, shownArticles);
  const span = s.firstDate
    ? s.firstDate === s.lastDate
      ? s.firstDate
      : `${s.firstDate} – ${s.lastDate}`
    : 'no publication dates';
  const meta = [
    `<a href="#articles">${e(plural(s.articles, 'article'))}</a>`,
    `<a href="#speakers">${e(plural(s.quotes, 'quote'))}</a>`,
    e(span),
  ];
  if (s.undatedArticles && s.firstDate) meta.push(`<a href="#m-unknown">${s.undatedArticles} undated</a>`);
  const notes: string[] = [];
  if (s.unnamedQuotes)
    notes.push(`${plural(s.unnamedQuotes, 'quote')} by an unnamed speaker (a pronoun or a description)`);
  if (s.unattributedQuotes) notes.push(`${plural(s.unattributedQuotes, 'quote')} without a speaker`);

  // Speaker names as written in the records → their row, for the articles table.
  const speakerRow = new Map<string, number>();
  s.speakers.slice(0, top).forEach((sp, i) => sp.aliases.forEach((a) => speakerRow.set(a, i)));

  const body = [
    `<h1>${e(title)}</h1>`,
    `<p class="meta">${meta.join(' · ')}</p>`,
    notes.length ? `<p class="note">${notes.map(e).join('; ')}</p>` : '',
    duplicates(s),
    `<section id="timeline-section"><h2>Articles and quotes per month</h2>${timeline(s, art)}</section>`,
    `<section><h2>Speakers <span class="meta">(${s.speakers.length}, by quotes; click a name or a count for the quotes)</span></h2>`,
    `<div class="scroll"><table id="speakers"><thead><tr><th class="n">#</th><th>speaker</th><th class="n">quotes</th><th class="n">articles</th><th>first</th><th>last</th><th class="aka">also as</th><th class="ex">for example</th></tr></thead>`,
    `<tbody>${s.speakers
      .slice(0, top)
      .map((sp, i) => speakerRows(sp, i, art))
      .join('\n')}</tbody></table></div>${more(s.speakers.length, top)}</section>`,
    `<div class="grid">`,
    entityTable('people', 'pe', 'People', s.people, top, art),
    entityTable('organizations', 'or', 'Organizations', s.organizations, top, art),
    entityTable('places', 'pl', 'Places', s.places, top, art),
    `</div>`,
    whoSectionsHtml(s, top, e),
    articlesTable(s, shownArticles, speakerRow),
    provenance(s, opts.run),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="extract${opts.run ? ` ${e(opts.run.version)}` : ''} --summary">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.filter(Boolean).join('\n')}
</body>
</html>
`;
}

/** Links to the articles table's rows; an article past the table's last row is named without a link. */
class ArticleLinks {
  constructor(
    readonly list: ArticleStat[],
    private readonly shown: number,
  ) {}

  /** "Title (or source), 2024-01-10 · article ↗" */
  cite(i: number): string {
    const a = this.list[i]!;
    const name = e(a.title ?? a.source);
    const named = i < this.shown ? `<a href="#a-${i}">${name}</a>` : name;
    const parts = [named, e(a.date ?? 'undated')];
    if (a.title) parts.push(`<span class="src">${e(a.source)}</span>`);
    if (a.url) parts.push(`<a href="${e(a.url)}" rel="noreferrer">open ↗</a>`);
    return parts.join(' · ');
  }

  /** A list of articles, at most DRILL_ARTICLES_MAX, the rest counted. */
  items(refs: number[]): string {
    const li = refs.slice(0, DRILL_ARTICLES_MAX).map((i) => `<li>${this.cite(i)}</li>`);
    const rest = refs.length - li.length;
    return `<ul>${li.join('')}</ul>${rest > 0 ? `<p class="more">… and ${plural(rest, 'more article')}, in the articles table and in --summary --format json</p>` : ''}`;
  }
}

function drill(id: string, cols: number, head: string, back: string, content: string): string {
  return `<tr class="drill" id="${id}"><td colspan="${cols}"><p class="drill-head">${head}<a href="#${back}">close</a></p>${content}</td></tr>`;
}

function speakerRows(sp: SpeakerStat, i: number, art: ArticleLinks): string {
  const id = `sp-${i + 1}`;
  const to = (t: string) => `<a class="n" href="#${id}">${t}</a>`;
  const row =
    `<tr class="row"><td class="n">${i + 1}</td><td><a href="#${id}">${e(sp.name)}</a></td><td class="n">${to(String(sp.quotes))}</td><td class="n">${to(String(sp.articles))}</td>` +
    `<td class="d">${e(sp.firstDate ?? '—')}</td><td class="d">${e(sp.lastDate ?? '—')}</td><td class="aka">${e(aka(sp.aliases, sp.name))}</td>` +
    `<td class="ex">${sp.example ? `“${e(sp.example.text)}”` : ''}</td></tr>`;
  const quotes = sp.quoteList.map(
    (q) =>
      `<li><span class="qt">${q.type === 'indirect' ? e(q.text) : `“${e(q.text)}”`}</span><br><span class="src">${art.cite(q.article)}</span></li>`,
  );
  const rest =
    sp.moreQuotes > 0
      ? `<p class="more">… and ${plural(sp.moreQuotes, 'more quote')} (the report keeps the first ${sp.quoteList.length} of each speaker; --format jsonl --speaker "${e(sp.name)}" prints them all)</p>`
      : '';
  const head = `${e(plural(sp.quotes, 'quote'))} by ${e(sp.name)} in ${e(plural(sp.articles, 'article'))}`;
  return row + '\n' + drill(id, 8, head, 'speakers', `<ol>${quotes.join('')}</ol>${rest}`);
}

function entityTable(
  id: string,
  prefix: string,
  name: string,
  list: EntityStat[],
  top: number,
  art: ArticleLinks,
): string {
  const rows = list.slice(0, top).map((x, i) => {
    const did = `${prefix}-${i + 1}`;
    const to = (t: string) => `<a class="n" href="#${did}">${t}</a>`;
    return (
      `<tr class="row"><td class="n">${i + 1}</td><td><a href="#${did}">${e(x.name)}</a></td><td class="n">${to(String(x.mentions))}</td><td class="n">${to(String(x.articles))}</td><td class="aka">${e(aka(x.aliases, x.name))}</td></tr>\n` +
      drill(
        did,
        5,
        `${e(plural(x.articles, 'article'))} mention ${e(x.name)} (${e(plural(x.mentions, 'mention'))})`,
        id,
        art.items(x.articleRefs),
      )
    );
  });
  return (
    `<section><h2>${name} <span class="meta">(${list.length}, by mentions)</span></h2>` +
    `<div class="scroll"><table id="${id}"><thead><tr><th class="n">#</th><th>name</th><th class="n">mentions</th><th class="n">articles</th><th class="aka">also as</th></tr></thead>` +
    `<tbody>${rows.join('\n')}</tbody></table></div>${more(list.length, top)}</section>`
  );
}

function articlesTable(s: Summary, shown: number, speakerRow: Map<string, number>): string {
  const rows = s.articleList.slice(0, shown).map((a, i) => {
    const did = `aq-${i}`;
    const src = a.url ? `<a href="${e(a.url)}" rel="noreferrer">${e(a.source)}</a>` : e(a.source);
    const to = (n: number) => (n > 0 ? `<a class="n" href="#${did}">${n}</a>` : '0');
    const who = a.speakerQuotes.map((x) => {
      const r = speakerRow.get(x.name);
      const name = r !== undefined ? `<a href="#sp-${r + 1}">${e(x.name)}</a>` : e(x.name);
      return `<li>${name}: ${plural(x.quotes, 'quote')}</li>`;
    });
    const others = a.quotes - a.speakerQuotes.reduce((n, x) => n + x.quotes, 0);
    if (others > 0) who.push(`<li>${plural(others, 'quote')} without a named speaker</li>`);
    return (
      `<tr class="row" id="a-${i}"><td class="n">${i + 1}</td><td>${e(a.title ?? '—')}</td><td class="d">${e(a.date ?? 'undated')}</td><td>${src}</td><td class="n">${to(a.quotes)}</td><td class="n">${to(a.speakers)}</td></tr>` +
      (a.quotes > 0
        ? '\n' +
          drill(
            did,
            6,
            `${e(plural(a.quotes, 'quote'))} in ${e(a.title ?? a.source)}`,
            `a-${i}`,
            `<ul>${who.join('')}</ul>`,
          )
        : '')
    );
  });
  const rest = s.articleList.length - shown;
  return (
    `<section id="articles-section"><h2>Articles <span class="meta">(${s.articleList.length}, in the order read)</span></h2>` +
    `<div class="scroll"><table id="articles"><thead><tr><th class="n">#</th><th>title</th><th>date</th><th>source</th><th class="n">quotes</th><th class="n">speakers</th></tr></thead>` +
    `<tbody>${rows.join('\n')}</tbody></table></div>${rest > 0 ? `<p class="more">… and ${plural(rest, 'more article')} (--summary --format json lists them all)</p>` : ''}</section>`
  );
}

function duplicates(s: Summary): string {
  if (!s.duplicates) return '';
  const li = s.duplicateOf.map((d) => `<li>${e(d.source)} has the same text as ${e(d.sameAs)}</li>`);
  const rest = s.duplicates - s.duplicateOf.length;
  return (
    `<details class="note" id="duplicates"><summary>${e(plural(s.duplicates, 'article'))} ${s.duplicates === 1 ? 'repeats the text of another and is' : 'repeat the text of others and are'} counted once</summary>` +
    `<ul>${li.join('')}</ul>${rest > 0 ? `<p class="more">… and ${rest} more</p>` : ''}</details>`
  );
}

function provenance(s: Summary, run: RunInfo | undefined): string {
  const rows: Array<[string, string]> = [];
  if (run) {
    rows.push(['tool', `extract ${e(run.version)}`]);
    rows.push(['run', e(run.date)]);
    rows.push(['command', `<code>${e(['extract', ...run.args.map(shellQuote)].join(' '))}</code>`]);
    rows.push(['paths', run.paths.map((p) => `<code>${e(p)}</code>`).join(', ')]);
    const parts = [`${plural(run.read, 'article')} read`];
    if (run.skipped) parts.push(`${run.skipped} left out by --speaker/--entity`);
    if (run.duplicates) parts.push(`${run.duplicates} with the same text as another (counted once)`);
    parts.push(`${run.failed} could not be read or analysed${run.failed ? ' (named on stderr)' : ''}`);
    rows.push(['articles', e(parts.join(' · '))]);
  }
  rows.push(['summarised', e(`${plural(s.articles, 'article')}, ${plural(s.quotes, 'quote')}`)]);
  return `<footer id="provenance"><h2>How this page was made</h2><dl class="run">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></footer>`;
}

function shellQuote(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function aka(aliases: string[], name: string): string {
  return aliases.filter((a) => a !== name).join(', ');
}

function more(n: number, top: number): string {
  return n > top ? `<p class="more">… and ${n - top} more</p>` : '';
}

/**
 * One row per month, with bars for articles and quotes (HTML and CSS, so the
 * text stays legible on a phone); empty runs folded; undated articles apart.
 * Each count opens the list of that month's articles.
 */
function timeline(s: Summary, art: ArticleLinks): string {
  if (!s.months.length) return '<p class="note">No articles.</p>';
  const maxA = Math.max(1, ...s.months.map((m) => m.articles));
  const maxQ = Math.max(1, ...s.months.map((m) => m.quotes));
  const byMonth = new Map<string, number[]>();
  s.articleList.forEach((a, i) => {
    const k = a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date.slice(0, 7) : 'unknown';
    const l = byMonth.get(k) ?? [];
    l.push(i);
    byMonth.set(k, l);
  });
  const bars = (m: MonthStat, id: string) => {
    const link = (t: string) => (m.articles ? `<a class="n" href="#${id}">${t}</a>` : t);
    return (
      `<td class="c"><div class="bar"><i class="a" style="width:${pct(m.articles, maxA)}%"></i><span class="v">${link(plural(m.articles, 'article'))}</span></div></td>` +
      `<td class="c"><div class="bar"><i class="q" style="width:${pct(m.quotes, maxQ)}%"></i><span class="v">${link(plural(m.quotes, 'quote'))}</span></div></td>`
    );
  };
  const monthRow = (m: MonthStat, label: string, cls: string) => {
    const id = `m-${m.month}`;
    const list = byMonth.get(m.month) ?? [];
    return (
      `<tr class="${cls}" data-month="${e(m.month)}"><th>${label}</th>${bars(m, id)}</tr>` +
      (m.articles
        ? '\n' +
          drill(
            id,
            3,
            `${e(plural(m.articles, 'article'))} ${m.month === 'unknown' ? 'without a publication date' : `published in ${e(m.month)}`}`,
            'timeline',
            art.items(list),
          )
        : '')
    );
  };
  const rows = foldMonths(s.months).map((r) =>
    r.kind === 'gap'
      ? `<tr class="gap"><th>${e(r.from)} –<br>${e(r.to)}</th><td colspan="2">${r.n} months without articles</td></tr>`
      : monthRow(r.m, e(r.m.month), 'month'),
  );
  const unknown = s.months.find((m) => m.month === 'unknown');
  // Undated articles are not in the span: a body of their own below it, labelled in full.
  const undated = unknown
    ? `<tbody id="undated"><tr class="sep"><th colspan="3">Undated articles</th></tr>${monthRow(unknown, 'No publication date', 'month undated')}</tbody>`
    : '';
  return `<div class="scroll"><table id="timeline"><thead><tr><th>month</th><th>articles</th><th>quotes</th></tr></thead><tbody>${rows.join('\n')}</tbody>${undated}</table></div>`;
}

function pct(v: number, max: number): string {
  return v <= 0 ? '0' : String(Math.max(1, Math.round((v / max) * 1000) / 10));
}
