/**
 * Writing to stdout with backpressure, and a quiet end when the reader goes
 * away (`extract ... | head -1`).
 */
import { reasonOf } from '../input/discover.js';
import { OUTPUT_ERROR_EXIT } from './limits.js';

export class Output {
  private closed = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stdout) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
        this.closed = true;
        // The reader has what it wanted; stop quietly with success.
        process.exit(0);
      }
      // Its own status, so that a full disk is not taken for a bad input.
      process.stderr.write(`extract: cannot write output: ${reasonOf(err)}\n`);
      process.exit(OUTPUT_ERROR_EXIT);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async write(s: string): Promise<void> {
    if (this.closed || s === '') return;
    if (!this.stream.write(s)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}
