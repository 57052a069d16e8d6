/**
 * How the backend writes its files: through electron-store (in the app) or conf, the
 * engine under it (in plain Node). The backend reads files itself at start, so that a
 * damaged file is moved aside instead of crashing the app or being wiped.
 */
import Conf from 'conf';
import path from 'node:path';

/** The key conf keeps its own bookkeeping under (empty: ClientFit runs its own migrations). */
export const CONF_INTERNAL_KEY = '__internal__';

/** One JSON document on disk. */
export interface DocStore {
  readonly path: string;
  /** Replaces the whole document; atomic (temp file, fsync, rename) and synchronous. */
  write(value: Record<string, unknown>): void;
}

export type StoreFactory = (opts: { dir: string; name: string }) => DocStore;

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
export function confStoreFactory(StoreClass: ConfLike, flavour: 'electron-store' | 'conf'): StoreFactory {
  return ({ dir, name }) => {
    let store: InstanceType<ConfLike> | undefined;
    const open = () => {
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
        // conf re-reads the whole file before each write only to carry its internal key
        // over; handing it that key ourselves makes a write cost the write alone.
        open().store = { ...value, [CONF_INTERNAL_KEY]: {} };
      },
    };
  };
}

/** conf's files are electron-store's files: same engine, same format. */
export const defaultStoreFactory: StoreFactory = confStoreFactory(Conf as unknown as ConfLike, 'conf');
