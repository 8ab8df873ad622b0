/**
 * The bounds the command puts on one run: the time an article may take, the
 * articles the main thread may take (it cannot be interrupted), the number of
 * analysers, and how a signal ends the run.
 */
import type { Source } from '../input/sources.js';

/** Size of a source: bytes of a document, characters of an article read already. */
export function sourceSize(src: Source): number {
  return src.kind === 'document' ? src.bytes.length : src.kind === 'article' ? src.article.text.length : 0;
}

/** Seconds per BUDGET_UNIT characters (bytes of a document), and at least that. */
export const DEFAULT_TIMEOUT_S = 60;
/**
 * The budget grows with the article, as analysis time does (linearly: about
 * 4 s per 100,000 characters on a busy 2-core machine), so only a stall, never
 * a long article, meets it.
 */
export const BUDGET_UNIT = 100_000;
/**
 * Sources larger than this go to a worker thread, where the budget can stop
 * them, even with --jobs 1; smaller ones take well under the budget.
 */
export const LOCAL_MAX_SIZE = 256 * 1024;
/** Memory an analyser (worker thread) holds, for the note on --jobs. */
export const ANALYSER_MB = 65;

export function budgetMs(timeoutS: number): ((src: Source) => number) | undefined {
  if (timeoutS <= 0) return undefined;
  return (src) => Math.round(timeoutS * 1000 * Math.max(1, sourceSize(src) / BUDGET_UNIT));
}

/** --jobs beyond twice the cores (at least 4) buys no speed, only memory: capped, with a note. */
export function capJobs(requested: number, cores: number): { jobs: number; note: string | null } {
  const cap = Math.max(4, 2 * cores);
  if (requested <= cap) return { jobs: requested, note: null };
  return {
    jobs: cap,
    note: `--jobs ${requested} is more than twice the ${cores} core${cores === 1 ? '' : 's'}: using ${cap} (each analyser holds about ${ANALYSER_MB} MB)`,
  };
}

/** Exit status for a signal: 128 + its number, as a shell reports it. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
export type StopSignal = keyof typeof SIGNAL_EXIT;

/** Exit status when the output cannot be written (EX_IOERR of sysexits.h). */
export const OUTPUT_ERROR_EXIT = 74;

export interface StopSignals {
  /** The first stop signal received, if any. */
  readonly signal: StopSignal | null;
  /** Gives the signals back to Node's defaults. */
  release(): void;
}

/**
 * SIGINT, SIGTERM (timeout, docker stop, systemd, CI) and SIGHUP end alike: the records in hand
 * are finished so that the output stays whole, then the run stops with 128 + the signal's number.
 * A second signal stops at once.
 */
export function catchStopSignals(): StopSignals {
  let stopping: StopSignal | null = null;
  const onSignal = (sig: StopSignal) => {
    if (stopping) process.exit(SIGNAL_EXIT[sig]);
    stopping = sig;
  };
  const handlers = (Object.keys(SIGNAL_EXIT) as StopSignal[]).map((sig) => [sig, () => onSignal(sig)] as const);
  for (const [sig, h] of handlers) process.on(sig, h);
  return {
    get signal() {
      return stopping;
    },
    release() {
      for (const [sig, h] of handlers) process.off(sig, h);
    },
  };
}
