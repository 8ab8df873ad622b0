/**
 * The corpus summary as one CSV/TSV table, a row per ranked item and month:
 *
 *   section       corpus | speaker | person | organization | place | month | duplicate
 *   rank          1, 2, ... within the section (empty for corpus, month and duplicate)
 *   name          the canonical name; the month YYYY-MM or "unknown"; a duplicate's source
 *   aliases       other spellings merged into it, "; "-separated; for a duplicate, the source it repeats
 *   quotes        corpus, speaker, month
 *   mentions      person, organization, place
 *   articles      every section
 *   first_date, last_date   corpus and speaker
 */
import type { Summary } from '../summary/types.js';
import { WHO_CSV_COLUMNS, whoRows } from './summary-who-csv.js';

/** ... then the columns of the who-about-whom sections (pair, voice, gender, ...; see ./summary-who-csv.ts). */
export const SUMMARY_CSV_HEADER = [
  'section',
  'rank',
  'name',
  'aliases',
  'quotes',
  'mentions',
  'articles',
  'first_date',
  'last_date',
  ...WHO_CSV_COLUMNS,
];

export function summaryDelimited(s: Summary, sep: ',' | '\t'): string {
  const rows: Array<Array<string | number | null>> = [SUMMARY_CSV_HEADER];
  rows.push(['corpus', '', '', '', s.quotes, '', s.articles, s.firstDate, s.lastDate]);
  s.speakers.forEach((x, i) =>
    rows.push(['speaker', i + 1, x.name, others(x.aliases, x.name), x.quotes, '', x.articles, x.firstDate, x.lastDate]),
  );
  for (const [section, list] of [
    ['person', s.people],
    ['organization', s.organizations],
    ['place', s.places],
  ] as const) {
    list.forEach((x, i) =>
      rows.push([section, i + 1, x.name, others(x.aliases, x.name), '', x.mentions, x.articles, '', '']),
    );
  }
  for (const m of s.months) rows.push(['month', '', m.month, '', m.quotes, '', m.articles, '', '']);
  // The first DUPLICATE_LIST_MAX; the JSON's `duplicates` counts them all.
  for (const d of s.duplicateOf) rows.push(['duplicate', '', d.source, d.sameAs, '', '', '', '', '']);
  for (const r of rows) while (r.length < SUMMARY_CSV_HEADER.length) r.push('');
  rows.push(...whoRows(s));
  return rows.map((r) => r.map((v) => cell(v === null ? '' : String(v), sep)).join(sep) + '\n').join('');
}

function others(aliases: string[], name: string): string {
  return aliases.filter((a) => a !== name).join('; ');
}

function cell(s: string, sep: ',' | '\t'): string {
  if (sep === '\t') return s.replace(/[\t\r\n]+/g, ' ');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
