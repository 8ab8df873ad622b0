/**
 * Days named from the publication date: today, yesterday, tomorrow, tonight,
 * "this morning", "last night", "the day before yesterday".
 */
import { dateRule, type DateRuleName } from '../rule.js';
import { addDays, fmtDay } from '../calendar.js';
import { PART_OF_DAY, PARTS_OF_DAY } from '../words.js';
import { dayOf } from '../resolve.js';
import { pattern, scan, textBefore } from './scan.js';

const DAY_WORD = pattern(
  `(?:the day (?<around>before yesterday|after tomorrow))|(?<word>today|yesterday|tomorrow|tonight)(?:\\s+(?<part>${PART_OF_DAY}))?|(?<this>this|last|tomorrow|yesterday)\\s+(?<part2>${PART_OF_DAY})`,
  'yesterday|tomorrow|today|tonight|morning|afternoon|evening|night',
);
/** "in the morning", "by mid-afternoon": a part of the day the article is about (the last day it named). */
const PART_ALONE = pattern(
  `(?:the\\s+)?(?:mid[\\s-]?)?(?<part>morning|afternoon|evening)(?:\\s+(?<when>yesterday|today|tomorrow))?`,
  'morning|afternoon|evening',
);

const OFFSETS: Record<string, number> = {
  today: 0,
  tonight: 0,
  this: 0,
  yesterday: -1,
  last: -1,
  tomorrow: 1,
  'before yesterday': -2,
  'after tomorrow': 2,
};

const dayWord = (name: DateRuleName, examples: string[]) =>
  dateRule(name, examples, (s) =>
    scan(s, DAY_WORD, (hit) => {
      const word = (hit.g.around ?? hit.g.word ?? hit.g.this)!.toLowerCase();
      const partWord = (hit.g.part ?? hit.g.part2)?.toLowerCase();
      // "last night" is the night before; "last morning" is not an expression.
      if (word === 'last' && partWord !== 'night') return null;
      if (`day.${word.replace(' ', '-')}` !== name) return null;
      const part = word === 'tonight' ? 'NI' : partWord ? PARTS_OF_DAY[partWord] : undefined;
      const shift = OFFSETS[word] ?? 0;
      return {
        start: hit.start,
        end: hit.end,
        type: part ? 'time' : 'date',
        resolve: (ctx) => (ctx.ref ? fmtDay(addDays(ctx.ref, shift)) + (part ? `T${part}` : '') : null),
      };
    }),
  );
export const dayToday = dayWord('day.today', ['The shop is open today.']);
export const dayTonight = dayWord('day.tonight', ['The shop is open tonight.']);
export const dayThis = dayWord('day.this', ['The shop opened this morning.']);
export const dayYesterday = dayWord('day.yesterday', ['The shop opened yesterday.']);
export const dayLast = dayWord('day.last', ['The shop burned last night.']);
export const dayTomorrow = dayWord('day.tomorrow', ['The shop opens tomorrow.']);
export const dayBeforeYesterday = dayWord('day.before-yesterday', ['The shop opened the day before yesterday.']);
export const dayAfterTomorrow = dayWord('day.after-tomorrow', ['The shop opens the day after tomorrow.']);

/** "in the morning", "by mid-afternoon": a part of the day the article is about (the last day it named). */
export const dayPart = dateRule('day.part', ['The shop opened on Friday. It closed in the afternoon.'], (s) =>
  scan(s, PART_ALONE, (hit) => {
    const before = textBefore(s, hit.start);
    // Only where a preposition makes it a time: "in the morning", "by mid-afternoon", "during the evening".
    if (!/\b(?:in|by|during|until|through|from|since|early|late|later|earlier|at)\s+$/i.test(before)) return null;
    if (!hit.g.when && !/^(?:the\s+|mid)/i.test(hit.m[0])) return null;
    const part = PARTS_OF_DAY[hit.g.part!.toLowerCase()]!;
    const shift = hit.g.when ? OFFSETS[hit.g.when.toLowerCase()]! : null;
    return {
      start: hit.start,
      end: hit.end,
      type: 'time',
      resolve: (ctx) => {
        const base = shift === null ? (dayOf(ctx.anchorDay) ?? ctx.ref) : ctx.ref ? addDays(ctx.ref, shift) : null;
        return base ? `${fmtDay(base)}T${part}` : null;
      },
    };
  }),
);
