/** A one-line progress bar on stderr, only on a TTY and only for many files. */
export class Progress {
  private done = 0;
  private last = 0;

  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  tick(): void {
    if (!this.enabled) return;
    this.done++;
    const now = Date.now();
    if (now - this.last < 100 && this.done < this.total) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((width * this.done) / Math.max(1, this.total));
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${this.done}/${this.total} files`);
  }

  end(): void {
    if (this.enabled && this.done > 0) process.stderr.write('\r\x1b[2K');
  }
}
