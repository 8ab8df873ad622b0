#!/usr/bin/env node
/**
 * npm run bench [-- [--quick] [--repeat N] [--jobs N] [DIR...]]
 *
 * Measures the full pass (read → analyse → format) over a corpus, and in the
 * same run compromise's own methods (people, places, organizations,
 * quotations, dates) over the same texts; then the command itself: cold start
 * on one article, a whole corpus at --jobs 1 and --jobs N, and peak memory
 * for the corpus once and `--repeat` times over (it should stay flat; by
 * default as many times as make 10,000 articles, 4 with --quick), and the
 * same corpus as .jsonl.gz (once and repeated) and as a .warc.gz of HTML pages.
 * Default corpus: every .txt of ../shared/eval. Timing is never in tests.
 * Needs a build (npm run build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
if (!existsSync(join(DIST, 'cli', 'main.js'))) {
  console.error("bench: not built yet; run 'npm run build' first");
  process.exit(2);
}
const dist = (p) => import(pathToFileURL(join(DIST, p)).href);

// ---- arguments
const args = process.argv.slice(2);
let quick = false;
let repeat = null;
let jobs = availableParallelism();
const dirs = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--quick') quick = true;
  else if (a === '--repeat') repeat = Number(args[++i]);
  else if (a === '--jobs') jobs = Number(args[++i]);
  else if (a === '-h' || a === '--help') {
    console.log('usage: npm run bench -- [--quick] [--repeat N] [--jobs N] [DIR...]');
    process.exit(0);
  } else dirs.push(a);
}
if (dirs.length === 0) {
  const evalDir = join(ROOT, '..', 'shared', 'eval');
  dirs.push(...(quick ? [join(evalDir, 'quotes'), join(evalDir, 'seed')] : [evalDir]));
}

// ---- the corpus: .txt files, gold annotations never read
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(d, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p);
    else if (name.endsWith('.txt')) files.push(p);
  }
};
for (const d of dirs) walk(d);
if (files.length === 0) {
  console.error(`bench: no .txt files under ${dirs.join(', ')}`);
  process.exit(2);
}

const ms = (t) => `${t.toFixed(0)} ms`;
const now = () => performance.now();
const row = (label, value, extra = '') => console.log(`  ${label.padEnd(34)} ${String(value).padStart(12)}  ${extra}`);

console.log(`extract bench — ${new Date().toISOString()}`);
console.log(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(`corpus: ${files.length} articles from ${dirs.map((d) => d.replace(ROOT + '/', '')).join(', ')}`);

// ---- in-process passes
const t0 = now();
const { readInputs } = await dist('input/read.js');
const { analyzeArticle } = await dist('index.js');
const { jsonLine } = await dist('format/json.js');
const { parse } = await dist('nlp/parse.js');
await dist('nlp/engine.js');
// compromise alone, as a user of its own methods would load it (its ESM entry, a separate
// instance from ours, with compromise-dates, which extract itself does not load).
const nlp = (await import('compromise')).default;
nlp.plugin((await import('compromise-dates')).default);
// the stages after the parse, in the pipeline's own order (src/stages.ts), timed one by one
const { runStages, STAGE_NAMES } = await dist('stages.js');
nlp('Warm up on Monday, said Jane Smith in Paris.').dates().json();
const loadTime = now() - t0;

// Three passes over each article in turn (the full pass, stage by stage, compromise alone), so
// that a change of load on the machine weighs on all three alike.
const articles = [];
let bytes = 0;
let tRead = 0;
let tAnalyze = 0;
let tFormat = 0;
let outBytes = 0;
const counts = { quotes: 0, entities: 0, dates: 0, warnings: 0 };
const stages = { parse: 0, ...Object.fromEntries(STAGE_NAMES.map((n) => [n, 0])) };
const comp = { 'nlp(text)': 0, people: 0, places: 0, organizations: 0, quotations: 0, dates: 0 };
{
  let t = now();
  for await (const ev of readInputs(files.map((path) => ({ kind: 'file', path })))) {
    tRead += now() - t;
    if (ev.kind === 'article') {
      const a = ev.article;
      articles.push({ date: a.date, text: a.text });
      bytes += Buffer.byteLength(a.text);
      // 1. the full pass, as the command does it in one thread
      let u = now();
      const rec = analyzeArticle(a);
      tAnalyze += now() - u;
      u = now();
      outBytes += jsonLine(rec, null).length;
      tFormat += now() - u;
      counts.quotes += rec.quotes.length;
      counts.entities += rec.entities.length;
      counts.dates += rec.dates.length;
      counts.warnings += rec.warnings.length;
      // 2. stage by stage (each article one parse, even a long one)
      const t1 = now();
      const p = parse(a);
      stages.parse += now() - t1;
      const around = (name, run) => {
        const t2 = now();
        try {
          return run();
        } finally {
          stages[name] += now() - t2;
        }
      };
      runStages(p, a.date, [], { genderFromNames: false, around });
      // 3. compromise alone
      u = now();
      const doc = nlp(a.text);
      comp['nlp(text)'] += now() - u;
      for (const k of ['people', 'places', 'organizations', 'quotations']) {
        u = now();
        doc[k]().json({ offset: true });
        comp[k] += now() - u;
      }
      u = now();
      try {
        doc.dates(a.date ? { today: a.date } : {}).json({ offset: true });
      } catch {
        /* compromise-dates throws on a few texts */
      }
      comp.dates += now() - u;
    }
    t = now();
  }
}
const full = tRead + tAnalyze + tFormat;
const kb = bytes / 1024;

const compTotal = Object.values(comp).reduce((x, y) => x + y, 0);
const inProcessRss = process.resourceUsage().maxRSS / 1024;

console.log('\nin one thread (library, dist/):');
row('load compromise + modules', ms(loadTime));
row(
  'full pass (read+analyse+format)',
  ms(full),
  `${(articles.length / (full / 1000)).toFixed(1)} articles/s, ${(kb / (full / 1000)).toFixed(1)} KB/s over ${kb.toFixed(0)} KB`,
);
row('  read (decode, metadata)', ms(tRead));
row('  analyse', ms(tAnalyze));
row('  format (jsonl)', ms(tFormat), `${(outBytes / 1024).toFixed(0)} KB of JSON`);
row('found', `${counts.quotes} q`, `${counts.entities} entities, ${counts.dates} dates, ${counts.warnings} warnings`);
console.log('  stages (each article one parse):');
for (const [k, v] of Object.entries(stages))
  row(`    ${k}`, ms(v), `${((100 * v) / Object.values(stages).reduce((x, y) => x + y, 0)).toFixed(0)}%`);
console.log('  compromise alone, same texts:');
for (const [k, v] of Object.entries(comp)) row(`    ${k}`, ms(v));
row(
  '    total',
  ms(compTotal),
  `${(articles.length / (compTotal / 1000)).toFixed(1)} articles/s, ${(kb / (compTotal / 1000)).toFixed(1)} KB/s`,
);
row('ratio full pass / compromise alone', `${(full / compTotal).toFixed(2)} ×`);
row('peak RSS of this process', `${inProcessRss.toFixed(0)} MB`);

// ---- the command
const BIN = join(ROOT, 'bin', 'extract.js');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
function runCli(cliArgs, opts = {}) {
  const t = now();
  // Run as users run it (`extract ...`): the launcher as a program, not under `node`.
  const cmd = timeBin ? timeBin : BIN;
  const argv = timeBin ? ['-f', 'RSS %M', BIN, ...cliArgs] : cliArgs;
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, input: opts.input, stdio: 'pipe' });
  const wall = now() - t;
  const m = /RSS (\d+)\s*$/.exec(r.stderr ?? '');
  return { wall, rss: m ? Number(m[1]) / 1024 : null, code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const mb = (x) => (x === null ? 'n/a' : `${x.toFixed(0)} MB`);

console.log('\nthe command (bin/extract.js, run as a program):');
const cold = [];
for (let i = 0; i < 5; i++) cold.push(runCli(['seeds/']).wall);
cold.sort((a, b) => a - b);
row('cold start, one article (seeds/)', ms(cold[2]), `median of 5 (min ${ms(cold[0])})`);

// a JSONL corpus: the texts once, and `repeat` times over, for flat memory
mkdirSync(join(ROOT, '.bench'), { recursive: true });
const once = join(ROOT, '.bench', 'corpus-1.jsonl');
// The memory target is for 10,000 articles: repeat the corpus up to that many.
repeat ??= quick ? 4 : Math.max(1, Math.ceil(10000 / articles.length));
const many = join(ROOT, '.bench', `corpus-${repeat}.jsonl`);
const lines = articles.map((a, i) => JSON.stringify({ id: `a${i}`, date: a.date, text: a.text }) + '\n');
writeFileSync(once, lines.join(''));
{
  const ws = createWriteStream(many);
  for (let k = 0; k < repeat; k++)
    for (const l of lines) if (!ws.write(l)) await new Promise((r) => ws.once('drain', r));
  await new Promise((r) => ws.end(r));
}

const j1 = runCli(['--format', 'jsonl', '-q', '--jobs', '1', ...files]);
const vs = (w) => `${(w / compTotal).toFixed(2)}× compromise alone`;
const rates = (w) =>
  `${vs(w)}, ${(articles.length / (w / 1000)).toFixed(1)} articles/s, ${(kb / (w / 1000)).toFixed(1)} KB/s`;
row('corpus, files, --jobs 1', ms(j1.wall), `${rates(j1.wall)}, peak RSS ${mb(j1.rss)}`);
const jn = runCli(['--format', 'jsonl', '-q', '--jobs', String(jobs), ...files]);
row(`corpus, files, --jobs ${jobs}`, ms(jn.wall), `${rates(jn.wall)}, peak RSS ${mb(jn.rss)}`);
row('  same output as --jobs 1', jn.stdout === j1.stdout ? 'yes' : 'NO');
const m1 = runCli(['--format', 'jsonl', '-q', '--jobs', String(jobs), once]);
row(`JSONL ×1 (${articles.length}), --jobs ${jobs}`, ms(m1.wall), `${vs(m1.wall)}, peak RSS ${mb(m1.rss)}`);
const mr = runCli(['--format', 'jsonl', '-q', '--jobs', String(jobs), many]);
row(
  `JSONL ×${repeat} (${articles.length * repeat}), --jobs ${jobs}`,
  ms(mr.wall),
  `peak RSS ${mb(mr.rss)}  (flat memory: about the same as ×1)`,
);
// Compressed and archived corpora: the same texts as .jsonl.gz (streamed through gunzip) and as
// a .warc.gz of HTML pages (one gzip member per record, as crawlers write them).
const onceGz = `${once}.gz`;
const manyGz = `${many}.gz`;
writeFileSync(onceGz, gzipSync(lines.join('')));
await pipeline(
  Readable.from(
    (function* () {
      for (let k = 0; k < repeat; k++) yield* lines;
    })(),
  ),
  createGzip(),
  createWriteStream(manyGz),
);
const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const warcRecord = (a, i) => {
  const html = `<!doctype html><html lang="en"><head><title>a${i}</title>${a.date ? `<meta property="article:published_time" content="${a.date}">` : ''}</head><body><article>${a.text
    .split(/\n\s*\n/)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}</article></body></html>`;
  const block = Buffer.concat([
    Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'),
    Buffer.from(html),
  ]);
  const head = `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://bench.example/a${i}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${block.length}\r\n\r\n`;
  return gzipSync(Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]));
};
const warcGz = join(ROOT, '.bench', 'corpus-1.warc.gz');
writeFileSync(warcGz, Buffer.concat(articles.map(warcRecord)));
const perArticle = (w) => `${(w / m1.wall).toFixed(2)}× the JSONL time per article`;
const g1 = runCli(['--format', 'jsonl', '-q', '--jobs', String(jobs), onceGz]);
row(`JSONL.gz ×1, --jobs ${jobs}`, ms(g1.wall), `${perArticle(g1.wall)}, peak RSS ${mb(g1.rss)}`);
const gr = runCli(['--format', 'jsonl', '-q', '--jobs', String(jobs), manyGz]);
row(
  `JSONL.gz ×${repeat}, --jobs ${jobs}`,
  ms(gr.wall),
  `${(gr.wall / mr.wall).toFixed(2)}× the JSONL ×${repeat} time, peak RSS ${mb(gr.rss)}`,
);
row(
  '  same records as JSONL ×1',
  g1.stdout.replaceAll('corpus-1.jsonl.gz:', 'corpus-1.jsonl:') === m1.stdout ? 'yes' : 'NO',
);
const w1 = runCli(['--format', 'jsonl', '-q', '--jobs', String(jobs), warcGz]);
row(`WARC.gz ×1 (HTML pages), --jobs ${jobs}`, ms(w1.wall), `${perArticle(w1.wall)}, peak RSS ${mb(w1.rss)}`);
// Reading alone (in this process, no analysis): what gzip and WARC framing add per article.
for (const [label, file] of [
  ['read only, JSONL ×1', once],
  ['read only, JSONL.gz ×1', onceGz],
  ['read only, WARC.gz ×1 (+ HTML reader)', warcGz],
]) {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = now();
    for await (const ev of readInputs([{ kind: 'file', path: file }]))
      if (ev.kind === 'error') throw new Error(ev.reason);
    best = Math.min(best, now() - t);
  }
  row(`  ${label}`, ms(best), `${(best / articles.length).toFixed(2)} ms per article, best of 3`);
}
if (g1.code !== 0 || gr.code !== 0 || w1.code !== 0)
  console.log(`  note: exit codes ${g1.code} ${gr.code} ${w1.code}: ${(w1.stderr || g1.stderr || '').split('\n')[0]}`);
if (j1.code !== 0 || jn.code !== 0 || mr.code !== 0)
  console.log(`  note: exit codes ${j1.code} ${jn.code} ${mr.code}: ${(j1.stderr || '').split('\n')[0]}`);
