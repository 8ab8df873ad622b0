/**
 * Renders sources (read, analyse, format) on every core: in worker threads,
 * and, when given a `local` renderer, in the main thread too. The main thread
 * already holds a warm compromise (from the startup snapshot, or loaded once),
 * so `size` analysers cost `size - 1` workers: one compromise less in memory.
 *
 * Workers start lazily, one more each time a task waits and every worker is
 * busy, so a short input costs few workers. Each worker is kept a few tasks
 * ahead, and the main thread takes an article only when they all have theirs:
 * while it renders, it cannot hand out work, and a worker with an empty queue
 * would sit idle. The caller bounds the number of tasks in flight, and so the
 * memory.
 */
import { Worker } from 'node:worker_threads';
import type { Source } from '../input/sources.js';
import type { Rendered, RenderOptions } from '../pipeline.js';
import { sourceSize } from './limits.js';

// An analysis makes many short-lived objects, and V8's default lets each
// worker's nursery grow to ~48 MB that stay resident. Half of that keeps the
// speed (smaller nurseries cost up to a fifth) and saves ~20 MB per worker;
// the command's V8 flags (v8-flags.ts) set the same for the main thread.
const YOUNG_GENERATION_MB = 24;
/**
 * Tasks sent to one worker at a time: the one it runs and those behind it,
 * enough to cover an article the main thread is rendering meanwhile (with 2,
 * the worker often waited: --jobs 2 took 15% longer over 100 articles).
 */
const WORKER_DEPTH = 4;

interface Task {
  id: number;
  src: Source;
  resolve: (r: Rendered) => void;
}

interface Slot {
  worker: Worker;
  /** Sent and not yet answered, oldest (the running one) first. */
  tasks: Task[];
  /** The worker runs JavaScript (its start-up does not count against an article's budget). */
  online: boolean;
  /** Set when the running article overran its budget: the worker is being stopped. */
  overran: string | null;
  timer: NodeJS.Timeout | null;
}

export type LocalRender = (src: Source) => Rendered;

export interface PoolLimits {
  /**
   * Time a source may take in a worker, in ms (0: no limit). An article that
   * overruns is reported as `took longer than N s` and its worker replaced;
   * the articles queued behind it are run by the others.
   */
  budgetMs?: (src: Source) => number;
  /**
   * The main thread cannot be interrupted, so it takes only sources up to this
   * size (bytes of a document, characters of an article); larger ones wait for
   * a worker, where the budget holds.
   */
  localMaxSize?: number;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  private localBusy = false;

  constructor(
    private readonly size: number,
    private readonly opts: RenderOptions,
    private readonly url = new URL('./worker.js', import.meta.url),
    private readonly local: LocalRender | null = null,
    private readonly limits: PoolLimits = {},
  ) {}

  run(src: Source): Promise<Rendered> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, src, resolve });
      this.pump();
    });
  }

  private get maxWorkers(): number {
    return this.local ? this.size - 1 : this.size;
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      // Idle or new workers first (posting is cheap), then a worker's next
      // tasks, and the main thread last (it blocks while it renders).
      let slot = this.slots.find((s) => s.tasks.length === 0);
      if (!slot && this.slots.length < this.maxWorkers) slot = this.spawn();
      if (!slot) slot = this.slots.find((s) => s.tasks.length < WORKER_DEPTH);
      if (!slot && this.local && !this.localBusy) {
        const max = this.limits.localMaxSize ?? Infinity;
        const i = this.queue.findIndex((t) => sourceSize(t.src) <= max);
        if (i >= 0) {
          this.runLocal(this.queue.splice(i, 1)[0]!);
          continue;
        }
      }
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.tasks.push(task);
      slot.worker.postMessage({ id: task.id, src: task.src });
      if (slot.tasks.length === 1) this.startClock(slot);
    }
  }

  /** The budget of the article a worker runs now (the first of its tasks) starts. */
  private startClock(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (!slot.online || slot.tasks.length === 0 || slot.overran || !this.limits.budgetMs) return;
    const ms = this.limits.budgetMs(slot.tasks[0]!.src);
    if (!(ms > 0)) return;
    slot.timer = setTimeout(() => {
      slot.overran = `took longer than ${formatSeconds(ms)} s`;
      void slot.worker.terminate();
    }, ms);
  }

  private runLocal(task: Task): void {
    this.localBusy = true;
    // Later, not now: the caller is still handing out tasks to the workers.
    setImmediate(() => {
      const result = this.local!(task.src);
      this.localBusy = false;
      task.resolve(result);
      this.pump();
    });
  }

  private spawn(): Slot {
    const worker = new Worker(this.url, {
      workerData: this.opts,
      stdout: false,
      stderr: false,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, tasks: [], online: false, overran: null, timer: null };
    worker.on('online', () => {
      slot.online = true;
      this.startClock(slot);
    });
    worker.on('message', (msg: { id: number; result: Rendered }) => {
      const task = slot.tasks[0];
      if (slot.overran) return;
      if (task && task.id === msg.id) {
        slot.tasks.shift();
        task.resolve(msg.result);
        this.startClock(slot);
      }
      this.pump();
    });
    const fail = (reason: string) => {
      // The worker is gone (out of memory, a crash): the article it was running
      // is reported, the one waiting behind it goes back in the queue.
      if (slot.timer) clearTimeout(slot.timer);
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      const [running, ...waiting] = slot.tasks;
      slot.tasks = [];
      this.queue.unshift(...waiting);
      if (running) running.resolve({ kind: 'error', path: pathOf(running.src), reason, verb: 'analyse' });
      if (!this.closed) this.pump();
    };
    // Only at 'exit' are the results the worker sent before dying all delivered:
    // its 'error' can overtake them, and would blame the wrong article.
    let error: string | null = null;
    worker.on('error', (err) => (error ??= `worker failed: ${err.message.split('\n')[0]}`));
    worker.on('exit', (code) => fail(slot.overran ?? error ?? `worker stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

function pathOf(src: Source): string {
  return src.kind === 'article' ? src.article.source : src.path;
}
