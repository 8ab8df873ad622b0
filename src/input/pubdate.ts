/**
 * Publication dates from metadata and bylines, normalised to YYYY-MM-DD.
 *
 * A publication day is the calendar day the source states, in the source's own
 * offset when it gives one: "2023-11-08T22:35:29-08:00" is 2023-11-08 and
 * "Fri, 10 Apr 2020 17:58:15 +0100" is 2020-04-10. Nothing here reads the
 * machine's time zone (no Date.parse, no local-time Date methods), so the answer
 * is the same under any TZ. Only an epoch number, which names an instant and no
 * zone, is turned into its UTC day.
 */

/** Where a record's publication date came from (the record's `dateSource`). */
export type DateSource =
  'option' | 'json-ld' | 'meta' | 'url' | 'time' | 'byline' | 'text' | 'front-matter' | 'field' | 'header';

/** A day as a source states it. */
export interface StatedDate {
  day: string;
  /** The UTC instant in ms when the source gave a time and a zone, else null. */
  instant: number | null;
  /** True when the zone given was UTC ("Z", "+00:00", "GMT"): the page's own day may differ. */
  utc: boolean;
}

/** What a date field gives: a day, a numeric date whose day and month could be either, or nothing. */
export type FieldDate = StatedDate | { ambiguous: string } | null;

// Month names and their usual abbreviations: English, German, French, Spanish, Italian, Dutch,
// Portuguese, Swedish, and (genitive as in dates, then nominative) Russian, Ukrainian, Polish, Czech; Turkish.
const MONTHS: Array<[number, string[]]> = [
  [
    1,
    [
      'january',
      'jan',
      'januar',
      'jänner',
      'jän',
      'janvier',
      'janv',
      'enero',
      'ene',
      'gennaio',
      'gen',
      'januari',
      'janeiro',
      'января',
      'январь',
      'янв',
      'січня',
      'січень',
      'stycznia',
      'styczeń',
      'styczen',
      'ledna',
      'leden',
      'ocak',
    ],
  ],
  [
    2,
    [
      'february',
      'feb',
      'februar',
      'feber',
      'février',
      'fevrier',
      'févr',
      'fevr',
      'febrero',
      'febbraio',
      'februari',
      'fevereiro',
      'fev',
      'февраля',
      'февраль',
      'февр',
      'фев',
      'лютого',
      'лютий',
      'lutego',
      'luty',
      'února',
      'unora',
      'únor',
      'unor',
      'şubat',
      'subat',
    ],
  ],
  [
    3,
    [
      'march',
      'mar',
      'märz',
      'maerz',
      'mär',
      'mars',
      'marzo',
      'maart',
      'mrt',
      'março',
      'marco',
      'марта',
      'март',
      'березня',
      'березень',
      'marca',
      'marzec',
      'března',
      'brezna',
      'březen',
      'mart',
    ],
  ],
  [
    4,
    [
      'april',
      'apr',
      'avril',
      'avr',
      'abril',
      'abr',
      'aprile',
      'апреля',
      'апрель',
      'апр',
      'квітня',
      'квітень',
      'kwietnia',
      'kwiecień',
      'dubna',
      'duben',
      'nisan',
    ],
  ],
  [
    5,
    [
      'may',
      'mai',
      'mayo',
      'maggio',
      'mag',
      'mei',
      'maio',
      'мая',
      'май',
      'травня',
      'травень',
      'maja',
      'maj',
      'května',
      'kvetna',
      'květen',
      'mayıs',
      'mayis',
    ],
  ],
  [
    6,
    [
      'june',
      'jun',
      'juni',
      'juin',
      'junio',
      'giugno',
      'giu',
      'junho',
      'июня',
      'июнь',
      'червня',
      'червень',
      'czerwca',
      'czerwiec',
      'června',
      'cervna',
      'červen',
      'haziran',
    ],
  ],
  [
    7,
    [
      'july',
      'jul',
      'juli',
      'juillet',
      'juil',
      'julio',
      'luglio',
      'lug',
      'julho',
      'июля',
      'июль',
      'липня',
      'липень',
      'lipca',
      'lipiec',
      'července',
      'cervence',
      'červenec',
      'temmuz',
    ],
  ],
  [
    8,
    [
      'august',
      'aug',
      'août',
      'aout',
      'agosto',
      'ago',
      'augustus',
      'августа',
      'август',
      'авг',
      'серпня',
      'серпень',
      'sierpnia',
      'sierpień',
      'srpna',
      'srpen',
      'ağustos',
      'agustos',
      'augusti',
    ],
  ],
  [
    9,
    [
      'september',
      'sep',
      'sept',
      'septembre',
      'septiembre',
      'setiembre',
      'settembre',
      'set',
      'setembro',
      'сентября',
      'сентябрь',
      'сент',
      'вересня',
      'вересень',
      'września',
      'wrzesnia',
      'wrzesień',
      'září',
      'zari',
      'eylül',
      'eylul',
    ],
  ],
  [
    10,
    [
      'october',
      'oct',
      'oktober',
      'okt',
      'octobre',
      'octubre',
      'ottobre',
      'ott',
      'outubro',
      'out',
      'октября',
      'октябрь',
      'окт',
      'жовтня',
      'жовтень',
      'października',
      'pazdziernika',
      'październik',
      'října',
      'rijna',
      'říjen',
      'ekim',
    ],
  ],
  [
    11,
    [
      'november',
      'nov',
      'novembre',
      'noviembre',
      'novembro',
      'ноября',
      'ноябрь',
      'нояб',
      'листопада',
      'листопад',
      'listopada',
      'listopadu',
      'kasım',
      'kasim',
    ],
  ],
  [
    12,
    [
      'december',
      'dec',
      'dezember',
      'dez',
      'décembre',
      'decembre',
      'déc',
      'diciembre',
      'dic',
      'dicembre',
      'dezembro',
      'декабря',
      'декабрь',
      'дек',
      'грудня',
      'грудень',
      'grudnia',
      'grudzień',
      'prosince',
      'prosinec',
      'aralık',
      'aralik',
    ],
  ],
];
const MONTH_OF = new Map<string, number>();
for (const [n, names] of MONTHS) for (const w of names) MONTH_OF.set(w, n);
const MONTH_RE = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');

const B = '(?<![\\p{L}\\p{N}])'; // no letter or digit just before
const E = '(?![\\p{L}\\p{N}])'; // nor just after
// "6. August 2009", "27 octobre 2023", "5 de mayo de 2020", "1er mai 2020", "9th November 2023"
const DAY_MONTH_YEAR = `${B}(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+)?(${MONTH_RE})\\.?,?\\s*(?:de\\s+)?(\\d{4})${E}`;
// "September 17, 2019", "Aug. 16, 2020", "Mär 27, 2018", "November 9th 2023"
const MONTH_DAY_YEAR = `${B}(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${E}`;
const ISO_DAY = `${B}(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`;
const YMD_SLASH = `${B}(\\d{4})(?:/(\\d{1,2})/(\\d{1,2})(?![\\d/])|\\.(\\d{1,2})\\.(\\d{1,2})(?![\\d]|\\.\\d))`; // 2020/04/29, 2023.11.02
// "29.04.2020", "23.09.20": day first, as everywhere dots are used
const DMY_DOTS = `${B}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?![\\d.]?\\d)`;
const NUM_SLASH = `${B}(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])`;
const TEXT_DATE = new RegExp(
  [DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO_DAY, YMD_SLASH, DMY_DOTS, NUM_SLASH].map((p) => `(?:${p})`).join('|'),
  'giu',
);
// Group offsets of each alternative above.
const G = { dmy: 1, mdy: 4, iso: 7, ymd: 10, dots: 15, slash: 18 };

/** A date found in running text. */
export interface TextDate {
  day: string | null;
  /** The numeric date as written when day and month could be either ("10/04/2020"). */
  ambiguous: string | null;
  index: number;
  end: number;
  text: string;
}

/** Every calendar date written out in a text ("6. August 2009", "Aug. 16, 2020", "29.04.2020", "2020-04-29"), in order. */
export function* datesInText(text: string): Generator<TextDate> {
  TEXT_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TEXT_DATE.exec(text))) {
    const at = { index: m.index, end: m.index + m[0].length, text: m[0] };
    let day: string | null = null;
    let ambiguous: string | null = null;
    if (m[G.dmy]) day = validDay(+m[G.dmy + 2]!, MONTH_OF.get(m[G.dmy + 1]!.toLowerCase())!, +m[G.dmy]!);
    else if (m[G.mdy]) day = validDay(+m[G.mdy + 2]!, MONTH_OF.get(m[G.mdy]!.toLowerCase())!, +m[G.mdy + 1]!);
    else if (m[G.iso]) day = validDay(+m[G.iso]!, +m[G.iso + 1]!, +m[G.iso + 2]!);
    else if (m[G.ymd]) day = validDay(+m[G.ymd]!, +(m[G.ymd + 1] ?? m[G.ymd + 3])!, +(m[G.ymd + 2] ?? m[G.ymd + 4])!);
    else if (m[G.dots]) day = validDay(fullYear(m[G.dots + 2]!), +m[G.dots + 1]!, +m[G.dots]!);
    else {
      const a = +m[G.slash]!,
        b = +m[G.slash + 1]!,
        y = +m[G.slash + 2]!;
      if (a > 12) day = validDay(y, b, a);
      else if (b > 12) day = validDay(y, a, b);
      else if (a === b) day = validDay(y, a, a);
      else ambiguous = m[0];
    }
    if (day || ambiguous) yield { day, ambiguous, ...at };
  }
}

function fullYear(y: string): number {
  if (y.length === 4) return +y;
  return +y < 50 ? 2000 + +y : 1900 + +y;
}

const ISO_STAMP =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const ZONE_AFTER =
  /^\s*(?:,|at|um|à|-|\|)?\s*(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(?:(am|pm|a\.m\.|p\.m\.)\s*)?(Z|UTC|GMT|[+-]\d{2}:?\d{2})?/i;

/** Reads a date field's value ("2020-04-10T17:58:15+01:00", "Fri, 10 Apr 2020 17:58:15 +0100", "April 10, 2020", epoch seconds or ms). */
export function readDate(value: unknown): FieldDate {
  if (value instanceof Date) {
    const t = value.getTime();
    return isNaN(t) ? null : { day: value.toISOString().slice(0, 10), instant: t, utc: true };
  }
  // a number: YYYYMMDD (a YAML or JSON "date: 20200410"), else epoch seconds or milliseconds
  if (typeof value === 'number')
    return (
      (Number.isInteger(value) &&
        value >= 10000101 &&
        value <= 99991231 &&
        stated(validDay(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100))) ||
      fromEpoch(value)
    );
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  if (/^\d{9,10}(?:\.\d+)?$|^\d{12,13}$/.test(s)) return fromEpoch(+s);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return stated(validDay(+compact[1]!, +compact[2]!, +compact[3]!));
  const iso = ISO_STAMP.exec(s);
  if (iso) {
    const day = validDay(+iso[1]!, +iso[2]!, +iso[3]!);
    if (!day) return null;
    if (iso[4] === undefined || !iso[7]) return stated(day);
    return { day, ...zoned(day, +iso[4], +iso[5]!, +(iso[6] ?? 0), iso[7]) };
  }
  // A field holds one date: its first written date, with a time and zone when they follow.
  for (const d of datesInText(s)) {
    if (!d.day) return { ambiguous: d.ambiguous! };
    const t = ZONE_AFTER.exec(s.slice(d.end));
    if (t && t[5]) {
      let h = +t[1]!;
      const ap = t[4]?.toLowerCase().replace(/\./g, '');
      if (ap === 'pm' && h < 12) h += 12;
      if (ap === 'am' && h === 12) h = 0;
      return { day: d.day, ...zoned(d.day, h, +t[2]!, +(t[3] ?? 0), t[5]) };
    }
    return stated(d.day);
  }
  return null;
}

/** A date field for readers of structured inputs (CSV, JSON...): the day, or a warning saying why there is none. */
export function dateFromField(value: unknown): { day: string | null; warning: string | null } {
  if (value === null || value === undefined || value === '') return { day: null, warning: null };
  const d = readDate(value);
  if (d && 'day' in d) return { day: d.day, warning: null };
  if (d) return { day: null, warning: ambiguousWarning(d.ambiguous) };
  return { day: null, warning: `unrecognised date ${JSON.stringify(value)}` };
}

export function ambiguousWarning(written: string): string {
  return `ambiguous date "${written}" (day and month could be either), not used; give --date`;
}

/** Accepts the formats of readDate; returns the day or null (an ambiguous date is null). */
export function normalizeDate(value: unknown): string | null {
  const d = readDate(value);
  return d && 'day' in d ? d.day : null;
}

export const NO_DATE_WARNING = 'no publication date found; relative dates left unresolved (give --date)';

function stated(day: string | null): StatedDate | null {
  return day ? { day, instant: null, utc: false } : null;
}

function fromEpoch(n: number): StatedDate | null {
  // below 1e8 s (1973) a number is a count or an id, not the timestamp of a news article
  if (!isFinite(n) || n < 1e8) return null;
  const ms = n >= 1e11 ? n : n * 1000;
  const dt = new Date(ms);
  if (isNaN(dt.getTime()) || dt.getUTCFullYear() > 9999) return null;
  return { day: dt.toISOString().slice(0, 10), instant: ms, utc: true };
}

function zoned(
  day: string,
  h: number,
  min: number,
  sec: number,
  zone: string,
): { instant: number | null; utc: boolean } {
  if (h > 24 || min > 59 || sec > 60) return { instant: null, utc: false };
  let offset = 0;
  const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (z) offset = (z[1] === '-' ? -1 : 1) * (+z[2]! * 60 + +(z[3] ?? 0));
  const [y, m, d] = day.split('-').map(Number);
  const instant = Date.UTC(y!, m! - 1, d!, h, min, sec) - offset * 60_000;
  return { instant, utc: offset === 0 };
}

function validDay(y: number, m: number, d: number): string | null {
  if (!(y >= 1000 && y <= 9999)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** --date must be a real calendar day. */
export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && normalizeDate(value) === value;
}

/** The day before or after an ISO day. */
export function shiftDay(day: string, by: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + by)).toISOString().slice(0, 10);
}
