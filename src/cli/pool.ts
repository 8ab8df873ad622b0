/**
 * A pool of worker threads that render sources (read, analyse, format).
 * Workers start lazily, one more each time a task waits and all are busy, up
 * to `size`; so a single article costs a single worker. The caller bounds the
 * number of tasks in flight, and so the memory.
 */
import { Worker } from 'node:worker_threads';
import type { Source } from '../input/sources.js';
import type { Rendered, RenderOptions } from '../pipeline.js';

interface Task {
  id: number;
  src: Source;
  resolve: (r: Rendered) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly opts: RenderOptions,
    private readonly url = new URL('./worker.js', import.meta.url),
  ) {}

  run(src: Source): Promise<Rendered> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, src, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, src: task.src });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.url, { workerData: this.opts, stdout: false, stderr: false });
    const slot: Slot = { worker, task: null };
    worker.on('message', (msg: { id: number; result: Rendered }) => {
      const task = slot.task;
      slot.task = null;
      if (task && task.id === msg.id) task.resolve(msg.result);
      this.pump();
    });
    const fail = (reason: string) => {
      // The worker is gone (out of memory, a crash): its article is reported, the others go on.
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      const task = slot.task;
      slot.task = null;
      if (task) task.resolve({ kind: 'error', path: pathOf(task.src), reason, verb: 'analyse' });
      if (!this.closed) this.pump();
    };
    worker.on('error', (err) => fail(`worker failed: ${err.message.split('\n')[0]}`));
    worker.on('exit', (code) => fail(`worker stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function pathOf(src: Source): string {
  return src.kind === 'article' ? src.article.source : src.path;
}
