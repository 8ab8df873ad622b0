/**
 * Turns the paths on the command line into a deterministic list of inputs:
 * files as given, directories walked recursively in sorted order, "-" for
 * standard input. Hidden entries and symlink loops are skipped.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export type InputItem =
  /** `inFolder`: found by walking a folder, not named on the command line. */
  | { kind: 'file'; path: string; inFolder?: true }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'error'; path: string; reason: string };

export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson', '.json', '.csv', '.tsv', '.rss', '.atom', '.warc'];

/** Files of a folder left out by extension, counted by extension ("" for none), for the end-of-run note. */
export type SkippedCounts = Map<string, number>;

export function* discover(paths: string[], extensions: string[] = DEFAULT_EXTENSIONS, skipped?: SkippedCounts): Generator<InputItem> {
  const exts = new Set(extensions.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase()));
  for (const p of paths) {
    if (p === '-') {
      yield { kind: 'stdin', path: '-' };
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      yield { kind: 'error', path: p, reason: reasonOf(err) };
      continue;
    }
    if (st.isDirectory()) yield* walk(p, exts, new Set(), skipped);
    else yield { kind: 'file', path: p };
  }
}

function* walk(dir: string, exts: Set<string>, seen: Set<string>, skipped?: SkippedCounts): Generator<InputItem> {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (err) {
    yield { kind: 'error', path: dir, reason: reasonOf(err) };
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real); // the folders being walked: a link back to one of them is a loop
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    yield { kind: 'error', path: dir, reason: reasonOf(err) };
    return;
  }
  // Sort by code unit, not locale, so every machine lists the same order.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch (err) {
      // A broken symlink of a file we would have read is reported; other entries are ignored.
      if (isLink(path) && wanted(name, exts)) yield { kind: 'error', path, reason: reasonOf(err) };
      continue;
    }
    if (st.isDirectory()) yield* walk(path, exts, seen, skipped);
    else if (st.isFile() && wanted(name, exts)) yield { kind: 'file', path, inFolder: true };
    else if (st.isFile() && skipped) {
      const ext = extname(name).toLowerCase();
      skipped.set(ext, (skipped.get(ext) ?? 0) + 1);
    }
  }
  seen.delete(real);
}

/** A folder's file is read when its extension is listed, or it is a gzip of one ("a.jsonl.gz" for ".jsonl"). */
function wanted(name: string, exts: Set<string>): boolean {
  const ext = extname(name).toLowerCase();
  if (exts.has(ext)) return true;
  return ext === '.gz' && exts.has(extname(name.slice(0, -3)).toLowerCase());
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A short human reason for a file-system error ("no such file or directory"). */
export function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return (e?.message ?? String(err)).split('\n')[0]!;
  }
}
