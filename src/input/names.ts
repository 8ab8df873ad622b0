/**
 * File names as bytes. Linux names are bytes, not text: one that is not
 * UTF-8 is opened by its bytes and shown (in `source`, on stderr) with each
 * byte that is not part of a UTF-8 character written as \xHH, the rest as
 * text: `caf\xe9.txt` for the Latin-1 name "café.txt". Control characters
 * (a line break in a name would break the one-line error) are shown as \xHH too.
 */
import { readFileSync } from 'node:fs';

/** A name to open: text, or the bytes of one that is not UTF-8. */
export type FsPath = string | Buffer;

/** How a name is shown: UTF-8 as text, other bytes and control characters (U+0000-001F, U+007F) as \xHH. */
export function displayName(raw: Buffer): string {
  let out = '';
  let at = 0; // start of the run of valid UTF-8 not yet copied
  let i = 0;
  while (i < raw.length) {
    const n = utf8Length(raw, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += raw.toString('utf8', at, i) + `\\x${raw[i]!.toString(16).padStart(2, '0')}`;
    i++;
    at = i;
  }
  return out + raw.toString('utf8', at, i);
}

/** Length of the well-formed UTF-8 character at i, or 0 (the ranges of the Unicode standard, table 3-7). */
function utf8Length(b: Buffer, i: number): number {
  const c = b[i]!;
  if (c < 0x20 || c === 0x7f) return 0;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const [lo, hi] = c === 0xe0 ? [0xa0, 0xbf] : c === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const [lo, hi] = c === 0xf0 ? [0x90, 0xbf] : c === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** dir/name as bytes. */
export function joinPath(dir: FsPath, name: Buffer): Buffer {
  const d = typeof dir === 'string' ? Buffer.from(dir) : dir;
  return d.length > 0 && d[d.length - 1] === 0x2f
    ? Buffer.concat([d, name])
    : Buffer.concat([d, Buffer.from('/'), name]);
}

/**
 * The bytes of a command-line argument that Node received as U+FFFD (it
 * decodes argv as UTF-8): Linux keeps the originals in /proc/PID/cmdline, of
 * this process or, when `node bin/extract.js` started it (passing the
 * arguments on as text), of its parent. `nth`: the how-manieth argument that
 * arrived as `shown`. null when they cannot be found.
 */
export function rawArgument(shown: string, nth = 0): Buffer | null {
  for (const pid of ['self', String(process.ppid)]) {
    let cmdline: Buffer;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`);
    } catch {
      continue;
    }
    let at = 0;
    for (let nul = cmdline.indexOf(0, at); nul >= 0; nul = cmdline.indexOf(0, at)) {
      const arg = cmdline.subarray(at, nul);
      at = nul + 1;
      // Only bytes that are not UTF-8 (a copy already decoded would match too);
      // the nth such argument, as "caf\xe9" and "caf\xe8" both arrive as "caf\uFFFD".
      const text = arg.toString('utf8');
      if (text === shown && !Buffer.from(text).equals(arg) && nth-- === 0) return Buffer.from(arg);
    }
  }
  return null;
}
