#!/usr/bin/env node
/**
 * Builds a V8 startup snapshot with compromise and the whole command already
 * loaded and warmed up, so that one article does not wait for module loading
 * (about 0.5 s of a cold start). Run by `npm run build` after tsc; optional:
 * when it cannot be built (another Node, no esbuild), the launcher starts
 * normally. The blob is valid only for the Node binary and the folder it was
 * built with (recorded in dist/snapshot/meta.json, checked by bin/extract.js).
 *
 * Node's snapshot builder cannot load user modules, so:
 *  - dist/ is bundled by esbuild into one CommonJS file (dist/snapshot/cli.cjs);
 *  - compromise's own CommonJS bundle and ours are evaluated as source text;
 *  - libraries needed only for some inputs (linkedom, Readability, yaml) are
 *    required lazily at run time, as in the normal start.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'snapshot');
const require = createRequire(join(ROOT, 'package.json'));

function skip(why) {
  console.error(`build-snapshot: skipped (${why}); extract starts without a snapshot`);
  rmSync(OUT, { recursive: true, force: true });
  process.exit(0);
}

if (process.env.EXTRACT_NO_SNAPSHOT) skip('EXTRACT_NO_SNAPSHOT is set');
let esbuild;
try {
  esbuild = require('esbuild');
} catch {
  skip('esbuild is not installed');
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const mainUrl = pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href;
try {
  await esbuild.build({
    entryPoints: [join(ROOT, 'dist', 'snapshot.js')],
    outfile: join(OUT, 'cli.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    // import.meta.url locates the worker script and the lazily required libraries: the real dist/.
    define: { 'import.meta.url': 'globalThis.__extractUrl' },
  });
} catch (err) {
  skip(`bundling failed: ${err.message.split('\n')[0]}`);
}

const compromise = require.resolve('compromise');
const entry = `'use strict';
const fs = require('fs');
const path = require('path');
const v8 = require('v8');
// Evaluated as text: a user-module require() while building a snapshot breaks it at start-up.
function evaluate(file) {
  const m = { exports: {} };
  new Function('module', 'exports', 'require', '__filename', '__dirname', fs.readFileSync(file, 'utf8'))(m, m.exports, require, file, path.dirname(file));
  return m.exports;
}
globalThis.__extractUrl = ${JSON.stringify(mainUrl)};
globalThis.__extractCompromise = evaluate(${JSON.stringify(compromise)});
const cli = evaluate(${JSON.stringify(join(OUT, 'cli.cjs'))});
// Warm up the tagger and every rule family once, so their lazy tables are in the snapshot too.
cli.analyze('date 2023-06-15\\n"We will win on Monday," Jane Smith, the mayor of Paris, told Reuters. She said that sales rose in June.');
v8.startupSnapshot.setDeserializeMainFunction(() => {
  // With a snapshot there is no script path: arguments start at argv[1].
  cli.run([process.argv[0], 'extract', ...process.argv.slice(1)]);
});
`;
writeFileSync(join(OUT, 'entry.cjs'), entry);
// The blob loads only under the V8 flags it was built with: the command's own
// (src/cli/v8-flags.ts), recorded in meta.json for the launcher.
const { V8_FLAGS: FLAGS } = await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'v8-flags.js')).href);
try {
  execFileSync(
    process.execPath,
    [...FLAGS, '--snapshot-blob', join(OUT, 'extract.blob'), '--build-snapshot', join(OUT, 'entry.cjs')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      cwd: OUT,
    },
  );
} catch (err) {
  skip(
    `node --build-snapshot failed: ${String(err.stderr ?? err.message)
      .trim()
      .split('\n')
      .pop()}`,
  );
}
writeFileSync(join(OUT, 'meta.json'), JSON.stringify({ node: process.version, root: ROOT, flags: FLAGS }) + '\n');
// For bin/extract.js run as a shell script (its second line sources this with
// $r = the launcher's resolved path): start from the blob straight away when the
// `node` on the PATH is (links to) the binary that built it and was not replaced since,
// dist/ was not recompiled since, and the folder is this one; else return, and
// the launcher runs under Node, which checks the version itself.
const q = (x) => `'${String(x).replace(/'/g, `'\\''`)}'`;
const blob = join(OUT, 'extract.blob');
writeFileSync(
  join(OUT, 'run.sh'),
  `# Written by scripts/build-snapshot.mjs for bin/extract.js.
n=$(command -v node) && n=$(readlink -f "$n" 2>/dev/null || echo "$n")
if [ "$n" = ${q(process.execPath)} ] && [ ${q(process.execPath)} -ot ${q(blob)} ] && ! [ ${q(join(ROOT, 'dist', 'index.js'))} -nt ${q(blob)} ] && [ "\${r%/bin/*}" = ${q(ROOT)} ]; then
  exec ${q(process.execPath)} ${FLAGS.map(q).join(' ')} --snapshot-blob ${q(blob)} -- "$@"
fi
`,
);
console.error(`build-snapshot: dist/snapshot/extract.blob for node ${process.version}`);
