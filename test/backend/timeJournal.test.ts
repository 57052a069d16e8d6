/**
 * The time journal (electron/backend/timeJournal.ts): an hour logged is one synced line, not a
 * month file rewritten; the month files get the changes when the journal is folded (at close,
 * at the next start after a crash, before a backup or any other write of time files). Real
 * files in a temporary folder throughout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { onNearlyFullDisk, open, tempDir } from '../support/backend';
import { JOURNAL_FILE, FOLD_AFTER_CHANGES, FOLD_RETRY_AFTER, fileAppendLog, readJournal, type AppendLogFactory } from '../../electron/backend/timeJournal';
import { defaultStoreFactory, type StoreFactory } from '../../electron/backend/store';
import { identityInput, lumenInput } from '../support/backendFixture';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const b of opened.splice(0)) await b.close();
});

async function start(dir = tempDir()) {
  const { backend, call } = await open(dir, { now: () => new Date('2026-11-20T10:00:00') });
  opened.push(backend);
  return { dir, backend, call, journal: path.join(dir, 'time', JOURNAL_FILE), month: (m: string) => path.join(dir, 'time', `${m}.json`) };
}

async function withProject() {
  const s = await start();
  const c = await s.call('createClient', lumenInput);
  const p = await s.call('createProject', identityInput(c.id));
  return { ...s, p };
}

const monthItems = (file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { items: { id: string }[] }).items;

describe('logging an hour', () => {
  it('appends one line to the journal and leaves the month file as it was; closing folds it in and removes the journal', async () => {
    const { backend, call, p, journal, month } = await withProject();
    const first = await call('logTime', { projectId: p.id, date: '2026-11-18', minutes: 60, billable: true });
    await backend.close();
    const novemberBefore = fs.readFileSync(month('2026-11'));
    expect(fs.existsSync(journal)).toBe(false);

    const again = await start(path.dirname(path.dirname(journal)));
    const second = await again.call('logTime', { projectId: p.id, date: '2026-11-19', minutes: 30, billable: false, note: 'Revisión' });
    expect(fs.readFileSync(month('2026-11'))).toEqual(novemberBefore);
    expect(readJournal(fs.readFileSync(journal, 'utf8'))).toEqual({ changes: [{ put: second }], skipped: 0 });

    await again.backend.close();
    expect(fs.existsSync(journal)).toBe(false);
    expect(monthItems(month('2026-11'))).toEqual([first, second]);
  });

  it('keeps every acknowledged change when the app is killed before it folds: the next start replays them in order', async () => {
    const { dir, call, p, journal } = await withProject();
    const a = await call('logTime', { projectId: p.id, date: '2026-10-30', minutes: 60, billable: true });
    const b = await call('logTime', { projectId: p.id, date: '2026-11-02', minutes: 45, billable: true });
    const moved = await call('updateTimeEntry', { id: a.id, date: '2026-11-01', minutes: 75 });
    const deleted = await call('deleteTimeEntry', { id: b.id });
    await call('restoreTimeEntry', deleted);
    const c = await call('logTime', { projectId: p.id, date: '2026-11-03', minutes: 15, billable: false });
    const expected = (await call('getDataset')).timeEntries;
    expect(expected).toEqual([moved, b, c]);
    // A kill now: nothing was folded, the journal holds the six changes.
    expect(readJournal(fs.readFileSync(journal, 'utf8')).changes).toHaveLength(6);
    const copy = tempDir();
    fs.cpSync(dir, copy, { recursive: true });

    const after = await start(copy);
    expect((await after.call('getDataset')).timeEntries).toEqual(expected);
    // Replayed, then folded at start: the month files alone hold the entries, no journal left.
    expect(fs.existsSync(after.journal)).toBe(false);
    expect(monthItems(after.month('2026-10'))).toEqual([]);
    expect(monthItems(after.month('2026-11'))).toEqual([moved, b, c]);
    expect(await after.call('getNotices')).toEqual([]);
  });

  it('skips a line cut by a power cut (never acknowledged) and keeps the ones before it', async () => {
    const { dir, call, p, journal } = await withProject();
    const a = await call('logTime', { projectId: p.id, date: '2026-11-18', minutes: 60, billable: true });
    const copy = tempDir();
    fs.cpSync(dir, copy, { recursive: true });
    const text = fs.readFileSync(journal, 'utf8');
    fs.writeFileSync(path.join(copy, 'time', JOURNAL_FILE), `${text}{"put":{"id":"half","projectId":"${p.id}","da`);
    const after = await start(copy);
    expect((await after.call('getDataset')).timeEntries).toEqual([a]);
    // The cut line went with the fold: the next hour is not glued to it.
    const b = await after.call('logTime', { projectId: p.id, date: '2026-11-19', minutes: 30, billable: true });
    await after.backend.close();
    const third = await start(copy);
    expect((await third.call('getDataset')).timeEntries).toEqual([a, b]);
  });

  it('replaying a journal already folded (a power cut before its removal reached the disk) changes nothing', async () => {
    const { dir, backend, call, p, journal } = await withProject();
    const a = await call('logTime', { projectId: p.id, date: '2026-10-30', minutes: 60, billable: true });
    const moved = await call('updateTimeEntry', { id: a.id, date: '2026-11-01' });
    const b = await call('logTime', { projectId: p.id, date: '2026-11-02', minutes: 45, billable: true });
    await call('deleteTimeEntry', { id: b.id });
    const text = fs.readFileSync(journal, 'utf8');
    await backend.close();
    fs.writeFileSync(journal, text);
    const after = await start(dir);
    expect((await after.call('getDataset')).timeEntries).toEqual([moved]);
  });

  it(`folds by itself after ${FOLD_AFTER_CHANGES} changes, so a start never replays a long journal`, async () => {
    const { call, p, journal, month } = await withProject();
    for (let i = 0; i < FOLD_AFTER_CHANGES - 1; i++) await call('logTime', { projectId: p.id, date: `2026-0${1 + (i % 9)}-10`, minutes: 30, billable: true });
    expect(readJournal(fs.readFileSync(journal, 'utf8')).changes).toHaveLength(FOLD_AFTER_CHANGES - 1);
    await call('logTime', { projectId: p.id, date: '2026-11-10', minutes: 30, billable: true });
    expect(fs.existsSync(journal)).toBe(false);
    expect(monthItems(month('2026-11'))).toHaveLength(1);
    expect(monthItems(month('2026-01'))).toHaveLength(Math.ceil((FOLD_AFTER_CHANGES - 1) / 9));
  });
});

describe('a fold the disk refuses', () => {
  it(`is tried again ${FOLD_RETRY_AFTER} changes later, not at every change, and nothing is lost`, async () => {
    let refuse = false;
    let tries = 0;
    const createStore: StoreFactory = (opts) => {
      const store = defaultStoreFactory(opts);
      return {
        path: store.path,
        write(value) {
          if (refuse && /\d{4}-\d{2}\.json$/.test(store.path)) {
            tries++;
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          }
          store.write(value);
        },
      };
    };
    const dir = tempDir();
    const { backend, call } = await open(dir, { now: () => new Date('2026-11-20T10:00:00'), createStore });
    const c = await call('createClient', lumenInput);
    const p = await call('createProject', identityInput(c.id));
    const log = (i: number) => call('logTime', { projectId: p.id, date: `2026-0${1 + (i % 9)}-10`, minutes: 30, billable: true });
    for (let i = 0; i < FOLD_AFTER_CHANGES - 1; i++) await log(i);
    // A disk with room for a line and not for a month: every hour is still saved, in the journal.
    refuse = true;
    await log(0);
    expect(tries).toBe(1);
    for (let i = 0; i < FOLD_RETRY_AFTER - 1; i++) await log(i);
    expect(tries, 'no fold tried in between').toBe(1);
    await log(0);
    expect(tries).toBe(2);
    refuse = false;
    await backend.close();
    expect(fs.existsSync(path.join(dir, 'time', JOURNAL_FILE))).toBe(false);
    const again = await open(dir);
    expect((await again.call('getDataset')).timeEntries).toHaveLength(FOLD_AFTER_CHANGES + FOLD_RETRY_AFTER);
    await again.backend.close();
  });
});

describe('the journal and the writes that replace month files', () => {
  it('a restored backup stays as restored: hours logged before the restore do not come back at the next start', async () => {
    const { dir, call, p } = await withProject();
    const kept = await call('logTime', { projectId: p.id, date: '2026-11-02', minutes: 60, billable: true });
    // A backup of this moment (the daily one, taken at the next start).
    const { backend: b2 } = await open(dir, { now: () => new Date('2026-11-21T09:00:00'), dailyBackup: true });
    await b2.close();
    const second = await start(dir);
    const backupId = (await second.call('listBackups'))[0]!.id;
    await second.call('logTime', { projectId: p.id, date: '2026-11-20', minutes: 30, billable: true });
    const restored = await second.call('restoreBackup', { id: backupId });
    expect(restored.timeEntries).toEqual([kept]);
    // A kill right after the restore: the next start shows the restored data, nothing more.
    const copy = tempDir();
    fs.cpSync(dir, copy, { recursive: true });
    const after = await start(copy);
    expect((await after.call('getDataset')).timeEntries).toEqual([kept]);
  });

  it('the pre-restore backup holds the hours that were only in the journal', async () => {
    const { dir, backend, p } = await withProject();
    await backend.close();
    const { backend: b2 } = await open(dir, { now: () => new Date('2026-11-21T09:00:00'), dailyBackup: true });
    await b2.close();
    const second = await start(dir);
    const backupId = (await second.call('listBackups'))[0]!.id;
    const hour = await second.call('logTime', { projectId: p.id, date: '2026-11-20', minutes: 30, billable: true });
    await second.call('restoreBackup', { id: backupId });
    const preRestore = (await second.call('listBackups')).find((b) => b.label === 'pre-restore')!;
    const back = await second.call('restoreBackup', { id: preRestore.id });
    expect(back.timeEntries).toEqual([hour]);
  });
});

describe('a journal whose refused line could not be cut off', () => {
  it('is folded and removed before the next change, even when it holds no change yet, and that change is saved', async () => {
    const dir = tempDir();
    let cleared = 0;
    // As the file behaves once a refused line could not be cut off: every append refused until it is removed.
    const createLog: AppendLogFactory = (file) => {
      const real = fileAppendLog(file);
      let broken = true;
      return {
        ...real,
        append: (text) => {
          if (broken) throw Object.assign(new Error('cut line'), { code: 'EJOURNAL' });
          real.append(text);
        },
        clear: () => {
          cleared++;
          broken = false;
          real.clear();
        },
      };
    };
    const { backend, call } = await open(dir, { createLog });
    opened.push(backend);
    const c = await call('createClient', lumenInput);
    const p = await call('createProject', identityInput(c.id));
    const e = await call('logTime', { projectId: p.id, date: '2026-11-18', minutes: 60, billable: true });
    expect(cleared).toBe(1);
    expect((await call('getDataset')).timeEntries).toEqual([e]);
  });
});

describe('fileAppendLog', () => {
  it('takes back a line cut by a short write (a nearly full disk), so the next line is not glued to it', () => {
    const file = path.join(tempDir(), 'time', JOURNAL_FILE);
    const log = fileAppendLog(file);
    log.append('{"del":"a"}\n');
    // What write(2) does on a nearly full disk: some bytes, then ENOSPC.
    onNearlyFullDisk(() => expect(() => log.append('{"del":"bbbbbbbbbbbbbbbb"}\n')).toThrow(/ENOSPC/));
    expect(fs.readFileSync(file, 'utf8')).toBe('{"del":"a"}\n');
    log.append('{"del":"c"}\n');
    expect(readJournal(log.read())).toEqual({ changes: [{ del: 'a' }, { del: 'c' }], skipped: 0 });
    log.clear();
    expect(fs.existsSync(file)).toBe(false);
    expect(log.read()).toBe('');
  });

  it('starts a new line after a line a power cut left without its end, so an acknowledged change is not glued to it', () => {
    const file = path.join(tempDir(), 'time', JOURNAL_FILE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"del":"a"}\n{"put":{"id":"half","projectId":"p1","da');
    // A later run: its first append must not extend the cut line.
    const log = fileAppendLog(file);
    log.append('{"del":"c"}\n');
    log.append('{"del":"d"}\n');
    expect(readJournal(log.read())).toEqual({ changes: [{ del: 'a' }, { del: 'c' }, { del: 'd' }], skipped: 1 });
    log.close();
  });

  it('leaves no file behind when the first line of a new journal cannot be written', () => {
    const file = path.join(tempDir(), 'time', JOURNAL_FILE);
    const log = fileAppendLog(file);
    onNearlyFullDisk(() => expect(() => log.append('{"del":"a"}\n')).toThrow(/ENOSPC/), 0);
    expect(fs.existsSync(file)).toBe(false);
    log.append('{"del":"b"}\n');
    expect(readJournal(log.read()).changes).toEqual([{ del: 'b' }]);
    log.close();
  });
});
