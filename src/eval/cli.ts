/**
 * `npm run eval -- DIR...`: scores the tool against folders of annotated
 * articles (NAME.txt or NAME.html + NAME.gold.json) and prints precision,
 * recall and F1 per task. With no DIR, every folder under ../shared/eval that
 * holds gold files, found by walking it. `--json` prints the figures as JSON.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeArticle } from '../index.js';
import { articleEvent } from '../input/read.js';
import { newScores, scoreArticle, type Gold, type Scores, type Share, type Tally } from './score.js';

const EVAL_ROOT = join('..', 'shared', 'eval');

/** Folders below root that directly hold NAME.gold.json files, in sorted order. */
export function goldFolders(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    const names = readdirSync(dir).sort();
    if (names.some((n) => n.endsWith('.gold.json'))) out.push(dir);
    for (const n of names) {
      const p = join(dir, n);
      if (!n.startsWith('.') && statSync(p).isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}

export interface PubdateScores {
  pages: number;
  right: number;
  none: number;
  wrong: number;
  /** Pages with no date whose record warns about it. */
  warned: number;
}

export interface FolderResult {
  articles: number;
  tasks: Set<string>;
  scores: Scores;
  pubdate: PubdateScores;
}

const NO_DATE_WARNING = /no publication date/i;

export function evaluateFolder(dir: string): FolderResult {
  const scores = newScores();
  const tasks = new Set<string>();
  const pubdate: PubdateScores = { pages: 0, right: 0, none: 0, wrong: 0, warned: 0 };
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  let articles = 0;
  for (const g of names) {
    const gold = JSON.parse(readFileSync(join(dir, g), 'utf8')) as Gold;
    const base = join(dir, g.replace(/\.gold\.json$/, ''));
    if (existsSync(base + '.html')) {
      // A saved page, read as the command reads it: only its publication date is scored.
      if (!gold.publication_date) continue;
      tasks.add('pubdate');
      articles++;
      const ev = articleEvent(readFileSync(base + '.html'), base + '.html', '.html');
      const rec = ev.kind === 'article' ? analyzeArticle(ev.article) : null;
      pubdate.pages++;
      const got = rec?.date ?? null;
      if (got === null) {
        pubdate.none++;
        if (rec?.warnings.some((w) => NO_DATE_WARNING.test(w))) pubdate.warned++;
      } else if (got === gold.publication_date) pubdate.right++;
      else pubdate.wrong++;
      continue;
    }
    if (!existsSync(base + '.txt')) continue;
    articles++;
    const text = readFileSync(base + '.txt', 'utf8');
    const date = gold.meta?.publication_date ?? gold.dct ?? gold.date ?? null;
    const rec = analyze(text, { date: date ?? undefined });
    for (const t of ['quotes', 'entities', 'dates'] as const) if (gold[t]) tasks.add(t);
    scoreArticle(text, rec, gold, scores);
  }
  return { articles, tasks, scores, pubdate };
}

const f = (x: number) => x.toFixed(3);
const prf = (t: Tally) =>
  `P ${f(t.precision)}  R ${f(t.recall)}  F1 ${f(t.f1)}   (${t.tp} matched, ${t.pred} predicted, ${t.gold} gold)`;
const acc = (s: Share) => `${f(s.value)}   (${s.hit}/${s.total})`;

function report(dir: string, r: FolderResult): string[] {
  const s = r.scores;
  const lines = [`${dir}  (${r.articles} ${r.tasks.has('pubdate') ? 'pages' : 'articles'})`];
  if (r.tasks.has('quotes')) {
    lines.push(`  quotes    quoted material      ${prf(s.quoted)}`);
    lines.push(`  quotes    direct, strict       ${prf(s.directStrict)}`);
    lines.push(`  quotes    all attributions     ${prf(s.attributions)}`);
    lines.push(`  speakers  on quoted material   ${acc(s.speakerQuoted)}`);
    lines.push(`  speakers  on all attributions  ${acc(s.speakerAll)}`);
    if (s.speakerName.total) {
      lines.push(`  speaker name  all attributions ${acc(s.speakerName)}`);
      lines.push(`  speaker name  named gold       ${acc(s.speakerNameNamed)}`);
      lines.push(`  speaker name  quoted material  ${acc(s.speakerNameQuoted)}`);
      for (const [k, v] of [...s.speakerNameByKind].sort(([a], [b]) => a.localeCompare(b)))
        lines.push(`  speaker name  ${k.padEnd(16)} ${acc(v)}`);
    }
  }
  if (r.tasks.has('entities')) {
    for (const t of ['all', 'person', 'organization', 'place'])
      lines.push(`  entities  ${t.padEnd(20)} ${prf(s.entities.get(t)!)}`);
  }
  if (r.tasks.has('dates')) {
    lines.push(`  dates     extent (overlap)     ${prf(s.datesExtent)}`);
    lines.push(`  dates     extent (exact)       ${prf(s.datesExact)}`);
    lines.push(`  dates     value accuracy       ${acc(s.datesValue)}`);
  }
  if (r.tasks.has('pubdate')) {
    const p = r.pubdate;
    lines.push(
      `  pubdate   right day            ${f(p.pages ? p.right / p.pages : 1)}   (${p.right}/${p.pages}; ${p.wrong} wrong, ${p.none} none, ${p.warned} of them warned)`,
    );
  }
  return lines;
}

function toJson(r: FolderResult): object {
  const t = (x: Tally) => ({
    precision: x.precision,
    recall: x.recall,
    f1: x.f1,
    matched: x.tp,
    predicted: x.pred,
    gold: x.gold,
  });
  const a = (x: Share) => ({ accuracy: x.value, hits: x.hit, total: x.total });
  const s = r.scores;
  return {
    articles: r.articles,
    ...(r.tasks.has('quotes') && {
      quotes: {
        quoted: t(s.quoted),
        directStrict: t(s.directStrict),
        attributions: t(s.attributions),
        speakerQuoted: a(s.speakerQuoted),
        speakerAll: a(s.speakerAll),
        speakerName: a(s.speakerName),
        speakerNameNamed: a(s.speakerNameNamed),
        speakerNameQuoted: a(s.speakerNameQuoted),
        speakerNameByKind: Object.fromEntries([...s.speakerNameByKind].map(([k, v]) => [k, a(v)])),
      },
    }),
    ...(r.tasks.has('entities') && { entities: Object.fromEntries([...s.entities].map(([k, v]) => [k, t(v)])) }),
    ...(r.tasks.has('dates') && {
      dates: { extent: t(s.datesExtent), exact: t(s.datesExact), value: a(s.datesValue) },
    }),
    ...(r.tasks.has('pubdate') && {
      pubdate: { ...r.pubdate, accuracy: r.pubdate.pages ? r.pubdate.right / r.pubdate.pages : 1 },
    }),
  };
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(
      'usage: npm run eval -- [--json] [DIR...]   (no DIR: every folder of gold files under ../shared/eval)\n',
    );
    return 0;
  }
  let dirs = args;
  if (!dirs.length) {
    if (!existsSync(EVAL_ROOT)) {
      process.stderr.write(`eval: no folder given and ${EVAL_ROOT} not found\n`);
      return 2;
    }
    dirs = goldFolders(EVAL_ROOT);
  }
  const out: Record<string, object> = {};
  let code = 0;
  for (const arg of dirs) {
    if (!existsSync(arg)) {
      process.stderr.write(`eval: cannot read '${arg}': no such file or directory\n`);
      code = 1;
      continue;
    }
    // A folder given by name that holds only sub-folders of gold files is scored folder by folder.
    for (const dir of goldFolders(arg)) {
      const r = evaluateFolder(dir);
      if (json) out[dir] = toJson(r);
      else process.stdout.write(report(dir, r).join('\n') + '\n\n');
    }
  }
  if (json) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return code;
}

process.exitCode = main(process.argv.slice(2));
