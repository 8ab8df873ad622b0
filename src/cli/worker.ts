/** A worker thread: renders the sources the main thread sends, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { render, type RenderOptions } from '../pipeline.js';
import type { Source } from '../input/sources.js';

const opts = workerData as RenderOptions;
parentPort!.on('message', (msg: { id: number; src: Source }) => {
  parentPort!.postMessage({ id: msg.id, result: render(msg.src, opts) });
});
