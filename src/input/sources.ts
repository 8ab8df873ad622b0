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
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { Article } from '../types.js';
import { reasonOf, type InputItem } from './discover.js';
import { articleFromJsonLine } from './jsonl.js';

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
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export async function* readSources(items: Iterable<InputItem>, options: ReadOptions = {}): AsyncGenerator<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const item of items) {
    if (item.kind === 'error') {
      yield { kind: 'error', path: item.path, reason: item.reason };
    } else if (item.kind === 'stdin') {
      yield* readStdin(options.stdin ?? process.stdin, maxBytes);
    } else {
      yield* readFileItem(item.path, maxBytes);
    }
  }
}

async function* readFileItem(path: string, maxBytes: number): AsyncGenerator<Source> {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    // open first, so that an unreadable file is one error before any line
    const stream = createReadStream(path);
    const opened = await new Promise<Error | null>((resolve) => {
      stream.once('ready', () => resolve(null));
      stream.once('error', (err) => resolve(err));
    });
    if (opened) {
      yield { kind: 'error', path, reason: reasonOf(opened) };
      return;
    }
    try {
      yield* readJsonLines(stream, path, maxBytes);
    } catch (err) {
      yield { kind: 'error', path, reason: reasonOf(err) };
    } finally {
      stream.destroy();
    }
    return;
  }
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > maxBytes) {
      yield { kind: 'error', path, reason: `larger than --max-bytes (${size} > ${maxBytes} bytes)` };
      return;
    }
    bytes = await readFile(path);
  } catch (err) {
    yield { kind: 'error', path, reason: reasonOf(err) };
    return;
  }
  yield { kind: 'document', bytes, path, ext };
}

async function* readJsonLines(stream: Readable, path: string, maxBytes: number): AsyncGenerator<Source> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    const source = `${path}:${n}`;
    if (Buffer.byteLength(line) > maxBytes) {
      yield { kind: 'error', path: source, reason: `larger than --max-bytes (${maxBytes} bytes)` };
      continue;
    }
    const r = articleFromJsonLine(line, source);
    yield r.ok ? { kind: 'article', article: r.article } : { kind: 'error', path: source, reason: r.reason };
  }
}

/** Standard input: JSON Lines when it starts with "{", otherwise one article (HTML or text). */
async function* readStdin(stdin: Readable, maxBytes: number): AsyncGenerator<Source> {
  const it = stdin[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first: number | undefined;
  while (first === undefined) {
    const r = await it.next();
    if (r.done) break;
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value));
    head.push(chunk);
    const s = Buffer.concat(head).toString('utf8').replace(/^\uFEFF/, '');
    const m = /\S/.exec(s);
    if (m) first = s.charCodeAt(m.index);
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield* head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value));
  }
  if (first === 0x7b /* { */) {
    yield* readJsonLines(Readable.from(rest()), '-', maxBytes);
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
