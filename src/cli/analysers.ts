/**
 * Who analyses a source: this thread or a pool of workers, and how many sources may be in flight.
 *
 * One article from one file: no worker is worth its start-up. Otherwise a pool of workers, and a
 * bounded window of sources in flight, so memory does not grow with the corpus and output keeps
 * input order. The window holds more than the analysers do (4 per worker, 1 in the main thread),
 * so that one long article at the head of the line does not leave the others idle.
 */
import type { Source } from '../input/sources.js';
import type { Rendered, RenderOptions } from '../pipeline.js';
import { sourceSize } from './limits.js';
import type { Pool } from './pool.js';

export interface Analysers {
  run: (src: Source) => Promise<Rendered>;
  close: () => Promise<void>;
  /** Sources in flight at most. */
  window: number;
}

export interface AnalyserLimits {
  budgetMs: ((src: Source) => number) | undefined;
  localMaxSize: number;
}

export async function analysers(
  jobs: number,
  single: boolean,
  renderOpts: RenderOptions,
  limits: AnalyserLimits,
): Promise<Analysers> {
  const { render } = await import('../pipeline.js');
  if (jobs <= 1 || single) {
    // In this thread, but a large source goes to a worker, where its time budget holds.
    let big: Pool | null = null;
    return {
      run: async (src) => {
        if (sourceSize(src) <= limits.localMaxSize || !limits.budgetMs) return render(src, renderOpts);
        big ??= new (await import('./pool.js')).Pool(1, renderOpts, undefined, null, limits);
        return big.run(src);
      },
      close: async () => big?.close(),
      window: 1,
    };
  }
  // The main thread is one of the `jobs` analysers, beside jobs - 1 workers.
  const { Pool } = await import('./pool.js');
  const pool = new Pool(jobs, renderOpts, undefined, (src) => render(src, renderOpts), limits);
  return { run: (src) => pool.run(src), close: () => pool.close(), window: jobs * 4 };
}

/**
 * Every source through the analysers, each result emitted in input order, at most `window` in
 * flight. Once `stopped()` (a signal), no new source is taken and the ones in hand are finished,
 * so the output stays whole.
 */
export async function analyseInOrder(
  sources: AsyncIterable<Source>,
  a: Pick<Analysers, 'run' | 'window'>,
  emit: (r: Rendered) => Promise<void>,
  stopped: () => boolean,
): Promise<void> {
  const inFlight: Array<Promise<Rendered>> = [];
  for await (const src of sources) {
    if (stopped()) break;
    inFlight.push(src.kind === 'error' ? Promise.resolve({ ...src, verb: 'read' as const }) : a.run(src));
    while (inFlight.length >= a.window || (stopped() && inFlight.length > 0)) await emit(await inFlight.shift()!);
    if (stopped()) break;
  }
  while (inFlight.length > 0) await emit(await inFlight.shift()!);
}
