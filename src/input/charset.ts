/**
 * Character encodings beyond UTF-8 and UTF-16: the WHATWG sniffing order for
 * pages (a BOM, then the charset of the HTTP Content-Type, then a <meta
 * charset> or http-equiv in the first 1024 bytes), and a windows-1252
 * fallback for bytes that are not UTF-8. Legacy encodings are decoded by
 * iconv-lite: Node 20's TextDecoder reads windows-1252 as ISO-8859-1, which
 * turns its curly quotes into C1 control characters.
 */
import { createRequire } from 'node:module';

type Iconv = { decode(buf: Uint8Array, enc: string): string; encodingExists(enc: string): boolean };
// Loaded on first use: UTF-8 runs never pay for the code tables.
let iconv: Iconv | undefined;
const lib = (): Iconv => (iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv);

/** The charset a Content-Type names ("text/html; charset=ISO-8859-1" → "iso-8859-1"), or null. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The encoding a page declares (<meta charset>, http-equiv Content-Type), or
 * null. WHATWG's prescan reads 1024 bytes, and the parser changes encoding
 * when it meets a later <meta> in the head; real pages need that (a Wayback
 * Machine copy has a kilobyte of its scripts first, some sites 30 KB), so the
 * whole head is read, up to 64 KB, without its scripts, styles and comments.
 */
export function charsetOfMeta(buf: Uint8Array): string | null {
  let head = Buffer.from(buf.subarray(0, 64 * 1024)).toString('latin1');
  const end = head.search(/<\/head\s*>|<body\b/i);
  if (end >= 0) head = head.slice(0, end);
  head = head.replace(/<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1]!.toLowerCase();
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag);
      const cs = content ? /charset\s*=\s*["']?([^"'\s;]+)/i.exec(content[2]!) : null;
      if (cs) return cs[1]!.toLowerCase();
    }
  }
  return null;
}

/** The encoding of an XML declaration (<?xml version="1.0" encoding="ISO-8859-1"?>), or null. */
export function charsetOfXmlDeclaration(buf: Uint8Array): string | null {
  const m = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(
    Buffer.from(buf.subarray(0, 200)).toString('latin1'),
  );
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * WHATWG label to the decoder used: latin1 and ascii mean windows-1252 on the
 * web; a page that declares UTF-16 in ASCII bytes cannot be, so UTF-8.
 */
export function decoderFor(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(l)) return 'utf-8';
  if (/^(?:utf-?16(?:le|be)?|unicode|ucs-2)$/.test(l)) return 'utf-8';
  if (
    /^(?:iso-?8859-1|latin-?1|l1|us-ascii|ascii|ansi_x3\.4-1968|cp819|ibm819|iso-ir-100|windows-1252|cp1252|x-cp1252)$/.test(
      l,
    )
  )
    return 'windows-1252';
  return lib().encodingExists(l) ? l : null;
}

/** Decodes bytes in a legacy encoding (a name decoderFor returned). */
export function decodeLegacy(buf: Uint8Array, encoding: string): string {
  return lib().decode(buf, encoding);
}

/** Whether the bytes are UTF-8, allowing a sequence cut at the end (a stream's first chunk). */
export function isUtf8Prefix(buf: Uint8Array): boolean {
  let end = buf.length;
  // Step back over a trailing incomplete sequence (at most 3 bytes).
  for (let i = 1; i <= 3 && i <= buf.length; i++) {
    const b = buf[buf.length - i]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (need > i) end = buf.length - i;
    }
    break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}
