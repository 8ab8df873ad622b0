/** Words and regex fragments for date expressions. Fragments are matched case-insensitively. */

/** Month names written in full (no abbreviations). */
export const FULL_MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** Month names and abbreviations; capitalisation is checked separately (see monthOk in rules/months.ts). */
export const MONTH = `(?:${FULL_MONTH}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)`;
/** Gate words for patterns with a month (see rules/scan.ts GATES): every MONTH starts with one. */
export const MONTH_GATE = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
export const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day';
export const DAY_NUM = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
export const YEAR = '(?:1[0-9]\\d\\d|20\\d\\d)';
export const PART_OF_DAY = '(?:morning|afternoon|evening|night)';
export const NUMBER_WORD =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a few|few|several|a couple of|a couple|couple of|some|many)';
export const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)';
export const UNIT = '(?:second|minute|hour|day|week|month|quarter|year|decade|century)';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** 1-12, or 0 when not a month name. */
export function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** ISO weekday 1-7, or 0. */
export function weekdayIndex(word: string): number {
  return WEEKDAYS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

/** A count as written ("two", "12", "a"), or null for vague counts ("several", "a few"). */
export function countOf(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d+$/.test(w)) return +w;
  return NUMBERS[w] ?? null;
}

export function ordinalOf(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith('first') || w === '1st') return 1;
  if (w.startsWith('second') || w === '2nd') return 2;
  if (w.startsWith('third') || w === '3rd') return 3;
  if (w.startsWith('fourth') || w === '4th') return 4;
  return 0;
}

export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  const map: Record<string, Unit> = {
    second: 'S',
    minute: 'MIN',
    hour: 'H',
    day: 'D',
    week: 'W',
    month: 'M',
    quarter: 'Q',
    year: 'Y',
    decade: 'DE',
    century: 'CE',
    centurie: 'CE',
  };
  return map[w] ?? null;
}

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** Sentences about other spans than a quarter: "the first nine months", "year to date", "the full year". */
export const NON_QUARTER_PERIOD = /\b(?:nine|six) months\b|\byear[- ]to[- ]date\b|\bfull year\b|\bfiscal year\b/i;
