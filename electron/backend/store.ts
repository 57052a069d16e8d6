/**
 * How the backend writes its files: through electron-store (in the app) or conf, the
 * engine under it (in plain Node). The backend reads files itself at start, so that a
 * damaged file is moved aside instead of crashing the app or being wiped.
 */
import Conf from 'conf';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { docText } from './docText';

/** Folders of the person's data: theirs alone (other accounts on the machine cannot list them). */
export const DIR_MODE = 0o700;
/** Files of the person's data, temp files and backups included: readable by them alone. */
export const FILE_MODE = 0o600;

/** Creates a data folder (and its parents) with DIR_MODE. */
export function makeDataDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
}

/** The key conf keeps its own bookkeeping under (empty: ClientFit runs its own migrations). */
export const CONF_INTERNAL_KEY = '__internal__';

/** One JSON document on disk. */
export interface DocStore {
  readonly path: string;
  /** Replaces the whole document; atomic (temp file, fsync, rename) and synchronous. */
  write(value: Record<string, unknown>): void;
}

/**
 * What the backend asks a factory for: a folder and a name, given both ways (electron-store
 * reads `cwd` and `name`, conf reads `cwd` and `configName`), plus ClientFit's options.
 */
export interface StoreOptions extends ConfLikeOptions {
  dir: string;
  name: string;
  configName: string;
}

/** An electron-store or conf instance: its file's path and the whole document. */
export interface ConfInstance {
  readonly path: string;
  store: Record<string, unknown>;
}

/**
 * Makes one store a file: either a DocStore, or an electron-store (or conf) instance, which
 * is what `(options) => new ElectronStore(options)` gives.
 */
export type StoreFactory = (opts: StoreOptions) => DocStore | ConfInstance;

/** The options for one data file, as every factory receives them. */
export function storeOptions(dir: string, name: string): StoreOptions {
  return {
    dir,
    cwd: dir,
    name,
    configName: name,
    projectName: 'clientfit',
    // Compact JSON: the tab-indented default costs time on every write of a month shard.
    serialize: (value) => JSON.stringify(value),
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
  };
}

/** A DocStore from what a factory made: an instance is written at its own path, atomically. */
export function asDocStore(made: DocStore | ConfInstance): DocStore {
  if ('write' in made && typeof made.write === 'function') return made;
  const file = made.path;
  return { path: file, write: (value) => writeFileAtomicSync(file, docText({ ...value, [CONF_INTERNAL_KEY]: {} })) };
}

/** The options ClientFit gives every store: compact JSON, no ajv schema (zod checks on read). */
export interface ConfLikeOptions {
  cwd: string;
  name?: string;
  configName?: string;
  projectName?: string;
  serialize: (value: Record<string, unknown>) => string;
  clearInvalidConfig: false;
  accessPropertiesByDotNotation: false;
  watch: false;
}

/** A class shaped like electron-store's or conf's default export. */
export type ConfLike = new (options: ConfLikeOptions) => { readonly path: string; store: Record<string, unknown> };

/** The file a store with this name keeps, the same path electron-store and conf use. */
export function storeFilePath(dir: string, name: string): string {
  return path.join(dir, `${name}.json`);
}

/**
 * Makes a factory from electron-store's or conf's class. Stores are built on first
 * write, after the backend has checked the file, since their constructors read it.
 */
/** A factory that always gives DocStores: ClientFit's own. */
export type DocStoreFactory = (opts: Pick<StoreOptions, 'dir' | 'name'>) => DocStore;

export function confStoreFactory(StoreClass: ConfLike, flavour: 'electron-store' | 'conf'): DocStoreFactory {
  return ({ dir, name }) => {
    let store: InstanceType<ConfLike> | undefined;
    const open = () => {
      // Made here first, with its mode: the store's constructor would create it world-readable.
      if (!store) makeDataDir(dir);
      store ??= new StoreClass({
        cwd: dir,
        ...(flavour === 'electron-store' ? { name } : { configName: name, projectName: 'clientfit' }),
        // Compact JSON: the tab-indented default costs time on every write of a month shard.
        serialize: (value) => JSON.stringify(value),
        clearInvalidConfig: false,
        accessPropertiesByDotNotation: false,
        watch: false,
      });
      return store;
    };
    return {
      path: storeFilePath(dir, name),
      write(value) {
        // The file is the one electron-store or conf keeps (same path, same JSON, with its
        // internal key), but written here: conf's writer (atomically) takes a short write
        // on a nearly full disk for success and renames a truncated file over a good one.
        writeFileAtomicSync(open().path, docText({ ...value, [CONF_INTERNAL_KEY]: {} }));
      },
    };
  };
}

/** Temp file suffixes: random per process (a stale file of a reused pid never matches), then counted. */
let tempCounter = randomBytes(4).readUInt32BE(0);
function nextTempSuffix(): string {
  tempCounter = (tempCounter + 1) >>> 0;
  return tempCounter.toString(16).padStart(8, '0');
}

/** Syncs a folder, so a file created or removed in it stays so after a power cut (best effort). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not every system can sync a folder (Windows): the file's own sync still holds its bytes.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Replaces `file` with `text` so that a crash leaves the old or the new file, never a
 * mix: a temp file beside it, every byte written (write(2) may write fewer bytes than
 * asked when the disk fills up), fsync, rename. On failure the temp file is removed
 * and the old file is untouched.
 */
export function writeFileAtomicSync(file: string, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  const temp = `${file}.tmp-${process.pid}${nextTempSuffix()}`;
  let fd: number | undefined;
  try {
    try {
      fd = fs.openSync(temp, 'wx', FILE_MODE);
    } catch (error) {
      // The folder is made only when it is missing: asking for it on every write costs a call each time.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      makeDataDir(path.dirname(file));
      fd = fs.openSync(temp, 'wx', FILE_MODE);
    }
    for (let offset = 0; offset < bytes.length; ) {
      const n = fs.writeSync(fd, bytes, offset, bytes.length - offset);
      if (n <= 0) throw Object.assign(new Error(`no space left to write ${file}`), { code: 'ENOSPC' });
      offset += n;
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Closing is best effort: the write already failed.
      }
    }
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // A temp file left behind is harmless: loading reads only the data files' own names.
    }
    throw error;
  }
}

/** The name writeFileAtomicSync gives its temp file: `<file>.tmp-<pid><8 hex digits>`. */
const TEMP_FILE = /\.tmp-(\d+)[0-9a-f]{8}$/;

/** Whether a process with this id is running (EPERM: it is, under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temp files a crash left in `dir` mid-write (the data file beside each is whole:
 * the rename never happened). A temp file of a process still running is kept: it may be writing.
 * Best effort: a file that cannot be removed (a read-only folder) stays, harmless. Returns the
 * names removed.
 */
export function removeStaleTempFiles(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_FILE.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Left where it is: loading reads only the data files' own names.
    }
  }
  return removed;
}

/** conf's files are electron-store's files: same engine, same format. */
export const defaultStoreFactory: DocStoreFactory = confStoreFactory(Conf as unknown as ConfLike, 'conf');

/**
 * Best effort: closes the data folder, its `time/` and `backups/` folders and the files in the
 * first two to other accounts (DIR_MODE, FILE_MODE). Where modes mean nothing (Windows) or
 * cannot be changed, it changes nothing and says nothing.
 */
export function tightenModes(dataDir: string): void {
  if (process.platform === 'win32') return;
  const chmod = (p: string, mode: number) => {
    try {
      if ((fs.statSync(p).mode & 0o777) !== mode) fs.chmodSync(p, mode);
    } catch {
      // Not there, or not ours to change: the files written from now on get the right mode.
    }
  };
  for (const dir of [dataDir, path.join(dataDir, 'time'), path.join(dataDir, 'backups')]) {
    chmod(dir, DIR_MODE);
    let names: string[] = [];
    try {
      names = dir.endsWith('backups') ? [] : fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (name.endsWith('.json')) chmod(path.join(dir, name), FILE_MODE);
  }
}
