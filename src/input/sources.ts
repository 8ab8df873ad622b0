/**
 * Reads inputs into sources, in input order, one at a time so that a large
 * corpus is streamed rather than loaded whole. A source is either an article
 * already read (a JSON Lines, CSV or JSON record, a feed item in prose) or a
 * document's raw bytes (a page, a text, a WARC record, an HTML fragment),
 * decoded and read by ./read.ts (in a worker thread when there are several):
 * this module stays light so that the main thread starts fast.
 */
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Article } from '../types.js';
import { decode, decodeDocument } from './decode.js';
import { reasonOf, type InputItem } from './discover.js';
import type { FieldNames } from './fields.js';
import { fieldSource } from './field-source.js';
import { formatOf, unsupportedReason, type Format } from './formats.js';
import { articleFromJsonLine } from './jsonl.js';
import type { FsPath } from './names.js';
import { gather, gunzip, isGzip, maybeGunzip, openFile, peek, type Chunks } from './streams.js';

/** What a document's container knows of it: a WARC record's URI and charset, a feed item's link, title and date. */
export interface DocumentMeta {
  id?: string | null;
  title?: string | null;
  date?: string | null;
  /** Charset from an HTTP Content-Type (WARC), before the page's own <meta>. */
  charset?: string | null;
  warnings?: string[];
}

export type Source =
  | { kind: 'article'; article: Article }
  /**
   * A whole document to decode; `ext` picks the reader (".html", ".md", ".txt";
   * ".fragment" an HTML fragment from a field or feed item; '' guesses from content).
   */
  | { kind: 'document'; bytes: Uint8Array; path: string; ext: string; meta?: DocumentMeta }
  /** The input (or one record of it) could not be read: reported on stderr, exit code 1. */
  | { kind: 'error'; path: string; reason: string };

export interface ReadOptions {
  /** Largest article accepted, in bytes. */
  maxBytes?: number;
  stdin?: Readable;
  /** --text-field etc. for CSV, JSON and JSON Lines. */
  fields?: FieldNames;
  /** Extensions given with --ext: a file given by name with one of them is read as text. */
  extensions?: string[];
  /**
   * A .json file found in a folder that holds no article (an annotation or
   * metadata file beside the texts): counted here instead of being an error.
   * Without it, such a file is an error, as it is when named.
   */
  onNoArticleJson?: (path: string) => void;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export async function* readSources(items: Iterable<InputItem>, options: ReadOptions = {}): AsyncGenerator<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const item of items) {
    if (item.kind === 'error') {
      yield { kind: 'error', path: item.path, reason: item.reason };
    } else if (item.kind === 'stdin') {
      yield* readStdin(options.stdin ?? process.stdin, maxBytes, options);
    } else {
      yield* readFileItem(
        item.path,
        maxBytes,
        item.inFolder && options.onNoArticleJson ? options : { ...options, onNoArticleJson: undefined },
        item.fsPath,
      );
    }
  }
}

/** `fsPath` is the name to open when it is not `path` (bytes that are not UTF-8, see ./names.ts). */
async function* readFileItem(
  path: string,
  maxBytes: number,
  options: ReadOptions,
  fsPath: FsPath = path,
): AsyncGenerator<Source> {
  const f = formatOf(path, options.extensions);
  if (f.format === null) {
    yield { kind: 'error', path, reason: unsupportedReason(f.ext) };
    return;
  }
  if (!f.gzip && !CONTAINER_STREAMS.has(f.format)) {
    // a document too large is one error before it is read
    try {
      // a pipe, /dev/stdin or <(...) has no size beforehand: the limit holds while reading (gather)
      const st = await stat(fsPath);
      const size = st.isFile() ? st.size : 0;
      if (size > maxBytes) {
        yield { kind: 'error', path, reason: `larger than --max-bytes (${size} > ${maxBytes} bytes)` };
        return;
      }
    } catch (err) {
      yield { kind: 'error', path, reason: reasonOf(err) };
      return;
    }
  }
  // open first, so that an unreadable file is one error before any record
  const opened = await openFile(fsPath);
  if (!opened.ok) {
    yield { kind: 'error', path, reason: reasonOf(opened.err) };
    return;
  }
  try {
    yield* readFormat(await maybeGunzip(opened.chunks, f.gzip), path, f.format, maxBytes, options);
  } catch (err) {
    yield { kind: 'error', path, reason: reasonOf(err) };
  } finally {
    opened.close();
  }
}

/** Formats read as they stream, record by record; the others are read whole, up to --max-bytes. */
const CONTAINER_STREAMS: ReadonlySet<Format> = new Set(['jsonl', 'csv', 'tsv', 'warc']);
const DOCUMENT_EXT: Partial<Record<Format, string>> = { text: '.txt', markdown: '.md', html: '.html' };

async function* readFormat(
  chunks: Chunks,
  path: string,
  format: Format,
  maxBytes: number,
  options: ReadOptions,
): AsyncGenerator<Source> {
  const fields = options.fields ?? {};
  switch (format) {
    case 'jsonl':
      yield* readJsonLines(chunks, path, maxBytes, fields);
      return;
    case 'csv':
    case 'tsv':
      yield* (await import('./csv.js')).readCsv(chunks, path, { tsv: format === 'tsv', maxBytes, fields });
      return;
    case 'warc':
      yield* (await import('./warc.js')).readWarc(chunks, path, maxBytes);
      return;
    case 'sniff':
      yield* readUnnamed(chunks, path, maxBytes, options);
      return;
  }
  const bytes = await gather(chunks, maxBytes);
  if (bytes === null) {
    yield {
      kind: 'error',
      path,
      reason: `larger than --max-bytes (${maxBytes} bytes)${format === 'json' ? '; a large corpus reads best as JSON Lines' : ''}`,
    };
    return;
  }
  if (format === 'json' || format === 'feed') {
    const decoded = decodeDocument(bytes, { xml: format === 'feed' });
    if (!decoded.ok) {
      yield { kind: 'error', path, reason: decoded.reason };
      return;
    }
    const read =
      format === 'json'
        ? (await import('./json.js')).readJson(decoded.text, path, fields)
        : (await import('./feed.js')).readFeed(decoded.text, path);
    for (const src of read) {
      if (
        format === 'json' &&
        options.onNoArticleJson &&
        src.kind === 'error' &&
        src.path === path &&
        src.reason.startsWith('not an article')
      ) {
        options.onNoArticleJson(path);
        continue;
      }
      if (decoded.warnings.length) withWarnings(src, decoded.warnings);
      yield src;
    }
    return;
  }
  yield { kind: 'document', bytes, path, ext: DOCUMENT_EXT[format] ?? '' };
}

function withWarnings(src: Source, warnings: string[]): void {
  if (src.kind === 'article') src.article.warnings.unshift(...warnings);
  else if (src.kind === 'document') (src.meta ??= {}).warnings = [...warnings, ...(src.meta.warnings ?? [])];
}

async function* readJsonLines(
  stream: AsyncIterable<Buffer | string>,
  path: string,
  maxBytes: number,
  fields: FieldNames,
): AsyncGenerator<Source> {
  let n = 0;
  for await (const line of byteLines(stream, maxBytes)) {
    n++;
    const source = `${path}:${n}`;
    if (line === null) {
      yield { kind: 'error', path: source, reason: `larger than --max-bytes (${maxBytes} bytes)` };
      continue;
    }
    // Each line is decoded on its own: invalid UTF-8 is a warning on that record, NUL bytes an error.
    const decoded = decode(line);
    if (!decoded.ok) {
      yield { kind: 'error', path: source, reason: decoded.reason };
      continue;
    }
    if (!decoded.text.trim()) continue;
    const r = articleFromJsonLine(decoded.text, source, fields);
    if (r.ok) r.article.warnings.unshift(...decoded.warnings);
    yield fieldSource(r, source);
  }
}

/**
 * Lines as bytes, without their LF. A line longer than maxBytes is not kept in
 * memory: it comes out as null.
 */
async function* byteLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Buffer | null> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let tooLong = false;
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    let at = 0;
    for (let nl = chunk.indexOf(10, at); nl >= 0; nl = chunk.indexOf(10, at)) {
      const piece = chunk.subarray(at, nl);
      at = nl + 1;
      if (tooLong) yield null;
      else {
        const line = pending.length ? Buffer.concat([...pending, piece]) : piece;
        yield line.length - (line[line.length - 1] === 13 ? 1 : 0) > maxBytes ? null : line;
      }
      pending = [];
      pendingSize = 0;
      tooLong = false;
    }
    if (at < chunk.length && !tooLong) {
      const piece = chunk.subarray(at);
      pendingSize += piece.length;
      if (pendingSize > maxBytes + 1) {
        tooLong = true;
        pending = [];
      } else pending.push(piece);
    }
  }
  if (tooLong) yield null;
  else if (pendingSize > 0) {
    const line = Buffer.concat(pending);
    yield line.length > maxBytes ? null : line;
  }
}

/** The first byte after a UTF-8 BOM and ASCII white space; undefined while there is none yet. */
function firstByte(b: Buffer): number | undefined {
  let i = 0;
  if (b[0] === 0xef) {
    if (b.length < 3) return undefined;
    if (b[1] === 0xbb && b[2] === 0xbf) i = 3;
  }
  for (; i < b.length; i++) if (b[i] !== 0x20 && b[i] !== 0x09 && b[i] !== 0x0a && b[i] !== 0x0d) return b[i];
  return undefined;
}

/** Standard input: read as a file without a name is. */
function readStdin(stdin: Readable, maxBytes: number, options: ReadOptions): AsyncGenerator<Source> {
  return readUnnamed(stdin, '-', maxBytes, options);
}

/**
 * Standard input and files without an extension, by their first bytes: gzip
 * is decompressed and looked at again, "WARC/" is a WARC file, "{" JSON Lines,
 * an RSS or Atom root a feed; anything else is one article (HTML or text).
 */
async function* readUnnamed(
  input: AsyncIterable<Buffer>,
  path: string,
  maxBytes: number,
  options: ReadOptions,
): AsyncGenerator<Source> {
  const p = await peek(input, 8);
  if (isGzip(p.head)) {
    yield* readUnnamed(gunzip(p.chunks), path, maxBytes, options);
    return;
  }
  const { looksLikeWarc } = await import('./warc.js');
  if (looksLikeWarc(p.head)) {
    yield* (await import('./warc.js')).readWarc(p.chunks, path, maxBytes);
    return;
  }
  const it = p.chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first: number | undefined;
  while (first === undefined) {
    const r = await it.next();
    if (r.done) break;
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value));
    head.push(chunk);
    first = firstByte(Buffer.concat(head));
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield* head;
    for (let r = await it.next(); !r.done; r = await it.next())
      yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value));
  }
  if (first === 0x7b /* { */) {
    yield* readJsonLines(Readable.from(rest()), path, maxBytes, options.fields ?? {});
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of rest()) {
    size += c.length;
    if (size > maxBytes) {
      yield { kind: 'error', path, reason: `larger than --max-bytes (${maxBytes} bytes)` };
      return;
    }
    chunks.push(c);
  }
  const bytes = Buffer.concat(chunks);
  if (first === 0x3c /* < */) {
    const { looksLikeFeed } = await import('./feed.js');
    if (looksLikeFeed(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'))) {
      yield* readFormat(Readable.from([bytes]), path, 'feed', maxBytes, options);
      return;
    }
  }
  yield { kind: 'document', bytes, path, ext: '' };
}
