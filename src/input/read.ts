/**
 * Reads inputs into articles, in input order, one event at a time so that a
 * large JSON Lines corpus is streamed rather than loaded whole.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Article } from '../types.js';
import { decode } from './decode.js';
import { reasonOf, type InputItem } from './discover.js';
import { articleFromHtml } from './html.js';
import { articleFromJsonLine } from './jsonl.js';
import { articleFromMarkdown } from './markdown.js';
import { articleFromText } from './plaintext.js';

export type ReadEvent =
  | { kind: 'article'; article: Article }
  /** The input (or one JSONL line) could not be read: reported on stderr, exit code 1. */
  | { kind: 'error'; path: string; reason: string };

export interface ReadOptions {
  /** Largest article accepted, in bytes. */
  maxBytes?: number;
  stdin?: Readable;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export async function* readInputs(items: Iterable<InputItem>, options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
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

async function* readFileItem(path: string, maxBytes: number): AsyncGenerator<ReadEvent> {
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.jsonl' || ext === '.ndjson') {
      yield* readJsonLines(createReadStream(path), path, maxBytes);
      return;
    }
    const size = (await stat(path)).size;
    if (size > maxBytes) {
      yield { kind: 'error', path, reason: `larger than --max-bytes (${size} > ${maxBytes} bytes)` };
      return;
    }
    const buf = await readFile(path);
    yield articleEvent(buf, path, ext);
  } catch (err) {
    yield { kind: 'error', path, reason: reasonOf(err) };
  }
}

/** Decodes one document and hands it to the reader its extension (or content) calls for. */
export function articleEvent(buf: Uint8Array, path: string, ext: string): ReadEvent {
  const decoded = decode(buf);
  if (!decoded.ok) return { kind: 'error', path, reason: decoded.reason };
  const text = decoded.text;
  let article: Article;
  if (ext === '.html' || ext === '.htm' || (ext === '' && /^\s*<(?:!doctype|html)/i.test(text))) article = articleFromHtml(text, path);
  else if (ext === '.md' || ext === '.markdown') article = articleFromMarkdown(text, path);
  else article = articleFromText(text, path);
  article.warnings.unshift(...decoded.warnings);
  return { kind: 'article', article };
}

async function* readJsonLines(stream: Readable, path: string, maxBytes: number): AsyncGenerator<ReadEvent> {
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
async function* readStdin(stdin: Readable, maxBytes: number): AsyncGenerator<ReadEvent> {
  const it = stdin[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first: number | undefined;
  let size = 0;
  while (first === undefined) {
    const r = await it.next();
    if (r.done) break;
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value));
    head.push(chunk);
    size += chunk.length;
    const s = Buffer.concat(head).toString('utf8').replace(/^\uFEFF/, '');
    const m = /\S/.exec(s);
    if (m) first = s.charCodeAt(m.index);
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield* head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value));
  }
  if (first === 0x7b /* { */) {
    const { Readable: R } = await import('node:stream');
    yield* readJsonLines(R.from(rest()), '-', maxBytes);
    return;
  }
  const chunks: Buffer[] = [];
  size = 0;
  for await (const c of rest()) {
    size += c.length;
    if (size > maxBytes) {
      yield { kind: 'error', path: '-', reason: `larger than --max-bytes (${maxBytes} bytes)` };
      return;
    }
    chunks.push(c);
  }
  yield articleEvent(Buffer.concat(chunks), '-', '');
}
