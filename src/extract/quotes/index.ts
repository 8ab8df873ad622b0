/** Quote extraction (first cut, replaced by the rule families in this folder). */
import type { Parsed } from '../../nlp/parse.js';
import type { QuoteFinding } from '../findings.js';

export function extractQuotes(parsed: Parsed): QuoteFinding[] {
  const out: QuoteFinding[] = [];
  const re = /["“]([^"“”]+)["”]/g;
  for (let m; (m = re.exec(parsed.text)); ) {
    out.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length, type: 'direct', cue: null, speaker: null, rule: 'quoted' });
  }
  return out;
}
