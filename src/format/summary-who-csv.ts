/**
 * The who-about-whom sections of the summary as CSV/TSV rows (../summary/who-types.ts),
 * in the columns SUMMARY_CSV_HEADER adds for them (see ./summary-csv.ts):
 *
 *   pair            name = speaker, subject, type, quotes, articles
 *   voice           name = organization, quotes, named_quotes, unnamed_quotes, speakers, articles
 *   gender          name = quotes | speakers, female, male, unknown
 *   gender-decided  name = pronoun | honorific | title | first-name, speakers (decided by that kind)
 *   gender-month    name = YYYY-MM | unknown, female, male, unknown (quotes)
 *   person-quoted   name, gender, quotes, mentions, articles
 *   outlet          name = outlet, articles, quotes, speakers, female, male, unknown (quotes)
 *   shared-quote    name = the quotation, articles, first_date, source (the first article), speaker
 */
import type { Summary } from '../summary/types.js';

export const WHO_CSV_COLUMNS = [
  'subject',
  'type',
  'gender',
  'speaker',
  'speakers',
  'named_quotes',
  'unnamed_quotes',
  'female',
  'male',
  'unknown',
  'source',
];

type Cell = string | number | null;
const BASE = ['section', 'rank', 'name', 'aliases', 'quotes', 'mentions', 'articles', 'first_date', 'last_date'];

/** A row from named cells (every other cell empty). */
function row(cells: Record<string, Cell>): Cell[] {
  return [...BASE, ...WHO_CSV_COLUMNS].map((c) => cells[c] ?? '');
}

export function whoRows(s: Summary): Cell[][] {
  const out: Cell[][] = [];
  s.talksAbout?.pairs.forEach((p, i) =>
    out.push(
      row({
        section: 'pair',
        rank: i + 1,
        name: p.speaker,
        subject: p.subject,
        type: p.type,
        quotes: p.quotes,
        articles: p.articles,
      }),
    ),
  );
  s.voices?.forEach((v, i) =>
    out.push(
      row({
        section: 'voice',
        rank: i + 1,
        name: v.name,
        quotes: v.quotes,
        named_quotes: v.namedQuotes,
        unnamed_quotes: v.unnamedQuotes,
        speakers: v.speakers,
        articles: v.articles,
      }),
    ),
  );
  const g = s.gender;
  if (g) {
    out.push(row({ section: 'gender', name: 'quotes', ...g.quotes }));
    out.push(row({ section: 'gender', name: 'speakers', ...g.speakers }));
    for (const [kind, n] of Object.entries(g.decidedBy))
      out.push(row({ section: 'gender-decided', name: kind, speakers: n }));
    for (const m of g.months)
      out.push(row({ section: 'gender-month', name: m.month, female: m.female, male: m.male, unknown: m.unknown }));
  }
  s.quotedVsMentioned?.people.forEach((p, i) =>
    out.push(
      row({
        section: 'person-quoted',
        rank: i + 1,
        name: p.name,
        gender: p.gender,
        quotes: p.quotes,
        mentions: p.mentions,
        articles: p.articles,
      }),
    ),
  );
  s.outlets?.forEach((o, i) =>
    out.push(
      row({
        section: 'outlet',
        rank: i + 1,
        name: o.outlet,
        articles: o.articles,
        quotes: o.quotes,
        speakers: o.speakers,
        ...o.byGender,
      }),
    ),
  );
  s.sharedQuotes?.forEach((q, i) =>
    out.push(
      row({
        section: 'shared-quote',
        rank: i + 1,
        name: q.text,
        articles: q.articles,
        first_date: q.firstDate,
        source: q.firstSource,
        speaker: q.speaker,
      }),
    ),
  );
  return out;
}
