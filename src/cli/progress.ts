/**
 * Progress on stderr, only at a terminal (never piped, never with -q): files
 * done, of how many once discovery knows, the rate and the time left. The bar
 * itself is cli-progress (MIT); this wrapper decides when it shows (after the
 * run has lasted a second: a single article shows nothing), what the line
 * says, and clears it before any other message goes to stderr.
 */
import cliProgress from 'cli-progress';

export interface ProgressState {
  done: number;
  /** Files to read, once known. */
  total: number | null;
  elapsedMs: number;
}

/** The progress line: "12/38 files · 4.1/s · 6 s left"; without a total, "12 files · 4.1/s". */
export function progressLine(s: ProgressState): string {
  const secs = s.elapsedMs / 1000;
  const rate = secs > 0 ? s.done / secs : 0;
  const parts = [s.total !== null ? `${s.done}/${s.total} files` : `${s.done} file${s.done === 1 ? '' : 's'}`];
  if (rate > 0) parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`);
  if (s.total !== null && rate > 0 && s.total >= s.done) parts.push(`${duration((s.total - s.done) / rate)} left`);
  return parts.join(' · ');
}

/** "45 s", "3 min 05 s", "1 h 02 min". */
export function duration(secs: number): string {
  const t = Math.max(0, Math.round(secs));
  if (t < 60) return `${t} s`;
  if (t < 3600) return `${Math.floor(t / 60)} min ${String(t % 60).padStart(2, '0')} s`;
  return `${Math.floor(t / 3600)} h ${String(Math.floor((t % 3600) / 60)).padStart(2, '0')} min`;
}

export class Progress {
  private done = 0;
  private total: number | null = null;
  private bar: cliProgress.SingleBar | null = null;
  private readonly started = Date.now();

  constructor(
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly delayMs = 1000,
  ) {}

  /** The number of files, once discovery has walked every folder. */
  setTotal(n: number): void {
    this.total = n;
    this.bar?.setTotal(n);
  }

  get count(): number {
    return this.done;
  }

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    if (!this.bar && Date.now() - this.started < this.delayMs) return;
    if (!this.bar) this.start();
    this.bar!.update(this.done);
  }

  private start(): void {
    this.bar = new cliProgress.SingleBar(
      {
        stream: this.stream,
        format: () => progressLine({ done: this.done, total: this.total, elapsedMs: Date.now() - this.started }),
        clearOnComplete: true,
        hideCursor: false,
        // Cut to the width rather than turn the terminal's line wrap off: a second Ctrl-C (exit at once) would leave it off.
        linewrap: true,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(this.total ?? 0, this.done);
  }

  /** Clears the line before another message goes to stderr; the next tick shows it again. */
  clear(): void {
    if (!this.bar) return;
    this.bar.stop();
    this.bar = null;
  }

  end(): void {
    this.clear();
  }
}
