/**
 * What both browsers' suites need before a browser starts: the repository's paths, the build of
 * each package, and a browser found on the machine or installed with apt.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');

/** Builds the extension (`wxt build`) into `.output/chrome-mv3`, or `.output/firefox-mv2` for Firefox. */
export function buildExtension(browser: 'chrome' | 'firefox' = 'chrome'): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

/**
 * Builds unless this test run already did: vitest runs every project's global setup in its main
 * process before any test, and its workers inherit that process's environment, so the Firefox
 * build made for the firefox project is not made again by the e2e project's manifest checks.
 */
export function buildOnce(browser: 'chrome' | 'firefox'): void {
  const mark = `REVIEW_SENTINEL_BUILT_${browser.toUpperCase()}`;
  if (process.env[mark]) return;
  buildExtension(browser);
  process.env[mark] = String(Date.now());
}

export function runsAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Runs apt-get as root, or through `sudo -n`; true when it succeeded. */
export function aptGet(args: string[], stdio: 'inherit' | 'ignore' = 'inherit'): boolean {
  const prefix = runsAsRoot() ? [] : ['sudo', '-n'];
  const [cmd, ...rest] = [...prefix, 'apt-get', ...args];
  const result = spawnSync(cmd!, rest, { stdio, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

export interface BrowserSource {
  /** What the messages call it ("Chromium or Chrome"). */
  name: string;
  /** The environment variable that overrides the search. */
  envVar: string;
  candidates: string[];
  /** Debian packages that provide it. */
  packages: string[];
}

/** The executable named by `envVar`, else the first candidate found, else one installed with apt. */
export function findOrInstallBrowser(source: BrowserSource, log: (line: string) => void): string {
  const fromEnv = process.env[source.envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${source.envVar} points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = source.candidates.find((path) => existsSync(path));
  if (found) return found;
  log(`No ${source.name} found: installing Debian’s ${source.packages[0]} with apt-get (this takes a minute)…`);
  if (!aptGet(['update', '-qq']) || !aptGet(['install', '-y', '-qq', ...source.packages])) {
    throw new Error(`Could not install ${source.packages[0]} with apt-get. Install ${source.name}, or set ${source.envVar} to its executable.`);
  }
  const installed = source.candidates.find((path) => existsSync(path));
  if (!installed) throw new Error(`apt-get finished but no ${source.name} executable was found; set ${source.envVar}.`);
  return installed;
}
