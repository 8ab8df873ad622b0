/**
 * Every date rule and refiner, in the order they run. A finding's `rule` is
 * one of these names (or two joined by a refiner, see FindingRule);
 * docs/dates.md describes each, and tests/date-rules.test.ts checks that
 * every rule's examples produce a finding of its name and that the doc lists
 * every name.
 */
import type { DateRefiner, DateRule } from './rule.js';
import * as absolute from './rules/absolute.js';
import * as years from './rules/years.js';
import * as months from './rules/months.js';
import * as spelled from './rules/spelled.js';
import { holiday } from './rules/holidays.js';
import * as quarters from './rules/quarters.js';
import * as weekday from './rules/weekday.js';
import * as days from './rules/days.js';
import * as periods from './rules/periods.js';
import * as ago from './rules/ago.js';
import * as seasons from './rules/seasons.js';
import * as decades from './rules/decades.js';
import { clock } from './rules/times.js';
import { refFuture, refPast, refPresent } from './rules/refs.js';
import { durationCount } from './rules/durations.js';
import { setFrequency, setMonth } from './rules/sets.js';
import { overlaps } from './refine/overlaps.js';
import { parenthetical } from './refine/parenthetical.js';
import { timeMerge } from './refine/time-merge.js';
import { modifiers } from './refine/modifiers.js';
import { trim } from './refine/trim.js';

/**
 * The rules in priority order: where two spans overlap the longer one wins,
 * and on a tie in length the earlier rule here. So written-out dates come
 * first ("June 14, 2023" over its year), then the wordier families
 * (quarters before the years and weekdays they contain), then the vaguer
 * ones (references to the present, "now"), and durations and sets last, so
 * "two years" gives way to "two years ago". Rules that read one pattern
 * ("June 14" with or without its year) stand together: their matches never
 * overlap one another.
 */
export const DATE_RULES: readonly DateRule[] = [
  // calendar dates written out
  absolute.monthDayYear,
  absolute.monthDayMod,
  absolute.monthDayAlone,
  years.yearRange,
  absolute.dayMonthYear,
  absolute.dayMonthAlone,
  absolute.monthOfYear,
  absolute.monthYear,
  absolute.iso,
  absolute.slashed,
  years.yearApostrophe,
  months.monthBare,
  months.monthLast,
  months.monthNext,
  months.monthThis,
  years.yearBare,
  years.yearFiscal,
  // years spelled out, holidays
  spelled.spelledSeasonYear,
  spelled.spelledMonthYear,
  spelled.spelledYearAlone,
  holiday,
  // quarters, halves, fiscal and whole years
  quarters.quarterOrdinal,
  quarters.quarterHalfOrdinal,
  quarters.twoQuarters,
  quarters.quarterEnded,
  quarters.quarterThis,
  quarters.quarterNext,
  quarters.quarterLast,
  quarters.quarterReported,
  quarters.quarterYearAgo,
  quarters.quarterYearAgoBare,
  quarters.samePeriodAgo,
  quarters.yearPeriod,
  quarters.latestPeriod,
  years.yearFull,
  years.yearWhole,
  quarters.quarterShorthand,
  quarters.halfShorthand,
  quarters.fiscalShorthand,
  quarters.fiscalYear,
  // weekdays and days named from the publication date
  weekday.weekdayLast,
  weekday.weekdayNext,
  weekday.weekdayThis,
  weekday.weekdayAnchored,
  weekday.weekdayTense,
  days.dayToday,
  days.dayTonight,
  days.dayThis,
  days.dayYesterday,
  days.dayLast,
  days.dayTomorrow,
  days.dayBeforeYesterday,
  days.dayAfterTomorrow,
  days.dayPart,
  // periods named or counted from a date
  periods.periodThis,
  periods.periodLast,
  periods.periodNext,
  periods.periodThe,
  periods.periodAnchored,
  ago.agoAgo,
  ago.agoFromNow,
  ago.agoEarlier,
  ago.agoLater,
  periods.weekOf,
  periods.dayAround,
  // seasons, decades, centuries
  seasons.seasonYear,
  seasons.seasonBare,
  seasons.seasonThis,
  seasons.seasonLast,
  seasons.seasonNext,
  seasons.seasonThe,
  decades.century,
  decades.decadeNumeric,
  decades.decadeShort,
  // clock times, vague references, then durations and sets
  clock,
  refPresent,
  refPast,
  refFuture,
  durationCount,
  setMonth,
  setFrequency,
];

/**
 * The refiners, in order: overlaps first (the others read neighbouring
 * spans, so those must be final), then the joins of two spans into one
 * (a parenthesis before a clock time, so "Wednesday (June 14), 9 a.m." joins
 * the day first), then the growth and trim of each span's ends.
 */
export const DATE_REFINERS: readonly DateRefiner[] = [overlaps, parenthetical, timeMerge, modifiers, trim];
