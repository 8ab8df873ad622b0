/**
 * The HTML report as a browser shows it: headless Chromium loads the page from
 * a file (no network) and we check the DOM it built and that a screenshot renders.
 * Skipped, with a message, where /usr/bin/chromium is absent (Debian: apt-get install -y chromium).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../src/summary/aggregate.js';
import { summaryHtml } from '../src/format/html.js';
import { corpusRecords } from './summary-fixtures.js';

const CHROMIUM = process.env.EXTRACT_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  process.stderr.write(`summary-html.test: skipping the headless Chromium tests: ${CHROMIUM} not found (apt-get install -y chromium)\n`);
}

function chromium(dir: string, args: string[]): Promise<string> {
  const flags = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-extensions', `--user-data-dir=${join(dir, 'profile')}`,
  ];
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, [...flags, ...args], { timeout: 60_000, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`chromium failed: ${err.message}\n${stderr.slice(-2000)}`));
      else resolve(stdout);
    });
  });
}

describe.skipIf(!haveChromium)(`the HTML report in headless Chromium (${CHROMIUM})`, () => {
  let dir = '';
  let url = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'extract-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, summaryHtml(summarize(corpusRecords()), { title: 'Fixture <corpus> & co' }));
    url = pathToFileURL(file).href;
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the title, the tables and the timeline chart', async () => {
    const dom = await chromium(dir, ['--dump-dom', url]);
    expect(dom).toContain('<title>Fixture &lt;corpus&gt; &amp; co</title>');
    const table = (id: string) => dom.match(new RegExp(`<table id="${id}">([\\s\\S]*?)</table>`))?.[1] ?? '';
    const rows = (id: string) => (table(id).match(/<tr>/g) ?? []).length - 1; // minus the header row
    expect(rows('speakers')).toBe(4);
    expect(table('speakers')).toMatch(/<td>Antony Blinken<\/td><td class="n">4<\/td><td class="n">3<\/td><td class="d">2024-01-10<\/td><td class="d">2024-01-20<\/td><td class="aka">Blinken<\/td>/);
    expect(table('speakers')).toContain('<td>Smith</td>');
    expect(rows('places')).toBe(4);
    expect(rows('months')).toBe(4);
    const svg = dom.match(/<svg id="timeline"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(svg.match(/<g class="month/g)).toHaveLength(4);
    expect(svg.match(/<rect /g)).toHaveLength(8);
    expect(svg).toContain('<title>2024-01: 2 articles, 3 quotes</title>');
  });

  it('renders to a non-empty screenshot', async () => {
    const png = join(dir, 'report.png');
    await chromium(dir, [`--screenshot=${png}`, '--window-size=1100,1400', url]);
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(10_000);
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
}, 120_000);
