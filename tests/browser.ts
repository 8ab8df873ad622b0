/**
 * A headless Chromium driven over the DevTools protocol through a pipe
 * (--remote-debugging-pipe: JSON messages ended by NUL on fds 3 and 4), so the
 * tests can click in a page without a network port or a browser library.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

export interface Page {
  /** The value of a JavaScript expression in the page (awaited when a promise). */
  evaluate<T>(expression: string): Promise<T>;
  /** A real mouse click at the middle of the first element matching the selector. */
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPage(chromium: string, dir: string, url: string, size = '1100,1400'): Promise<Page> {
  const proc: ChildProcess = spawn(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      `--user-data-dir=${join(dir, 'cdp-profile')}`,
      `--window-size=${size}`,
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = proc.stdio[3] as Writable;
  const fromBrowser = proc.stdio[4] as Readable;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  const events: Array<{ method: string; sessionId?: string }> = [];
  let buf = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buf += chunk;
    let i;
    while ((i = buf.indexOf('\0')) >= 0) {
      const msg = JSON.parse(buf.slice(0, i));
      buf = buf.slice(i + 1);
      if (msg.id && waiting.has(msg.id)) {
        const w = waiting.get(msg.id)!;
        waiting.delete(msg.id);
        if (msg.error) w.reject(new Error(`${msg.error.message}`));
        else w.resolve(msg.result);
      } else if (msg.method) events.push(msg);
    }
  });
  const send = (method: string, params: object = {}, sessionId?: string): Promise<any> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });

  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  await send('Page.enable', {}, sessionId);
  await send('Page.navigate', { url }, sessionId);
  const evaluate = async <T>(expression: string): Promise<T> => {
    const r = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (r.exceptionDetails)
      throw new Error(`in the page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  };
  // Loaded, and laid out.
  await evaluate(
    `new Promise((ok) => { const f = () => document.readyState === 'complete' ? requestAnimationFrame(() => ok(true)) : setTimeout(f, 20); f(); })`,
  );

  return {
    evaluate,
    async click(selector: string) {
      const box = await evaluate<{ x: number; y: number } | null>(
        `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null; el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`,
      );
      if (!box) throw new Error(`no element ${selector}`);
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 }, sessionId);
      }
      // The navigation to the fragment, then one frame for the styles.
      await evaluate(`new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(true))))`);
    },
    async close() {
      try {
        await send('Browser.close');
      } catch {
        /* already gone */
      }
      if (proc.exitCode === null) await new Promise((ok) => proc.once('exit', ok));
    },
  };
}
