/**
 * Long articles are analysed in segments; a cut never falls inside quoted
 * material when one outside is to be had, so no quote is lost at a cut.
 */
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../src/index.js';
import { segmentBounds } from '../src/segment.js';

vi.setConfig({ testTimeout: 300_000 });

const Q = (i: number) =>
  `We will go on. We will not stop. Not now. Not ever. We hold the line. We keep the faith. It is our turn ${i},`;

describe('segment cuts', () => {
  it('fall at a sentence end outside quotes, though most sentence ends are inside', () => {
    const text = `"One. Two. Three." she said. "Four. Five. Six." he said. "Seven. Eight."`;
    const cuts = segmentBounds(text, 40).map(([, b]) => b);
    expect(cuts.map((b) => text.slice(0, b))).toEqual([
      `"One. Two. Three." she said. `,
      `"One. Two. Three." she said. "Four. Five. Six." he said. `,
      text,
    ]);
  });

  it('fall inside a quote only when the window has no other place', () => {
    const text = `"${'Word. '.repeat(20)}" she said.`;
    const b = segmentBounds(text, 40);
    expect(b[0]).toEqual([0, 37]);
    expect(b[b.length - 1]![1]).toBe(text.length);
  });

  it('a long one-line article keeps every quote whole, with its speaker', () => {
    let text = 'date 2023-06-15\n';
    let n = 0;
    while (text.length < 140 * 1024) text += `"${Q(n++)}" said Jane Smith. `;
    const rec = analyze(text);
    expect(rec.quotes.map((q) => q.text)).toEqual(Array.from({ length: n }, (_, i) => Q(i)));
    expect(new Set(rec.quotes.map((q) => `${q.rule} ${q.speaker?.name}`))).toEqual(
      new Set(['quoted.cue-after Jane Smith']),
    );
    const cps = [...text];
    for (const q of rec.quotes) expect(cps.slice(q.start, q.end).join('')).toBe(q.text);
  });
});
