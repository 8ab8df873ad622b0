/**
 * Which reader a file goes to, by its name: the extension after any ".gz"
 * (the inner name decides: corpus.jsonl.gz is JSON Lines). A file given by
 * name in a format not listed here is an error, unless its extension was
 * given with --ext (then it is read as text).
 */
import { extname } from 'node:path';

export type Format = 'text' | 'markdown' | 'html' | 'jsonl' | 'json' | 'csv' | 'tsv' | 'feed' | 'warc' | 'sniff';

const BY_EXT: Record<string, Format> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
  '.warc': 'warc',
};

export const READABLE_EXTENSIONS = Object.keys(BY_EXT);

/** Formats that hold many articles: worth the worker pool even as one file. */
export const CONTAINERS: ReadonlySet<Format> = new Set(['jsonl', 'json', 'csv', 'tsv', 'feed', 'warc']);

export interface FileFormat {
  format: Format | null;
  /** The extension that decided (".pdf", or ".jsonl" for corpus.jsonl.gz). */
  ext: string;
  gzip: boolean;
}

/** `extra`: extensions given with --ext, read as text when not a known format. */
export function formatOf(path: string, extra: readonly string[] = []): FileFormat {
  let ext = extname(path).toLowerCase();
  const gzip = ext === '.gz';
  if (gzip) ext = extname(path.slice(0, -3)).toLowerCase();
  if (ext === '') return { format: 'sniff', ext, gzip };
  const known = BY_EXT[ext];
  if (known) return { format: known, ext, gzip };
  return { format: extra.some((e) => normalizeExt(e) === ext) ? 'text' : null, ext, gzip };
}

export function normalizeExt(e: string): string {
  return (e.startsWith('.') ? e : `.${e}`).toLowerCase();
}

export function isContainerPath(path: string): boolean {
  const f = formatOf(path);
  return f.gzip || (f.format !== null && CONTAINERS.has(f.format));
}

export function unsupportedReason(ext: string): string {
  return `unsupported format (${ext}); readable: ${READABLE_EXTENSIONS.join(', ')} (and each .gz), or give the extension with --ext to read it as text`;
}
