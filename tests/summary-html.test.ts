/**
 * The HTML report as a browser shows it: headless Chromium loads the page from
 * a file (no network) and we check the DOM it built, that a screenshot renders,
 * and that a click on a speaker shows their quotes (over the DevTools protocol, tests/browser.ts).
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
import { openPage } from './browser.js';

const CHROMIUM = process.env.EXTRACT_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  process.stderr.write(
    `summary-html.test: skipping the headless Chromium tests: ${CHROMIUM} not found (apt-get install -y chromium)\n`,
  );
}

function chromium(dir: string, args: string[]): Promise<string> {
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    `--user-data-dir=${join(dir, 'profile')}`,
  ];
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, [...flags, ...args], { timeout: 60_000, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`chromium failed: ${err.message}\n${stderr.slice(-2000)}`));
      else resolve(stdout);
    });
  });
}

describe.skipIf(!haveChromium)(
  `the HTML report in headless Chromium (${CHROMIUM})`,
  () => {
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
      const rows = (id: string) => (table(id).match(/<tr class="row"/g) ?? []).length;
      expect(rows('speakers')).toBe(4);
      expect(table('speakers')).toContain(
        '<td><a href="#sp-1">Antony Blinken</a></td><td class="n"><a class="n" href="#sp-1">4</a></td><td class="n"><a class="n" href="#sp-1">3</a></td><td class="d">2024-01-10</td><td class="d">2024-01-20</td><td class="aka">Blinken</td>',
      );
      expect(table('speakers')).toContain('>Smith</a></td>');
      expect(rows('places')).toBe(4);
      expect(rows('articles')).toBe(6);
      expect(table('timeline').match(/<tr class="month/g)).toHaveLength(4);
      expect(table('timeline')).toContain(
        '<tr class="month undated" data-month="unknown"><th>No publication date</th>',
      );
    });

    it('a click on a speaker shows their quotes, a click on a place the articles that mention it', async () => {
      const page = await openPage(CHROMIUM, dir, url);
      try {
        const visible = (sel: string) =>
          page.evaluate<boolean>(
            `(() => { const el = document.querySelector(${JSON.stringify(sel)}); return !!el && el.checkVisibility(); })()`,
          );
        const text = (sel: string) => page.evaluate<string>(`document.querySelector(${JSON.stringify(sel)}).innerText`);
        expect(await visible('#sp-1')).toBe(false);
        expect(await text('#speakers')).not.toContain('We will win');
        await page.click('#speakers a[href="#sp-1"]');
        expect(await visible('#sp-1')).toBe(true);
        const quotes = await text('#sp-1');
        expect(quotes).toContain('4 quotes by Antony Blinken in 3 articles');
        for (const q of ['“We will win,”', '“Peace is possible,”', '“We are close,”', '“Wait and see,”'])
          expect(quotes).toContain(q);
        expect(quotes).toContain('a1.txt · 2024-01-10');
        expect(quotes).toContain('a6.txt · undated');
        // another count: the first speaker closes, the place's articles open; "close" closes
        await page.click('#places a.n[href="#pl-1"]');
        expect([await visible('#sp-1'), await visible('#pl-1')]).toEqual([false, true]);
        await page.click('#pl-1 a[href="#places"]');
        expect(await visible('#pl-1')).toBe(false);
        // an article in a drill-down leads to its row in the articles table
        await page.click('#speakers a[href="#sp-1"]');
        await page.click('#sp-1 a[href="#a-1"]');
        expect(await page.evaluate<string>(`location.hash`)).toBe('#a-1');
        expect(
          await page.evaluate<string>(`getComputedStyle(document.querySelector('#a-1')).backgroundColor`),
        ).not.toBe('rgba(0, 0, 0, 0)');
      } finally {
        await page.close();
      }
    });

    it('stays legible at 400 px: the timeline fits, its labels keep a readable size', async () => {
      const page = await openPage(CHROMIUM, dir, url, '400,900');
      try {
        const m = await page.evaluate<{ width: number; font: number; view: number }>(
          `(() => { const t = document.querySelector('#timeline'); const th = t.querySelector('tr.month th');
          return { width: t.getBoundingClientRect().width, font: parseFloat(getComputedStyle(th).fontSize), view: document.documentElement.clientWidth }; })()`,
        );
        expect(m.width).toBeLessThanOrEqual(m.view);
        expect(m.font).toBeGreaterThanOrEqual(12);
      } finally {
        await page.close();
      }
    });

    it('renders to a non-empty screenshot', async () => {
      const png = join(dir, 'report.png');
      await chromium(dir, [`--screenshot=${png}`, '--window-size=1100,1400', url]);
      expect(existsSync(png)).toBe(true);
      expect(statSync(png).size).toBeGreaterThan(10_000);
      expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
    });
  },
  120_000,
);
