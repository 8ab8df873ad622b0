/**
 * The generated gazetteer files of data/ (scripts/build-gazetteer.mjs writes them
 * from public sources; data/README.md names each source, version and licence).
 * Read once at module load: in the startup snapshot that happens when the
 * snapshot is built, so the lists are already in its heap at start-up.
 * This module sits at dist/data/, two levels below the package root, as the
 * command's entry (dist/cli/main.js) does, whose URL the snapshot bundle uses.
 */
import { readFileSync } from 'node:fs';

export interface DataName {
  /** The name as written in the source. */
  name: string;
  /** Marked "~": also an ordinary word or a person's name; needs context. */
  weak: boolean;
}

/** Lines of data/FILE without comments; each line's "|"-separated names (clubs, companies). */
export function readData(file: string): DataName[][] {
  const text = readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');
  const out: DataName[][] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    out.push(
      line.split('|').map((n) => (n.startsWith('~') ? { name: n.slice(1), weak: true } : { name: n, weak: false })),
    );
  }
  return out;
}
