/**
 * Turns the paths on the command line into a deterministic list of inputs:
 * files as given, directories walked recursively in sorted order, "-" for
 * standard input. Hidden entries and symlink loops are skipped. Every entry a
 * walk finds with an extension it reads ends as an input or as an error:
 * names are read as bytes, so that a name that is not UTF-8 is read too
 * (shown with its stray bytes and control characters as \xHH, see
 * ./names.ts); a FIFO, device or
 * socket, or an entry gone by the time it is looked at, is an error.
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import { displayName, joinPath, rawArgument, type FsPath } from './names.js';

export type InputItem =
  /** `fsPath`, when given, is the name to open (bytes that are not UTF-8); `path` is how it is shown. `inFolder`: found by walking a folder, not named on the command line. */
  | { kind: 'file'; path: string; fsPath?: FsPath; inFolder?: true }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'error'; path: string; reason: string };

export const DEFAULT_EXTENSIONS = [
  '.txt',
  '.md',
  '.html',
  '.htm',
  '.xhtml',
  '.jsonl',
  '.ndjson',
  '.json',
  '.csv',
  '.tsv',
  '.rss',
  '.atom',
  '.warc',
];

/** Files of a folder left out by extension, counted by extension ("" for none), for the end-of-run note. */
export type SkippedCounts = Map<string, number>;

export interface DiscoverOptions {
  /** Counts what folders held in other formats. */
  skipped?: SkippedCounts;
  /**
   * Counts the arguments seen so far that arrived with U+FFFD; a caller that walks the
   * command line's paths one call at a time passes the same map to every call.
   */
  lossy?: Map<string, number>;
}

export function* discover(
  paths: string[],
  extensions: string[] = DEFAULT_EXTENSIONS,
  options: DiscoverOptions = {},
): Generator<InputItem> {
  const lossy = options.lossy ?? new Map<string, number>();
  const skipped = options.skipped;
  const exts = new Set(extensions.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase()));
  for (const p of paths) {
    if (p === '-') {
      yield { kind: 'stdin', path: '-' };
      continue;
    }
    let st: Stats;
    let fsPath: FsPath = p;
    try {
      st = statSync(p);
    } catch (err) {
      // The shell passed bytes that are not UTF-8, which Node's argv replaced by U+FFFD.
      const nth = lossy.get(p) ?? 0;
      if (p.includes('\uFFFD')) lossy.set(p, nth + 1);
      const raw = p.includes('\uFFFD') ? rawArgument(p, nth) : null;
      try {
        if (!raw) throw err;
        st = statSync(raw);
        fsPath = raw;
      } catch (err2) {
        if (raw) yield { kind: 'error', path: displayName(raw), reason: reasonOf(err2) };
        else if (p.includes('\uFFFD'))
          yield {
            kind: 'error',
            path: p,
            reason: `${reasonOf(err)} (if the name has bytes that are not UTF-8: they did not reach the program)`,
          };
        else yield { kind: 'error', path: p, reason: reasonOf(err) };
        continue;
      }
    }
    const path = displayName(typeof fsPath === 'string' ? Buffer.from(p) : fsPath);
    if (st.isDirectory()) yield* walk(fsPath, path, exts, new Set(), skipped);
    else yield fsPath === path ? { kind: 'file', path } : { kind: 'file', path, fsPath };
  }
}

function* walk(
  dir: FsPath,
  shown: string,
  exts: Set<string>,
  seen: Set<string>,
  skipped?: SkippedCounts,
): Generator<InputItem> {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (err) {
    yield { kind: 'error', path: shown, reason: reasonOf(err) };
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real); // the folders being walked: a link back to one of them is a loop
  let names: Buffer[];
  try {
    names = readdirSync(dir, { encoding: 'buffer' });
  } catch (err) {
    yield { kind: 'error', path: shown, reason: reasonOf(err) };
    return;
  }
  // Sort by code unit, not locale, so every machine lists the same order
  // (names that are UTF-8 sort as their text; the others by their shown form).
  const entries = names.map((raw) => {
    const name = displayName(raw);
    return { raw, name, plain: name === raw.toString('utf8') };
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { raw, name, plain } of entries) {
    if (name.startsWith('.')) continue;
    const path = join(shown, name);
    const fsPath: FsPath = plain && typeof dir === 'string' ? join(dir, name) : joinPath(dir, raw);
    const want = wanted(name, exts);
    const file = (): InputItem =>
      fsPath === path ? { kind: 'file', path, inFolder: true } : { kind: 'file', path, fsPath, inFolder: true };
    let st: Stats;
    try {
      st = statSync(fsPath);
    } catch (err) {
      // A broken symlink, or an entry removed since the folder was listed:
      // reported when it is one we would have read; other entries are ignored.
      if (want) yield { kind: 'error', path, reason: reasonOf(err) };
      continue;
    }
    if (st.isDirectory()) yield* walk(fsPath, path, exts, seen, skipped);
    else if (!want) {
      if (st.isFile() && skipped) {
        const ext = extname(name).toLowerCase();
        skipped.set(ext, (skipped.get(ext) ?? 0) + 1);
      }
    } else if (st.isFile()) yield file();
    else
      yield {
        kind: 'error',
        path,
        reason: `${kindOf(st)}, not a regular file (name it on the command line to read it)`,
      };
  }
  seen.delete(real);
}

/** What a non-regular, non-directory entry is. */
function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

/** A folder's file is read when its extension is listed, or it is a gzip of one ("a.jsonl.gz" for ".jsonl"). */
function wanted(name: string, exts: Set<string>): boolean {
  const ext = extname(name).toLowerCase();
  if (exts.has(ext)) return true;
  return ext === '.gz' && exts.has(extname(name.slice(0, -3)).toLowerCase());
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
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return (e?.message ?? String(err)).split('\n')[0]!;
  }
}
