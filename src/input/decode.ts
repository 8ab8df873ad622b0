/**
 * Bytes to text: UTF-8 (BOM dropped), UTF-16 with a BOM. Line ends stay as
 * they are (offsets slice the text as decoded; analysis sees CR LF as LF, see
 * ../offsets.ts). Invalid bytes become U+FFFD with a warning; NUL bytes
 * without a UTF-16 BOM mean a binary file.
 */
import { charsetOfMeta, charsetOfXmlDeclaration, decodeLegacy, decoderFor, isUtf8Prefix } from './charset.js';

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

export function decode(buf: Uint8Array): Decoded {
  const warnings: string[] = [];
  let text: string;
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(buf.subarray(2));
  } else if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(buf.subarray(2));
  } else {
    if (buf.indexOf(0) >= 0) {
      const utf16 = utf16WithoutBom(buf);
      if (utf16)
        return {
          ok: false,
          reason: `looks like UTF-16 ${utf16} without a byte order mark (BOM); save it with a BOM, or as UTF-8`,
        };
      return { ok: false, reason: 'looks binary (contains NUL bytes)' };
    }
    const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    const body = buf.subarray(start);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
      let n = 0;
      for (const ch of text) if (ch === '\uFFFD') n++;
      warnings.push(`invalid UTF-8: ${n} byte sequence${n === 1 ? '' : 's'} replaced by U+FFFD`);
    }
  }
  return { ok: true, text, warnings };
}

export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * 'LE' or 'BE' when the bytes look like UTF-16 text without a BOM: among the
 * first 4,096 byte pairs, most have a NUL on one side (ASCII and Latin text
 * in UTF-16) and nearly none on the other.
 */
function utf16WithoutBom(buf: Uint8Array): 'LE' | 'BE' | null {
  const pairs = Math.min(4096, Math.floor(buf.length / 2));
  if (pairs < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (buf[2 * i] === 0) even++;
    if (buf[2 * i + 1] === 0) odd++;
  }
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return 'LE';
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return 'BE';
  return null;
}

/**
 * A document in whatever encoding it declares, in the WHATWG order: a BOM,
 * then `charset` (from an HTTP Content-Type), then for HTML a <meta charset> /
 * http-equiv in the first 1024 bytes (for XML and XHTML, the <?xml encoding>); else UTF-8, and for HTML windows-1252
 * when the bytes are not UTF-8 (the web's legacy default).
 */
export function decodeDocument(
  buf: Uint8Array,
  hint: { charset?: string | null; html?: boolean; xml?: boolean } = {},
): Decoded {
  const bom =
    (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) ||
    (buf[0] === 0xff && buf[1] === 0xfe) ||
    (buf[0] === 0xfe && buf[1] === 0xff);
  if (bom) return decode(buf);
  const declared =
    hint.charset ??
    (hint.html ? charsetOfMeta(buf) : null) ??
    (hint.html || hint.xml ? charsetOfXmlDeclaration(buf) : null);
  const encoding = declared ? decoderFor(declared) : null;
  const warnings: string[] = [];
  if (declared && !encoding) warnings.push(`unknown charset ${JSON.stringify(declared)}: read as UTF-8`);
  if (encoding && encoding !== 'utf-8') {
    if (buf.indexOf(0) >= 0) return { ok: false, reason: 'looks binary (contains NUL bytes)' };
    return { ok: true, text: decodeLegacy(buf, encoding), warnings };
  }
  if (hint.html && !encoding && !isUtf8Prefix(buf) && buf.indexOf(0) < 0) {
    warnings.push('not valid UTF-8 and no charset declared: read as windows-1252');
    return { ok: true, text: decodeLegacy(buf, 'windows-1252'), warnings };
  }
  const d = decode(buf);
  if (d.ok) d.warnings.unshift(...warnings);
  return d;
}
