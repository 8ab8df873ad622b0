/** The corpus view at a terminal: ranked speakers and entities, and articles/quotes per month with a sparkline and bars. */
import { Chalk } from 'chalk';
import { section, table } from './terminal.js';
import type { EntityStat, Summary } from '../summary/types.js';
import { whoSectionsTable } from './summary-who-table.js';
import { foldMonths } from './months.js';

export interface SummaryTableOptions {
  color: boolean;
  /** Terminal width in columns. */
  width: number;
  /** Rows shown per ranking (default 20); the rest is counted on one line. */
  top?: number;
}

const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * One character per value, its height relative to the largest: a zero is a
 * space, anything above zero at least '▁'. More values than `max` are summed
 * in equal runs first.
 */
export function sparkline(values: number[], max = Infinity): string {
  const v = squeeze(values, max);
  const top = Math.max(0, ...v);
  return v
    .map((x) => (x <= 0 || top === 0 ? ' ' : SPARKS[Math.min(7, Math.max(0, Math.ceil((x / top) * 8) - 1))]))
    .join('');
}

/** A horizontal bar `width` cells long at the largest value, in eighths of a cell; above zero is never empty. */
export function bar(value: number, maxValue: number, width: number): string {
  if (value <= 0 || maxValue <= 0 || width <= 0) return '';
  const eighths = Math.max(1, Math.round((value / maxValue) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

function squeeze(values: number[], max: number): number[] {
  if (values.length <= max || max < 1) return values;
  const per = Math.ceil(values.length / max);
  const out: number[] = [];
  for (let i = 0; i < values.length; i += per) out.push(values.slice(i, i + per).reduce((a, b) => a + b, 0));
  return out;
}

export function summaryTable(s: Summary, opts: SummaryTableOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const w = Math.max(60, opts.width);
  const top = opts.top ?? 20;
  const out: string[] = [];
  // Columns left out for want of width: named at the end, never dropped silently.
  const hidden = new Set<string>();

  const span = s.firstDate
    ? s.firstDate === s.lastDate
      ? s.firstDate
      : `${s.firstDate} – ${s.lastDate}`
    : 'no publication dates';
  const head = [plural(s.articles, 'article'), plural(s.quotes, 'quote'), span];
  if (s.undatedArticles && s.firstDate) head.push(`${s.undatedArticles} undated`);
  if (s.duplicates) head.push(`${plural(s.duplicates, 'duplicate')} counted once`);
  const [first, ...next] = wrap(`Corpus  ${head.join(' · ')}`, w);
  out.push(c.bold('Corpus') + first!.slice('Corpus'.length), ...next);
  const unnamed = [];
  if (s.unnamedQuotes)
    unnamed.push(`${plural(s.unnamedQuotes, 'quote')} by an unnamed speaker (pronoun, group, description)`);
  if (s.unattributedQuotes) unnamed.push(`${plural(s.unattributedQuotes, 'quote')} without a speaker`);
  if (unnamed.length) out.push(c.dim(unnamed.join('; ')));

  // Speakers
  out.push(section(c, 'Speakers', `${s.speakers.length}, by quotes`));
  if (s.speakers.length) {
    // cli-table3 widths include the cell padding; the borders take one column each, plus one.
    // Narrow terminals lose the "also as" column first.
    const rest = w - 8 - (4 + 8 + 10 + 12 + 12);
    const withAka = rest >= 34;
    // Narrower still, the rank goes (the rows stay in rank order).
    const withRank = withAka || rest + 1 >= 14;
    const nameW = withAka
      ? clamp(rest - Math.max(8, Math.floor(rest * 0.35)), 16, 32)
      : withRank
        ? rest + 1
        : Math.max(12, rest + 6);
    const head = ['speaker', 'quotes', 'articles', 'first', 'last'];
    const widths = [nameW, 8, 10, 12, 12];
    if (withRank) {
      head.unshift('#');
      widths.unshift(4);
    } else hidden.add('#');
    if (withAka) {
      head.push('also as');
      widths.push(Math.max(8, rest - nameW));
    }
    const t = table(c, head, widths, true);
    if (!withAka) hidden.add('also as');
    s.speakers.slice(0, top).forEach((sp, i) => {
      const row = [
        sp.name,
        String(sp.quotes),
        String(sp.articles),
        sp.firstDate ?? c.dim('—'),
        sp.lastDate ?? c.dim('—'),
      ];
      if (withRank) row.unshift(String(i + 1));
      if (withAka) row.push(sp.aliases.filter((a) => a !== sp.name).join(', '));
      t.push(row);
    });
    out.push(t.toString());
    if (s.speakers.length > top) out.push(c.dim(`… and ${s.speakers.length - top} more`));
  }

  // Entities
  const entities = (name: string, list: EntityStat[]) => {
    out.push(section(c, name, `${list.length}, by mentions`));
    if (!list.length) return;
    const rest = w - 6 - (4 + 10 + 10);
    const withAka = rest >= 34;
    const nameW = withAka ? clamp(Math.floor(rest * 0.6), 16, 40) : Math.max(16, rest + 1);
    const head = ['#', 'name', 'mentions', 'articles'];
    const widths = [4, nameW, 10, 10];
    if (withAka) {
      head.push('also as');
      widths.push(Math.max(8, rest - nameW));
    }
    const t = table(c, head, widths, true);
    if (!withAka) hidden.add('also as');
    list.slice(0, top).forEach((e, i) => {
      const row = [String(i + 1), e.name, String(e.mentions), String(e.articles)];
      if (withAka) row.push(e.aliases.filter((a) => a !== e.name).join(', '));
      t.push(row);
    });
    out.push(t.toString());
    if (list.length > top) out.push(c.dim(`… and ${list.length - top} more`));
  };
  entities('People', s.people);
  entities('Organizations', s.organizations);
  entities('Places', s.places);

  // Months
  const known = s.months.filter((m) => m.month !== 'unknown');
  out.push(section(c, 'By month', known.length ? plural(known.length, 'month') : 'no publication dates'));
  if (known.length > 1) {
    const first = known[0]!.month;
    const last = known[known.length - 1]!.month;
    const spark = sparkline(
      known.map((m) => m.quotes),
      w - first.length - last.length - 22,
    );
    out.push(`${c.dim(first)} ${c.cyan(spark)} ${c.dim(last)}  ${c.dim('quotes per month')}`);
  }
  if (s.months.length) {
    const maxQ = Math.max(0, ...s.months.map((m) => m.quotes));
    const aw = Math.max(8, String(Math.max(...s.months.map((m) => m.articles))).length);
    const qw = Math.max(6, String(maxQ).length);
    const barW = clamp(w - 9 - aw - qw - 4, 10, 50);
    out.push(c.bold(`${'month'.padEnd(9)}${'articles'.padStart(aw)}  ${'quotes'.padStart(qw)}`));
    const unknown = s.months.find((m) => m.month === 'unknown');
    const rows = foldMonths(s.months).map((r) => (r.kind === 'month' ? r.m : r));
    for (const m of unknown ? [...rows, unknown] : rows) {
      if (!('month' in m)) {
        out.push(c.dim(`${m.from} – ${m.to}: ${m.n} months without articles`));
        continue;
      }
      const line = `${m.month.padEnd(9)}${String(m.articles).padStart(aw)}  ${String(m.quotes).padStart(qw)}  `;
      const txt = m.month === 'unknown' ? c.dim(line) : line;
      out.push((txt + c.cyan(bar(m.quotes, maxQ, barW))).trimEnd());
    }
    if (unknown) out.push(c.dim('(unknown: articles without a publication date)'));
  }
  if (hidden.size) {
    const note = `Not shown at ${w} columns: ${[...hidden].join(', ')} (a wider terminal or COLUMNS=120 shows it; --format csv has every column)`;
    out.push('', ...wrap(note, w).map((l) => c.dim(l)));
  }
  out.push(...whoSectionsTable(s, c, w, top));
  return out.join('\n') + '\n';
}

/** Words in lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
