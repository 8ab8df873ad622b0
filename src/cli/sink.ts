/**
 * Where each analysed source goes, in input order: its error or warnings to stderr, its record to
 * stdout (or to the summary), a duplicate counted once; the progress line ticks per file.
 */
import { jsonArrayPrefix } from '../format/json.js';
import type { Rendered } from '../pipeline.js';
import type { ArticleRecord } from '../types.js';
import { Duplicates } from './duplicates.js';
import type { Output } from './output.js';
import type { Progress } from './progress.js';
import type { SummaryAccumulator } from './summary.js';

export interface SinkOptions {
  quiet: boolean;
  /** Records go to the summary instead of stdout. */
  summary: boolean;
  /** --format json: records are elements of one array. */
  jsonArray: boolean;
}

export class RecordSink {
  /** Sources that could not be read or analysed. */
  failed = 0;
  /** Records written (or added to the summary). */
  count = 0;
  /** Sources analysed, written or not. */
  analysed = 0;
  readonly dups = new Duplicates();
  private lastPath: string | null = null;

  constructor(
    private readonly out: Output,
    private readonly progress: Progress,
    private readonly opts: SinkOptions,
    private readonly acc: SummaryAccumulator | null,
  ) {}

  async emit(r: Rendered): Promise<void> {
    const { progress, opts } = this;
    const path = r.kind === 'error' ? r.path : r.source.replace(/:\d+$/, '');
    if (path !== this.lastPath) {
      if (this.lastPath !== null) progress.tick();
      this.lastPath = path;
    }
    if (r.kind === 'error' || (r.warnings.length > 0 && !opts.quiet)) progress.clear();
    if (r.kind === 'error') {
      this.failed++;
      process.stderr.write(`extract: cannot ${r.verb} '${r.path}': ${r.reason}\n`);
      return;
    }
    if (!opts.quiet) for (const w of r.warnings) process.stderr.write(`extract: warning: '${r.source}': ${w}\n`);
    this.analysed++;
    const { sameAs, warning } = this.dups.check(r.hash, r.source, opts.summary);
    if (warning && !opts.quiet) {
      progress.clear();
      process.stderr.write(warning);
    }
    if (r.kind === 'skipped') return;
    if (this.acc && sameAs !== undefined) this.acc.addDuplicate(r.source, sameAs);
    else if (this.acc) this.acc.add(JSON.parse(r.out) as ArticleRecord);
    else await this.out.write(opts.jsonArray ? jsonArrayPrefix(this.count === 0) + r.out : r.out);
    this.count++;
  }

  /** After the last source: the last file's tick, and the progress line goes. */
  end(): void {
    if (this.lastPath !== null) this.progress.tick();
    this.progress.end();
  }
}
