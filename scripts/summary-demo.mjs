#!/usr/bin/env node
// Try the corpus view before it is wired into the CLI (needs `npm run build`):
//   node scripts/summary-demo.mjs [--format table|json|jsonl|csv|tsv|html] [--speaker NAME] [--entity NAME] [--articles] PATH...
// --articles prints the filtered per-article records (JSON Lines) instead of the summary.
import { analyzeArticle, discover, readInputs } from '../dist/index.js';
import { applyFilters, runSummary } from '../dist/cli/summary.js';

const args = process.argv.slice(2);
const opts = { format: process.stdout.isTTY ? 'table' : 'json', speaker: null, entity: null, articles: false };
const paths = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--format' || a === '-f') opts.format = args[++i];
  else if (a === '--speaker') opts.speaker = args[++i];
  else if (a === '--entity') opts.entity = args[++i];
  else if (a === '--articles') opts.articles = true;
  else paths.push(a);
}
if (!paths.length) {
  process.stderr.write(
    'usage: node scripts/summary-demo.mjs [--format F] [--speaker NAME] [--entity NAME] [--articles] PATH...\n',
  );
  process.exit(2);
}

async function* records() {
  for await (const ev of readInputs(discover(paths))) {
    if (ev.kind === 'error') process.stderr.write(`summary-demo: cannot read '${ev.path}': ${ev.reason}\n`);
    else yield analyzeArticle(ev.article);
  }
}

const write = async (s) => {
  if (!process.stdout.write(s)) await new Promise((r) => process.stdout.once('drain', r));
};
const filters = { speaker: opts.speaker, entity: opts.entity };
if (opts.articles) {
  for await (const rec of records()) {
    const shown = applyFilters(rec, filters);
    if (shown) await write(JSON.stringify(shown) + '\n');
  }
} else {
  const color = !!process.stdout.isTTY && !process.env.NO_COLOR;
  await runSummary(records(), { format: opts.format, color, width: process.stdout.columns || 100, filters }, write);
}
