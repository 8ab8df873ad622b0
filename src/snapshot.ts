/**
 * What the startup snapshot holds (scripts/build-snapshot.mjs bundles this file):
 * the command, and the library to warm up compromise's tagger before the snapshot is taken.
 */
export { run } from './cli/main.js';
export { analyze } from './index.js';
