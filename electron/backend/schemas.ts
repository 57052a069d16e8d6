/** The data files' document schemas, and the small collections each kept in one file. */
import { z } from 'zod';
import { Client, Colleague, Letter, Project, Settings, Signal, Timer } from '#shared/model';

export const SettingsDoc = z.object({ schemaVersion: z.number(), settings: Settings.partial() });
export const TimerDoc = z.object({ schemaVersion: z.number(), timer: Timer.nullable() });
// The collection and month file schemas live with their quick load checks (one definition each).
export { collectionDoc } from './collectionLoad';
export { TimeShardDoc } from './timeLoad';

/** The files imported before: a small record so the same file is recognised next time. */
export const IMPORTS_FILE = 'imports';

/** The item type of each small collection. */
export interface ItemOf {
  clients: Client;
  projects: Project;
  signals: Signal;
  colleagues: Colleague;
  letters: Letter;
}
export type CollectionName = keyof ItemOf;
/** Each collection's items by id, in the order they were added. */
export type Collections = { [K in CollectionName]: Map<string, ItemOf[K]> };
/** Each collection as a list, as files and plans carry them. */
export type CollectionLists = { [K in CollectionName]: ItemOf[K][] };

/** Each collection's file and item schema. */
export const COLLECTIONS: { readonly [K in CollectionName]: { readonly file: string; readonly schema: z.ZodType<ItemOf[K]> } } = {
  clients: { file: 'clients', schema: Client },
  projects: { file: 'projects', schema: Project },
  signals: { file: 'signals', schema: Signal },
  colleagues: { file: 'colleagues', schema: Colleague },
  letters: { file: 'letters', schema: Letter },
};
/** The collections in file order. */
export const COLLECTION_NAMES: readonly CollectionName[] = ['clients', 'projects', 'signals', 'colleagues', 'letters'];

/**
 * Puts a collection's map in place. Through a view keyed by `K` alone, so the compiler
 * ties the map's item type to the name (no cast).
 */
export function setCollection<K extends CollectionName>(items: Collections, name: K, map: Map<string, ItemOf[K]>): void {
  const view: { [P in K]: Map<string, ItemOf[P]> } = items;
  view[name] = map;
}

/** Puts a collection's list in a partial set of lists (see `setCollection`). */
export function setList<K extends CollectionName>(lists: Partial<CollectionLists>, name: K, list: ItemOf[K][]): void {
  const view: { [P in K]?: ItemOf[P][] } = lists;
  view[name] = list;
}
