/**
 * What both browsers' suites need before a browser starts: the repository's paths, the build of
 * each package, and a browser found on the machine or installed with apt.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitFor } from './wait';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');

const wxtBuildArgs = (browser: 'chrome' | 'firefox'): string[] => [
  join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'),
  'build',
  ...(browser === 'firefox' ? ['-b', 'firefox'] : []),
];

/** Builds the extension (`wxt build`) into `.output/chrome-mv3`, or `.output/firefox-mv2` for Firefox. */
export function buildExtension(browser: 'chrome' | 'firefox' = 'chrome'): void {
  execFileSync(process.execPath, wxtBuildArgs(browser), { cwd: ROOT, stdio: 'pipe' });
}

/** Set (to the run's id) in the test run's main process when that browser's build was started in the background. */
const startedMark = (browser: 'chrome' | 'firefox'): string => `REVIEW_SENTINEL_BUILDING_${browser.toUpperCase()}`;
const statusFile = (runId: string, browser: 'chrome' | 'firefox'): string => join(tmpdir(), `review-sentinel-build-${runId}-${browser}.json`);

interface BuildStatus {
  state: 'done' | 'failed';
  output: string;
}

/**
 * The builds of this process, one after the other (two `wxt build`s at once would share `.wxt/`).
 * On `globalThis`: each project's global setup may load its own copy of this module.
 */
const queue = ((globalThis as { __reviewSentinelBuilds?: { last: Promise<void>; children: Set<ChildProcess> } }).__reviewSentinelBuilds ??= {
  last: Promise.resolve(),
  children: new Set<ChildProcess>(),
});

/**
 * Starts `wxt build` for `browser` in the background and returns at once: the global setups call
 * it, so the builds run while the unit project's files do (vitest runs every global setup before
 * the first test), and each real-browser file waits for its build in `extensionBuilt`. The
 * returned function (the global setup's teardown) stops a build still running.
 */
export function startBuild(browser: 'chrome' | 'firefox'): () => void {
  const runId = `${process.pid}-${Date.now()}`;
  process.env[startedMark(browser)] = runId;
  const file = statusFile(runId, browser);
  queue.last = queue.last.then(
    () =>
      new Promise<void>((done) => {
        const child = spawn(process.execPath, wxtBuildArgs(browser), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        queue.children.add(child);
        let output = '';
        child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', (error) => (output += `${String(error)}\n`));
        child.on('close', (code, signal) => {
          queue.children.delete(child);
          const status: BuildStatus = {
            state: code === 0 ? 'done' : 'failed',
            output: code === 0 ? '' : `wxt build (${browser}) exited with ${code ?? signal}:\n${output}`,
          };
          writeFileSync(file, JSON.stringify(status));
          if (status.state === 'failed') console.error(status.output);
          done();
        });
      }),
  );
  return () => {
    for (const child of queue.children) child.kill();
    rmSync(file, { force: true });
  };
}

/**
 * Waits for this run's build for `browser`, the one its global setup started in the background,
 * and says whether there was one (false in the demo, a benchmark, or a file run without its
 * project's global setup). A failed build fails the file with the build's output.
 */
export async function extensionBuilt(browser: 'chrome' | 'firefox'): Promise<boolean> {
  const runId = process.env[startedMark(browser)];
  if (!runId) return false;
  const file = statusFile(runId, browser);
  const status = await waitFor(
    async () => existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as BuildStatus),
    `the ${browser} build started by the global setup`,
    600_000,
  );
  if (status.state === 'failed') throw new Error(status.output);
  return true;
}

/** Builds unless this process already did (or its parent, whose environment vitest's workers inherit). */
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
