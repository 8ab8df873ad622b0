/** Writes small WARC files for the tests, record by record, as a crawler would (WARC/1.1, CRLF framing). */
import { brotliCompressSync, gzipSync } from 'node:zlib';

const CRLF = '\r\n';

export interface WarcRecordSpec {
  type: 'warcinfo' | 'request' | 'response' | 'resource' | 'metadata' | 'revisit';
  uri?: string;
  contentType: string;
  block: Buffer;
  version?: '1.0' | '1.1';
}

export function warcRecord(r: WarcRecordSpec, n: number): Buffer {
  const head = [
    `WARC/${r.version ?? '1.1'}`,
    `WARC-Type: ${r.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}>`,
    'WARC-Date: 2024-01-02T03:04:05Z',
    ...(r.uri ? [`WARC-Target-URI: ${r.uri}`] : []),
    `Content-Type: ${r.contentType}`,
    `Content-Length: ${r.block.length}`,
  ].join(CRLF);
  return Buffer.concat([Buffer.from(head + CRLF + CRLF, 'latin1'), r.block, Buffer.from(CRLF + CRLF)]);
}

/** An HTTP response block: status line, headers, blank line, body (already encoded). */
export function httpResponse(status: string, headers: Record<string, string>, body: Buffer): Buffer {
  const lines = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join(CRLF);
  return Buffer.concat([Buffer.from(lines + CRLF + CRLF, 'latin1'), body]);
}

export function chunked(body: Buffer, size = 40): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < body.length; i += size) {
    const piece = body.subarray(i, i + size);
    parts.push(Buffer.from(piece.length.toString(16) + CRLF), piece, Buffer.from(CRLF));
  }
  parts.push(Buffer.from('0' + CRLF + CRLF));
  return Buffer.concat(parts);
}

/** The WARC as one file: plain, or gzip with one member per record (as .warc.gz files are). */
export function warcFile(records: WarcRecordSpec[], gzip: boolean): Buffer {
  const raw = records.map((r, i) => warcRecord(r, i + 1));
  return Buffer.concat(gzip ? raw.map((b) => gzipSync(b)) : raw);
}

export { brotliCompressSync, gzipSync };
