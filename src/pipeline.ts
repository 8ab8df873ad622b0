/**
 * One source in, one piece of output out: read (decode, HTML/Markdown/text),
 * analyse, format. The same function runs in the main thread (--jobs 1) and in
 * each worker thread, so the output does not depend on --jobs.
 */
import { createHash } from 'node:crypto';
import { analyzeArticle } from './index.js';
import { delimitedRows, type Only } from './format/csv.js';
import { jsonArrayBody, jsonLine } from './format/json.js';
import { tableFor } from './format/table.js';
import { articleEvent } from './input/read.js';
import type { Source } from './input/sources.js';
import { applyFilters } from './match/filters.js';

/** `record` hands the whole record (as JSON) back to the main thread, for --summary. */
export type Format = 'table' | 'json' | 'jsonl' | 'csv' | 'tsv' | 'record';

export interface RenderOptions {
  format: Format;
  only: Only | null;
  /** --date: publication date for every input. */
  date: string | null;
  includeText: boolean;
  color: boolean;
  width: number;
  /** --speaker / --entity: only quotes by that speaker / only articles that mention that entity. */
  speaker: string | null;
  entity: string | null;
  /** --explain: tables show the rule and offsets behind each finding. */
  explain?: boolean;
  /** --gender-from-names: first-name statistics decide a gender the text does not give. */
  genderFromNames?: boolean;
}

export type Rendered =
  /**
   * `out` is the formatted record; for `json`, the array element without its leading "[" or ",".
   * `hash` identifies the article's text, so that the same article read twice is noticed.
   */
  | { kind: 'record'; source: string; warnings: string[]; out: string; hash: string }
  /** The article was analysed but the filters leave nothing of it to print. */
  | { kind: 'skipped'; source: string; warnings: string[]; hash: string }
  | { kind: 'error'; path: string; reason: string; verb: 'read' | 'analyse' };

export function render(src: Source, opts: RenderOptions): Rendered {
  if (src.kind === 'error') return { ...src, verb: 'read' };
  const path = src.kind === 'article' ? src.article.source : src.path;
  try {
    const ev = src.kind === 'article' ? src : articleEvent(src.bytes, src.path, src.ext, src.meta);
    if (ev.kind === 'error') return { ...ev, verb: 'read' };
    const analysed = analyzeArticle(ev.article, {
      date: opts.date,
      includeText: opts.includeText,
      genderFromNames: opts.genderFromNames,
    });
    const rec = applyFilters(analysed, { speaker: opts.speaker, entity: opts.entity });
    const hash = textHash(ev.article.text);
    if (!rec) return { kind: 'skipped', source: analysed.source, warnings: analysed.warnings, hash };
    let out: string;
    switch (opts.format) {
      case 'record':
        out = JSON.stringify(rec);
        break;
      case 'json':
        out = jsonArrayBody(rec, opts.only);
        break;
      case 'jsonl':
        out = jsonLine(rec, opts.only);
        break;
      case 'csv':
      case 'tsv':
        out = delimitedRows(rec, opts.only ?? 'quotes', opts.format === 'csv' ? ',' : '\t');
        break;
      default:
        out = tableFor(rec, { color: opts.color, width: opts.width, only: opts.only, explain: !!opts.explain });
    }
    return { kind: 'record', source: rec.source, warnings: rec.warnings, out, hash };
  } catch (err) {
    // analyzeArticle never throws; this is a reader or formatter failing on one input.
    return {
      kind: 'error',
      path,
      reason: (err instanceof Error ? err.message : String(err)).split('\n')[0]!,
      verb: 'analyse',
    };
  }
}

/** The same text whatever its spacing (a copy with other line ends or indentation is the same article). */
export function textHash(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  // Empty articles are not duplicates of each other: '' is no hash.
  return t ? createHash('sha256').update(t).digest('base64') : '';
}
