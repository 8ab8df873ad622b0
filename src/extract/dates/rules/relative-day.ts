/**
 * Days named from the publication date: today, yesterday, tomorrow, tonight,
 * "this morning", "last night", "the day before yesterday".
 */
import type { Candidate, SentenceView } from '../candidate.js';
import { addDays, fmtDay } from '../calendar.js';
import { PART_OF_DAY, PARTS_OF_DAY } from '../lexicon.js';
import { pattern, scan } from './scan.js';

const DAY_WORD = pattern(
  `(?:the day (?<around>before yesterday|after tomorrow))|(?<word>today|yesterday|tomorrow|tonight)(?:\\s+(?<part>${PART_OF_DAY}))?|(?<this>this|last|tomorrow|yesterday)\\s+(?<part2>${PART_OF_DAY})`,
);

const OFFSETS: Record<string, number> = {
  today: 0, tonight: 0, this: 0, yesterday: -1, last: -1, tomorrow: 1,
  'before yesterday': -2, 'after tomorrow': 2,
};

export function relativeDays(s: SentenceView): Candidate[] {
  return scan(s, DAY_WORD, (hit) => {
    const word = (hit.g.around ?? hit.g.word ?? hit.g.this)!.toLowerCase();
    const partWord = (hit.g.part ?? hit.g.part2)?.toLowerCase();
    // "last night" is the night before; "last morning" is not an expression.
    if (word === 'last' && partWord !== 'night') return null;
    const part = word === 'tonight' ? 'NI' : partWord ? PARTS_OF_DAY[partWord] : undefined;
    const shift = OFFSETS[word] ?? 0;
    return {
      start: hit.start, end: hit.end, type: part ? 'time' : 'date', rule: `day.${word.replace(' ', '-')}`,
      resolve: (ctx) => (ctx.ref ? fmtDay(addDays(ctx.ref, shift)) + (part ? `T${part}` : '') : null),
    };
  });
}
