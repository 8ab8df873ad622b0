/**
 * The command's view of discovery: the inputs, path by path, noting each
 * folder in which nothing was found (so the run can say so), and the number of
 * files once the walk is over (for the progress line and the Ctrl-C line).
 */
import { statSync } from 'node:fs';
import { discover, type InputItem, type SkippedCounts } from '../input/discover.js';

export class Inputs {
  /** Folders on the command line that held no file with one of the extensions. */
  readonly emptyFolders: string[] = [];
  /** Files (and standard input) found so far. */
  found = 0;
  /** Whether the walk is over (then `found` is the total). */
  complete = false;
  /** Whether some input is JSON Lines (or standard input): then an article is a line, not a file. */
  manyPerFile = false;
  /** Files of other formats that folders held, by extension (for the end-of-run note). */
  readonly skipped: SkippedCounts = new Map();

  constructor(
    private readonly paths: string[],
    private readonly extensions: string[],
    private readonly onComplete: (total: number) => void = () => {},
  ) {}

  *[Symbol.iterator](): Generator<InputItem> {
    const lossy = new Map<string, number>(); // one count of lossy names over all the paths (see discover)
    for (const p of this.paths) {
      let n = 0;
      for (const item of discover([p], this.extensions, { lossy, skipped: this.skipped })) {
        n++;
        if (item.kind !== 'error') {
          this.found++;
          if (item.kind === 'stdin' || /\.(jsonl|ndjson)$/i.test(item.path)) this.manyPerFile = true;
        }
        yield item;
      }
      if (n === 0 && isFolder(p)) this.emptyFolders.push(p);
    }
    this.complete = true;
    this.onComplete(this.found);
  }
}

/**
 * The number of files the paths hold, walking them apart from the run, or null
 * when the walk takes longer than `budgetMs` (a huge tree: the total is then
 * known when the run's own walk ends).
 */
export function countFiles(paths: string[], extensions: string[], budgetMs = 500): number | null {
  const until = Date.now() + budgetMs;
  let n = 0;
  for (const item of discover(paths, extensions)) {
    if (item.kind !== 'error') n++;
    if ((n & 255) === 0 && Date.now() > until) return null;
  }
  return n;
}

/** Whether any of the paths is a folder. */
export function anyFolder(paths: string[]): boolean {
  return paths.some(isFolder);
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
