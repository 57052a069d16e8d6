/**
 * The backups a person sees and restores. Each one is a folder in `<dataDir>/backups`
 * named by the instant it was taken (UTC) and, when it is not the daily one, a label
 * saying why ('pre-restore', 'pre-import'); see `makeBackup` in files.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '#shared/ipc/contract';
import { BACKUP_DETAIL_FILE, TIME_DIR, listBackupDirs, makeBackup, parseBackupName } from './files';

/** A month file's name inside `time/`; anything else there is not data. */
export const SHARD_FILE = /^(\d{4}-\d{2})\.json$/;

/** Local calendar date of an instant, `YYYY-MM-DD`. */
export function localDate(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** The data files in a data folder or a backup (relative paths), with their sizes. */
export function dataFiles(dir: string): { rel: string; bytes: number }[] {
  const out: { rel: string; bytes: number }[] = [];
  const add = (rel: string) => {
    try {
      const stat = fs.statSync(path.join(dir, rel));
      if (stat.isFile()) out.push({ rel, bytes: stat.size });
    } catch {
      // Gone between the listing and the stat: not there.
    }
  };
  const list = (d: string) => {
    try {
      return fs.readdirSync(d).sort();
    } catch {
      return [];
    }
  };
  for (const name of list(dir)) if (name.endsWith('.json')) add(name);
  for (const name of list(path.join(dir, TIME_DIR))) if (SHARD_FILE.test(name)) add(`${TIME_DIR}/${name}`);
  return out;
}

/** What a backup was taken for, when it says; a missing or unreadable note is no note. */
function readDetail(dir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dir, BACKUP_DETAIL_FILE), 'utf8').trim().slice(0, 200) || undefined;
  } catch {
    return undefined;
  }
}

/** Every backup, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const out: BackupInfo[] = [];
  for (const dir of listBackupDirs(dataDir)) {
    const id = path.basename(dir);
    const parsed = parseBackupName(id);
    if (!parsed) continue;
    const files = dataFiles(dir);
    const detail = readDetail(dir);
    out.push({
      id,
      date: localDate(parsed.createdAt),
      createdAt: parsed.createdAt.toISOString(),
      ...(parsed.label ? { label: parsed.label } : {}),
      ...(detail ? { detail } : {}),
      files: files.length,
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    });
  }
  return out;
}

/** The folder of backup `id`; only an id from the listing resolves, so no path escapes. */
export function findBackup(dataDir: string, id: string): string | undefined {
  return listBackupDirs(dataDir).find((dir) => path.basename(dir) === id);
}

/** Takes the day's backup (one a day, by the person's calendar) off the opening's path. */
export function dailyBackup(dataDir: string, at: Date): Promise<void> {
  // Backups taken before a restore, an import or a merge do not count.
  const newestDaily = listBackupDirs(dataDir)
    .map((dir) => parseBackupName(path.basename(dir)))
    .find((b) => b && !b.label);
  if (newestDaily && localDate(newestDaily.createdAt) === localDate(at)) return Promise.resolve();
  return new Promise((resolve) =>
    setImmediate(() => {
      try {
        makeBackup(dataDir, at);
      } catch {
        // A failed backup must not stop the app; the next start tries again.
      }
      resolve();
    }),
  );
}
