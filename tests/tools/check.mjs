/**
 * `npm run check` after `wxt prepare`: the type-check, ESLint and Prettier at the same time (each
 * is one process that uses one core; on 2 cores they take about as long as the type-check alone).
 * Each tool's output is printed whole when it ends, and the check fails when any of them fails.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const bin = (name) => join(import.meta.dirname, '..', '..', 'node_modules', '.bin', name);
const steps = [
  ['tsc --noEmit', bin('tsc'), ['--noEmit']],
  ['eslint .', bin('eslint'), ['.']],
  ['prettier --check .', bin('prettier'), ['--check', '.']],
];

const run = ([label, command, args]) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `${String(error)}\n`));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n> ${label}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s\n${output}`);
      resolve(code === 0);
    });
  });

const results = await Promise.all(steps.map(run));
if (results.some((ok) => !ok)) process.exitCode = 1;
