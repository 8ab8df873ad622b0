/**
 * The who-about-whom sections of the HTML report (../summary/who-types.ts): one
 * self-contained function that ./html.ts calls; tables only, in the page's own styles.
 */
import type { Summary } from '../summary/types.js';
import type { GenderCounts } from '../summary/who-types.js';

type Esc = (s: string) => string;

export function whoSectionsHtml(s: Summary, top: number, e: Esc): string {
  const parts: string[] = [];
  const table = (id: string, title: string, note: string, head: string[], rows: string[][], total: number) => {
    if (!rows.length) return;
    // "#x": a number column headed x ("#" alone: the rank)
    const th = head
      .map((h) => (h.startsWith('#') ? `<th class="n">${e(h.length > 1 ? h.slice(1) : h)}</th>` : `<th>${e(h)}</th>`))
      .join('');
    const body = rows
      .slice(0, top)
      .map((r) => `<tr>${r.join('')}</tr>`)
      .join('\n');
    const more = total > top ? `<p class="more">… and ${total - top} more</p>` : '';
    parts.push(
      `<section id="${id}-section"><h2>${e(title)} <span class="meta">${e(note)}</span></h2>` +
        `<div class="scroll"><table id="${id}"><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>${more}</section>`,
    );
  };
  const td = (v: string | number | null) => `<td>${e(v === null ? '—' : String(v))}</td>`;
  const n = (v: number) => `<td class="n">${v}</td>`;
  const pct = (c: GenderCounts, k: keyof GenderCounts) => {
    const all = c.female + c.male + c.unknown;
    return `<td class="n">${c[k]}${all ? ` <span class="meta">(${Math.round((100 * c[k]) / all)}%)</span>` : ''}</td>`;
  };

  const pairs = s.talksAbout?.pairs ?? [];
  table(
    'pairs',
    'Who talks about whom',
    '(speaker → subject, by quotes)',
    ['#', 'speaker', 'subject', 'type', '#quotes', '#articles'],
    pairs.map((p, i) => [n(i + 1), td(p.speaker), td(p.subject), td(p.type), n(p.quotes), n(p.articles)]),
    pairs.length,
  );
  const subj = s.talksAbout?.speakers ?? [];
  table(
    'subjects',
    'What each speaker talks about',
    '(most quoted speakers first)',
    ['speaker', '#quotes about someone', 'subjects (quotes)'],
    subj.map((x) => [td(x.speaker), n(x.quotes), td(x.subjects.map((y) => `${y.name} (${y.quotes})`).join(', '))]),
    subj.length,
  );
  const voices = s.voices ?? [];
  table(
    'voices',
    'Voices by affiliation',
    '(quotes of people and unnamed spokespeople who speak for it)',
    ['#', 'organization', '#quotes', '#by named people', '#by unnamed', '#people', '#articles'],
    voices.map((v, i) => [
      n(i + 1),
      td(v.name),
      n(v.quotes),
      n(v.namedQuotes),
      n(v.unnamedQuotes),
      n(v.speakers),
      n(v.articles),
    ]),
    voices.length,
  );
  const g = s.gender;
  if (g) {
    table(
      'gender',
      'Sources by gender',
      `(unknown: ${Math.round(g.unknownQuoteShare * 100)}% of quotes, ${Math.round(g.unknownSpeakerShare * 100)}% of speakers)`,
      ['', '#female', '#male', '#unknown'],
      [
        [td('quotes'), pct(g.quotes, 'female'), pct(g.quotes, 'male'), pct(g.quotes, 'unknown')],
        [td('speakers'), pct(g.speakers, 'female'), pct(g.speakers, 'male'), pct(g.speakers, 'unknown')],
        [
          td('speakers decided by'),
          td(
            Object.entries(g.decidedBy)
              .filter(([, v]) => v)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ') || '—',
          ),
          td(''),
          td(''),
        ],
      ],
      3,
    );
    const months = g.months.filter((m) => m.female + m.male + m.unknown > 0);
    table(
      'gender-months',
      'Quotes by gender per month',
      '',
      ['month', '#female', '#male', '#unknown'],
      months.map((m) => [td(m.month), pct(m, 'female'), pct(m, 'male'), pct(m, 'unknown')]),
      months.length,
    );
  }
  const qm = s.quotedVsMentioned;
  if (qm) {
    const t = qm.totals;
    const bg = t.byGender;
    table(
      'quoted',
      'Quoted vs mentioned',
      '(people, most quoted first)',
      ['#', 'person', 'gender', '#quotes', '#mentions', '#articles'],
      qm.people.map((p, i) => [n(i + 1), td(p.name), td(p.gender), n(p.quotes), n(p.mentions), n(p.articles)]),
      qm.people.length,
    );
    parts.push(
      `<p class="note" id="quoted-totals">${e(`${t.people} people: ${t.quoted} quoted, ${t.onlyMentioned} only mentioned — female ${bg.female.quoted} / ${bg.female.onlyMentioned}, male ${bg.male.quoted} / ${bg.male.onlyMentioned}, unknown ${bg.unknown.quoted} / ${bg.unknown.onlyMentioned} (quoted / only mentioned)`)}</p>`,
    );
  }
  const outlets = s.outlets ?? [];
  table(
    'outlets',
    'By outlet',
    '(host of the article URL, else its folder)',
    ['#', 'outlet', '#articles', '#quotes', '#female', '#male', '#unknown', '#speakers', 'most quoted'],
    outlets.map((o, i) => [
      n(i + 1),
      td(o.outlet),
      n(o.articles),
      n(o.quotes),
      n(o.byGender.female),
      n(o.byGender.male),
      n(o.byGender.unknown),
      n(o.speakers),
      td(o.topSpeakers.map((x) => `${x.name} (${x.quotes})`).join(', ')),
    ]),
    outlets.length,
  );
  const shared = s.sharedQuotes ?? [];
  table(
    'shared',
    'Shared quotes',
    '(the same quotation in several articles)',
    ['#', 'quotation', '#articles', 'first', 'first article', 'speaker'],
    shared.map((q, i) => [
      n(i + 1),
      `<td class="ex">“${e(q.text)}”</td>`,
      n(q.articles),
      td(q.firstDate),
      td(q.firstSource),
      td(q.speaker),
    ]),
    shared.length,
  );
  return parts.join('\n');
}
