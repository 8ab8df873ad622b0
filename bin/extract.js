#!/usr/bin/env node
// Thin launcher: all logic lives in dist/ (built by `npm install` through `prepare`).
//
// When `npm run build` could make a V8 startup snapshot for this very Node and
// folder (scripts/build-snapshot.mjs), the command runs from it in a child
// process: compromise and every module are already loaded, which saves about
// half a second per start. EXTRACT_NO_SNAPSHOT=1 turns it off.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const blob = `${root}/dist/snapshot/extract.blob`;

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

const flags = snapshotFlags();
if (flags) {
  // Its own process group, so that a Ctrl-C at the terminal reaches it once, through us.
  const child = spawn(process.execPath, [...flags, '--snapshot-blob', blob, '--', ...process.argv.slice(2)], {
    stdio: 'inherit',
    detached: true,
  });
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
} else {
  import('../dist/cli/start.js').catch((err) => {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
      process.stderr.write("extract: not built yet; run 'npm install' (or 'npm run build') first\n");
    } else {
      process.stderr.write(`extract: ${err && err.message ? err.message : err}\n`);
    }
    process.exitCode = 70;
  });
}
