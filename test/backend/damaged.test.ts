/**
 * Damaged files at start-up, for every kind of data file and three kinds of damage:
 * the app opens, the damaged file is moved aside (never deleted, never overwritten),
 * the newest GOOD backup of that file is restored, and a notice says so and where the
 * damaged file is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Settings, Timer } from '#shared/model';
import { fakeClock, open, tempDir } from '../support/backend';

const FILES = ['settings.json', 'timer.json', 'clients.json', 'projects.json', 'signals.json', 'colleagues.json', 'letters.json', 'time/2026-11.json'] as const;
type File = (typeof FILES)[number];

/** Three ways a file goes bad: not JSON, JSON of the wrong shape, a version from the future. */
const DAMAGES = {
  'not JSON': () => '{"schemaVersion":1,"items":[{"id":"c1","na',
  'the wrong shape': () => JSON.stringify({ schemaVersion: 1, settings: 'high', timer: 7, month: 11, items: [{ id: 5 }] }),
  'a schemaVersion from the future': (good: string) => JSON.stringify({ ...JSON.parse(good), schemaVersion: 99 }),
} as const;
type Damage = keyof typeof DAMAGES;
const WHY: Record<Damage, RegExp> = {
  'not JSON': /not valid JSON/,
  'the wrong shape': /does not match the expected shape/,
  'a schemaVersion from the future': /newer version of ClientFit/,
};

interface State {
  data: Dataset;
  settings: Settings;
  timer: Timer | null;
}

/**
 * A folder with two daily backups: the 2026-11-21 one holds state `older`, the
 * 2026-11-22 one (the newest) holds `newer`, and so does the folder itself.
 */
async function folderWithTwoBackups() {
  const dir = tempDir();
  const clock = fakeClock('2026-11-20T10:00:00');
  const read = async (call: Awaited<ReturnType<typeof open>>['call']): Promise<State> => ({
    data: await call('getDataset'),
    settings: await call('getSettings'),
    timer: await call('getTimer'),
  });

  const a = await open(dir, { now: clock.now });
  const c1 = await a.call('createClient', { name: 'Estudio Lumen', source: 'web', status: 'active' });
  const p1 = await a.call('createProject', { clientId: c1.id, title: 'Identidad', kind: 'branding', pricing: { mode: 'fixed', amount: 90000 }, status: 'accepted' });
  await a.call('logTime', { projectId: p1.id, date: '2026-11-02', minutes: 60, billable: true });
  await a.call('logTime', { projectId: p1.id, date: '2026-10-30', minutes: 30, billable: true });
  await a.call('createSignal', { clientId: c1.id, date: '2026-11-03', kind: 'praised' });
  await a.call('createColleague', { name: 'Marta Ruiz', specialties: ['web'], languages: ['es'] });
  await a.call('createLetter', { kind: 'check-in', clientId: c1.id, language: 'es', subject: 'Hola', body: '¿Cómo va?' });
  await a.call('updateSettings', { yourName: 'Ana' });
  await a.call('startTimer', { projectId: p1.id, note: 'bocetos' });
  const older = await read(a.call);
  await a.backend.close();

  clock.set('2026-11-21T10:00:00');
  // Opening takes the day's backup (when the event loop next turns; closing waits for it).
  await (await open(dir, { now: clock.now, dailyBackup: true })).backend.close();
  const b = await open(dir, { now: clock.now });
  // Every file changes after the first backup, so the two backups differ file by file.
  const c2 = await b.call('createClient', { name: 'Bodega Norte', source: 'referral', status: 'prospect' });
  const p2 = await b.call('createProject', { clientId: c2.id, title: 'Etiquetas', kind: 'packaging', pricing: { mode: 'hourly', rate: 6000 }, status: 'inquiry' });
  await b.call('logTime', { projectId: p2.id, date: '2026-11-05', minutes: 45, billable: false });
  await b.call('logTime', { projectId: p2.id, date: '2026-10-31', minutes: 15, billable: true });
  await b.call('createSignal', { clientId: c2.id, date: '2026-11-06', kind: 'asked-discount' });
  await b.call('createColleague', { name: 'Tom Hale', specialties: ['illustration'], languages: ['en'] });
  await b.call('createLetter', { kind: 'decline', clientId: c2.id, language: 'es', subject: 'Gracias', body: 'Gracias por pensar en mí.' });
  await b.call('updateSettings', { yourName: 'Ana García' });
  await b.call('startTimer', { projectId: p2.id });
  const newer = await read(b.call);
  await b.backend.close();

  clock.set('2026-11-22T10:00:00');
  const c = await open(dir, { now: clock.now, dailyBackup: true });
  await c.backend.close();
  const backups = fs.readdirSync(path.join(dir, 'backups')).sort();
  expect(backups).toHaveLength(2);
  return { dir, clock, older, newer, olderBackup: path.join(dir, 'backups', backups[0]!), newestBackup: path.join(dir, 'backups', backups[1]!) };
}

/** The part of a state that lives in one file. */
function partOf(file: File, s: State): unknown {
  switch (file) {
    case 'settings.json':
      return s.settings;
    case 'timer.json':
      return s.timer;
    case 'time/2026-11.json':
      return s.data.timeEntries.filter((e) => e.date.startsWith('2026-11'));
    default:
      return s.data[file.replace('.json', '') as keyof Dataset];
  }
}

describe.each(FILES)('a damaged %s', (file) => {
  it.each(Object.keys(DAMAGES) as Damage[])('with %s: moved aside, the newest good backup restored, a notice', async (damage) => {
    const { dir, clock, older, newer, olderBackup, newestBackup } = await folderWithTwoBackups();
    const live = path.join(dir, file);
    const good = fs.readFileSync(live, 'utf8');
    const bad = DAMAGES[damage](good);
    // The newest backup of this file is damaged too: the one before it must be used.
    fs.writeFileSync(path.join(newestBackup, file), DAMAGES[damage](fs.readFileSync(path.join(newestBackup, file), 'utf8')));
    fs.writeFileSync(live, bad);

    clock.set('2026-11-23T09:00:00');
    const { backend, call } = await open(dir, { now: clock.now });
    const after: State = { data: await call('getDataset'), settings: await call('getSettings'), timer: await call('getTimer') };
    const notices = await call('getNotices');
    await backend.close();

    // This file holds the older backup's state; every other file is untouched.
    for (const other of FILES) {
      expect(partOf(other, after), other).toEqual(partOf(other, other === file ? older : newer));
    }
    expect(fs.readFileSync(live, 'utf8')).toBe(fs.readFileSync(path.join(olderBackup, file), 'utf8'));

    expect(notices).toHaveLength(1);
    const [n] = notices;
    expect(n).toMatchObject({ level: 'warning', code: 'file-damaged-restored' });
    expect(n!.message).toContain(`The data file ${file} could not be read`);
    expect(n!.message).toMatch(WHY[damage]);
    expect(n!.message).toContain(`the backup of ${path.basename(olderBackup).slice(0, 10)} was restored`);
    expect(n!.path).toBe(`${live}.damaged-2026-11-23T09-00-00-000Z`);
    expect(fs.readFileSync(n!.path!, 'utf8')).toBe(bad);

    // Damaged again, at the same instant: a second file aside, the first one kept as it was.
    const bad2 = `${bad}\n(second)`;
    fs.writeFileSync(live, bad2);
    const again = await open(dir, { now: clock.now });
    const [n2] = await again.call('getNotices');
    await again.backend.close();
    expect(n2!.path).toBe(`${live}.damaged-2026-11-23T09-00-00-000Z-1`);
    expect(fs.readFileSync(n2!.path!, 'utf8')).toBe(bad2);
    expect(fs.readFileSync(n!.path!, 'utf8')).toBe(bad);
    const aside = fs.readdirSync(path.dirname(live)).filter((x) => x.startsWith(`${path.basename(file)}.damaged-`));
    expect(aside).toHaveLength(2);
  });
});

describe('damage with no good backup, and a missing folder', () => {
  it('starts that part empty, keeps the damaged file, and says there was no backup', async () => {
    const { dir, clock, newer, olderBackup, newestBackup } = await folderWithTwoBackups();
    for (const b of [olderBackup, newestBackup]) fs.writeFileSync(path.join(b, 'projects.json'), 'garbage');
    fs.writeFileSync(path.join(dir, 'projects.json'), '[1,2,3]');
    clock.set('2026-11-23T09:00:00');
    const { backend, call } = await open(dir, { now: clock.now });
    const data = await call('getDataset');
    const [n] = await call('getNotices');
    await backend.close();
    expect(data.projects).toEqual([]);
    expect(data.clients).toEqual(newer.data.clients);
    expect(n).toMatchObject({ level: 'error', code: 'file-damaged-reset' });
    expect(n!.message).toMatch(/no good backup of it was found/);
    expect(fs.readFileSync(n!.path!, 'utf8')).toBe('[1,2,3]');
  });

  it('creates a missing data folder, however deep, and works in it', async () => {
    const dir = path.join(tempDir(), 'a', 'b', 'ClientFit');
    const { backend, call } = await open(dir);
    expect(await call('getNotices')).toEqual([]);
    const c = await call('createClient', { name: 'Estudio Lumen', source: 'web', status: 'active' });
    await backend.close();
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'clients.json'), 'utf8')).items).toEqual([c]);
  });
});
