/**
 * A read-only data folder and a full disk: every change is refused with `write-failed`
 * and a sentence saying what to do, and memory and disk stay as they were (the next
 * getDataset equals the state before, and the files' bytes are unchanged).
 *
 * The conditions are made for real where this process may mount a small tmpfs (root on
 * Linux, as on the build machines): a tmpfs remounted read-only gives real EROFS, and a
 * filled one real ENOSPC, short writes included. Root ignores file permissions, so chmod
 * cannot make a read-only folder here. Where mounting is not allowed (a developer's
 * laptop), a store factory throws the errors the OS would (EACCES, ENOSPC) instead, and
 * the test says so.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoreFactory } from '../../electron/backend';
import { defaultStoreFactory, writeFileAtomicSync } from '../../electron/backend/store';
import { fileAppendLog, type AppendLogFactory } from '../../electron/backend/timeJournal';
import { fakeClock, onNearlyFullDisk, open, snapshotFiles, tempDir } from '../support/backend';

const mounted: string[] = [];
const mount = (dir: string, options: string) => spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0;
const CAN_MOUNT = (() => {
  const probe = tempDir('clientfit-mount-probe-');
  // CLIENTFIT_SIMULATE_DISK=1 runs the simulated path where mounting would work.
  if (process.env.CLIENTFIT_SIMULATE_DISK || process.platform !== 'linux' || !mount(probe, 'size=64k')) return false;
  spawnSync('umount', [probe]);
  return true;
})();
afterAll(() => {
  for (const dir of mounted) spawnSync('umount', [dir]);
});

/** A data folder whose disk the test can break and fix. */
interface Disk {
  dataDir: string;
  createStore?: StoreFactory;
  createLog?: AppendLogFactory;
  real: boolean;
  breakIt(): void;
  fixIt(): void;
}

/** A factory whose writes throw `code` while `on`: what the OS says, without the OS. */
function failingFactory(code: string) {
  const state = { on: false, only: (_name: string) => true };
  const factory: StoreFactory = (opts) => {
    const real = defaultStoreFactory(opts);
    return {
      path: real.path,
      write(value) {
        if (state.on && state.only(opts.name)) throw Object.assign(new Error(`${code}: simulated`), { code });
        real.write(value);
      },
    };
  };
  // The time journal's appends (and its removal when folded) fail the same way.
  const log: AppendLogFactory = (file) => {
    const real = fileAppendLog(file);
    const fail = () => {
      if (state.on && state.only('journal')) throw Object.assign(new Error(`${code}: simulated`), { code });
    };
    return { ...real, append: (text) => (fail(), real.append(text)), clear: () => (fail(), real.clear()) };
  };
  return { factory, log, state };
}

function tmpfs(size: string): string {
  const root = tempDir('clientfit-tmpfs-');
  if (!mount(root, `size=${size}`)) throw new Error('mount failed');
  mounted.push(root);
  return root;
}

function readOnlyDisk(): Disk {
  if (CAN_MOUNT) {
    const root = tmpfs('1m');
    const remount = (mode: string) => {
      const r = spawnSync('mount', ['-o', `remount,${mode}`, root]);
      if (r.status !== 0) throw new Error(`remount ${mode}: ${r.stderr}`);
    };
    return { dataDir: path.join(root, 'data'), real: true, breakIt: () => remount('ro'), fixIt: () => remount('rw') };
  }
  const { factory, log, state } = failingFactory('EACCES');
  return { dataDir: path.join(tempDir(), 'data'), createStore: factory, createLog: log, real: false, breakIt: () => (state.on = true), fixIt: () => (state.on = false) };
}

function fullDisk(): Disk & { freeOnePage(): void } {
  if (CAN_MOUNT) {
    const root = tmpfs('512k');
    const filler = path.join(root, 'filler');
    return {
      dataDir: path.join(root, 'data'),
      real: true,
      breakIt() {
        const fd = fs.openSync(filler, 'w');
        try {
          for (;;) fs.writeSync(fd, Buffer.alloc(4096, 1));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        } finally {
          fs.closeSync(fd);
        }
      },
      fixIt: () => fs.rmSync(filler),
      // Room for a small file, not for a large one: the large write comes back short.
      freeOnePage: () => fs.truncateSync(filler, fs.statSync(filler).size - 4096),
    };
  }
  const { factory, log, state } = failingFactory('ENOSPC');
  return {
    dataDir: path.join(tempDir(), 'data'),
    createStore: factory,
    createLog: log,
    real: false,
    breakIt: () => (state.on = true),
    fixIt: () => (state.on = false),
    freeOnePage: () => {},
  };
}

const client = { name: 'Estudio Lumen', source: 'web', status: 'active' } as const;

/** A folder with something in every file, a running timer and one backup. */
async function populate(disk: Disk) {
  const clock = fakeClock('2026-11-20T10:00:00');
  const { backend, call } = await open(disk.dataDir, { now: clock.now, createStore: disk.createStore, createLog: disk.createLog });
  const c = await call('createClient', { ...client, notes: 'n'.repeat(2000) });
  const p = await call('createProject', { clientId: c.id, title: 'Identidad', kind: 'branding', pricing: { mode: 'fixed', amount: 90000 }, status: 'accepted' });
  const entries = [];
  // November is large (several pages), October small.
  for (let i = 0; i < 60; i++) entries.push(await call('logTime', { projectId: p.id, date: `2026-11-${String((i % 28) + 1).padStart(2, '0')}`, minutes: 30 + i, billable: true, note: `bocetos ${'x'.repeat(80)}` }));
  const oct = await call('logTime', { projectId: p.id, date: '2026-10-30', minutes: 30, billable: true });
  const s = await call('createSignal', { clientId: c.id, date: '2026-11-03', kind: 'praised' });
  const col = await call('createColleague', { name: 'Marta Ruiz', specialties: ['web'], languages: ['es'] });
  const l = await call('createLetter', { kind: 'check-in', clientId: c.id, language: 'es', subject: 'Hola', body: '¿Cómo va?' });
  // The timer below runs a day: past the long-timer question, so every change here is a write.
  await call('updateSettings', { yourName: 'Ana', longTimerHours: 168 });
  await call('startTimer', { projectId: p.id });
  await backend.close();
  clock.set('2026-11-21T10:00:00');
  await (await open(disk.dataDir, { now: clock.now, dailyBackup: true, createStore: disk.createStore, createLog: disk.createLog })).backend.close();
  clock.advance(45 * 60_000);
  const again = await open(disk.dataDir, { now: clock.now, createStore: disk.createStore, createLog: disk.createLog });
  const backupId = (await again.call('listBackups'))[0]!.id;
  return { ...again, clock, ids: { c: c.id, p: p.id, nov: entries[0]!.id, oct: oct.id, s: s.id, col: col.id, l: l.id }, backupId };
}

/** Every kind of change, each touching one file or several. */
function changes(ids: Awaited<ReturnType<typeof populate>>['ids'], data: unknown, settings: unknown, backupId: string): [string, unknown][] {
  return [
    ['createClient', client],
    ['updateClient', { id: ids.c, name: 'Lumen' }],
    ['createProject', { clientId: ids.c, title: 'Web', kind: 'web', pricing: { mode: 'hourly', rate: 5000 }, status: 'inquiry' }],
    ['updateProject', { id: ids.p, title: 'Identidad 2' }],
    ['logTime', { projectId: ids.p, date: '2026-11-10', minutes: 30, billable: true }],
    ['logTime', { projectId: ids.p, date: '2026-12-01', minutes: 30, billable: true }],
    ['updateTimeEntry', { id: ids.nov, minutes: 99 }],
    ['updateTimeEntry', { id: ids.nov, date: '2026-12-02' }],
    ['updateTimeEntry', { id: ids.oct, date: '2026-11-02' }],
    ['deleteTimeEntry', { id: ids.oct }],
    ['restoreTimeEntry', { id: 'back', projectId: ids.p, date: '2026-09-01', minutes: 5, billable: false }],
    ['updateSettings', { yourName: 'Ana García' }],
    ['startTimer', { projectId: ids.p }],
    ['stopTimer', undefined],
    ['discardTimer', undefined],
    ['createSignal', { clientId: ids.c, date: '2026-11-04', kind: 'paid-late' }],
    ['updateSignal', { id: ids.s, note: 'x' }],
    ['deleteSignal', { id: ids.s }],
    ['createColleague', { name: 'Tom', specialties: [], languages: ['en'] }],
    ['updateColleague', { id: ids.col, name: 'Tom Hale' }],
    ['deleteColleague', { id: ids.col }],
    ['createLetter', { kind: 'decline', clientId: ids.c, language: 'es', subject: 'Gracias', body: 'Gracias.' }],
    ['deleteLetter', { id: ids.l }],
    ['restoreBackup', { id: backupId }],
    ['restoreDataset', { dataset: data, settings }],
  ];
}

async function refusesEverything(disk: Disk, wording: RegExp) {
  const { backend, call, ids, backupId } = await populate(disk);
  const read = async () => ({ data: await call('getDataset'), settings: await call('getSettings'), timer: await call('getTimer') });
  const before = await read();
  // Simulated, only the stores fail: backups (plain fs copies) would still be written.
  const files = () => {
    const all = snapshotFiles(disk.dataDir);
    if (!disk.real) for (const k of [...all.keys()]) if (k.startsWith('backups')) all.delete(k);
    return all;
  };
  const bytes = files();
  disk.breakIt();
  let refused = 0;
  try {
    for (const [channel, payload] of changes(ids, before.data, before.settings, backupId)) {
      const r = await backend.invoke(channel, payload);
      expect(r.ok, `${channel} ${JSON.stringify(payload)?.slice(0, 60)}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code, `${channel}: ${r.error.message}`).toBe('write-failed');
        expect(r.error.message).toMatch(wording);
        expect(r.error.message).toMatch(/nothing was changed/i);
      }
      expect(await read(), channel).toEqual(before);
      expect(files(), channel).toEqual(bytes);
      refused++;
    }
    // Opening the folder while it is broken works and shows the same data.
    const other = await open(disk.dataDir, { createStore: disk.createStore, createLog: disk.createLog, dailyBackup: true });
    expect(await other.call('getDataset')).toEqual(before.data);
    expect(await other.call('getNotices')).toEqual([]);
    await other.backend.close();
  } finally {
    disk.fixIt();
  }
  // Fixed, the same change goes through: it was the disk.
  expect((await backend.invoke('createClient', client)).ok).toBe(true);
  await backend.close();
  return refused;
}

describe('a read-only data folder', () => {
  it('refuses every change with write-failed and changes nothing, in memory or on disk', async () => {
    const disk = readOnlyDisk();
    const refused = await refusesEverything(disk, disk.real ? /read-only/ : /not allowed to write in .*permissions/);
    console.log(`read-only folder: ${refused} changes refused, 0 bytes changed (${disk.real ? 'real: a tmpfs remounted read-only, EROFS' : 'simulated EACCES: this process may not mount'})`);
  });
});

describe('a full disk', () => {
  it('refuses every change with write-failed and changes nothing, in memory or on disk', async () => {
    const disk = fullDisk();
    const refused = await refusesEverything(disk, /disk is full/);
    console.log(`full disk: ${refused} changes refused, 0 bytes changed (${disk.real ? 'real: a filled 512 KiB tmpfs, ENOSPC' : 'simulated ENOSPC: this process may not mount'})`);
  });

  it.skipIf(!CAN_MOUNT)('catches a short write (room for part of the file) instead of saving a cut file', async () => {
    const disk = fullDisk();
    const { backend, call, ids } = await populate(disk);
    const before = await call('getDataset');
    const bytes = snapshotFiles(disk.dataDir);
    disk.breakIt();
    disk.freeOnePage();
    let logged;
    try {
      // Stopping the timer writes November's file whole: several pages, so the write gets one page in, then ENOSPC.
      const r1 = await backend.invoke('stopTimer');
      expect(r1.ok || r1.error.code).toBe('write-failed');
      expect(await call('getDataset')).toEqual(before);
      expect(snapshotFiles(disk.dataDir)).toEqual(bytes);
      // One line in the time journal fits in the page left: an hour logged on a nearly full disk is saved.
      logged = await call('logTime', { projectId: ids.p, date: '2026-11-11', minutes: 30, billable: true });
    } finally {
      disk.fixIt();
    }
    await backend.close();
    const again = await open(disk.dataDir);
    const after = (await again.call('getDataset')).timeEntries;
    expect(after).toHaveLength(before.timeEntries.length + 1);
    expect(after).toEqual(expect.arrayContaining([...before.timeEntries, logged]));
    await again.backend.close();
  });
});

describe('a refused write in the middle of a change that touches two files', () => {
  it('stopping the timer when timer.json cannot be written takes the logged entry back; stopping again logs once', async () => {
    const { factory, state } = failingFactory('ENOSPC');
    state.only = (name) => name === 'timer';
    const dir = tempDir();
    const clock = fakeClock('2026-11-23T09:00:00');
    const { backend, call } = await open(dir, { now: clock.now, createStore: factory });
    const c = await call('createClient', client);
    const p = await call('createProject', { clientId: c.id, title: 'Identidad', kind: 'branding', pricing: { mode: 'fixed', amount: 90000 }, status: 'accepted' });
    await call('startTimer', { projectId: p.id });
    clock.advance(30 * 60_000);
    const before = await call('getDataset');
    const bytes = snapshotFiles(dir);
    state.on = true;
    const r = await backend.invoke('stopTimer');
    expect(r.ok || r.error.code).toBe('write-failed');
    expect(await call('getDataset')).toEqual(before);
    expect(await call('getTimer')).not.toBeNull();
    expect(snapshotFiles(dir)).toEqual(bytes);
    state.on = false;
    clock.advance(5 * 60_000);
    const { entry } = await call('stopTimer');
    expect(entry).toMatchObject({ minutes: 35 });
    expect((await call('getDataset')).timeEntries).toEqual([entry]);
    await backend.close();
  });

  it('a timer whose entry was saved just before a crash is logged once when stopped after the restart', async () => {
    const dir = tempDir();
    const clock = fakeClock('2026-11-23T09:00:00');
    const first = await open(dir, { now: clock.now });
    const c = await first.call('createClient', client);
    const p = await first.call('createProject', { clientId: c.id, title: 'Identidad', kind: 'branding', pricing: { mode: 'fixed', amount: 90000 }, status: 'accepted' });
    await first.call('startTimer', { projectId: p.id });
    const timerFile = fs.readFileSync(path.join(dir, 'timer.json'));
    clock.advance(20 * 60_000);
    await first.call('stopTimer');
    await first.backend.close();
    // What a kill between the two writes of a stop leaves: the entry saved, the timer still running.
    fs.writeFileSync(path.join(dir, 'timer.json'), timerFile);
    clock.advance(10 * 60_000);
    const second = await open(dir, { now: clock.now });
    const { entry } = await second.call('stopTimer');
    expect(entry).toMatchObject({ minutes: 30 });
    expect((await second.call('getDataset')).timeEntries).toEqual([entry]);
    await second.backend.close();
  });
});

describe('writeFileAtomicSync', () => {
  it('treats a short write as the failure it is: the old file stays, no temp file is left', () => {
    const dir = tempDir();
    const file = path.join(dir, 'clients.json');
    fs.writeFileSync(file, '{"old":true}');
    // What write(2) does on a nearly full disk: some bytes, then ENOSPC.
    onNearlyFullDisk(() => expect(() => writeFileAtomicSync(file, JSON.stringify({ items: ['a'.repeat(100)] }))).toThrow(/ENOSPC/));
    expect(fs.readFileSync(file, 'utf8')).toBe('{"old":true}');
    expect(fs.readdirSync(dir)).toEqual(['clients.json']);
  });
});

describe('temp files that a crash mid-write left behind', () => {
  it('are removed when the folder is opened again, beside data that loads whole; a running process keeps its own', async () => {
    const dir = tempDir();
    const first = await open(dir);
    const client = await first.call('createClient', { name: 'Estudio Lumen', source: 'web', status: 'active' });
    const project = await first.call('createProject', { clientId: client.id, title: 'Identidad', kind: 'branding', pricing: { mode: 'fixed', amount: 120000 }, status: 'in-progress' });
    await first.call('logTime', { projectId: project.id, date: '2026-11-20', minutes: 90, billable: true });
    const before = (await first.call('getDataset')) as unknown;

    // A writer that was killed after writing its temp file, before the rename: its process is gone.
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const stale = [path.join(dir, `clients.json.tmp-${dead}0a1b2c3d`), path.join(dir, 'time', `2026-11.json.tmp-${dead}deadbeef`)];
    for (const file of stale) fs.writeFileSync(file, '{"half": ');
    // One of a process that is still running (this test's parent) is not ours to remove.
    const running = path.join(dir, `settings.json.tmp-${process.ppid}00ff00ff`);
    fs.writeFileSync(running, '{');

    const again = await open(dir);
    expect(await again.call('getDataset')).toEqual(before);
    for (const file of stale) expect(fs.existsSync(file), file).toBe(false);
    expect(fs.existsSync(running)).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'time'))).toEqual(['2026-11.json']);
  });
});
