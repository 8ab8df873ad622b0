/**
 * The V8 flags the command runs under: bin/extract.js starts its Node with
 * them, and the startup snapshot is built with them (a blob loads only under
 * the flags it was built with). They hold for the worker threads too.
 */

/**
 * Memory: an analysis keeps ~25 MB live and makes much short-lived garbage.
 * An 8 MB semi-space (V8's default is 16) and an old space that grows by 2x
 * (V8 picks up to 4x) cut ~40 MB per thread at the same speed; a 1 MB
 * semi-space or 50% growth cost 15-30% in time.
 */
const MEMORY = ['--max-semi-space-size=8', '--heap-growing-percent=100'];

/**
 * Compilation: on two cores, V8's optimizing compiler (TurboFan, on helper
 * threads) took ~5 s of CPU for 100 articles, re-optimizing compromise's and
 * our functions after deoptimizations, while both cores analyse. Without
 * inlining, and with functions optimized only once they are 4x as hot, the
 * command used ~20% less CPU, and was 15-20% faster with --jobs 2, on 100
 * articles and on 1,048 alike (round-robin runs, medians).
 */
const COMPILER = ['--no-turbo-inlining', '--interrupt-budget=300000'];

export const V8_FLAGS: readonly string[] = [...MEMORY, ...COMPILER];
