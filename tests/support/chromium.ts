/**
 * The Chromium side of the real-browser harness: find (or install) Chromium and launch it with
 * the built extension loaded. Serving pages, builds and waiting are shared with Firefox
 * (serve.ts, build.ts, wait.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { aptGet, CHROME_BUILD, extensionBuilt, findOrInstallBrowser, type BrowserSource } from './build';
import { tabStateOf } from './extension';
import { waitFor } from './wait';

const CHROMIUM: BrowserSource = {
  name: 'Chromium or Chrome',
  envVar: 'CHROME_PATH',
  candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  packages: ['chromium', 'fonts-wqy-microhei'],
};

let fontChecked = false;

/**
 * Chinese and Japanese text in the screenshots needs a CJK font, which a new machine lacks: when
 * `fc-list` finds none, Debian's small fonts-wqy-microhei is installed, if apt can. Never fatal.
 */
function ensureCjkFont(log: (line: string) => void): void {
  if (fontChecked || process.platform !== 'linux') return;
  fontChecked = true;
  const listed = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (listed.error || listed.stdout.trim()) return;
  log('No Chinese font found: installing fonts-wqy-microhei with apt-get (for the screenshots)…');
  if (!aptGet(['install', '-y', '-qq', 'fonts-wqy-microhei'], 'ignore'))
    log('Could not install a Chinese font; Chinese text in screenshots will show as boxes.');
}

/** The browser to drive: `CHROME_PATH`, else a system Chromium/Chrome, else Debian's chromium installed with apt. */
export function findChromium(log: (line: string) => void = console.log): string {
  const path = findOrInstallBrowser(CHROMIUM, log);
  ensureCjkFont(log);
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The service worker; after `stopWorker()`, the next one (woken by a message if nothing else starts it). */
  worker(): Promise<Worker>;
  /**
   * Stops the service worker the way Chrome does when it is idle (through the DevTools
   * protocol's ServiceWorker.stopAllWorkers). Resolves once Chrome reports it stopped.
   */
  stopWorker(): Promise<void>;
  userDataDir: string;
  close(): Promise<void>;
}

/** Flags that keep Chromium quiet on a closed network: no background requests, updates, sync or QUIC that would fail and retry. */
export function chromiumArgs(extensionDir: string, port: number): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Every host name resolves to the fixture server, so any request at all is seen there.
    `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
}

export async function launchWithExtension(options: {
  port: number;
  headless?: boolean;
  extensionDir?: string;
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
  locale?: string;
}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  if (extensionDir === CHROME_BUILD) await extensionBuilt('chrome');
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'review-sentinel-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: chromiumArgs(extensionDir, options.port),
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
  });
  const isOurs = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
  // A stopped worker is a closed Worker handle: the next call waits for (or wakes) the new one.
  let current: Worker | null = null;
  let extensionId = '';
  const adopt = (w: Worker): Worker => {
    current = w;
    w.once('close', () => {
      if (current === w) current = null;
    });
    return w;
  };
  /** An event the background answers: a message from one of the extension's pages starts it. */
  const wake = async (): Promise<void> => {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.evaluate("chrome.runtime.sendMessage({ type: 'page:data-changed' }).catch(() => undefined)");
    } finally {
      await page.close();
    }
  };
  const worker = async (): Promise<Worker> => {
    if (current) return current;
    const running = context.serviceWorkers().find(isOurs);
    if (running) return adopt(running);
    const next = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 });
    const started = await Promise.race([next, new Promise<null>((r) => setTimeout(() => r(null), 1_500))]);
    if (started) return adopt(started);
    if (extensionId) await wake();
    return adopt(await next);
  };
  const stopWorker = async (): Promise<void> => {
    // Through the DevTools protocol, as Chrome stops an idle worker; resolves once it reports "stopped".
    const page = await context.newPage();
    try {
      const cdp = await context.newCDPSession(page);
      const script = `chrome-extension://${extensionId}/background.js`;
      let stopped = false;
      cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
        if (event.versions.some((v) => v.scriptURL === script && v.runningStatus === 'stopped')) stopped = true;
      });
      void cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor(async () => stopped, 'the service worker to stop');
      await cdp.detach();
    } finally {
      await page.close();
    }
    current = null;
  };
  const first = await worker();
  extensionId = new URL(first.url()).host;
  return {
    context,
    extensionId,
    worker,
    stopWorker,
    userDataDir,
    close: () => context.close(),
  };
}

/**
 * A DevTools protocol session on the extension's service worker (Playwright offers sessions on
 * pages only): the browser session attaches to the worker's target and relays messages.
 */
export async function workerDevTools(browser: ExtensionBrowser): Promise<{ send<T>(method: string, params?: object): Promise<T>; close(): Promise<void> }> {
  const owner = browser.context.browser();
  if (!owner) throw new Error('no browser behind this context');
  const session = await owner.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
  if (!target) throw new Error('the service worker is not running');
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const pending = reply.id === undefined ? undefined : waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id!);
    if (reply.error) pending.reject(new Error(reply.error.message));
    else pending.resolve(reply.result);
  });
  return {
    send<T>(method: string, params: object = {}): Promise<T> {
      const id = nextId++;
      const answer = new Promise<T>((resolve, reject) => waiting.set(id, { resolve: resolve as (value: unknown) => void, reject }));
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      return answer;
    },
    close: () => session.detach(),
  };
}

/** The id of the tab showing `page`, as the extension sees it (see `tabStateOf`). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  return waitFor(async () => (await tabStateOf(worker, url))?.tabId, `the tab of ${url}`);
}
