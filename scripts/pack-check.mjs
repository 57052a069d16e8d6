// Checks the packaging config without an Electron download: electron-builder packs the
// built app against a stub Electron (a do-nothing executable carrying a fuse wire,
// resources/, a version file); then app.asar is checked for what must and must not
// ship, and the stub's fuses for what the config set.
// Run after `electron-vite build` (npm run pack:check does both).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import asar from '@electron/asar';
import electronFuses from '@electron/fuses';

const { FuseV1Options, getCurrentFuseWire } = electronFuses;
// A fuse is the character '1' (on) or '0' (off) in the wire.
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

const root = path.resolve(import.meta.dirname, '..');
const unpacked = path.join(root, 'dist', 'linux-unpacked');
const archive = path.join(unpacked, 'resources', 'app.asar');

function fail(message) {
  console.error(`pack-check FAIL: ${message}`);
  process.exit(1);
}

for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
  if (!fs.existsSync(path.join(root, built))) fail(`${built} is missing: run \`npm run build\` first.`);
}

const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const stub = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-electron-stub-'));
// electron-builder flips the fuses in the binary, found after this sentinel: version 1,
// 8 fuses, set as in a stock Electron (run-as-node, NODE_OPTIONS, --inspect, file:// on).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const stockFuses = '10110001';
fs.writeFileSync(path.join(stub, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(stockFuses)]), {
  mode: 0o755,
});
fs.mkdirSync(path.join(stub, 'resources'));
fs.writeFileSync(path.join(stub, 'version'), electronVersion);
fs.rmSync(unpacked, { recursive: true, force: true });

const started = Date.now();
const run = spawnSync('npx', ['--no-install', 'electron-builder', '--linux', '--dir', `-c.electronDist=${stub}`], {
  cwd: root,
  stdio: 'inherit',
});
fs.rmSync(stub, { recursive: true, force: true });
if (run.status !== 0) fail(`electron-builder exited with ${run.status ?? run.signal}.`);
if (!fs.existsSync(archive)) fail(`${path.relative(root, archive)} was not produced.`);

const entries = asar.listPackage(archive, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
const has = (p) => entries.some((e) => e === p || e.startsWith(`${p}/`));
const problems = [];

for (const required of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/node_modules/electron-store', '/node_modules/conf', '/node_modules/zod']) {
  if (!has(required)) problems.push(`missing ${required}`);
}
// The app's own files: only the build output and package.json ship; so no test/, src/,
// shared/, electron/, renderer/ or docs/ sources, and no .ts files.
const own = entries.filter((e) => !e.startsWith('/node_modules'));
for (const e of own) {
  const shipped = e === '/package.json' || e === '/out' || e.startsWith('/out/');
  if (!shipped) problems.push(`unexpected ${e} (sources, tests and docs must not ship)`);
  else if (/\.tsx?$/.test(e)) problems.push(`TypeScript source ${e}`);
}
// Development tools stay out of the archive.
for (const dev of ['electron', 'electron-builder', 'electron-vite', 'vite', 'vitest', 'typescript', 'playwright-core']) {
  if (has(`/node_modules/${dev}`)) problems.push(`dev package node_modules/${dev} is packed`);
}

// The fuses the config sets, read back from the packed binary.
const fuses = await getCurrentFuseWire(path.join(unpacked, 'clientfit'));
const expectFuse = (option, enabled) => {
  const state = fuses[option];
  if (state !== (enabled ? ON : OFF)) problems.push(`fuse ${FuseV1Options[option]} should be ${enabled ? 'on' : 'off'}`);
};
const testBuild = process.env.CLIENTFIT_TEST_BUILD === '1';
expectFuse(FuseV1Options.RunAsNode, false);
expectFuse(FuseV1Options.EnableCookieEncryption, true);
expectFuse(FuseV1Options.EnableNodeOptionsEnvironmentVariable, false);
expectFuse(FuseV1Options.EnableNodeCliInspectArguments, testBuild);
expectFuse(FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true);
expectFuse(FuseV1Options.OnlyLoadAppFromAsar, true);
expectFuse(FuseV1Options.GrantFileProtocolExtraPrivileges, false);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length > 0) fail(`${path.relative(root, archive)} (${entries.length} entries):\n  - ${problems.join('\n  - ')}`);
console.log(`pack-check PASS: ${path.relative(root, archive)} holds the built app and its runtime packages, no sources; fuses as configured${testBuild ? ' (test build: --inspect on)' : ''} (${entries.length} entries, ${seconds} s)`);
