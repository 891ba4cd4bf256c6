/**
 * Real-browser harness shared by the end-to-end suite, the demo and the benchmarks:
 * find (or install) Chromium, serve saved pages over HTTPS under the real sites' host names,
 * and launch Chromium with the built extension loaded.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import selfsigned from 'selfsigned';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

function runsAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

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
  const prefix = runsAsRoot() ? [] : ['sudo', '-n'];
  log('No Chinese font found: installing fonts-wqy-microhei with apt-get (for the screenshots)…');
  const [cmd, ...rest] = [...prefix, 'apt-get', 'install', '-y', '-qq', 'fonts-wqy-microhei'];
  const result = spawnSync(cmd!, rest, { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) log('Could not install a Chinese font; Chinese text in screenshots will show as boxes.');
}

/** The browser to drive: `CHROME_PATH`, else a system Chromium/Chrome, else Debian's chromium installed with apt. */
export function findChromium(log: (line: string) => void = console.log): string {
  const path = findOrInstallChromium(log);
  ensureCjkFont(log);
  return path;
}

function findOrInstallChromium(log: (line: string) => void): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  log('No Chromium or Chrome found: installing Debian’s chromium with apt-get (this takes a minute)…');
  const prefix = runsAsRoot() ? [] : ['sudo', '-n'];
  const run = (args: string[]): boolean => {
    const [cmd, ...rest] = [...prefix, ...args];
    const result = spawnSync(cmd!, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return result.status === 0;
  };
  if (!run(['apt-get', 'update', '-qq']) || !run(['apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-wqy-microhei'])) {
    throw new Error('Could not install Chromium with apt-get. Install Chromium or Chrome, or set CHROME_PATH to its executable.');
  }
  const installed = CANDIDATES.find((path) => existsSync(path));
  if (!installed) throw new Error('apt-get finished but no chromium executable was found; set CHROME_PATH.');
  return installed;
}

/** Builds the Chrome extension (`wxt build`) into `.output/chrome-mv3`. */
export function buildExtension(browser: 'chrome' | 'firefox' = 'chrome'): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

export interface ServedRequest {
  host: string;
  path: string;
  origin?: string;
  referer?: string;
  secFetchSite?: string;
  at: number;
}

export interface Route {
  status?: number;
  type?: string;
  body: string;
}

export type Router = (host: string, path: string) => Route | undefined;

export interface FixtureServer {
  port: number;
  requests: ServedRequest[];
  /** Replaces what the server answers. */
  setRouter(router: Router): void;
  close(): Promise<void>;
}

/** An HTTPS server for every host name (Chromium maps them all here); it logs each request. */
export async function startFixtureServer(router: Router): Promise<FixtureServer> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 2 * 86_400_000),
  });
  let current = router;
  const requests: ServedRequest[] = [];
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    requests.push({
      host,
      path,
      origin: req.headers.origin,
      referer: req.headers.referer,
      secFetchSite: req.headers['sec-fetch-site'] as string | undefined,
      at: Date.now(),
    });
    const route = current(host, path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(route.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    setRouter(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
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

/**
 * The id of the tab showing `page`, as the extension sees it. The extension has no `tabs`
 * permission, so tab URLs are hidden from it; the tab states its content scripts reported
 * (in `storage.session`) carry the page URL.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  return waitFor(
    () =>
      worker.evaluate(async (target) => {
        const all = await chrome.storage.session.get(null);
        const entry = Object.entries(all).find(([key, value]) => key.startsWith('tab:') && (value as { pageUrl?: string }).pageUrl === target);
        return entry ? Number(entry[0].slice(4)) : null;
      }, url),
    `the tab of ${url}`,
  );
}

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
