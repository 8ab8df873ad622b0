/**
 * WARC files (WARC/1.0 and 1.1, plain or .warc.gz), framed by Webrecorder's
 * warcio: each `response` (or `resource`) record whose payload is HTML or
 * text is one article. Its HTTP headers are removed and its body decoded
 * here (chunked transfer, then gzip, deflate or br content encoding, with
 * node's zlib); the charset of its HTTP Content-Type goes to the page
 * decoder. `id` is the WARC-Target-URI; `source` is "file.warc.gz:N", N the
 * record's position in the file counting every record from 1. The crawl date
 * (WARC-Date) is not a publication date and is not used. Other records
 * (requests, metadata, images, redirects, errors) are skipped.
 */
import { createRequire } from 'node:module';
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { AsyncIterReader as AsyncIterReaderClass, WARCParser as WARCParserClass } from 'warcio';
import { charsetOfContentType } from './charset.js';
import type { Source } from './sources.js';
import { peek, type Chunks } from './streams.js';

type Warcio = { WARCParser: typeof WARCParserClass; AsyncIterReader: typeof AsyncIterReaderClass };
// Loaded on first use, as the HTML and YAML libraries are.
let warcio: Warcio | undefined;
const lib = (): Warcio => (warcio ??= createRequire(import.meta.url)('warcio') as Warcio);

/** Whether a stream's first bytes are a WARC record (for standard input and files without a name). */
export const looksLikeWarc = (head: Uint8Array) =>
  Buffer.from(head.subarray(0, 8)).toString('latin1').startsWith('WARC/');

const PAGE_TYPES: Record<string, string> = {
  'text/html': '.html',
  'application/xhtml+xml': '.html',
  'text/plain': '.txt',
};

/** `chunks` are the uncompressed bytes (a .warc.gz is gunzipped before, by node's zlib). */
export async function* readWarc(chunks: Chunks, path: string, maxBytes: number): AsyncGenerator<Source> {
  const p = await peek(chunks, 8);
  if (!looksLikeWarc(p.head)) {
    yield { kind: 'error', path, reason: 'not a WARC file (it does not start with "WARC/")' };
    return;
  }
  const { WARCParser, AsyncIterReader } = lib();
  const parser = new WARCParser(new AsyncIterReader(p.chunks, null));
  let n = 0;
  let pages = 0;
  // warcio reports a malformed record with console.warn / console.log: to stdout that would
  // break the JSON output, so its notes become warnings of the next page read.
  const notes: string[] = [];
  const hush = async <T>(step: () => Promise<T>): Promise<T> => {
    const saved = { log: console.log, warn: console.warn };
    console.log = console.warn = (...args: unknown[]) =>
      void notes.push(`WARC: ${args.map(String).join(' ').split('\n')[0]}`);
    try {
      return await step();
    } finally {
      Object.assign(console, saved);
    }
  };
  const records = parser[Symbol.asyncIterator]();
  try {
    for (let r = await hush(() => records.next()); !r.done; r = await hush(() => records.next())) {
      const record = r.value;
      n++;
      const type = record.warcType;
      if (type !== 'response' && type !== 'resource') continue;
      const http = record.httpHeaders;
      const status = http ? Number(http.statusCode) : 200;
      const contentType = (http ? http.headers.get('Content-Type') : record.warcContentType) ?? null;
      const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
      const ext = contentType === null ? '' : PAGE_TYPES[mime];
      if (status < 200 || status > 299 || ext === undefined) continue;
      pages++;
      const source = `${path}:${n}`;
      if (record.warcContentLength > maxBytes + 64 * 1024) {
        yield {
          kind: 'error',
          path: source,
          reason: `record larger than --max-bytes (${record.warcContentLength} > ${maxBytes} bytes)`,
        };
        continue;
      }
      const raw = await hush(() => record.readFully(false));
      const body = http ? httpBody(raw, http.headers, maxBytes) : { ok: true as const, bytes: raw };
      if (!body.ok) {
        yield { kind: 'error', path: source, reason: body.reason };
        continue;
      }
      const id = record.warcTargetURI ?? null;
      const warnings = notes.splice(0);
      yield {
        kind: 'document',
        bytes: body.bytes,
        path: source,
        ext,
        meta: { id, charset: charsetOfContentType(contentType), ...(warnings.length ? { warnings } : {}) },
      };
    }
  } catch (err) {
    yield {
      kind: 'error',
      path: n ? `${path}:${n}` : path,
      reason: `not a readable WARC (${(err as Error).message.split('\n')[0]})`,
    };
    return;
  }
  if (n === 0) yield { kind: 'error', path, reason: 'not a WARC file (no WARC records)' };
  else if (pages === 0)
    yield {
      kind: 'error',
      path,
      reason: `no HTML or text response records among its ${n} record${n === 1 ? '' : 's'}`,
    };
}

type Headers = { get(name: string): string | null | undefined };
type Body = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** The body as the server meant it: chunked transfer undone, then the content encodings, last applied first. */
export function httpBody(raw: Uint8Array, headers: Headers, maxBytes: number): Body {
  let bytes: Uint8Array = raw;
  const transfer = (headers.get('Transfer-Encoding') ?? '').toLowerCase();
  if (transfer.includes('chunked')) {
    const d = dechunk(bytes);
    // Crawlers often store the body already de-chunked but keep the header.
    if (d) bytes = d;
  }
  const codings = (headers.get('Content-Encoding') ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'identity');
  for (const coding of codings.reverse()) {
    try {
      const opts = { maxOutputLength: Math.max(maxBytes, 1) };
      if (coding === 'gzip' || coding === 'x-gzip')
        bytes = looksCompressed(bytes, coding) ? gunzipSync(bytes, opts) : bytes;
      else if (coding === 'deflate') bytes = looksCompressed(bytes, coding) ? inflateOrRaw(bytes, opts) : bytes;
      else if (coding === 'br') bytes = brotliDecompressSync(bytes, opts);
      else return { ok: false, reason: `unsupported content encoding "${coding}"` };
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|Cannot create a Buffer larger/i.test(e.message))
        return { ok: false, reason: `larger than --max-bytes (${maxBytes} bytes) when decompressed` };
      return { ok: false, reason: `cannot decode content encoding "${coding}": ${e.message.split('\n')[0]}` };
    }
  }
  return { ok: true, bytes };
}

// Some archives store the decoded body and keep the original header: decode only what is encoded.
function looksCompressed(b: Uint8Array, coding: string): boolean {
  if (coding === 'deflate')
    return b.length > 1 && (b[0]! & 0x0f) === 8
      ? true
      : !/^\s*</.test(Buffer.from(b.subarray(0, 64)).toString('latin1'));
  return b.length > 1 && b[0] === 0x1f && b[1] === 0x8b;
}

function inflateOrRaw(b: Uint8Array, opts: { maxOutputLength: number }): Buffer {
  try {
    return inflateSync(b, opts);
  } catch {
    return inflateRawSync(b, opts); // "deflate" sent without its zlib wrapper, as some servers do
  }
}

/** Undoes chunked transfer coding; null when the bytes are not chunked. */
export function dechunk(b: Uint8Array): Uint8Array | null {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const nl = buf.indexOf('\r\n', at, 'latin1');
    if (nl < 0) return null;
    const size = parseInt(buf.toString('latin1', at, nl).split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0 || !/^[0-9a-f]+/i.test(buf.toString('latin1', at, nl).trim())) return null;
    if (size === 0) return Buffer.concat(parts);
    const start = nl + 2;
    if (start + size > buf.length) {
      parts.push(buf.subarray(start)); // cut short by the crawler: keep what came
      return Buffer.concat(parts);
    }
    parts.push(buf.subarray(start, start + size));
    at = start + size;
    if (buf[at] === 0x0d && buf[at + 1] === 0x0a) at += 2;
    if (at >= buf.length) return Buffer.concat(parts);
  }
}
