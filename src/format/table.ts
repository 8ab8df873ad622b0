/** Tables for a person at a terminal: quotes, entities and dates per article. */
import { explainEntityWho, explainQuoteWho } from './explain-who.js';
import { Chalk } from 'chalk';
import { section, table } from './terminal.js';
import type { ArticleRecord, Entity, Quote, Span } from '../types.js';
import type { Only } from './csv.js';

export interface TableOptions {
  color: boolean;
  /** Terminal width in columns. */
  width: number;
  only: Only | null;
  /** --explain: the rule behind each finding and the offsets of its spans. */
  explain?: boolean;
}

const at = (s: Span) => `${s.start}–${s.end}`;

/** The rules that found an entity's mentions, most used first: "gazetteer.country ×3, document.repeat". */
function explainRules(e: Entity): string {
  const n = new Map<string, number>();
  for (const m of e.mentions) n.set(m.rule, (n.get(m.rule) ?? 0) + 1);
  return [...n]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([r, k]) => (k > 1 ? `${r} ×${k}` : r))
    .join(', ');
}

/** One line on how a quote was found: its rule, cue, speaker mention and offsets. */
function explainQuote(q: Quote): string {
  const parts = [q.rule, `text ${at(q)}`];
  if (q.cue) parts.push(`cue “${q.cue.text}” ${at(q.cue)}`);
  if (q.speaker)
    parts.push(
      `speaker “${q.speaker.mention.text}” ${at(q.speaker.mention)} ${q.speaker.how}${q.speaker.entity ? ` → ${q.speaker.entity}` : ''}`,
    );
  parts.push(...explainQuoteWho(q));
  return parts.join(' · ');
}

export function tableFor(rec: ArticleRecord, opts: TableOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  const meta = [rec.date ? `published ${rec.date}` : 'no publication date', rec.title].filter(Boolean).join(' · ');
  out.push(c.bold(rec.source) + c.dim(`  (${meta})`));
  for (const w of rec.warnings) out.push(c.yellow(`warning: ${w}`));
  const want = (k: Only) => !opts.only || opts.only === k;
  const w = Math.max(60, opts.width);

  if (want('quotes')) {
    out.push(section(c, 'Quotes', rec.quotes.length));
    if (rec.quotes.length) {
      const speakerW = Math.min(26, Math.floor(w * 0.22));
      const typeW = 10;
      const t = table(c, ['speaker', 'type', 'quote'], [speakerW, typeW, w - speakerW - typeW - 4 * 3 + 2]);
      for (const q of rec.quotes) {
        const who = q.speaker ? q.speaker.name : c.dim('—');
        const text = q.type === 'indirect' ? q.text : `“${q.text}”`;
        t.push([who, q.type, opts.explain ? `${text}\n${c.dim(explainQuote(q))}` : text]);
      }
      out.push(t.toString());
    }
  }
  if (want('entities')) {
    out.push(section(c, 'Entities', rec.entities.length));
    if (rec.entities.length) {
      const t = table(
        c,
        ['type', 'name', 'aliases', 'mentions'],
        [14, Math.floor((w - 30) / 2), w - 30 - Math.floor((w - 30) / 2) - 4, 10],
        true,
      );
      for (const e of rec.entities) {
        const who = opts.explain ? explainEntityWho(e) : '';
        const name = opts.explain
          ? `${e.name} ${c.dim(e.id)}\n${c.dim(explainRules(e))}${who ? `\n${c.dim(who)}` : ''}`
          : e.name;
        t.push([e.type, name, e.aliases.join(', '), String(e.mentions.length)]);
      }
      out.push(t.toString());
    }
  }
  if (want('dates')) {
    out.push(section(c, 'Dates', rec.dates.length));
    if (rec.dates.length) {
      // Five borders; below 80 columns the range, then the value, give way (they wrap at a space).
      const avail = w - 5;
      const rangeW = Math.min(25, Math.max(14, avail - 10 - 14 - 14));
      const valueW = Math.min(22, Math.max(14, avail - 10 - rangeW - 14));
      const t = table(
        c,
        ['text', 'type', 'value', 'from – to'],
        [avail - 10 - valueW - rangeW, 10, valueW, rangeW],
        true,
      );
      for (const d of rec.dates) {
        const range = d.from && d.to ? (d.from === d.to ? d.from : `${d.from} – ${d.to}`) : '';
        const text = opts.explain ? `${d.text}\n${c.dim(`${d.rule} · ${at(d)}`)}` : d.text;
        t.push([text, d.type, d.value ?? c.dim('unresolved'), range]);
      }
      out.push(t.toString());
    }
  }
  return out.join('\n') + '\n\n';
}
