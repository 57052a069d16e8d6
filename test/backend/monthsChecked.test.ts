/**
 * The note that the month files are whole (electron/backend/monthsChecked.ts): written at a
 * clean close, read and removed at start. With it, a start skips looking for an entry left in
 * two months; without it, or when a month file changed while the app was closed, the whole
 * pass runs and such a copy is dropped. Either way the person sees each entry once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimeEntry } from '#shared/model';
import { CHECKED_FILE, monthStamps, monthsAsChecked as noteMatches, noteMonthsChecked } from '../../electron/backend/monthsChecked';
import { failingFactory, open, tempDir } from '../support/backend';
import { writeDataFolder } from '../support/generate';
import { client as kitClient, dataset, entry as kitEntry, project as kitProject } from '../support/builders';

const client = kitClient('c1', { name: 'Estudio Lumen' });
const project = kitProject('p1', 'c1', { title: 'Identidad' });
const entry = (id: string, date: string, minutes = 60): TimeEntry => kitEntry('p1', minutes, date, true, { id });

const note = (dir: string) => path.join(dir, 'time', CHECKED_FILE);
const monthFile = (dir: string, month: string) => path.join(dir, 'time', `${month}.json`);
/** Writes the note for the month files as they are now, as a close would. */
const renote = (dir: string) => {
  const timeDir = path.join(dir, 'time');
  expect(noteMonthsChecked(timeDir, monthStamps(timeDir, fs.readdirSync(timeDir).filter((n) => /^\d{4}-\d{2}\.json$/.test(n))))).toBe(true);
};
/** Whether the note matches these month files as they are now, as a start asks. */
const monthsAsChecked = (timeDir: string, names: string[]) => noteMatches(timeDir, monthStamps(timeDir, names));
const idsIn = (dir: string, month: string): string[] => JSON.parse(fs.readFileSync(monthFile(dir, month), 'utf8')).items.map((e: TimeEntry) => e.id);

/** A folder with two months, opened once and closed as the app does: the note is there. */
async function closedCleanly() {
  const dir = tempDir();
  writeDataFolder(dir, dataset({ clients: [client], projects: [project], timeEntries: [entry('t1', '2026-10-20', 90), entry('t2', '2026-10-21'), entry('t3', '2026-11-02')] }));
  const first = await open(dir);
  await first.backend.close();
  return dir;
}

/** Puts a copy of October's t1 into November, as a kill between two month writes leaves it, keeping November's time and size if asked. */
function copyIntoNovember(dir: string, keepStamp: boolean) {
  const nov = monthFile(dir, '2026-11');
  const before = fs.statSync(nov);
  const doc = JSON.parse(fs.readFileSync(nov, 'utf8'));
  doc.items.push(entry('t1', '2026-11-03', 30));
  fs.writeFileSync(nov, JSON.stringify(doc));
  if (keepStamp) fs.utimesSync(nov, before.atime, before.mtime);
  return fs.statSync(nov).size !== before.size;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the note that the month files are whole', () => {
  it('is written at close with each month file, read and removed at start, and written again at the next close', async () => {
    const dir = await closedCleanly();
    const noted = JSON.parse(fs.readFileSync(note(dir), 'utf8')).files;
    expect(Object.keys(noted)).toEqual(['2026-10.json', '2026-11.json']);
    expect(noted['2026-11.json']).toEqual([fs.statSync(monthFile(dir, '2026-11')).size, fs.statSync(monthFile(dir, '2026-11')).mtimeMs]);

    const again = await open(dir);
    // While the app runs there is none: a crash from here on must not find one.
    expect(fs.existsSync(note(dir))).toBe(false);
    expect((await again.call('getDataset')).timeEntries.map((e) => e.id)).toEqual(['t1', 't2', 't3']);
    await again.backend.close();
    expect(fs.existsSync(note(dir))).toBe(true);
  });

  it('is not there after a crash, so the next start looks for copies in two months', async () => {
    const dir = await closedCleanly();
    const running = await open(dir);
    await running.call('logTime', { projectId: 'p1', date: '2026-11-05', minutes: 45, billable: true });
    // Killed: no close. A copy in two months is what a kill during a move leaves.
    copyIntoNovember(dir, true);
    expect(fs.existsSync(note(dir))).toBe(false);
    const next = await open(dir);
    const ids = (await next.call('getDataset')).timeEntries.map((e) => e.id);
    expect(ids.filter((id) => id === 't1')).toHaveLength(1);
    expect(ids).toHaveLength(4);
    // The copy in the earlier month went from disk too.
    expect(idsIn(dir, '2026-10')).toEqual(['t2']);
    await next.backend.close();
    await running.backend.close();
  });

  it('no longer matches a month file changed while the app was closed, and the copy is dropped', async () => {
    const dir = await closedCleanly();
    // The same size is not enough: its time changed.
    copyIntoNovember(dir, false);
    const { backend, call } = await open(dir);
    const entries = (await call('getDataset')).timeEntries;
    expect(entries.filter((e) => e.id === 't1')).toEqual([entry('t1', '2026-11-03', 30)]);
    expect(idsIn(dir, '2026-10')).toEqual(['t2']);
    await backend.close();
  });

  it('no longer matches when a month file was added while the app was closed', async () => {
    const dir = await closedCleanly();
    fs.writeFileSync(monthFile(dir, '2026-09'), JSON.stringify({ schemaVersion: 1, month: '2026-09', items: [entry('t2', '2026-09-30', 15)] }));
    const { backend, call } = await open(dir);
    // The September copy is the older one: October's is kept, as after a kill mid-move.
    expect((await call('getDataset')).timeEntries.filter((e) => e.id === 't2')).toEqual([entry('t2', '2026-10-21')]);
    await backend.close();
  });

  it('is not written when a change of several files stopped half way and could not be put back', async () => {
    const failing = failingFactory();
    const dir = tempDir();
    const { backend, call } = await open(dir, { createStore: failing.factory });
    await call('loadSampleData', { language: 'es' });
    // The second file of the removal fails, and putting the first one back fails too.
    const rename = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(from).includes('.restore-')) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      return rename(from, to);
    });
    failing.arm(2);
    expect(await backend.invoke('removeSampleData')).toMatchObject({ ok: false });
    vi.restoreAllMocks();
    failing.disarm();
    await backend.close();
    expect(fs.existsSync(note(dir))).toBe(false);
    // The next start reads the folder as it is, and the close after it notes it.
    const again = await open(dir);
    expect((await again.call('getDataset')).timeEntries.length).toBeGreaterThan(0);
    await again.backend.close();
    expect(fs.existsSync(note(dir))).toBe(true);
  });

  it('is not written when another program changed a month file while the app ran (a sync tool, a copy by hand)', async () => {
    const dir = await closedCleanly();
    const running = await open(dir);
    // While the app runs, an older November arrives from elsewhere, with a copy of October's t1.
    copyIntoNovember(dir, false);
    await running.call('logTime', { projectId: 'p1', date: '2026-10-25', minutes: 15, billable: true });
    await running.backend.close();
    expect(fs.existsSync(note(dir))).toBe(false);
    const next = await open(dir);
    expect((await next.call('getDataset')).timeEntries.filter((e) => e.id === 't1')).toHaveLength(1);
    await next.backend.close();
    // Looked through at that start, the months are noted again at its close.
    expect(fs.existsSync(note(dir))).toBe(true);
  });

  it('is not written when a restore could not be read back into memory', async () => {
    const dir = await closedCleanly();
    const { backend, call } = await open(dir);
    const exported = { dataset: await call('getDataset'), settings: await call('getSettings') };
    // t3 moves from November to October; reading October back fails once.
    const moved = exported.dataset.timeEntries.map((e) => (e.id === 't3' ? { ...e, date: '2026-10-30' } : e));
    const read = fs.readFileSync;
    let failures = 1;
    vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, options?: unknown) => {
      // Only the read that loads the month back (the writes read the file too).
      if (String(file).endsWith(path.join('time', '2026-10.json')) && new Error().stack?.includes('loadDoc') && failures-- > 0) {
        throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      }
      return read(file, options as BufferEncoding);
    }) as typeof fs.readFileSync);
    expect(await backend.invoke('restoreDataset', { ...exported, dataset: { ...exported.dataset, timeEntries: moved } })).toMatchObject({ ok: false, error: { code: 'saved-not-shown', message: expect.stringContaining('The restore was written to disk') } });
    vi.restoreAllMocks();
    await backend.close();
    expect(fs.existsSync(note(dir))).toBe(false);
    const again = await open(dir);
    expect((await again.call('getDataset')).timeEntries.filter((e) => e.id === 't3').map((e) => e.date)).toEqual(['2026-10-30']);
    await again.backend.close();
  });

  it('a time folder that cannot be listed stops the start instead of showing no hours', async () => {
    const dir = await closedCleanly();
    const list = fs.readdirSync;
    vi.spyOn(fs, 'readdirSync').mockImplementation(((folder: fs.PathLike, options?: unknown) => {
      if (String(folder) === path.join(dir, 'time')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(folder)}'`), { code: 'EACCES' });
      return list(folder, options as BufferEncoding);
    }) as typeof fs.readdirSync);
    await expect(open(dir)).rejects.toThrow(/EACCES/);
    vi.restoreAllMocks();
    // Nothing was written over: the hours are all there once the folder can be read.
    const { backend, call } = await open(dir);
    expect((await call('getDataset')).timeEntries.map((e) => e.id)).toEqual(['t1', 't2', 't3']);
    await backend.close();
  });

  it('after a quick start, edits, moves and deletes find their entries, and nothing is doubled', async () => {
    const dir = await closedCleanly();
    const { backend, call } = await open(dir);
    const moved = await call('updateTimeEntry', { id: 't1', date: '2026-11-10' });
    await call('deleteTimeEntry', { id: 't3' });
    const logged = await call('logTime', { projectId: 'p1', date: '2026-10-22', minutes: 30, billable: true });
    await expect(call('updateTimeEntry', { id: 't3', minutes: 5 })).rejects.toThrow(/no time entry/);
    await backend.close();
    const again = await open(dir);
    expect((await again.call('getDataset')).timeEntries).toEqual([entry('t2', '2026-10-21'), logged, moved]);
    await again.backend.close();
  });

  it('a month file put back from a backup at start is not trusted: its copies are looked for', async () => {
    const dir = await closedCleanly();
    // A backup of October holding t1, then t1 moves to November and the app closes cleanly.
    const first = await open(dir, { dailyBackup: true, now: () => new Date('2026-11-20T10:00:00') });
    await first.call('updateTimeEntry', { id: 't1', date: '2026-11-04' });
    await first.backend.close();
    expect(idsIn(dir, '2026-10')).toEqual(['t2']);
    // October is damaged while the app is closed in a way its size and time do not show: the note still matches it.
    fs.writeFileSync(monthFile(dir, '2026-10'), 'x'.repeat(fs.statSync(monthFile(dir, '2026-10')).size));
    renote(dir);
    expect(monthsAsChecked(path.join(dir, 'time'), ['2026-10.json', '2026-11.json'])).toBe(true);
    const { backend, call } = await open(dir);
    // October comes back from the backup, with the old copy of t1: it is dropped, November's kept.
    expect((await call('getNotices')).map((n) => n.code)).toEqual(['file-damaged-restored']);
    expect((await call('getDataset')).timeEntries.filter((e) => e.id === 't1').map((e) => e.date)).toEqual(['2026-11-04']);
    await backend.close();
  });
});

describe('monthsAsChecked', () => {
  async function noted() {
    const dir = await closedCleanly();
    return { dir, timeDir: path.join(dir, 'time'), names: ['2026-10.json', '2026-11.json'] };
  }

  it('matches the month files as they were at close', async () => {
    const { timeDir, names } = await noted();
    expect(monthsAsChecked(timeDir, names)).toBe(true);
  });

  it('does not match a file more or a file less', async () => {
    const { timeDir, names } = await noted();
    fs.writeFileSync(path.join(timeDir, '2026-12.json'), JSON.stringify({ schemaVersion: 1, month: '2026-12', items: [] }));
    expect(monthsAsChecked(timeDir, [...names, '2026-12.json'])).toBe(false);
    fs.rmSync(path.join(timeDir, '2026-12.json'));
    expect(monthsAsChecked(timeDir, names)).toBe(true);
    fs.rmSync(path.join(timeDir, names[0]!));
    expect(monthsAsChecked(timeDir, names.slice(1))).toBe(false);
  });

  it('does not match a file of another size, or of another time', async () => {
    const { dir, timeDir, names } = await noted();
    const oct = monthFile(dir, '2026-10');
    fs.appendFileSync(oct, ' ');
    expect(monthsAsChecked(timeDir, names)).toBe(false);
    renote(dir);
    expect(monthsAsChecked(timeDir, names)).toBe(true);
    // The same bytes, written again later: only the time tells.
    const stamp = fs.statSync(oct);
    fs.utimesSync(oct, stamp.atime, new Date(stamp.mtimeMs + 5000));
    expect(fs.statSync(oct).size).toBe(stamp.size);
    expect(monthsAsChecked(timeDir, names)).toBe(false);
  });

  it('does not match when the note is missing, cut short or of another shape', async () => {
    const { dir, timeDir, names } = await noted();
    const text = fs.readFileSync(note(dir), 'utf8');
    fs.writeFileSync(note(dir), text.slice(0, text.length - 3));
    expect(monthsAsChecked(timeDir, names)).toBe(false);
    fs.writeFileSync(note(dir), JSON.stringify({ files: { '2026-10.json': 'yes', '2026-11.json': 'yes' } }));
    expect(monthsAsChecked(timeDir, names)).toBe(false);
    fs.writeFileSync(note(dir), 'null');
    expect(monthsAsChecked(timeDir, names)).toBe(false);
    fs.rmSync(note(dir));
    expect(monthsAsChecked(timeDir, names)).toBe(false);
  });
});
