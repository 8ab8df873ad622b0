/** CSV (RFC 4180) and TSV rows: one per quote, entity or date. */
import type { ArticleRecord } from '../types.js';

export type Only = 'quotes' | 'entities' | 'dates';

const HEADERS: Record<Only, string[]> = {
  quotes: ['source', 'speaker', 'type', 'quote', 'start', 'end', 'cue'],
  entities: ['source', 'id', 'type', 'name', 'aliases', 'titles', 'mentions'],
  dates: ['source', 'text', 'type', 'value', 'from', 'to', 'start', 'end'],
};

export function delimitedHeader(only: Only, sep: ',' | '\t'): string {
  return row(HEADERS[only], sep);
}

export function delimitedRows(rec: ArticleRecord, only: Only, sep: ',' | '\t'): string {
  const rows: unknown[][] =
    only === 'quotes'
      ? rec.quotes.map((q) => [rec.source, q.speaker?.name ?? '', q.type, q.text, q.start, q.end, q.cue?.text ?? ''])
      : only === 'entities'
        ? rec.entities.map((e) => [rec.source, e.id, e.type, e.name, e.aliases.join('; '), e.titles.join('; '), e.mentions.length])
        : rec.dates.map((d) => [rec.source, d.text, d.type, d.value ?? '', d.from ?? '', d.to ?? '', d.start, d.end]);
  return rows.map((r) => row(r, sep)).join('');
}

function row(cells: unknown[], sep: ',' | '\t'): string {
  return cells.map((c) => (sep === ',' ? csvCell(String(c)) : tsvCell(String(c)))).join(sep) + '\n';
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** TSV has no quoting: tabs and line breaks inside a cell become spaces. */
function tsvCell(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}
