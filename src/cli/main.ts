/**
 * The command line: parses options and wires the stages together.
 *   discover → read → analyze → format → stdout
 * All logic lives in the library (../index.ts); this file only connects it.
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_EXTENSIONS } from '../input/discover.js';
import { isContainerPath } from '../input/formats.js';
import { readSources, DEFAULT_MAX_BYTES, type Source } from '../input/sources.js';
import { isIsoDay } from '../input/pubdate.js';
import { delimitedHeader, type Only } from '../format/csv.js';
import { jsonArrayEnd } from '../format/json.js';
import type { RenderOptions } from '../pipeline.js';
import { useColor } from './color.js';
import { Output } from './output.js';
import { Progress } from './progress.js';
import { AFTER, EXAMPLES, toolVersion } from './help.js';
import { anyFolder, countFiles, Inputs } from './inputs.js';
import { analyseInOrder, analysers } from './analysers.js';
import { RecordSink } from './sink.js';
import { emptyResult, ignoredOptions, interrupted, skippedNotes } from './notices.js';
import {
  BUDGET_UNIT,
  budgetMs,
  capJobs,
  DEFAULT_TIMEOUT_S,
  LOCAL_MAX_SIZE,
  catchStopSignals,
  SIGNAL_EXIT,
} from './limits.js';
import type { ArticleRecord } from '../types.js';

type Format = 'table' | 'json' | 'jsonl' | 'csv' | 'tsv' | 'html';

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
  jobs?: number;
  timeout: number;
  summary?: boolean;
  speaker?: string;
  entity?: string;
  top?: number;
  explain?: boolean;
  textField?: string;
  dateField?: string;
  titleField?: string;
  idField?: string;
  genderFromNames?: boolean;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

function wholeNumber(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError('expected a whole number of seconds (0 for no limit).');
  return n;
}

function program(): Command {
  return new Command()
    .name('extract')
    .description('Who said what, when, and about whom: quotes, speakers, entities and dates from news articles.')
    .version(toolVersion(), '-V, --version', 'print the version')
    .argument('[paths...]', 'files, folders (read recursively) or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['table', 'json', 'jsonl', 'csv', 'tsv', 'html'])
        .default('table'),
    )
    .option('--json', 'shorthand for --format json')
    .addOption(
      new Option('--only <what>', 'print only quotes, entities or dates').choices(['quotes', 'entities', 'dates']),
    )
    .option('--date <YYYY-MM-DD>', "publication date for every input (overrides the articles' own)", (v: string) => {
      if (!isIsoDay(v)) throw new InvalidArgumentError('expected a calendar day as YYYY-MM-DD.');
      return v;
    })
    .option('--ext <list>', `file extensions read in folders (default ${DEFAULT_EXTENSIONS.join(',')})`, (v: string) =>
      v
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean),
    )
    .option(
      '--text-field <name>',
      'CSV column or JSON field with the article text (default: text, body, content, maintext, ...)',
    )
    .option(
      '--date-field <name>',
      'CSV column or JSON field with the publication date (default: date, published, pubDate, ...)',
    )
    .option('--title-field <name>', 'CSV column or JSON field with the title (default: title, headline)')
    .option('--id-field <name>', 'CSV column or JSON field with the id (default: id, url, link, uuid, guid)')
    .option('--include-text', 'add the analysed text to each record')
    .option(
      '--summary',
      'one summary of all articles: speakers, people, organizations, places, months (--format html: a report page)',
    )
    .option('--speaker <name>', 'only quotes by this speaker (case-insensitive; a surname matches the full name)')
    .option('--entity <name>', 'only articles that mention this person, organization or place')
    .option(
      '--top <n>',
      'with --summary only: rows per ranking in the tables (default 20) and the HTML page (50)',
      positiveInt,
    )
    .option(
      '--explain',
      'tables only: the rule behind each quote, entity and date, and the offsets of its spans (JSON always has them)',
    )
    .option(
      '--gender-from-names',
      "also take a person's gender from first-name statistics (US SSA baby names) when the text gives none",
    )
    .option('--no-color', 'no colour in tables')
    .option('-q, --quiet', 'no warnings on stderr')
    .option('--max-bytes <n>', 'largest article read, in bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option(
      '-j, --jobs <n>',
      'articles analysed in parallel, in worker threads (default: the number of cores)',
      positiveInt,
    )
    .option(
      '--timeout <seconds>',
      `time budget of an article: N seconds per ${BUDGET_UNIT.toLocaleString('en')} characters, at least N; 0 for none`,
      wholeNumber,
      DEFAULT_TIMEOUT_S,
    )
    .addHelpText('beforeAll', EXAMPLES)
    .addHelpText('after', AFTER)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s.replace(/^error: /, 'extract: ')),
    });
}

/** The options, or the exit status when there is nothing to run (--help, --version, a bad option). */
function parseCommand(argv: string[]): { cmd: Command; opts: Options } | number {
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
  return { cmd, opts: cmd.opts<Options>() };
}

export async function main(argv: string[]): Promise<number> {
  // First, so that `extract --help | head` also ends quietly.
  const out = new Output();
  const parsed = parseCommand(argv);
  if (typeof parsed === 'number') return parsed;
  const { cmd, opts } = parsed;
  const format: Format = opts.json ? 'json' : opts.format;
  const only = opts.only ?? null;
  // --summary (and a report page) gathers records in this thread; the workers send them whole.
  const summary = !!opts.summary || format === 'html';
  if (!opts.quiet) for (const line of ignoredBy(cmd, opts, format, summary)) process.stderr.write(line);
  let paths = cmd.args;
  if (paths.length === 0) {
    if (process.stdin.isTTY) {
      process.stderr.write("extract: no input; give files, folders or - for standard input. Try 'extract --help'.\n");
      return 2;
    }
    paths = ['-'];
  }

  const extensions = opts.ext ?? DEFAULT_EXTENSIONS;
  const progress = new Progress(!!process.stderr.isTTY && !opts.quiet);
  // Folders are walked lazily, as their files are read: memory does not grow with the number of files.
  const inputs = new Inputs(paths, extensions, (total) => progress.setTotal(total));
  const found = inputs[Symbol.iterator]();
  if (process.stderr.isTTY && !opts.quiet) {
    const total = countFiles(paths, extensions);
    if (total !== null) progress.setTotal(total);
  }
  let noArticleJson = 0;
  // The first two items tell a single article (analysed here, no workers) from a corpus.
  const { head, items } = lookahead(found, 2);
  const color = useColor(opts.color, process.env, !!process.stdout.isTTY);
  const width = tableWidth(process.stdout, process.env);
  const renderOpts = renderOptions(opts, format, summary, color, width);
  const acc = summary ? new (await import('./summary.js')).SummaryAccumulator() : null;
  const cores = availableParallelism();
  const capped = capJobs(opts.jobs ?? cores, cores);
  if (capped.note && !opts.quiet) process.stderr.write(`extract: note: ${capped.note}\n`);
  const single = head.length === 1 && head[0]!.kind === 'file' && !isContainerPath(head[0]!.path);
  const { run, close, window } = await analysers(capped.jobs, single, renderOpts, {
    budgetMs: budgetMs(opts.timeout),
    localMaxSize: LOCAL_MAX_SIZE,
  });
  const signals = catchStopSignals();
  const sink = new RecordSink(out, progress, { quiet: !!opts.quiet, summary, jsonArray: format === 'json' }, acc);

  if (!summary && (format === 'csv' || format === 'tsv'))
    await out.write(delimitedHeader(only ?? 'quotes', format === 'csv' ? ',' : '\t'));
  const fields = { text: opts.textField, date: opts.dateField, title: opts.titleField, id: opts.idField };
  const sources = readSources(items, {
    maxBytes: opts.maxBytes,
    fields,
    extensions: opts.ext,
    onNoArticleJson: () => noArticleJson++,
  });
  try {
    await analyseInOrder(
      sources,
      { run, window },
      (r) => sink.emit(r),
      () => signals.signal !== null,
    );
  } finally {
    await close();
  }
  sink.end();
  if (acc) {
    const { formatSummary } = await import('./summary.js');
    const runInfo = {
      version: toolVersion(),
      date: new Date().toISOString(),
      args: argv.slice(2),
      paths,
      read: sink.analysed,
      skipped: sink.analysed - sink.count,
      failed: sink.failed,
      duplicates: sink.dups.count,
    };
    await out.write(formatSummary(acc.result(), { format, color, width, top: opts.top, run: runInfo }));
  } else if (format === 'json') await out.write(jsonArrayEnd(sink.count > 0));
  signals.release();
  if (!opts.quiet) for (const line of skippedNotes(inputs.skipped, noArticleJson)) process.stderr.write(line);
  const stopped = signals.signal;
  if (stopped) {
    // The run's own walk stopped with it: count what was left in a walk of its own.
    const total = inputs.complete ? inputs.found : countFiles(paths, extensions, 2000);
    process.stderr.write(interrupted(sink.count, progress.count, total, !inputs.manyPerFile));
    return SIGNAL_EXIT[stopped];
  }
  const empty = emptyResult({
    analysed: sink.analysed,
    shown: sink.count,
    speaker: opts.speaker ?? null,
    entity: opts.entity ?? null,
    emptyFolders: inputs.emptyFolders,
    extensions,
    summary,
  });
  for (const line of empty) process.stderr.write(line);
  return sink.failed > 0 || empty.length > 0 ? 1 : 0;
}

/** Notes on options that the other options make meaningless (ignoredOptions says which). */
function ignoredBy(cmd: Command, opts: Options, format: Format, summary: boolean): string[] {
  const given = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  return ignoredOptions({
    format,
    summary,
    only: opts.only,
    top: given('top'),
    explain: !!opts.explain,
    includeText: !!opts.includeText,
    noColor: opts.color === false,
    formatWithJson: opts.json && given('format') ? opts.format : undefined,
    ext: given('ext'),
    folders: given('ext') ? anyFolder(cmd.args) : undefined,
  });
}

function renderOptions(opts: Options, format: Format, summary: boolean, color: boolean, width: number): RenderOptions {
  return {
    format: summary ? 'record' : (format as Exclude<Format, 'html'>),
    only: opts.only ?? null,
    speaker: opts.speaker ?? null,
    entity: opts.entity ?? null,
    date: opts.date ?? null,
    includeText: !!opts.includeText,
    color,
    width,
    explain: !!opts.explain,
    genderFromNames: !!opts.genderFromNames,
  };
}

/** The first n items of an iterator, and an iterable of all of them (those first n included). */
function lookahead<T>(it: Iterator<T>, n: number): { head: T[]; items: Iterable<T> } {
  const head: T[] = [];
  while (head.length < n) {
    const r = it.next();
    if (r.done) break;
    head.push(r.value);
  }
  return {
    head,
    items: (function* () {
      yield* head;
      // (yield* hands an early return on to the iterator, so a walk cut short is closed)
      yield* { [Symbol.iterator]: () => it };
    })(),
  };
}

/** Tables fit the terminal; piped, they fit COLUMNS when it is set, else 80. */
function tableWidth(stdout: NodeJS.WriteStream, env: NodeJS.ProcessEnv): number {
  if (stdout.isTTY && stdout.columns) return stdout.columns;
  const n = Number(env.COLUMNS);
  return Number.isInteger(n) && n > 0 ? n : 80;
}

/** Runs the command and sets the exit code; never throws. */
export function run(argv: string[]): Promise<void> {
  return main(argv).then(
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
}
