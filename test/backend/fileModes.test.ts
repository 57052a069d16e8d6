/**
 * The person's data is theirs alone: with the common umask 022, a fresh data folder, its
 * month files, its backups and the temp files of atomic writes are 0700 (folders) and
 * 0600 (files); a folder left readable by an earlier version is closed at the next start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { open, tempDir } from '../support/backend';
import { writeFileAtomicSync } from '../../electron/backend/store';

const mode = (p: string) => fs.statSync(p).mode & 0o777;

/** Every folder and file below `dir`, with its permission bits. */
function modes(dir: string): { rel: string; dir: boolean; mode: number }[] {
  const out: { rel: string; dir: boolean; mode: number }[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d)) {
      const p = path.join(d, name);
      const isDir = fs.statSync(p).isDirectory();
      out.push({ rel: path.relative(dir, p), dir: isDir, mode: mode(p) });
      if (isDir) walk(p);
    }
  };
  walk(dir);
  return out;
}

let umask: number;
beforeAll(() => {
  umask = process.umask(0o022);
});
afterAll(() => {
  process.umask(umask);
});

describe.skipIf(process.platform === 'win32')('file modes', () => {
  it('makes a fresh data folder 0700 and every file in it 0600, backups and months included', async () => {
    const dataDir = path.join(tempDir(), 'ClientFit', 'data');
    const { backend, call } = await open(dataDir, { dailyBackup: true, now: () => new Date('2026-03-20T10:00:00') });
    const client = await call('createClient', { name: 'Estudio Norte', source: 'web', status: 'active', email: 'hola@norte.example' });
    const project = await call('createProject', { clientId: client.id, title: 'Web', kind: 'web', pricing: { mode: 'hourly', rate: 5000 }, status: 'in-progress' });
    await call('logTime', { projectId: project.id, date: '2026-02-03', minutes: 60, billable: true });
    await call('importTime', { clients: [], projects: [], entries: [{ date: '2026-03-03', minutes: 30, billable: true, clientName: 'Estudio Norte', projectTitle: 'Web' }] });
    await call('startTimer', { projectId: project.id });
    await call('updateSettings', { yourName: 'Ana' });
    await backend.close();

    expect(mode(dataDir)).toBe(0o700);
    const all = modes(dataDir);
    expect(all.some((x) => x.rel === path.join('time', '2026-02.json'))).toBe(true);
    expect(all.filter((x) => x.dir && x.rel.startsWith('backups')).length).toBeGreaterThanOrEqual(2);
    for (const x of all) expect(`${x.rel} ${x.mode.toString(8)}`).toBe(`${x.rel} ${x.dir ? '700' : '600'}`);
  });

  it('creates the temp file of an atomic write 0600 from its first byte', () => {
    const dir = path.join(tempDir(), 'data');
    const seen: number[] = [];
    const real = fs.openSync;
    const spy = vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, flags: fs.OpenMode, m?: fs.Mode) => {
      const fd = real(file, flags, m);
      if (String(file).includes('.tmp-')) seen.push(fs.fstatSync(fd).mode & 0o777);
      return fd;
    }) as typeof fs.openSync);
    try {
      writeFileAtomicSync(path.join(dir, 'clients.json'), '{"items":[]}');
    } finally {
      spy.mockRestore();
    }
    expect(seen).toEqual([0o600]);
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, 'clients.json'))).toBe(0o600);
  });

  it('closes a folder an earlier version left readable by all, at the next start', async () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, 'time'), { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    fs.writeFileSync(path.join(dataDir, 'clients.json'), JSON.stringify({ schemaVersion: 1, items: [] }), { mode: 0o644 });
    fs.writeFileSync(path.join(dataDir, 'time', '2026-01.json'), JSON.stringify({ schemaVersion: 1, month: '2026-01', items: [] }), { mode: 0o644 });
    const { backend } = await open(dataDir);
    await backend.close();
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, 'time'))).toBe(0o700);
    expect(mode(path.join(dataDir, 'clients.json'))).toBe(0o600);
    expect(mode(path.join(dataDir, 'time', '2026-01.json'))).toBe(0o600);
  });
});
