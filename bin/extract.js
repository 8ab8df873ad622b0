#!/bin/sh
//bin/true; r=$(readlink -f "$0" 2>/dev/null) || r=$0; s="${r%/bin/*}/dist/snapshot/run.sh"; [ -z "$EXTRACT_NO_SNAPSHOT" ] && [ -r "$s" ] && . "$s"; exec node "$r" "$@"
//
// Thin launcher: all logic lives in dist/ (built by `npm install` through `prepare`).
//
// The file is read by two interpreters. Run as a program (`extract`, `npx extract`,
// `./bin/extract.js`) it is a shell script: the line above is a comment to Node
// and, to sh, a command that hands over, with `exec`, to the V8 startup snapshot
// when `npm run build` could make one (its run.sh checks that it is still valid
// for this Node and folder), and else to Node with this same file. That saves a
// second Node process (~0.1 s and ~45 MB) on every start.
//
// Run by Node (`node bin/extract.js`, or from the line above), it starts the
// command in a child Node with its V8 flags (dist/cli/v8-flags.js: memory and
// compiler settings that V8 takes only at start-up), from the snapshot when it
// is valid: compromise and every module are already loaded, which saves about
// half a second per start. EXTRACT_NO_SNAPSHOT=1 turns the snapshot off.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const blob = `${root}/dist/snapshot/extract.blob`;
const args = process.argv.slice(2);

/**
 * The V8 flags of a blob built by this Node, for this folder, after the last
 * compile of dist/ (tsc rewrites every file); null when there is none.
 */
function snapshotFlags() {
  if (process.env.EXTRACT_NO_SNAPSHOT) return null;
  try {
    const meta = JSON.parse(readFileSync(`${root}/dist/snapshot/meta.json`, 'utf8'));
    const fresh = statSync(blob).mtimeMs >= statSync(`${root}/dist/index.js`).mtimeMs;
    const flags = Array.isArray(meta.flags) ? meta.flags.map(String) : [];
    return fresh && meta.node === process.version && meta.root === root ? flags : null;
  } catch {
    return null;
  }
}

/** The child's command line, or null (after saying why) when dist/ is not there. */
async function childArgs() {
  const flags = snapshotFlags();
  if (flags) return [...flags, '--snapshot-blob', blob, '--', ...args];
  try {
    const { V8_FLAGS } = await import('../dist/cli/v8-flags.js');
    return [...V8_FLAGS, `${root}/dist/cli/start.js`, ...args];
  } catch (err) {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
      process.stderr.write("extract: not built yet; run 'npm install' (or 'npm run build') first\n");
    } else {
      process.stderr.write(`extract: ${err && err.message ? err.message : err}\n`);
    }
    process.exitCode = 70;
    return null;
  }
}

const argv = await childArgs();
if (argv) {
  // Its own process group, so that a Ctrl-C at the terminal reaches it once, through us.
  const child = spawn(process.execPath, argv, { stdio: 'inherit', detached: true });
  const forward = (signal) => () => child.kill(signal);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const handlers = signals.map((s) => [s, forward(s)]);
  for (const [s, h] of handlers) process.on(s, h);
  child.on('error', (err) => {
    process.stderr.write(`extract: cannot start: ${err.message}\n`);
    process.exitCode = 70;
  });
  child.on('exit', (code, signal) => {
    for (const [s, h] of handlers) process.off(s, h);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 70;
  });
}
