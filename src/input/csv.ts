/**
 * CSV and TSV corpora: a header row, then one article per row, RFC 4180
 * quoting (fields with delimiters, quotes and newlines), streamed by
 * csv-parse. Columns are found by the usual names (./fields.ts) or named
 * with --text-field etc. `source` is "file.csv:ROW", ROW counting the rows
 * after the header from 1.
 */
import { createRequire } from 'node:module';
import { pipeline, Readable } from 'node:stream';
import type { Options as CsvOptions, Parser } from 'csv-parse';
import { articleFromFields, hasTextField, type FieldNames } from './fields.js';
import { fieldSource } from './field-source.js';
import type { Source } from './sources.js';
import type { Chunks } from './streams.js';
import { decodeStream } from './text-stream.js';

// Loaded on first use, as the HTML and YAML libraries are.
let parseFn: ((o: CsvOptions) => Parser) | undefined;
const csvParse = (o: CsvOptions): Parser =>
  (parseFn ??= (createRequire(import.meta.url)('csv-parse') as { parse: (o: CsvOptions) => Parser }).parse)(o);

export async function* readCsv(
  chunks: Chunks,
  path: string,
  opts: { tsv: boolean; maxBytes: number; fields: FieldNames },
): AsyncGenerator<Source> {
  const { text, warnings } = await decodeStream(chunks);
  let header: string[] | null = null;
  const parser = csvParse({
    columns: (names: string[]) => (header = names.map((h) => h.trim())),
    delimiter: opts.tsv ? '\t' : ',',
    bom: true,
    relax_quotes: true, // a quote inside an unquoted field is text ("He said "no"")
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: opts.maxBytes,
  });
  pipeline(Readable.from(text), parser, () => {});
  let row = 0;
  try {
    for await (const record of records(parser)) {
      row++;
      if (row === 1 && !hasTextField(record, opts.fields)) {
        const r = articleFromFields(record, path, opts.fields);
        yield { kind: 'error', path, reason: noTextColumn(r) };
        return;
      }
      const src = fieldSource(articleFromFields(record, `${path}:${row}`, opts.fields), `${path}:${row}`);
      if (warnings.length) {
        if (src.kind === 'article') src.article.warnings.unshift(...warnings);
        else if (src.kind === 'document') src.meta?.warnings?.unshift(...warnings);
      }
      yield src;
    }
    // A header and no rows: still an error when no column could be the text.
    if (row === 0 && header) {
      const empty = Object.fromEntries((header as string[]).map((h) => [h, '']));
      if (!hasTextField(empty, opts.fields))
        yield { kind: 'error', path, reason: noTextColumn(articleFromFields(empty, path, opts.fields)) };
    }
  } catch (err) {
    yield { kind: 'error', path: `${path}:${row + 1}`, reason: csvReason(err) };
  } finally {
    parser.destroy();
  }
}

/**
 * The parser's records, then its error: a stream's own iterator drops the
 * records still buffered when the parser fails (an unclosed quote is found
 * only at the end), and those rows were read fine.
 */
async function* records(parser: Parser): AsyncGenerator<Record<string, string>> {
  const queue: Record<string, string>[] = [];
  let failure: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  parser.on('data', (r: Record<string, string>) => {
    queue.push(r);
    if (queue.length >= 64) parser.pause(); // keep memory flat: the reader is behind
    notify();
  });
  parser.on('error', (err) => {
    failure = err;
    notify();
  });
  parser.on('end', () => {
    ended = true;
    notify();
  });
  for (;;) {
    if (queue.length > 0) {
      yield queue.shift()!;
      if (queue.length === 0 && parser.isPaused()) parser.resume();
      continue;
    }
    if (failure) throw failure;
    if (ended) return;
    if (parser.isPaused()) parser.resume();
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

function noTextColumn(r: ReturnType<typeof articleFromFields>): string {
  return r.ok
    ? 'no text column'
    : r.reason
        .replace(/^no text field/, 'no text column')
        .replace(/^no string field/, 'no column')
        .replace(/; it has/, '; its columns are');
}

function csvReason(err: unknown): string {
  const e = err as Error & { code?: string };
  if (e.code === 'CSV_MAX_RECORD_SIZE') return 'row larger than --max-bytes; the rest of the file is not read';
  return `${e.message.split('\n')[0]!.replace(/ instead of delimiter.*$/, '')}; the rest of the file is not read`;
}
