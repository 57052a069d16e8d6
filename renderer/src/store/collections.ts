/**
 * The collections slice: create, update and delete for every collection of the dataset,
 * generated from one table derived from the IPC contract's channel names
 * (`create<Item>`, `update<Item>`, `delete<Item>` where `<item>s` is a list of the dataset).
 * A new collection in the contract gets its actions here without a line written for it.
 */
import type { StateCreator } from 'zustand';
import type { Client, Dataset } from '#shared/model';
import { EMPTY_DATASET } from '#shared/model';
import { CHANNELS, type ChannelName, type PayloadOf, type ResultOf } from '#shared/ipc/contract';
import { call } from '../api';
import { patchData, replaceById } from './apply';
import type { AppState } from './types';

type Verb = 'create' | 'update' | 'delete';
/** The lists changed one record at a time; time entries have their own slice (`time.ts`). */
type CollectionKey = Exclude<keyof Dataset, 'timeEntries'>;

/** Every contract channel that creates, updates or deletes one record of a collection. */
export type CollectionChannel = {
  [C in ChannelName]: C extends `${Verb}${infer Item}` ? (`${Uncapitalize<Item>}s` extends CollectionKey ? C : never) : never;
}[ChannelName];

/** The actions: create and update answer with the stored record; delete takes the id. */
export type CollectionActions = {
  [C in CollectionChannel]: C extends `delete${string}` ? (id: string) => Promise<void> : (input: PayloadOf<C>) => Promise<ResultOf<C>>;
};

export interface CollectionsSlice extends CollectionActions {
  /** The one internal client (the studio's own time), created by the backend on first need. */
  ensureInternalClient(): Promise<Client>;
}

/** The table: channel -> which verb on which list, read from the contract's channel names. */
export const COLLECTION_CHANNELS: { channel: CollectionChannel; verb: Verb; key: CollectionKey }[] = CHANNELS.flatMap((channel) => {
  const m = /^(create|update|delete)([A-Z]\w*)$/.exec(channel);
  if (!m) return [];
  const key = `${m[2]![0]!.toLowerCase()}${m[2]!.slice(1)}s`;
  if (key === 'timeEntries' || !Object.hasOwn(EMPTY_DATASET, key)) return [];
  return [{ channel: channel as CollectionChannel, verb: m[1] as Verb, key: key as CollectionKey }];
});

type Item = { id: string };
type Call = (channel: ChannelName, payload: unknown) => Promise<unknown>;

export const createCollectionsSlice: StateCreator<AppState, [], [], CollectionsSlice> = (set) => {
  const send = call as unknown as Call;
  const list = (d: Dataset, key: CollectionKey) => d[key] as Item[];
  const actions: Record<string, (arg: unknown) => Promise<unknown>> = {};
  for (const { channel, verb, key } of COLLECTION_CHANNELS) {
    actions[channel] =
      verb === 'delete'
        ? async (id) => {
            await send(channel, { id });
            set(patchData((d) => ({ [key]: list(d, key).filter((x) => x.id !== id) })));
          }
        : async (input) => {
            const item = (await send(channel, input)) as Item;
            // replaceById: a repeated request is answered with the record already here.
            set(patchData((d) => ({ [key]: replaceById(list(d, key), item) })));
            return item;
          };
  }
  return {
    ...(actions as unknown as CollectionActions),
    async ensureInternalClient() {
      const client = await call('ensureInternalClient');
      // Already here (the usual case): the stored list keeps its reference.
      set((s) => (s.data.clients.some((c) => c.id === client.id) ? s : patchData((d) => ({ clients: [...d.clients, client] }))(s)));
      return client;
    },
  };
};
