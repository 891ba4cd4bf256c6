/**
 * A vitest reporter that writes wall-clock timings to a file as the run goes (README, "Tests"):
 * when each file is queued, collected and started, each test's duration, every hook over 0.3 s,
 * and per file its wall time (queued to end) with vitest's own split (environment, prepare,
 * collect, setup, tests and hooks). Seconds since the run's start lead each line.
 *
 *   RS_TIMING=/tmp/timing.log npx vitest run --reporter=default --reporter=./tests/tools/timing-reporter.mjs
 */
import { appendFileSync, writeFileSync } from 'node:fs';

const out = process.env.RS_TIMING ?? 'vitest-timing.log';
const t0 = Date.now();
const seconds = (ms) => (ms / 1000).toFixed(1);
const log = (line) => appendFileSync(out, `${seconds(Date.now() - t0).padStart(7)} ${line}\n`);

export default class TimingReporter {
  queued = new Map();
  hooks = new Map();

  onInit() {
    writeFileSync(out, '');
    log('init');
  }
  onTestRunStart(specifications) {
    log(`run start (${specifications.length} files)`);
  }
  onTestModuleQueued(module) {
    this.queued.set(module.moduleId, Date.now());
    log(`queued ${module.relativeModuleId}`);
  }
  onTestModuleCollected(module) {
    log(`collected ${module.relativeModuleId}`);
  }
  onTestModuleStart(module) {
    log(`start ${module.relativeModuleId}`);
  }
  onHookStart(hook) {
    this.hooks.set(hook.entity.id + hook.name, Date.now());
  }
  onHookEnd(hook) {
    const took = Date.now() - (this.hooks.get(hook.entity.id + hook.name) ?? Date.now());
    if (took > 300) log(`  hook ${hook.name} ${hook.entity.name ?? ''} ${seconds(took)}s`);
  }
  onTestCaseResult(test) {
    log(`  ${seconds(test.diagnostic()?.duration ?? 0).padStart(6)}s ${test.fullName}`);
  }
  onTestModuleEnd(module) {
    const d = module.diagnostic();
    const wall = Date.now() - (this.queued.get(module.moduleId) ?? Date.now());
    log(
      `END ${module.relativeModuleId} wall ${seconds(wall)}s env ${seconds(d.environmentSetupDuration)} prepare ${seconds(d.prepareDuration)} ` +
        `collect ${seconds(d.collectDuration)} setup ${seconds(d.setupDuration)} tests+hooks ${seconds(d.duration)}`,
    );
  }
  onTestRunEnd(_modules, errors, reason) {
    log(`run end ${reason}, ${errors.length} unhandled errors`);
  }
}
