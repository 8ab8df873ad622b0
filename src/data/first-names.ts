/**
 * First names of data/first-names.tsv (SSA baby names; data/README.md gives the source and licence)
 * with the share of their bearers registered female. Read once at module load, so the startup
 * snapshot holds the table: entity recognition uses it as person evidence for first names the
 * tagger does not know ("Jeb Bush"), speakers and --gender-from-names use the shares.
 */
import { readFileSync } from 'node:fs';

function load(): Map<string, number> {
  const map = new Map<string, number>();
  const text = readFileSync(new URL('../../data/first-names.tsv', import.meta.url), 'utf8');
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    map.set(line.slice(0, tab), Number(line.slice(tab + 1)) / 1000);
  }
  return map;
}

/** Lowercase first name → share of its bearers registered female (0–1). */
export const FIRST_NAMES: ReadonlyMap<string, number> = load();
