/**
 * The corpus view for the command line (`--summary`, `--speaker`, `--entity`,
 * `--format html`). main.ts calls these; all the work is in ../summary/ and
 * ../format/.
 *
 *   --summary                 runSummary(records, { format, color, width, filters }, write)
 *   --speaker NAME / --entity NAME, per-article output:
 *                             const shown = applyFilters(rec, { speaker, entity }); if (!shown) skip it
 */
import type { ArticleRecord } from '../types.js';
import { SummaryAccumulator } from '../summary/aggregate.js';
import { applyFilters, type RecordFilters } from '../match/filters.js';
import type { Summary } from '../summary/types.js';
import { summaryTable } from '../format/summary-table.js';
import { summaryJson } from '../format/summary-json.js';
import { summaryDelimited } from '../format/summary-csv.js';
import { summaryHtml, type RunInfo } from '../format/html.js';

export { applyFilters, filterBySpeaker, matchesSpeaker, mentionsEntity, type RecordFilters } from '../match/filters.js';
export { SummaryAccumulator, summarize, summarizeAsync } from '../summary/aggregate.js';
export type { Summary } from '../summary/types.js';

export const SUMMARY_FORMATS = ['table', 'json', 'jsonl', 'csv', 'tsv', 'html'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export interface SummaryOptions {
  format: SummaryFormat;
  color: boolean;
  /** Terminal width in columns (table only). */
  width: number;
  /** Rows per ranking in the table (default 20) and the HTML page (default 50); JSON and CSV have them all. */
  top?: number;
  /** HTML page title. */
  title?: string;
  /** --speaker / --entity: summarise only the matching records (and, with a speaker, only their quotes). */
  filters?: RecordFilters;
  /** What the run was made from (the HTML page states it). */
  run?: RunInfo;
}

/** The summary in the chosen format. */
export function formatSummary(summary: Summary, opts: SummaryOptions): string {
  switch (opts.format) {
    case 'json':
      return summaryJson(summary, true);
    case 'jsonl':
      return summaryJson(summary, false);
    case 'csv':
      return summaryDelimited(summary, ',');
    case 'tsv':
      return summaryDelimited(summary, '\t');
    case 'html':
      return summaryHtml(summary, { title: opts.title, top: opts.top, run: opts.run });
    default:
      return summaryTable(summary, { color: opts.color, width: opts.width, top: opts.top });
  }
}

/**
 * Read every record once (only counts are kept), then write the summary.
 * Returns the summary, e.g. for an exit status.
 */
export async function runSummary(
  records: AsyncIterable<ArticleRecord> | Iterable<ArticleRecord>,
  opts: SummaryOptions,
  write: (s: string) => Promise<void>,
): Promise<Summary> {
  const acc = new SummaryAccumulator();
  const filters = opts.filters;
  const filtering = !!(filters && (filters.speaker || filters.entity));
  for await (const rec of records) {
    const r = filtering ? applyFilters(rec, filters!) : rec;
    if (r) acc.add(r);
  }
  const summary = acc.result();
  await write(formatSummary(summary, opts));
  return summary;
}
