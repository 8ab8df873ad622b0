/**
 * A one-line count of files done on stderr, only on a terminal and only once a
 * run has lasted a second (a single article shows nothing). The total is not
 * known in advance: folders are walked as the files are read.
 */
export class Progress {
  private done = 0;
  private last = 0;
  private shown = false;
  private readonly started = Date.now();

  constructor(private readonly enabled: boolean) {}

  tick(): void {
    if (!this.enabled) return;
    this.done++;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.last < 100) return;
    this.last = now;
    this.shown = true;
    process.stderr.write(`\r\x1b[2K${this.done} file${this.done === 1 ? '' : 's'} done`);
  }

  /** Clears the line before another message goes to stderr; the next tick shows it again. */
  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[2K');
    this.shown = false;
    this.last = 0;
  }

  end(): void {
    this.clear();
  }
}
