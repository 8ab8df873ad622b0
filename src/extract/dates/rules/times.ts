/**
 * Clock times: "18:00 UTC", "6 p.m.", "10:30 a.m. EST", "noon", "midday", "midnight".
 * Standalone they fall on the day the sentence named before them, else on the
 * publication day; refine/time-merge.ts joins them to an adjacent day ("10 p.m. Wednesday").
 */
import { dateRule } from '../rule.js';
import { fmtDay } from '../calendar.js';
import { dayOf } from '../resolve.js';
import { pattern, scan } from './scan.js';

const AMPM = '(?:a\\.m\\.|p\\.m\\.|am|pm)';
const TZ = '(?:UTC|GMT|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|BST|CET|CEST)';
const CLOCK = pattern(
  `(?:(?<hh>[01]?\\d|2[0-3]):(?<mm>[0-5]\\d)(?:\\s*(?<ampm>${AMPM}))?|(?<h12>1[0-2]|0?[1-9])\\s*(?<ampm2>${AMPM})|(?<word>noon|midnight|midday)|(?<mil>[01]\\d|2[0-3])(?<milm>[0-5]\\d)(?=\\s+(?:UTC|GMT)))(?:\\s+(?<tz>${TZ}))?`,
  '\\d|noon|midnight|midday',
);

export const clock = dateRule('time.clock', ['They met at 6 p.m.', 'The launch is at 18:00 UTC.'], (s) =>
  scan(s, CLOCK, (hit) => {
    const g = hit.g;
    let h: number;
    let min = 0;
    if (g.word) {
      h = g.word.toLowerCase() === 'midnight' ? 24 : 12;
    } else if (g.mil) {
      // "0800 UTC": military time, only trusted with its zone.
      h = +g.mil;
      min = +g.milm!;
    } else {
      h = +(g.hh ?? g.h12!);
      min = g.mm ? +g.mm : 0;
      const ampm = (g.ampm ?? g.ampm2)?.toLowerCase().replace(/\./g, '');
      if (ampm === 'pm' && h < 12) h += 12;
      if (ampm === 'am' && h === 12) h = 0;
      // A bare "4:30" in running text is often a score or ratio; keep only clock-like forms.
      if (!ampm && !g.tz && !/^\d\d:/.test(hit.m[0])) return null;
    }
    const zone = g.tz && /^(?:UTC|GMT)$/i.test(g.tz) ? 'Z' : '';
    // "THH:MM" (+ "Z" for UTC/GMT), the time part of a TIMEX3 value.
    const part = `T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}${zone}`;
    return {
      start: hit.start,
      end: hit.end,
      type: 'time',
      clock: part,
      resolve: (ctx) => {
        // "made its first flight Tuesday in Everett at 18:00 UTC": the day the sentence just named;
        // in a past narrative, the last day it told of ("Police arrived Friday. At 6 p.m. ...").
        const near = ctx.anchorNear ? dayOf(ctx.anchor) : ctx.dir === 'past' ? dayOf(ctx.anchorDay) : null;
        if (near) return fmtDay(near) + part;
        return ctx.ref ? fmtDay(ctx.ref) + part : null;
      },
    };
  }),
);
