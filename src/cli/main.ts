/**
 * The command line: parses options and wires the stages together.
 *   discover → read → analyze → format → stdout
 * All logic lives in the library (../index.ts); this file only connects it.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analyzeArticle } from '../index.js';
import { discover, DEFAULT_EXTENSIONS, type InputItem } from '../input/discover.js';
import { readInputs, DEFAULT_MAX_BYTES } from '../input/read.js';
import { isIsoDay } from '../input/pubdate.js';
import { delimitedHeader, delimitedRows, type Only } from '../format/csv.js';
import { jsonArrayEnd, jsonArrayItem, jsonLine } from '../format/json.js';
import { tableFor } from '../format/table.js';
import { useColor } from './color.js';
import { Output } from './output.js';
import { Progress } from './progress.js';

type Format = 'table' | 'json' | 'jsonl' | 'csv' | 'tsv';

interface Options {
  format: Format;
  json?: boolean;
  only?: Only;
  date?: string;
  ext?: string[];
  includeText?: boolean;
  color?: boolean;
  quiet?: boolean;
  maxBytes: number;
}

function program(): Command {
  return new Command()
    .name('extract')
    .description('Who said what, when, and about whom: quotes, speakers, entities and dates from news articles.')
    .argument('[paths...]', 'files, folders (read recursively) or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'jsonl', 'csv', 'tsv']).default('table'))
    .option('--json', 'shorthand for --format json')
    .addOption(new Option('--only <what>', 'print only quotes, entities or dates').choices(['quotes', 'entities', 'dates']))
    .option('--date <YYYY-MM-DD>', 'publication date for every input (overrides the articles\' own)', (v: string) => {
      if (!isIsoDay(v)) throw new InvalidArgumentError('expected a calendar day as YYYY-MM-DD.');
      return v;
    })
    .option('--ext <list>', `file extensions read in folders (default ${DEFAULT_EXTENSIONS.join(',')})`, (v: string) =>
      v.split(',').map((e) => e.trim()).filter(Boolean),
    )
    .option('--include-text', 'add the analysed text to each record')
    .option('--no-color', 'no colour in tables')
    .option('-q, --quiet', 'no warnings on stderr')
    .option('--max-bytes <n>', 'largest article read, in bytes', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number.');
      return n;
    }, DEFAULT_MAX_BYTES)
    .addHelpText('after', '\nExit status: 0 all inputs read, 1 some input could not be read, 2 bad usage.')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s.replace(/^error: /, 'extract: ')),
    });
}

export async function main(argv: string[]): Promise<number> {
  const cmd = program();
  try {
    cmd.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return 0;
      process.stderr.write("Try 'extract --help'.\n");
      return 2;
    }
    throw err;
  }
  const opts = cmd.opts<Options>();
  const format: Format = opts.json ? 'json' : opts.format;
  const only = opts.only ?? null;
  let paths = cmd.args;
  if (paths.length === 0) {
    if (process.stdin.isTTY) {
      process.stderr.write("extract: no input; give files, folders or - for standard input. Try 'extract --help'.\n");
      return 2;
    }
    paths = ['-'];
  }

  const out = new Output();
  const items: InputItem[] = [...discover(paths, opts.ext ?? DEFAULT_EXTENSIONS)];
  const progress = new Progress(items.length, !!process.stderr.isTTY && !opts.quiet && items.length >= 20);
  const color = useColor(opts.color, process.env, !!process.stdout.isTTY);
  const width = process.stdout.columns || 100;

  let stopping = false;
  const onSigint = () => {
    // Finish the record in hand so that the output stays whole, then stop.
    if (stopping) process.exit(130);
    stopping = true;
  };
  process.on('SIGINT', onSigint);

  let failed = 0;
  let count = 0;
  if (format === 'csv' || format === 'tsv') await out.write(delimitedHeader(only ?? 'quotes', format === 'csv' ? ',' : '\t'));
  let lastPath: string | null = null;
  for await (const ev of readInputs(items, { maxBytes: opts.maxBytes })) {
    const path = ev.kind === 'article' ? ev.article.source.replace(/:\d+$/, '') : ev.path;
    if (path !== lastPath) {
      if (lastPath !== null) progress.tick();
      lastPath = path;
    }
    if (ev.kind === 'error') {
      failed++;
      process.stderr.write(`extract: cannot read '${ev.path}': ${ev.reason}\n`);
      continue;
    }
    const rec = analyzeArticle(ev.article, { date: opts.date ?? null, includeText: opts.includeText });
    if (!opts.quiet) for (const w of rec.warnings) process.stderr.write(`extract: warning: '${rec.source}': ${w}\n`);
    switch (format) {
      case 'json':
        await out.write(jsonArrayItem(rec, only, count === 0));
        break;
      case 'jsonl':
        await out.write(jsonLine(rec, only));
        break;
      case 'csv':
      case 'tsv':
        await out.write(delimitedRows(rec, only ?? 'quotes', format === 'csv' ? ',' : '\t'));
        break;
      default:
        await out.write(tableFor(rec, { color, width, only }));
    }
    count++;
    if (stopping) break;
  }
  if (lastPath !== null) progress.tick();
  progress.end();
  if (format === 'json') await out.write(jsonArrayEnd(count > 0));
  process.off('SIGINT', onSigint);
  if (stopping) return 130;
  return failed > 0 ? 1 : 0;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // Unexpected: still one line, no stack trace (set EXTRACT_DEBUG=1 to see it).
    process.stderr.write(`extract: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.EXTRACT_DEBUG) console.error(err);
    process.exitCode = 70;
  },
);
