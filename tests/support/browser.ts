/**
 * The real-browser harness shared by the end-to-end suites, the demo and the benchmarks: builds
 * and browser installs (build.ts), pages served under the real sites' addresses (serve.ts),
 * waiting (wait.ts), and the Chromium launcher (chromium.ts). Firefox's launcher is firefox.ts.
 */
export * from './build';
export * from './serve';
export * from './wait';
export * from './chromium';
