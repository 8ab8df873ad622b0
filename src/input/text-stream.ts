/**
 * A byte stream as text, for the readers that parse text as it streams (CSV):
 * the encoding is chosen from the first 64 KB (a BOM, else UTF-8 when those
 * bytes are UTF-8, else windows-1252, with a warning), and a character cut
 * between two chunks is joined.
 */
import { decodeLegacy, isUtf8Prefix } from './charset.js';
import { peek, type Chunks } from './streams.js';

export async function decodeStream(chunks: Chunks): Promise<{ text: AsyncIterable<string>; warnings: string[] }> {
  const p = await peek(chunks, 64 * 1024);
  const h = p.head;
  let label: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' = 'utf-8';
  if (h[0] === 0xff && h[1] === 0xfe) label = 'utf-16le';
  else if (h[0] === 0xfe && h[1] === 0xff) label = 'utf-16be';
  else if (!isUtf8Prefix(h)) label = 'windows-1252';
  const warnings = label === 'windows-1252' ? ['not valid UTF-8: read as windows-1252'] : [];
  async function* text(): AsyncGenerator<string> {
    if (label === 'windows-1252') {
      for await (const c of p.chunks) yield decodeLegacy(c, 'windows-1252'); // one byte, one character: chunks cut anywhere
      return;
    }
    const d = new TextDecoder(label);
    for await (const c of p.chunks) {
      const s = d.decode(c, { stream: true });
      if (s) yield s;
    }
    const rest = d.decode();
    if (rest) yield rest;
  }
  return { text: text(), warnings };
}
