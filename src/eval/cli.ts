/**
 * `npm run eval -- DIR...`: scores the tool against folders of annotated
 * articles (NAME.txt + NAME.gold.json) and prints precision, recall and F1
 * per task. With no DIR, every folder of ../shared/eval that exists.
 * `--json` prints the figures as JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../index.js';
import { newScores, scoreArticle, type Gold, type Scores, type Share, type Tally } from './score.js';

const DEFAULT_DIRS = ['seed', 'quotes', 'entities', 'dates/meantime', 'dates/timebank'].map((d) => join('..', 'shared', 'eval', d));

export function evaluateFolder(dir: string): { articles: number; tasks: Set<string>; scores: Scores } {
  const scores = newScores();
  const tasks = new Set<string>();
  const names = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  for (const g of names) {
    const gold = JSON.parse(readFileSync(join(dir, g), 'utf8')) as Gold;
    const text = readFileSync(join(dir, g.replace(/\.gold\.json$/, '.txt')), 'utf8');
    const date = gold.meta?.publication_date ?? gold.dct ?? gold.date ?? null;
    const rec = analyze(text, { date: date ?? undefined });
    for (const t of ['quotes', 'entities', 'dates'] as const) if (gold[t]) tasks.add(t);
    scoreArticle(text, rec, gold, scores);
  }
  return { articles: names.length, tasks, scores };
}

const f = (x: number) => x.toFixed(3);
const prf = (t: Tally) => `P ${f(t.precision)}  R ${f(t.recall)}  F1 ${f(t.f1)}   (${t.tp} matched, ${t.pred} predicted, ${t.gold} gold)`;
const acc = (s: Share) => `${f(s.value)}   (${s.hit}/${s.total})`;

function report(dir: string, r: ReturnType<typeof evaluateFolder>): string[] {
  const s = r.scores;
  const lines = [`${dir}  (${r.articles} articles)`];
  if (r.tasks.has('quotes')) {
    lines.push(`  quotes    quoted material      ${prf(s.quoted)}`);
    lines.push(`  quotes    direct, strict       ${prf(s.directStrict)}`);
    lines.push(`  quotes    all attributions     ${prf(s.attributions)}`);
    lines.push(`  speakers  on quoted material   ${acc(s.speakerQuoted)}`);
    lines.push(`  speakers  on all attributions  ${acc(s.speakerAll)}`);
  }
  if (r.tasks.has('entities')) {
    for (const t of ['all', 'person', 'organization', 'place']) lines.push(`  entities  ${t.padEnd(20)} ${prf(s.entities.get(t)!)}`);
    lines.push(`  entities  all, gold "the" cut   ${prf(s.entitiesNoThe)}`);
  }
  if (r.tasks.has('dates')) {
    lines.push(`  dates     extent (overlap)     ${prf(s.datesExtent)}`);
    lines.push(`  dates     extent (exact)       ${prf(s.datesExact)}`);
    lines.push(`  dates     value accuracy       ${acc(s.datesValue)}`);
  }
  return lines;
}

function toJson(r: ReturnType<typeof evaluateFolder>): object {
  const t = (x: Tally) => ({ precision: x.precision, recall: x.recall, f1: x.f1, matched: x.tp, predicted: x.pred, gold: x.gold });
  const a = (x: Share) => ({ accuracy: x.value, hits: x.hit, total: x.total });
  const s = r.scores;
  return {
    articles: r.articles,
    ...(r.tasks.has('quotes') && {
      quotes: { quoted: t(s.quoted), directStrict: t(s.directStrict), attributions: t(s.attributions), speakerQuoted: a(s.speakerQuoted), speakerAll: a(s.speakerAll) },
    }),
    ...(r.tasks.has('entities') && {
      entities: { ...Object.fromEntries([...s.entities].map(([k, v]) => [k, t(v)])), allGoldTheCut: t(s.entitiesNoThe) },
    }),
    ...(r.tasks.has('dates') && { dates: { extent: t(s.datesExtent), exact: t(s.datesExact), value: a(s.datesValue) } }),
  };
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write('usage: npm run eval -- [--json] [DIR...]\n');
    return 0;
  }
  const dirs = args.length ? args : DEFAULT_DIRS.filter((d) => existsSync(d));
  if (dirs.length === 0) {
    process.stderr.write('eval: no folder given and none of ../shared/eval found\n');
    return 2;
  }
  const out: Record<string, object> = {};
  let code = 0;
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      process.stderr.write(`eval: cannot read '${dir}': no such file or directory\n`);
      code = 1;
      continue;
    }
    const r = evaluateFolder(dir);
    if (json) out[dir] = toJson(r);
    else process.stdout.write(report(dir, r).join('\n') + '\n\n');
  }
  if (json) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return code;
}

process.exitCode = main(process.argv.slice(2));
