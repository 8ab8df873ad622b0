/**
 * First-name statistics for --gender-from-names: the share of US births with a
 * first name that were registered female (SSA baby names, public domain; see
 * data/README.md and scripts/first-names.py), from the shared table in src/data/.
 */
import { FIRST_NAMES } from '../data/first-names.js';
import type { Gender } from '../types.js';

/** The majority gender of a first name and its share (0.5–1), or null for a name the data lacks. */
export function firstNameShare(name: string): { gender: Gender; share: number } | null {
  const female = FIRST_NAMES.get(name.toLowerCase());
  if (female === undefined) return null;
  return female >= 0.5 ? { gender: 'female', share: round(female) } : { gender: 'male', share: round(1 - female) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
