/**
 * npm run bench: the cost of logging an hour, with 1k, 10k and 100k entries of history,
 * next to the naive design (every entry in one electron-store file) and the floor
 * (writeFileSync + fsync of a file the size of one month), all measured in this run; and the
 * cold load of a folder as a clean quit leaves it next to its own floor (reading and parsing
 * the same files), with the load after a crash beside it.
 * The last line is one JSON object with the figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import Conf from 'conf';
import { openBackend } from '../electron/backend';
import { generateDataset, writeDataFolder } from '../test/support/generate';
import type { TimeEntry } from '#shared/model';
import { appendTimeEntries, indexDataset } from '#shared/rules';
import { measureImportParse } from './bench-import';
import { dataFilesOf, readAndParse } from './bench-floor';
import { CHECKED_FILE, monthStamps, noteMonthsChecked } from '../electron/backend/monthsChecked';
import { SHARD_FILE } from '../electron/backend/backups';
import { execFileSync } from 'node:child_process';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
const round = (x: number) => Math.round(x * 100) / 100;
const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `clientfit-bench-${name}-`));
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const END = '2026-11-20';
const WRITES = 300;

/**
 * A data folder as the app leaves it at a clean quit: the month files, and the note that they
 * are whole (see electron/backend/monthsChecked.ts), written by the same function close() uses.
 */
function writeClosedFolder(dir: string, entries: number) {
  writeDataFolder(dir, generateDataset({ entries, endDate: END }));
  const timeDir = path.join(dir, 'time');
  if (!noteMonthsChecked(timeDir, monthStamps(timeDir, fs.readdirSync(timeDir).filter((n) => SHARD_FILE.test(n))))) throw new Error('the note could not be written');
}

async function measureLogTime(entries: number) {
  const dir = tmp(`${entries}`);
  writeClosedFolder(dir, entries);
  const open = () => openBackend({ dataDir: dir, dailyBackup: false, now: () => new Date(`${END}T18:00:00`) });
  // After a crash there is no note, and the load also looks for entries left in two months.
  // Measured second, with the code already warm: shown, not checked.
  const afterCrash = async () => {
    fs.rmSync(path.join(dir, 'time', CHECKED_FILE));
    gc();
    const t = performance.now();
    const again = await open();
    const ms = performance.now() - t;
    await again.close();
    return ms;
  };
  // Three loads, each followed by its floor (the same files read and parsed), median of each:
  // measured alike, neither gets the heap or the page cache the other just warmed. Each load
  // closes as the app does, which writes the note again for the next one.
  const loads: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < 3; i++) {
    gc();
    const t0 = performance.now();
    const loaded = await open();
    loads.push(performance.now() - t0);
    await loaded.close();
    floors.push(measureLoadFloor(dir));
  }
  const coldLoadFirst = loads[0]!;
  const coldLoad = percentile(loads, 50);
  const coldLoadFloor = percentile(floors, 50);
  const coldLoadAfterCrash = await afterCrash();
  const backend = await open();
  const ds = await backend.call('getDataset');
  if (!ds.ok) throw new Error('getDataset failed');
  gc();
  const heap = process.memoryUsage().heapUsed;
  const projectId = ds.value.projects.at(-1)!.id;
  const times: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const t = performance.now();
    const r = await backend.call('logTime', { projectId, date: END, minutes: 30, billable: true });
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(r.error.message);
  }
  await backend.close();
  const shardBytes = fs.statSync(path.join(dir, 'time', `${END.slice(0, 7)}.json`)).size;
  fs.rmSync(dir, { recursive: true, force: true });
  return { p50: percentile(times, 50), p95: percentile(times, 95), coldLoad, coldLoadFirst, coldLoadFloor, coldLoadAfterCrash, heap, shardBytes };
}

/** The floor of a cold load: read and parse the same files the backend just loaded (after a collection). */
function measureLoadFloor(dir: string): number {
  gc();
  const { ms, entries } = readAndParse(dataFilesOf(dir));
  if (entries === 0) throw new Error('no entries read: the month files have another shape');
  return ms;
}

/** The design ClientFit does not use: one electron-store file holding every entry. */
function measureNaive(entries: number) {
  const dir = tmp('naive');
  const data = generateDataset({ entries, endDate: END });
  const store = new Conf<{ entries: TimeEntry[] }>({ cwd: dir, configName: 'time', projectName: 'clientfit-bench' });
  store.set('entries', data.timeEntries);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    const list = store.get('entries');
    list.push({ id: `n${i}`, projectId: 'p0', date: END, minutes: 30, billable: true });
    store.set('entries', list);
    times.push(performance.now() - t);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The floor: write and fsync a file as large as one month's shard. */
function measureFloor(bytes: number) {
  const dir = tmp('floor');
  const file = path.join(dir, 'month.json');
  const text = 'x'.repeat(bytes);
  const times: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const t = performance.now();
    const fd = fs.openSync(file, 'w');
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    times.push(performance.now() - t);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/**
 * The cold load as an app start has it: each load and each floor in a fresh process (nothing
 * compiled yet), alternating, median of 5. Shown beside the in-process figures, not checked.
 */
function measureFreshColdLoad(entries: number) {
  const dir = tmp(`fresh-${entries}`);
  // Each load in the child closes as the app does, which writes the note again for the next.
  writeClosedFolder(dir, entries);
  const child = path.join(import.meta.dirname, 'bench-coldload-child.ts');
  const run = (mode: 'load' | 'floor') =>
    (JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', child, mode, dir], { encoding: 'utf8' }).trim().split('\n').at(-1)!) as { ms: number }).ms;
  const loads: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < 5; i++) {
    loads.push(run('load'));
    floors.push(run('floor'));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { load: percentile(loads, 50), floor: percentile(floors, 50) };
}

const results: Record<number, Awaited<ReturnType<typeof measureLogTime>>> = {};
for (const n of [1_000, 10_000, 100_000]) {
  results[n] = await measureLogTime(n);
  const r = results[n];
  console.log(
    `logTime with ${n.toLocaleString('en')} entries: p50 ${round(r.p50)} ms, p95 ${round(r.p95)} ms; cold load ${round(r.coldLoad)} ms (median of 3; the first in this process ${round(r.coldLoadFirst)} ms; read + parse of its files: ${round(r.coldLoadFloor)} ms; after a crash: ${round(r.coldLoadAfterCrash)} ms); heap ${mb(r.heap)} MB; month file ${Math.round(r.shardBytes / 1024)} KB`,
  );
}
const floor = measureFloor(results[100_000]!.shardBytes);
console.log(`floor (writeFileSync + fsync of ${Math.round(results[100_000]!.shardBytes / 1024)} KB): p50 ${round(floor.p50)} ms, p95 ${round(floor.p95)} ms`);
const fresh = measureFreshColdLoad(100_000);
console.log(`cold load of 100,000 entries in a fresh process (as an app start): ${round(fresh.load)} ms; read + parse of its files in a fresh process: ${round(fresh.floor)} ms (median of 5 each)`);
const naive = measureNaive(100_000);
console.log(`naive (one electron-store file, 100,000 entries): p50 ${round(naive.p50)} ms, p95 ${round(naive.p95)} ms`);

/** The renderer's index of ten years: built once at start, then derived after each logged entry. */
function measureIndex() {
  const data = generateDataset({ entries: 100_000, endDate: END, extras: true });
  const builds: number[] = [];
  const derives: number[] = [];
  for (let i = 0; i < 15; i++) {
    const fresh = { ...data, timeEntries: [...data.timeEntries] };
    let t = performance.now();
    indexDataset(fresh);
    builds.push(performance.now() - t);
    const entry: TimeEntry = { id: `bench-${i}`, projectId: data.projects.at(-1)!.id, date: END, minutes: 30, billable: true };
    const next = { ...fresh, timeEntries: appendTimeEntries(fresh.timeEntries, entry) };
    t = performance.now();
    indexDataset(next);
    derives.push(performance.now() - t);
  }
  return { build: percentile(builds, 50), derive: percentile(derives, 50) };
}
const index = measureIndex();
console.log(`renderer index of 100,000 entries: built in ${round(index.build)} ms (p50), derived after one more entry in ${round(index.derive)} ms (p50)`);
const importParse = measureImportParse();
console.log(`import preview of a ${importParse.megabytes} MB export (${importParse.rows.toLocaleString('en')} rows), in its worker: decode + parse ${importParse.parseMs} ms, plan ${importParse.planMs} ms (median of 3)`);

const r1k = results[1_000]!;
const r100k = results[100_000]!;
const figures = {
  logTime_p95_ms_1k: round(r1k.p95),
  logTime_p95_ms_10k: round(results[10_000]!.p95),
  logTime_p95_ms_100k: round(r100k.p95),
  naive_p95_ms_100k: round(naive.p95),
  floor_p95_ms: round(floor.p95),
  coldLoad_ms_100k: round(r100k.coldLoad),
  coldLoadFirst_ms_100k: round(r100k.coldLoadFirst),
  coldLoadFloor_ms_100k: round(r100k.coldLoadFloor),
  coldLoadAfterCrash_ms_100k: round(r100k.coldLoadAfterCrash),
  coldLoadFresh_ms_100k: round(fresh.load),
  coldLoadFreshFloor_ms_100k: round(fresh.floor),
  heap_mb_100k: mb(r100k.heap),
  index_build_ms_100k: round(index.build),
  index_derive_ms_100k: round(index.derive),
};
const checks = [
  [`logTime p95 at 100k within 2x the floor`, figures.logTime_p95_ms_100k <= 2 * figures.floor_p95_ms],
  [`logTime p95 at 100k within 1.5x of 1k`, figures.logTime_p95_ms_100k <= 1.5 * figures.logTime_p95_ms_1k],
  [`at least 50x faster than naive at 100k`, figures.naive_p95_ms_100k >= 50 * figures.logTime_p95_ms_100k],
  [`cold load of 100k under 400 ms`, figures.coldLoad_ms_100k < 400],
  [`cold load of 100k within 1.5x of reading and parsing its files`, figures.coldLoad_ms_100k <= 1.5 * figures.coldLoadFloor_ms_100k],
  [`the same in fresh processes (an app start)`, figures.coldLoadFresh_ms_100k <= 1.5 * figures.coldLoadFreshFloor_ms_100k],
  [`heap under 200 MB`, figures.heap_mb_100k < 200],
  [`index derived after one entry in under a third of a full build`, figures.index_derive_ms_100k < figures.index_build_ms_100k / 3],
] as const;
for (const [label, ok] of checks) console.log(`${ok ? 'meets' : 'MISSES'}: ${label}`);
console.log(JSON.stringify(figures));
