/**
 * The who-about-whom sections of the summary at a terminal (../summary/who-types.ts), after the
 * months in ./summary-table.ts. A section without rows prints nothing.
 */
import type { ChalkInstance } from 'chalk';
import { section, table } from './terminal.js';
import type { Summary } from '../summary/types.js';
import type { GenderCounts } from '../summary/who-types.js';

export function whoSectionsTable(s: Summary, c: ChalkInstance, w: number, top: number): string[] {
  const out: string[] = [];
  const ranked = (title: string, detail: string, head: string[], numW: number[], rows: string[][], total: number) => {
    if (!rows.length) return;
    out.push(section(c, title, detail));
    // the text columns share what the number columns leave
    const text = head.length - numW.length;
    const free = Math.max(12 * text, w - 1 - head.length - numW.reduce((a, b) => a + b, 0));
    const widths = [...Array.from({ length: text }, () => Math.floor(free / text)), ...numW];
    const t = table(c, head, widths, true);
    for (const r of rows.slice(0, top)) t.push(r);
    out.push(t.toString());
    if (total > top) out.push(c.dim(`… and ${total - top} more`));
  };
  const pairs = s.talksAbout?.pairs ?? [];
  ranked(
    'Who talks about whom',
    `${pairs.length} speaker → subject pairs, by quotes`,
    ['speaker', 'subject', 'quotes', 'articles'],
    [8, 10],
    pairs.map((p) => [p.speaker, p.subject, String(p.quotes), String(p.articles)]),
    pairs.length,
  );
  const voices = s.voices ?? [];
  ranked(
    'Voices by affiliation',
    `${voices.length}, by quotes of those who speak for it`,
    ['organization', 'quotes', 'by people', 'unnamed', 'people'],
    [8, 11, 9, 8],
    voices.map((v) => [v.name, String(v.quotes), String(v.namedQuotes), String(v.unnamedQuotes), String(v.speakers)]),
    voices.length,
  );
  const g = s.gender;
  if (g && g.quotes.female + g.quotes.male + g.quotes.unknown > 0) {
    out.push(section(c, 'Sources by gender', 'named speakers; gender from the text'));
    const line = (name: string, x: GenderCounts) => {
      const all = x.female + x.male + x.unknown;
      const pct = (n: number) => c.dim(`(${Math.round((100 * n) / all)}%)`);
      return `${name.padEnd(9)} female ${x.female} ${pct(x.female)} · male ${x.male} ${pct(x.male)} · unknown ${x.unknown} ${pct(x.unknown)}`;
    };
    out.push(line('quotes', g.quotes), line('speakers', g.speakers));
    const by = Object.entries(g.decidedBy)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`);
    if (by.length) out.push(c.dim(`speakers decided by: ${by.join(', ')}`));
  }
  const qm = s.quotedVsMentioned;
  if (qm && qm.totals.people) {
    const t = qm.totals;
    const bg = t.byGender;
    out.push(section(c, 'Quoted vs mentioned', `${t.people} people`));
    out.push(`quoted ${t.quoted} · only mentioned ${t.onlyMentioned}`);
    // one line per gender, so that it fits the narrowest table width
    out.push(c.dim('by gender, quoted / only mentioned:'));
    for (const k of ['female', 'male', 'unknown'] as const)
      out.push(c.dim(`  ${k} ${bg[k].quoted} / ${bg[k].onlyMentioned}`));
  }
  const outlets = s.outlets ?? [];
  if (outlets.length > 1) {
    ranked(
      'By outlet',
      `${outlets.length}, by articles`,
      ['outlet', 'articles', 'quotes', 'female', 'male', 'unknown'],
      [10, 8, 8, 8, 9],
      outlets.map((o) => [
        o.outlet,
        String(o.articles),
        String(o.quotes),
        String(o.byGender.female),
        String(o.byGender.male),
        String(o.byGender.unknown),
      ]),
      outlets.length,
    );
  }
  const shared = s.sharedQuotes ?? [];
  ranked(
    'Shared quotes',
    `${shared.length}, the same quotation in several articles`,
    ['quotation', 'speaker', 'articles', 'first'],
    [10, 12],
    shared.map((q) => [`“${q.text}”`, q.speaker ?? c.dim('—'), String(q.articles), q.firstDate ?? c.dim('—')]),
    shared.length,
  );
  return out;
}
