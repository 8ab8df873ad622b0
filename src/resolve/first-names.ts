/**
 * First-name statistics for --gender-from-names: the share of US births with a
 * first name that were registered female (SSA baby names, public domain; see
 * data/README.md and scripts/first-names.py). Read from data/first-names.tsv on
 * first use only, so runs without the option (and the startup snapshot) never load it.
 */
import { readFileSync } from 'node:fs';
import type { Gender } from '../types.js';

let table: Map<string, number> | null = null;

function load(): Map<string, number> {
  const map = new Map<string, number>();
  // dist/resolve/ and the snapshot bundle (whose import.meta.url is dist/cli/main.js) are both two folders below the package
  const text = readFileSync(new URL('../../data/first-names.tsv', import.meta.url), 'utf8');
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    map.set(line.slice(0, tab), Number(line.slice(tab + 1)) / 1000);
  }
  return map;
}

/** The majority gender of a first name and its share (0.5–1), or null for a name the data lacks. */
export function firstNameShare(name: string): { gender: Gender; share: number } | null {
  table ??= load();
  const female = table.get(name.toLowerCase());
  if (female === undefined) return null;
  return female >= 0.5 ? { gender: 'female', share: round(female) } : { gender: 'male', share: round(1 - female) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
