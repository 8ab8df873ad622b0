/** Publication dates from metadata, normalised to YYYY-MM-DD. */

/** Accepts ISO dates and timestamps ("2023-06-15", "2023-06-15T08:00:00Z"); returns null otherwise. */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) return isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!);
  const m2 = /^\s*(\d{4})\/(\d{2})\/(\d{2})\s*$/.exec(value);
  if (m2) return validDay(+m2[1]!, +m2[2]!, +m2[3]!);
  // RFC 2822 and similar textual dates from HTML metadata
  if (/[a-z]/i.test(value) && /\d{4}/.test(value)) {
    const t = Date.parse(value);
    if (!isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  }
  return null;
}

function validDay(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** --date must be a real calendar day. */
export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && normalizeDate(value) === value;
}
