/**
 * Date extraction, first cut: compromise-dates spans and values, trimmed of
 * leading prepositions and trailing punctuation.
 */
import type { Parsed } from '../../nlp/parse.js';
import type { DateFinding } from '../findings.js';

interface CDate {
  text: string;
  offset: { start: number; length: number };
  dates?: { start?: string; end?: string; unit?: string };
}

export function extractDates(parsed: Parsed, refDate: string | null): DateFinding[] {
  const doc = parsed.doc as unknown as {
    dates: (o: object) => { json: (o: object) => CDate[] };
  };
  const found = doc.dates(refDate ? { today: refDate } : {}).json({ offset: true });
  const out: DateFinding[] = [];
  for (const d of found) {
    let start = d.offset.start;
    let end = start + d.offset.length;
    const lead = /^(?:on|in|at|by|during|since|until|from)\s+/i.exec(parsed.text.slice(start, end));
    if (lead) start += lead[0].length;
    while (end > start && /[\s.,;:!?)"”]/.test(parsed.text[end - 1]!) && !parsed.text.slice(start, end).endsWith(')') ) end--;
    const from = refDate ? d.dates?.start?.slice(0, 10) ?? null : null;
    const to = refDate ? d.dates?.end?.slice(0, 10) ?? null : null;
    out.push({ start, end, type: 'date', value: from && to === from ? from : null, from, to, rule: 'compromise-dates' });
  }
  return out;
}
