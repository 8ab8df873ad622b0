/**
 * CSV (RFC 4180) and TSV rows: one per quote, entity or date. Every row starts
 * with the article's source, id, publication date and title, so a spreadsheet
 * row answers "where" and "when" on its own. The columns are part of the
 * record's contract (SCHEMA_VERSION, README "CSV and TSV columns").
 */
import type { ArticleRecord } from '../types.js';

export type Only = 'quotes' | 'entities' | 'dates';

const ARTICLE = ['source', 'id', 'date', 'title'];

export const HEADERS: Record<Only, string[]> = {
  quotes: [...ARTICLE, 'speaker', 'speaker_type', 'type', 'quote', 'start', 'end', 'cue', 'rule'],
  entities: [...ARTICLE, 'entity_id', 'type', 'name', 'aliases', 'titles', 'mentions'],
  dates: [...ARTICLE, 'text', 'type', 'value', 'from', 'to', 'start', 'end', 'rule'],
};

export function delimitedHeader(only: Only, sep: ',' | '\t'): string {
  return row(HEADERS[only], sep);
}

export function delimitedRows(rec: ArticleRecord, only: Only, sep: ',' | '\t'): string {
  const art = [rec.source, rec.id ?? '', rec.date ?? '', rec.title ?? ''];
  const typeOf = new Map(rec.entities.map((e) => [e.id, e.type]));
  const rows: unknown[][] =
    only === 'quotes'
      ? rec.quotes.map((q) => [
          ...art,
          q.speaker?.name ?? '',
          (q.speaker?.entity && typeOf.get(q.speaker.entity)) || '',
          q.type,
          q.text,
          q.start,
          q.end,
          q.cue?.text ?? '',
          q.rule,
        ])
      : only === 'entities'
        ? rec.entities.map((e) => [
            ...art,
            e.id,
            e.type,
            e.name,
            e.aliases.join('; '),
            e.titles.join('; '),
            e.mentions.length,
          ])
        : rec.dates.map((d) => [
            ...art,
            d.text,
            d.type,
            d.value ?? '',
            d.from ?? '',
            d.to ?? '',
            d.start,
            d.end,
            d.rule,
          ]);
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
