import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATE_REFINERS, DATE_RULES } from '../src/extract/dates/rules.js';
import { run } from './helpers.js';

const found = (text: string) => run(text).dates.map((d) => `${d.rule}: ${d.text}`);

describe('the date rule lists and docs/dates.md', () => {
  const doc = readFileSync(new URL('../docs/dates.md', import.meta.url), 'utf8');
  const documented = [...doc.matchAll(/^\| `([a-z.-]+)` +\|/gm)].map((m) => m[1]!);
  it('every rule and refiner is documented once, and every documented name exists', () => {
    const names = [...DATE_RULES, ...DATE_REFINERS].map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...documented].sort()).toEqual([...names].sort());
  });
  it.each(DATE_RULES.map((r) => [r.name, r] as const))('%s: its examples give a finding of that name', (name, r) => {
    expect(r.examples.length).toBeGreaterThan(0);
    for (const text of r.examples) expect(run(text).dates.map((d) => d.rule)).toContain(name);
  });
  it.each(DATE_REFINERS.map((r) => [r.name, r] as const))('%s: its first example shows what it does', (_name, r) => {
    expect(found(r.examples[0]!)).toContain(`${r.shows.rule}: ${r.shows.text}`);
  });
  it('a text without dates gives no finding', () => {
    expect(found('The board met and the shares rose.')).toEqual([]);
  });
});
