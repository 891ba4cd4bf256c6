/**
 * The Firefox side of the real-browser harness (README, "Firefox"): find (or install)
 * firefox-esr, launch it through WebDriver BiDi (puppeteer-core) with the Firefox build installed
 * as a temporary add-on, and reach the add-on's background page, its toolbar popup, the page
 * consoles and the parent process through Firefox's remote debugging protocol. Firefox has no
 * host mapping: every request goes through a local proxy whose tunnels end in the fixture server.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Worker } from 'playwright-core';
import { extensionBuilt, findOrInstallBrowser, FIREFOX_BUILD, type BrowserSource } from './build';
import type { Background } from './extension';
import { consoleMessageOf, RdpClient, type RdpConsoleMessage, type RdpPacket } from './firefox-rdp';
import { waitFor } from './wait';

const FIREFOX: BrowserSource = {
  name: 'Firefox',
  envVar: 'FIREFOX_PATH',
  candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox', '/snap/bin/firefox'],
  packages: ['firefox-esr'],
};

/** The browser to drive: `FIREFOX_PATH`, else a system Firefox, else Debian's firefox-esr installed with apt. */
export function findFirefox(log: (line: string) => void = console.log): string {
  return findOrInstallBrowser(FIREFOX, log);
}

/** The add-on's moz-extension UUID, fixed in advance through `extensions.webextensions.uuids`. */
export const FIREFOX_ADDON_UUID = '4f3c2b1a-5e6d-4a7b-8c9d-0e1f2a3b4c5d';

/** A console message of the add-on's pages or of a tab, with where it was seen. */
export interface SeenMessage extends RdpConsoleMessage {
  /** The URL of the document that logged it (the background page, the popup, or the tab's page). */
  context: string;
}

export interface FirefoxPopup {
  url: string;
  /** Evaluates an expression (awaited) in the popup's document and returns its value through JSON. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface FirefoxExtension {
  browser: Browser;
  /** The tab the test drives (puppeteer, over BiDi). */
  page: Page;
  addonId: string;
  /** `moz-extension://<uuid>/` */
  origin: string;
  /** How Firefox lists the add-on (about:debugging's view of it). */
  addon: { id: string; name: string; temporarilyInstalled: boolean; url?: string };
  /** The background page; its `evaluate` takes the same functions as Chromium's worker. */
  background: Background;
  /** Opens the real toolbar popup on the active tab (`browserAction.openPopup()`, as a click does). */
  openToolbarPopup(): Promise<FirefoxPopup>;
  /** Evaluates an expression with chrome privileges in the parent process. */
  parent<T>(expression: string): Promise<T>;
  /** Starts listening to the consoles of every tab not yet watched (for content scripts). */
  watchTabs(): Promise<void>;
  /** Every console message and error of the add-on's pages and the watched tabs so far. */
  messages: SeenMessage[];
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Preferences for a quiet Firefox on a closed network, routed through the proxy, with what the tests need. */
export function firefoxPrefs(proxyPort: number, addonId: string): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'services.settings.server': 'data:,#x/v1',
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.region.update.enabled': false,
    'browser.search.update': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'app.update.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'media.gmp-manager.url': 'data:,',
    // The debugger server (RDP) without a confirmation prompt, chrome code allowed.
    'devtools.debugger.remote-enabled': true,
    'devtools.chrome.enabled': true,
    'devtools.debugger.prompt-connection': false,
    // A known moz-extension origin, and the toolbar popup opened by the background.
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_ADDON_UUID }),
    'extensions.openPopupWithoutUserGesture.enabled': true,
    // Firefox's own alert windows: with the system backend and no notification daemon every notification closes at once.
    'alerts.useSystemBackend': false,
  };
}

interface TargetForm {
  actor: string;
  consoleActor: string;
  url: string;
}

/**
 * Launches Firefox with the Firefox build installed as a temporary add-on (a copy, so a rebuild
 * during the run cannot change it) and every request sent to the proxy on `proxyPort`.
 */
export async function launchFirefox(options: { proxyPort: number; extensionDir?: string }): Promise<FirefoxExtension> {
  const built = options.extensionDir ?? FIREFOX_BUILD;
  if (built === FIREFOX_BUILD) await extensionBuilt('firefox');
  const manifest = JSON.parse(readFileSync(join(built, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const copy = mkdtempSync(join(tmpdir(), 'review-sentinel-firefox-addon-'));
  cpSync(built, copy, { recursive: true });
  const rdpPort = await freePort();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    acceptInsecureCerts: true,
    args: ['--start-debugger-server', String(rdpPort)],
    extraPrefsFirefox: firefoxPrefs(options.proxyPort, addonId),
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  });
  let rdp: RdpClient | undefined;
  try {
    const installedId = await browser.installExtension(copy);
    if (installedId !== addonId) throw new Error(`Firefox installed ${installedId}, expected ${addonId}`);
    rdp = await RdpClient.connect(rdpPort);
    const client = rdp;
    const messages: SeenMessage[] = [];
    const targets = new Map<string, TargetForm>();
    client.listen((packet: RdpPacket) => {
      if (packet.type === 'target-available-form') {
        const target = packet.target as TargetForm;
        targets.set(target.actor, target);
      } else if (packet.type === 'target-destroyed-form') {
        targets.delete((packet.target as TargetForm).actor);
      } else if (packet.type === 'resources-available-array') {
        const context = targets.get(packet.from)?.url ?? packet.from;
        for (const [type, resources] of packet.array as Array<[string, Array<Record<string, unknown>>]>) {
          if (type !== 'console-message' && type !== 'error-message') continue;
          for (const resource of resources) messages.push({ ...consoleMessageOf(type, resource), context });
        }
      }
    });

    const { addons } = (await client.request('root', 'listAddons')) as unknown as { addons: Array<FirefoxExtension['addon'] & { actor: string }> };
    const addon = addons.find((a) => a.id === addonId);
    if (!addon) throw new Error(`the add-on ${addonId} is not listed`);
    const origin = `moz-extension://${FIREFOX_ADDON_UUID}/`;
    const watch = async (descriptor: string): Promise<void> => {
      const { actor: watcher } = await client.request(descriptor, 'getWatcher', { isServerTargetSwitchingEnabled: true });
      await client.request(watcher as string, 'watchTargets', { targetType: 'frame' });
      await client.request(watcher as string, 'watchResources', { resourceTypes: ['console-message', 'error-message'] });
    };
    await watch(addon.actor);
    const findTarget = (match: (target: TargetForm) => boolean): TargetForm | undefined => [...targets.values()].find(match);
    const backgroundTarget = await waitFor(async () => findTarget((t) => t.url.startsWith(origin) && t.url.includes('background')), 'the background page');

    const evaluateIn = <T>(consoleActor: string, expression: string): Promise<T> => client.evaluate<T>(consoleActor, expression);
    const background: Background = {
      evaluate: ((fn: unknown, arg?: unknown) =>
        evaluateIn(backgroundTarget.consoleActor, `(${String(fn)})(${arg === undefined ? '' : JSON.stringify(arg)})`)) as Worker['evaluate'],
    };

    let parentConsole: string | undefined;
    const parent = async <T>(expression: string): Promise<T> => {
      if (!parentConsole) {
        const { processDescriptor } = (await client.request('root', 'getProcess', { id: 0 })) as unknown as { processDescriptor: { actor: string } };
        const { process } = (await client.request(processDescriptor.actor, 'getTarget')) as unknown as { process: { consoleActor: string } };
        parentConsole = process.consoleActor;
      }
      return evaluateIn<T>(parentConsole, expression);
    };

    const watchedTabs = new Set<string>();
    const watchTabs = async (): Promise<void> => {
      const { tabs } = (await client.request('root', 'listTabs')) as unknown as { tabs: Array<{ actor: string; browserId: number }> };
      for (const tab of tabs) {
        if (watchedTabs.has(tab.actor)) continue;
        watchedTabs.add(tab.actor);
        await watch(tab.actor);
      }
    };

    const openToolbarPopup = async (): Promise<FirefoxPopup> => {
      const isPopup = (t: TargetForm): boolean => t.url.startsWith(`${origin}popup.html`);
      const before = new Set([...targets.values()].filter(isPopup).map((t) => t.actor));
      await evaluateIn(backgroundTarget.consoleActor, 'browser.browserAction.openPopup()');
      const popup = await waitFor(async () => findTarget((t) => isPopup(t) && !before.has(t.actor)), 'the toolbar popup');
      return {
        url: popup.url,
        evaluate: <T>(expression: string) => evaluateIn<T>(popup.consoleActor, expression),
        close: async () => {
          await evaluateIn(popup.consoleActor, 'void setTimeout(() => window.close(), 0)');
          await waitFor(async () => !targets.has(popup.actor), 'the popup to close');
        },
      };
    };

    const [first] = await browser.pages();
    const page = first ?? (await browser.newPage());
    await watchTabs();
    return {
      browser,
      page,
      addonId,
      origin,
      addon: { id: addon.id, name: addon.name, temporarilyInstalled: addon.temporarilyInstalled, url: addon.url },
      background,
      openToolbarPopup,
      parent,
      watchTabs,
      messages,
      close: async () => {
        client.close();
        await browser.close();
        rmSync(copy, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rdp?.close();
    await browser.close();
    rmSync(copy, { recursive: true, force: true });
    throw error;
  }
}
