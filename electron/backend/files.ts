/**
 * Reading data files at start, with recovery: a file that does not parse or does not
 * match its schema is moved aside (never deleted, never overwritten), the newest good
 * backup of it is restored, and a notice says what happened.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { migrateDoc, type Doc, type DocKind } from './migrations';
import { FILE_MODE, makeDataDir, writeFileAtomicSync } from './store';

export const BACKUPS_DIR = 'backups';
export const TIME_DIR = 'time';
/** Inside a backup: what it was taken for (the file imported, the backup restored). */
export const BACKUP_DETAIL_FILE = 'reason.txt';

export interface LoadNotice {
  level: 'info' | 'warning' | 'error';
  code: 'file-damaged-restored' | 'file-damaged-reset' | 'data-folder-created';
  message: string;
  path?: string;
  params?: Record<string, string | number>;
}

/** A timestamp safe in file names, e.g. `2026-11-23T12-30-05-123Z`. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Parses, migrates and checks a file's text; throws with a short reason when it cannot.
 * `whole`, when given, is a quick check that accepts a file without going through zod
 * (which then runs only to say what is wrong with a file that fails it).
 */
export function parseDoc<T>(text: string, kind: DocKind, schema: z.ZodType<T>, whole?: (doc: unknown) => doc is T): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('it is not valid JSON');
  }
  const doc: Doc = migrateDoc(raw, kind);
  if (whole?.(doc)) return doc;
  const parsed = schema.safeParse(doc);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`it does not match the expected shape (${first ? `${first.path.join('.')}: ${first.message}` : 'unknown'})`);
  }
  return parsed.data;
}

/** A backup folder's name: the UTC instant it was taken, then an optional label and a counter. */
const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-([a-z][a-z-]*?))?(?:\.(\d+))?$/;

/** What a backup folder's name says: when it was taken and why ('' for the daily one). */
export function parseBackupName(name: string): { createdAt: Date; label: string } | undefined {
  const m = BACKUP_NAME.exec(name);
  if (!m) return undefined;
  const createdAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(createdAt.getTime()) ? undefined : { createdAt, label: m[6] ?? '' };
}

/** Backup folders, newest first. */
export function listBackupDirs(dataDir: string): string[] {
  const dir = path.join(dataDir, BACKUPS_DIR);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => parseBackupName(n) !== undefined)
    .sort()
    .reverse()
    .map((n) => path.join(dir, n));
}

/** Moves a damaged file aside with a timestamp, never overwriting an earlier one. */
function moveAside(file: string, now: Date): string {
  const base = `${file}.damaged-${fileStamp(now)}`;
  let target = base;
  for (let i = 1; fs.existsSync(target); i++) target = `${base}-${i}`;
  fs.renameSync(file, target);
  return target;
}

export interface LoadResult<T> {
  value: T | undefined;
  notice?: LoadNotice;
}

/**
 * Loads one data file (relative path `rel` inside `dataDir`). Missing -> undefined.
 * Damaged -> moved aside, newest good backup restored in its place (else undefined).
 */
export function loadDoc<T>(dataDir: string, rel: string, kind: DocKind, schema: z.ZodType<T>, now: Date, whole?: (doc: unknown) => doc is T): LoadResult<T> {
  const file = path.join(dataDir, rel);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { value: undefined };
    throw error;
  }
  try {
    return { value: parseDoc(text, kind, schema, whole) };
  } catch (error) {
    const why = (error as Error).message;
    const aside = moveAside(file, now);
    for (const backup of listBackupDirs(dataDir)) {
      const candidate = path.join(backup, rel);
      let backupText: string;
      try {
        backupText = fs.readFileSync(candidate, 'utf8');
      } catch {
        continue;
      }
      try {
        const value = parseDoc(backupText, kind, schema);
        // Atomic like every other write: a crash here leaves no half-copied data file.
        writeFileAtomicSync(file, backupText);
        return {
          value,
          notice: {
            level: 'warning',
            code: 'file-damaged-restored',
            message: `The data file ${rel} could not be read (${why}). It was moved aside and the backup of ${path.basename(backup).slice(0, 10)} was restored. Changes made after that backup to this file may be missing; the damaged file is kept at ${aside}.`,
            path: aside,
            params: { file: rel, backup: path.basename(backup).slice(0, 10) },
          },
        };
      } catch {
        continue;
      }
    }
    return {
      value: undefined,
      notice: {
        level: 'error',
        code: 'file-damaged-reset',
        message: `The data file ${rel} could not be read (${why}) and no good backup of it was found. It was moved aside and that part of your data starts empty; the damaged file is kept at ${aside}.`,
        path: aside,
        params: { file: rel },
      },
    };
  }
}

/**
 * Copies every data file (not backups) into a new backup folder and keeps the newest
 * `keep` backups with the same label. The copy is made in a hidden folder and renamed
 * when complete, so a crash never leaves a half-copied backup that looks whole.
 */
export function makeBackup(dataDir: string, now: Date, keep = 14, label = '', detail = ''): string {
  const root = path.join(dataDir, BACKUPS_DIR);
  makeDataDir(root);
  // Left by a crash during an earlier backup: never listed, never restored from.
  for (const name of fs.readdirSync(root)) if (name.startsWith('.partial-')) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  const base = fileStamp(now) + (label ? `-${label}` : '');
  let name = base;
  // Two backups in the same millisecond (a restore right after another) must not share a folder.
  for (let i = 2; fs.existsSync(path.join(root, name)); i++) name = `${base}.${i}`;
  const partial = path.join(root, `.partial-${name}`);
  makeDataDir(path.join(partial, TIME_DIR));
  // A copy keeps its source's mode: a file from before the modes were set would stay readable by all.
  const copy = (from: string, to: string) => {
    fs.copyFileSync(from, to);
    fs.chmodSync(to, FILE_MODE);
  };
  try {
    for (const entry of fs.readdirSync(dataDir)) {
      if (entry.endsWith('.json')) copy(path.join(dataDir, entry), path.join(partial, entry));
    }
    const timeDir = path.join(dataDir, TIME_DIR);
    if (fs.existsSync(timeDir)) {
      for (const entry of fs.readdirSync(timeDir)) {
        if (/^\d{4}-\d{2}\.json$/.test(entry)) copy(path.join(timeDir, entry), path.join(partial, TIME_DIR, entry));
      }
    }
    // Not a .json file, so it is never taken for data when the backup is listed or restored.
    if (detail) fs.writeFileSync(path.join(partial, BACKUP_DETAIL_FILE), detail.slice(0, 200));
    fs.renameSync(partial, path.join(root, name));
  } catch (error) {
    try {
      fs.rmSync(partial, { recursive: true, force: true });
    } catch {
      // Hidden and never listed; the next backup clears it.
    }
    throw error;
  }
  const sameKind = listBackupDirs(dataDir).filter((d) => parseBackupName(path.basename(d))?.label === label);
  for (const old of sameKind.slice(keep)) fs.rmSync(old, { recursive: true, force: true });
  return path.join(root, name);
}
