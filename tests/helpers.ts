/** Small helpers shared by the test files. */
import { analyze } from '../src/index.js';
import type { ArticleRecord, Span } from '../src/types.js';

export const REF = '2023-06-15'; // a Thursday

export function run(text: string, date: string | null = REF): ArticleRecord {
  return analyze(text, { date });
}

/** Every span in a record gives back its text from the code point offsets. */
export function spansOf(rec: ArticleRecord): Span[] {
  const out: Span[] = [];
  for (const q of rec.quotes) {
    out.push(q);
    if (q.cue) out.push(q.cue);
    if (q.speaker) out.push(q.speaker.mention);
  }
  for (const e of rec.entities) out.push(...e.mentions);
  out.push(...rec.dates);
  return out;
}
