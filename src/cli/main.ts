/**
 * The command line: parses options and wires the stages together.
 *   discover → read → analyze → format → stdout
 * All logic lives in the library (../index.ts); this file only connects it.
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_EXTENSIONS, type InputItem } from '../input/discover.js';
import { isContainerPath } from '../input/formats.js';
import { readSources, DEFAULT_MAX_BYTES, type Source } from '../input/sources.js';
import { isIsoDay } from '../input/pubdate.js';
import { delimitedHeader, type Only } from '../format/csv.js';
import { jsonArrayEnd, jsonArrayPrefix } from '../format/json.js';
import type { Rendered, RenderOptions } from '../pipeline.js';
import { useColor } from './color.js';
import { Output } from './output.js';
import { Progress } from './progress.js';
import { AFTER, EXAMPLES, toolVersion } from './help.js';
import { anyFolder, countFiles, Inputs } from './inputs.js';
import { Duplicates } from './duplicates.js';
import { emptyResult, ignoredOptions, interrupted, skippedNotes } from './notices.js';
import {
  BUDGET_UNIT,
  budgetMs,
  capJobs,
  DEFAULT_TIMEOUT_S,
  LOCAL_MAX_SIZE,
  SIGNAL_EXIT,
  sourceSize,
  type StopSignal,
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

export async function main(argv: string[]): Promise<number> {
  // First, so that `extract --help | head` also ends quietly.
  const out = new Output();
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
  // --summary (and a report page) gathers records in this thread; the workers send them whole.
  const summary = !!opts.summary || format === 'html';
  const given = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  if (!opts.quiet) {
    for (const line of ignoredOptions({
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
    }))
      process.stderr.write(line);
  }
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
  const head: InputItem[] = [];
  while (head.length < 2) {
    const r = found.next();
    if (r.done) break;
    head.push(r.value);
  }
  const items: Iterable<InputItem> = (function* () {
    yield* head;
    yield* found;
  })();
  const color = useColor(opts.color, process.env, !!process.stdout.isTTY);
  const width = tableWidth(process.stdout, process.env);
  const renderOpts: RenderOptions = {
    format: summary ? 'record' : (format as Exclude<Format, 'html'>),
    only,
    speaker: opts.speaker ?? null,
    entity: opts.entity ?? null,
    date: opts.date ?? null,
    includeText: !!opts.includeText,
    color,
    width,
    explain: !!opts.explain,
    genderFromNames: !!opts.genderFromNames,
  };
  const acc = summary ? new (await import('./summary.js')).SummaryAccumulator() : null;

  // One article from one file: no worker is worth its start-up. Otherwise a
  // pool of workers, and a bounded window of sources in flight, so memory does
  // not grow with the corpus and output keeps input order. The window holds
  // more than the analysers do (WORKER_DEPTH = 4 per worker, 1 in the main
  // thread), so that one long article at the head of the line does not leave
  // the others idle.
  const cores = availableParallelism();
  const capped = capJobs(opts.jobs ?? cores, cores);
  if (capped.note && !opts.quiet) process.stderr.write(`extract: note: ${capped.note}\n`);
  const jobs = capped.jobs;
  const single = head.length === 1 && head[0]!.kind === 'file' && !isContainerPath(head[0]!.path);
  let run: (src: Source) => Promise<Rendered>;
  let close = async () => {};
  let window: number;
  const { render } = await import('../pipeline.js');
  const limits = { budgetMs: budgetMs(opts.timeout), localMaxSize: LOCAL_MAX_SIZE };
  if (jobs <= 1 || single) {
    // In this thread, but a large source goes to a worker, where its time budget holds.
    let big: import('./pool.js').Pool | null = null;
    run = async (src) => {
      if (sourceSize(src) <= LOCAL_MAX_SIZE || !limits.budgetMs) return render(src, renderOpts);
      big ??= new (await import('./pool.js')).Pool(1, renderOpts, undefined, null, limits);
      return big.run(src);
    };
    close = async () => big?.close();
    window = 1;
  } else {
    // The main thread is one of the `jobs` analysers, beside jobs - 1 workers.
    const { Pool } = await import('./pool.js');
    const pool = new Pool(jobs, renderOpts, undefined, (src) => render(src, renderOpts), limits);
    run = (src) => pool.run(src);
    close = () => pool.close();
    window = jobs * 4;
  }

  // SIGINT, SIGTERM (timeout, docker stop, systemd, CI) and SIGHUP end alike:
  // the records in hand are finished so that the output stays whole, then the
  // run stops with 128 + the signal's number. A second signal stops at once.
  let stopping: StopSignal | null = null;
  const onSignal = (sig: StopSignal) => {
    if (stopping) process.exit(SIGNAL_EXIT[sig]);
    stopping = sig;
  };
  const handlers = (Object.keys(SIGNAL_EXIT) as StopSignal[]).map((sig) => [sig, () => onSignal(sig)] as const);
  for (const [sig, h] of handlers) process.on(sig, h);

  let failed = 0;
  let count = 0;
  let analysed = 0;
  const dups = new Duplicates();
  let lastPath: string | null = null;
  const emit = async (r: Rendered) => {
    const path = r.kind === 'error' ? r.path : r.source.replace(/:\d+$/, '');
    if (path !== lastPath) {
      if (lastPath !== null) progress.tick();
      lastPath = path;
    }
    if (r.kind === 'error' || (r.warnings.length > 0 && !opts.quiet)) progress.clear();
    if (r.kind === 'error') {
      failed++;
      process.stderr.write(`extract: cannot ${r.verb} '${r.path}': ${r.reason}\n`);
      return;
    }
    if (!opts.quiet) for (const w of r.warnings) process.stderr.write(`extract: warning: '${r.source}': ${w}\n`);
    analysed++;
    const { sameAs, warning } = dups.check(r.hash, r.source, summary);
    if (warning && !opts.quiet) {
      progress.clear();
      process.stderr.write(warning);
    }
    if (r.kind === 'skipped') return;
    if (acc && sameAs !== undefined) acc.addDuplicate(r.source, sameAs);
    else if (acc) acc.add(JSON.parse(r.out) as ArticleRecord);
    else await out.write(format === 'json' ? jsonArrayPrefix(count === 0) + r.out : r.out);
    count++;
  };

  if (!summary && (format === 'csv' || format === 'tsv'))
    await out.write(delimitedHeader(only ?? 'quotes', format === 'csv' ? ',' : '\t'));
  const inFlight: Array<Promise<Rendered>> = [];
  try {
    const fields = { text: opts.textField, date: opts.dateField, title: opts.titleField, id: opts.idField };
    const onNoArticleJson = () => noArticleJson++;
    for await (const src of readSources(items, {
      maxBytes: opts.maxBytes,
      fields,
      extensions: opts.ext,
      onNoArticleJson,
    })) {
      if (stopping) break;
      inFlight.push(src.kind === 'error' ? Promise.resolve({ ...src, verb: 'read' as const }) : run(src));
      while (inFlight.length >= window || (stopping && inFlight.length > 0)) await emit(await inFlight.shift()!);
      if (stopping) break;
    }
    while (inFlight.length > 0) await emit(await inFlight.shift()!);
  } finally {
    await close();
  }
  if (lastPath !== null) progress.tick();
  progress.end();
  if (acc) {
    const { formatSummary } = await import('./summary.js');
    const run = {
      version: toolVersion(),
      date: new Date().toISOString(),
      args: argv.slice(2),
      paths,
      read: analysed,
      skipped: analysed - count,
      failed,
      duplicates: dups.count,
    };
    await out.write(formatSummary(acc.result(), { format, color, width, top: opts.top, run }));
  } else if (format === 'json') await out.write(jsonArrayEnd(count > 0));
  for (const [sig, h] of handlers) process.off(sig, h);
  if (!opts.quiet) for (const line of skippedNotes(inputs.skipped, noArticleJson)) process.stderr.write(line);
  if (stopping) {
    // The run's own walk stopped with it: count what was left in a walk of its own.
    const total = inputs.complete ? inputs.found : countFiles(paths, extensions, 2000);
    process.stderr.write(interrupted(count, progress.count, total, !inputs.manyPerFile));
    return SIGNAL_EXIT[stopping as StopSignal];
  }
  const empty = emptyResult({
    analysed,
    shown: count,
    speaker: opts.speaker ?? null,
    entity: opts.entity ?? null,
    emptyFolders: inputs.emptyFolders,
    extensions,
    summary,
  });
  for (const line of empty) process.stderr.write(line);
  return failed > 0 || empty.length > 0 ? 1 : 0;
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
