#!/usr/bin/env node
/**
 * npm test: every gate in order — lint, type checks, build, the security gate, then
 * Vitest (shared, backend, shell, renderer components, end-to-end in Chromium) —
 * and one closing line `N passed, N failed` that adds up every runner's counts
 * (each static gate counts as one).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { summarise } from './testSummary.mjs';
import { chromiumProblem } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const report = path.join(root, '.tmp', 'vitest-report.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });

const gates = [
  ['lint', 'npx', ['eslint', '.']],
  ['types (main, preload, backend, shared)', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['types (renderer)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['build', 'npx', ['electron-vite', 'build']],
  ['main bundle parses', 'node', ['--check', 'out/main/index.js']],
];
if (fs.existsSync(path.join(root, 'scripts', 'security-gate.mjs'))) gates.push(['security gate', 'node', ['scripts/security-gate.mjs']]);

let passed = 0;
let failed = 0;
const failures = [];
for (const [name, cmd, args] of gates) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

// The end-to-end layer needs a browser: say so first, in one line, rather than after 14 failed files.
const browserProblem = chromiumProblem();
if (browserProblem) {
  console.log(`\n✗ end-to-end tests: ${browserProblem}`);
  failed++;
  failures.push('end-to-end (no Chromium)');
}

console.log('\n▶ tests (Vitest: shared, backend, shell, renderer, end-to-end in Chromium)');
const vitest = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
  cwd: root,
  stdio: 'inherit',
});
if (fs.existsSync(report)) {
  const r = summarise(JSON.parse(fs.readFileSync(report, 'utf8')), root);
  passed += r.passed;
  failed += r.failed;
  if (r.failed > 0) failures.push('tests');
  console.log(`Vitest: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  if (r.brokenFiles.length > 0) {
    console.log(`\n${r.brokenFiles.length} test file(s) did not run, each counted as one failure:`);
    for (const f of r.brokenFiles) console.log(`  ✗ ${f.name}${f.message ? `: ${f.message}` : ''}`);
  }
} else {
  failed++;
  failures.push(`tests (Vitest exited ${vitest.status} without a report)`);
}
if (browserProblem) {
  console.log(`\nThe end-to-end layer cannot run: ${browserProblem}`);
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
