/**
 * Reads inputs into sources, in input order, one at a time so that a large
 * JSON Lines corpus is streamed rather than loaded whole. A source is either
 * an article already read (a JSON Lines record) or a document's raw bytes,
 * decoded and read by ./read.ts (in a worker thread when there are several):
 * this module stays light so that the main thread starts fast.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import type { Article } from '../types.js';
import { decode } from './decode.js';
import { reasonOf, type InputItem } from './discover.js';
import { articleFromJsonLine } from './jsonl.js';
import type { FsPath } from './names.js';

export type Source =
  | { kind: 'article'; article: Article }
  /** A whole document to decode; `ext` picks the reader (HTML, Markdown, text; '' guesses from content). */
  | { kind: 'document'; bytes: Uint8Array; path: string; ext: string }
  /** The input (or one JSONL line) could not be read: reported on stderr, exit code 1. */
  | { kind: 'error'; path: string; reason: string };

export interface ReadOptions {
  /** Largest article accepted, in bytes. */
  maxBytes?: number;
  stdin?: Readable;
  /** JSON Lines: the field that holds the publication date (--date-field), tried before the usual ones. */
  dateField?: string;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export async function* readSources(items: Iterable<InputItem>, options: ReadOptions = {}): AsyncGenerator<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const item of items) {
    if (item.kind === 'error') {
      yield { kind: 'error', path: item.path, reason: item.reason };
    } else if (item.kind === 'stdin') {
      yield* readStdin(options.stdin ?? process.stdin, maxBytes, options.dateField);
    } else {
      yield* readFileItem(item.path, maxBytes, item.fsPath, options.dateField);
    }
  }
}

async function* readFileItem(path: string, maxBytes: number, fsPath: FsPath = path, dateField?: string): AsyncGenerator<Source> {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    // open first, so that an unreadable file is one error before any line
    const stream = createReadStream(fsPath);
    const opened = await new Promise<Error | null>((resolve) => {
      stream.once('ready', () => resolve(null));
      stream.once('error', (err) => resolve(err));
    });
    if (opened) {
      yield { kind: 'error', path, reason: reasonOf(opened) };
      return;
    }
    try {
      yield* readJsonLines(stream, path, maxBytes, dateField);
    } catch (err) {
      yield { kind: 'error', path, reason: reasonOf(err) };
    } finally {
      stream.destroy();
    }
    return;
  }
  let bytes: Buffer;
  try {
    const st = await stat(fsPath);
    if (!st.isFile()) {
      // A pipe, /dev/stdin, <(...): no size to check beforehand, so the limit holds while reading.
      const read = await readBounded(fsPath, maxBytes);
      if (read === null) {
        yield { kind: 'error', path, reason: `larger than --max-bytes (${maxBytes} bytes)` };
        return;
      }
      bytes = read;
    } else if (st.size > maxBytes) {
      yield { kind: 'error', path, reason: `larger than --max-bytes (${st.size} > ${maxBytes} bytes)` };
      return;
    } else bytes = await readFile(fsPath);
  } catch (err) {
    yield { kind: 'error', path, reason: reasonOf(err) };
    return;
  }
  yield { kind: 'document', bytes, path, ext };
}

/** The whole content of a stream-like file, or null as soon as it passes maxBytes (the rest is not read). */
async function readBounded(fsPath: FsPath, maxBytes: number): Promise<Buffer | null> {
  const stream = createReadStream(fsPath);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of stream as AsyncIterable<Buffer>) {
      size += c.length;
      if (size > maxBytes) return null;
      chunks.push(c);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

async function* readJsonLines(stream: AsyncIterable<Buffer | string>, path: string, maxBytes: number, dateField?: string): AsyncGenerator<Source> {
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
    const r = articleFromJsonLine(decoded.text, source, dateField);
    if (r.ok) r.article.warnings.unshift(...decoded.warnings);
    yield r.ok ? { kind: 'article', article: r.article } : { kind: 'error', path: source, reason: r.reason };
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

/** Standard input: JSON Lines when it starts with "{", otherwise one article (HTML or text). */
async function* readStdin(stdin: Readable, maxBytes: number, dateField?: string): AsyncGenerator<Source> {
  const it = stdin[Symbol.asyncIterator]();
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
    for (let r = await it.next(); !r.done; r = await it.next()) yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value));
  }
  if (first === 0x7b /* { */) {
    yield* readJsonLines(Readable.from(rest()), '-', maxBytes, dateField);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of rest()) {
    size += c.length;
    if (size > maxBytes) {
      yield { kind: 'error', path: '-', reason: `larger than --max-bytes (${maxBytes} bytes)` };
      return;
    }
    chunks.push(c);
  }
  yield { kind: 'document', bytes: Buffer.concat(chunks), path: '-', ext: '' };
}
