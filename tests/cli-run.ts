/** Helpers for the CLI tests: run the BUILT binary (npm test builds first) in a child process. */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'extract.js');
export const SEEDS = join(ROOT, 'seeds');

export interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** An environment without colour settings, so each test chooses its own. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.EXTRACT_DEBUG;
  return { ...env, ...extra };
}

/**
 * The warning an article without a publication date gets on stderr. Most tests are about something
 * else and use undated example texts, so extract() and sh() leave these lines out of `stderr`;
 * the tests of that warning (pubdate.test.ts, input.test.ts) ask for them with `keepNoDate`.
 */
const NO_DATE_LINE =
  /^extract: warning: '.*': no publication date found; relative dates left unresolved \(give --date\)\n/gm;
const withoutNoDate = (stderr: string, keep?: boolean) => (keep ? stderr : stderr.replace(NO_DATE_LINE, ''));

/**
 * Runs `node bin/extract.js ARGS`; with `program`, runs the launcher as a
 * program instead (through its shell line, as `extract` and `npx extract` do).
 */
export function extract(
  args: string[],
  opts: {
    input?: string | Buffer;
    env?: Record<string, string>;
    cwd?: string;
    program?: string;
    keepNoDate?: boolean;
  } = {},
): Run {
  const [cmd, argv] = opts.program ? [opts.program, args] : [process.execPath, [BIN, ...args]];
  const r: SpawnSyncReturns<string> = spawnSync(cmd, argv, {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: cleanEnv(opts.env),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: withoutNoDate(r.stderr, opts.keepNoDate), code: r.status };
}

/** Runs a shell pipeline (for `| head -1`). */
export function sh(command: string, opts: { cwd?: string; keepNoDate?: boolean } = {}): Run & { pipestatus: number[] } {
  const r = spawnSync('bash', ['-c', `${command}; echo "PIPESTATUS=\${PIPESTATUS[*]}" >&2`], {
    cwd: opts.cwd ?? ROOT,
    env: cleanEnv(),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const m = /PIPESTATUS=([\d ]+)\n?$/.exec(r.stderr);
  return {
    stdout: r.stdout,
    stderr: withoutNoDate(r.stderr.replace(/PIPESTATUS=[\d ]+\n?$/, ''), opts.keepNoDate),
    code: r.status,
    pipestatus: m ? m[1]!.trim().split(' ').map(Number) : [],
  };
}

export function hasCommand(name: string): boolean {
  return spawnSync('bash', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'extract-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export { spawn };

/**
 * Starts the command, waits until `ready(stdout so far)`, sends `signal` and
 * returns what it printed and its exit code (the tests of Ctrl-C, SIGTERM, SIGHUP).
 */
export async function interruptRun(
  args: string[],
  signal: NodeJS.Signals,
  ready: (out: string) => boolean,
): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv() });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  await new Promise<void>((resolve) => {
    const check = () => (ready(out) ? resolve() : setTimeout(check, 20));
    check();
  });
  child.kill(signal);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  return { code, out, err };
}

export function jsonLines(stdout: string): any[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}
