/** The corpus summary as JSON (`--summary --format json`, one line with `jsonl`). */
import type { Summary } from '../summary/types.js';

export function summaryJson(s: Summary, pretty = true): string {
  return (pretty ? JSON.stringify(s, null, 2) : JSON.stringify(s)) + '\n';
}
