/**
 * The corpus view as one self-contained HTML page (`--summary --format html`):
 * the ranked tables and a timeline of articles and quotes per month as inline
 * SVG. No scripts, fonts, images or style sheets are fetched (a Content
 * Security Policy forbids it), so the file opens offline anywhere.
 */
import type { EntityStat, MonthStat, Summary } from '../summary/types.js';
import { whoSectionsHtml } from './html-who.js';

export interface HtmlOptions {
  /** Page title (default "Corpus summary"). */
  title?: string;
  /** Rows per ranking (default 50); the rest is counted in a line below. */
  top?: number;
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
const e = escapeHtml;

const CSS = `
:root { color-scheme: light dark; --fg: #1d2330; --muted: #667085; --line: #d0d5dd; --band: #f5f7fa; --q: #2f6fb2; --a: #9db8d9; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e8ec; --muted: #98a2b3; --line: #3b4252; --band: #1f2430; --q: #6fa8e8; --a: #3d5a80; } body { background: #14171f; } }
*, *::before, *::after { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); max-width: 1100px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
.meta, .more, .note { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; white-space: nowrap; } #months { width: auto; min-width: 20rem; } tbody tr:nth-child(even) { background: var(--band); }
td.n, th.n, td.d { text-align: right; white-space: nowrap; } td.d { text-align: left; } td.ex { min-width: 14rem; } td.aka, td.ex { color: var(--muted); font-size: .9em; }
.scroll { overflow-x: auto; } td { overflow-wrap: break-word; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 34rem), 1fr)); gap: 0 2rem; }
.grid > * { min-width: 0; }
figure { margin: 0; } svg { width: 100%; height: auto; display: block; }
svg text { fill: var(--muted); font: 11px system-ui, sans-serif; }
svg .axis { stroke: var(--line); } svg text.panel { fill: var(--fg); font-weight: 600; } svg .unknown { opacity: .5; } svg .q { fill: var(--q); } svg .a { fill: var(--a); }
`;

export function summaryHtml(s: Summary, opts: HtmlOptions = {}): string {
  const title = opts.title ?? 'Corpus summary';
  const top = opts.top ?? 50;
  const span = s.firstDate ? (s.firstDate === s.lastDate ? s.firstDate : `${s.firstDate} – ${s.lastDate}`) : 'no publication dates';
  const meta = [plural(s.articles, 'article'), plural(s.quotes, 'quote'), span];
  if (s.undatedArticles && s.firstDate) meta.push(`${s.undatedArticles} undated`);
  const notes: string[] = [];
  if (s.unnamedQuotes) notes.push(`${plural(s.unnamedQuotes, 'quote')} by an unnamed speaker (a pronoun or a description)`);
  if (s.unattributedQuotes) notes.push(`${plural(s.unattributedQuotes, 'quote')} without a speaker`);

  const speakerRows = s.speakers.slice(0, top).map(
    (sp, i) =>
      `<tr><td class="n">${i + 1}</td><td>${e(sp.name)}</td><td class="n">${sp.quotes}</td><td class="n">${sp.articles}</td>` +
      `<td class="d">${e(sp.firstDate ?? '—')}</td><td class="d">${e(sp.lastDate ?? '—')}</td><td class="aka">${e(aka(sp.aliases, sp.name))}</td>` +
      `<td class="ex">${sp.example ? `“${e(sp.example.text)}”` : ''}</td></tr>`,
  );
  const body = [
    `<h1>${e(title)}</h1>`,
    `<p class="meta">${meta.map(e).join(' · ')}</p>`,
    notes.length ? `<p class="note">${notes.map(e).join('; ')}</p>` : '',
    `<section id="timeline-section"><h2>Quotes and articles per month</h2>${timeline(s.months)}</section>`,
    `<section><h2>Speakers <span class="meta">(${s.speakers.length}, by quotes)</span></h2>`,
    `<div class="scroll"><table id="speakers"><thead><tr><th class="n">#</th><th>speaker</th><th class="n">quotes</th><th class="n">articles</th><th>first</th><th>last</th><th>also as</th><th>for example</th></tr></thead>`,
    `<tbody>${speakerRows.join('\n')}</tbody></table></div>${more(s.speakers.length, top)}</section>`,
    `<div class="grid">`,
    entityTable('people', 'People', s.people, top),
    entityTable('organizations', 'Organizations', s.organizations, top),
    entityTable('places', 'Places', s.places, top),
    `</div>`,
    `<section><h2>By month</h2><table id="months"><thead><tr><th>month</th><th class="n">articles</th><th class="n">quotes</th></tr></thead><tbody>`,
    s.months.map((m) => `<tr><td>${e(m.month)}</td><td class="n">${m.articles}</td><td class="n">${m.quotes}</td></tr>`).join('\n'),
    `</tbody></table></section>`,
    whoSectionsHtml(s, top, e),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="extract --summary">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.filter(Boolean).join('\n')}
</body>
</html>
`;
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

function entityTable(id: string, name: string, list: EntityStat[], top: number): string {
  const rows = list
    .slice(0, top)
    .map((x, i) => `<tr><td class="n">${i + 1}</td><td>${e(x.name)}</td><td class="n">${x.mentions}</td><td class="n">${x.articles}</td><td class="aka">${e(aka(x.aliases, x.name))}</td></tr>`);
  return (
    `<section><h2>${name} <span class="meta">(${list.length}, by mentions)</span></h2>` +
    `<div class="scroll"><table id="${id}"><thead><tr><th class="n">#</th><th>name</th><th class="n">mentions</th><th class="n">articles</th><th>also as</th></tr></thead>` +
    `<tbody>${rows.join('\n')}</tbody></table></div>${more(list.length, top)}</section>`
  );
}

/**
 * Two bar panels sharing the month axis, each on its own scale: quotes above,
 * articles below. Each month is one <g> (hover title) with its two bars.
 */
function timeline(months: MonthStat[]): string {
  if (!months.length) return '<p class="note">No articles.</p>';
  const W = 960;
  const left = 70;
  const right = 10;
  const panelH = 120;
  const gap = 40;
  const top = 10;
  const H = top + panelH + gap + panelH + 30;
  const slot = (W - left - right) / months.length;
  const bw = Math.max(1, Math.min(28, slot * 0.7));
  const labelEvery = Math.max(1, Math.ceil(months.length / Math.floor((W - left - right) / 56)));
  const parts: string[] = [];
  const panel = (y0: number, name: string, values: number[]) => {
    const max = Math.max(1, ...values);
    const step = niceStep(max);
    const yMax = Math.ceil(max / step) * step;
    const y = (v: number) => y0 + panelH - (v / yMax) * panelH;
    for (let v = 0; v <= yMax; v += step) {
      parts.push(`<line class="axis" x1="${left}" x2="${W - right}" y1="${f(y(v))}" y2="${f(y(v))}"/>`);
      parts.push(`<text x="${left - 6}" y="${f(y(v) + 4)}" text-anchor="end">${v}</text>`);
    }
    parts.push(`<text class="panel" x="0" y="${f(y0 + panelH / 2)}">${name}</text>`);
    return (v: number) => ({ y: f(y(v)), h: f(y(0) - y(v)) });
  };
  const q = panel(top, 'quotes', months.map((m) => m.quotes));
  const a = panel(top + panelH + gap, 'articles', months.map((m) => m.articles));
  months.forEach((m, i) => {
    const x = f(left + slot * i + (slot - bw) / 2);
    const cx = f(left + slot * i + slot / 2);
    const label = `${m.month}: ${plural(m.articles, 'article')}, ${plural(m.quotes, 'quote')}`;
    const qb = q(m.quotes);
    const ab = a(m.articles);
    parts.push(
      `<g class="month${m.month === 'unknown' ? ' unknown' : ''}" data-month="${e(m.month)}"><title>${e(label)}</title>` +
        `<rect class="q" x="${x}" y="${qb.y}" width="${f(bw)}" height="${qb.h}"/>` +
        `<rect class="a" x="${x}" y="${ab.y}" width="${f(bw)}" height="${ab.h}"/></g>`,
    );
    if (i % labelEvery === 0 || m.month === 'unknown') parts.push(`<text x="${cx}" y="${H - 10}" text-anchor="middle">${e(m.month)}</text>`);
  });
  return (
    `<figure><svg id="timeline" viewBox="0 0 ${W} ${H}" role="img" aria-label="Quotes and articles per month" xmlns="http://www.w3.org/2000/svg">` +
    parts.join('') +
    `</svg></figure>`
  );
}

function niceStep(max: number): number {
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const k of [1, 2, 5, 10]) if (k * p >= raw) return Math.max(1, k * p);
  return Math.max(1, 10 * p);
}

function f(n: number): string {
  return String(Math.round(n * 10) / 10);
}
