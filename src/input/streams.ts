/**
 * Byte streams for the readers: files opened before the first chunk (so an
 * unreadable file is one error), gzip decompressed on the fly when the name
 * ends in ".gz" or the bytes start with gzip's magic number (memory stays
 * flat: nothing is held but the chunk in hand), and whole documents gathered
 * up to --max-bytes.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export type Chunks = AsyncIterable<Buffer>;

/** Opens a file; an error (no such file, permission) comes back instead of a stream. */
export async function openFile(
  path: string | Buffer,
): Promise<{ ok: true; chunks: Chunks; close: () => void } | { ok: false; err: Error }> {
  const stream = createReadStream(path);
  const opened = await new Promise<Error | null>((resolve) => {
    stream.once('ready', () => resolve(null));
    stream.once('error', (err) => resolve(err));
  });
  if (opened) return { ok: false, err: opened };
  return { ok: true, chunks: stream, close: () => stream.destroy() };
}

export const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** The first bytes of a stream (at least `n` when there are that many), and the whole stream again. */
export async function peek(chunks: Chunks, n = 2): Promise<{ head: Buffer; chunks: Chunks }> {
  const it = chunks[Symbol.asyncIterator]();
  const held: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const c = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value as Uint8Array);
    held.push(c);
    size += c.length;
  }
  async function* again(): AsyncGenerator<Buffer> {
    yield* held;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next())
      yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value as Uint8Array);
  }
  return { head: Buffer.concat(held), chunks: again() };
}

/** Decompresses gzip (several members, as .warc.gz has, included); errors say "gzip: ...". */
export function gunzip(chunks: Chunks): Chunks {
  const z = createGunzip();
  pipeline(Readable.from(chunks), z, () => {});
  return (async function* () {
    try {
      for await (const c of z) yield c as Buffer;
    } catch (err) {
      throw new Error(`gzip: ${(err as Error).message.replace(/^gzip: /, '')}`);
    }
  })();
}

/** The stream, decompressed when it is gzip (by name or by magic number). */
export async function maybeGunzip(chunks: Chunks, byName = false): Promise<Chunks> {
  if (byName) return gunzip(chunks);
  const p = await peek(chunks, 2);
  return isGzip(p.head) ? gunzip(p.chunks) : p.chunks;
}

/** A whole document; null when it passes maxBytes (decompressed size for gzip). */
export async function gather(chunks: Chunks, maxBytes: number): Promise<Buffer | null> {
  const held: Buffer[] = [];
  let size = 0;
  for await (const c of chunks) {
    size += c.length;
    if (size > maxBytes) return null;
    held.push(c);
  }
  return Buffer.concat(held);
}
