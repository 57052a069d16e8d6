/** Clients: create, change, delete (only with nothing attached), and the one internal client. */
import { randomUUID } from 'node:crypto';
import { Client } from '#shared/model';
import type { State } from '../state';
import { refuse } from '../errors';
import { applyChanges, checkOneInternal, findInternalClient, newInternalClient } from '../checks';
import { deleteRecord } from './records';
import type { SomeHandlers } from './types';

/** createClient, updateClient, ensureInternalClient, deleteClient. */
export function clientHandlers(st: State) {
  return {
    createClient: (input) => {
      const client: Client = { ...input, id: randomUUID(), star: input.star ?? false, createdAt: input.createdAt ?? st.today() };
      checkOneInternal(st, client);
      return st.putItem('clients', client);
    },
    updateClient: ({ id, ...changes }) => {
      const next = applyChanges(st.getItem('clients', id, 'client'), changes, Client);
      checkOneInternal(st, next);
      return st.putItem('clients', next);
    },
    ensureInternalClient: () => findInternalClient(st.items.clients) ?? st.putItem('clients', newInternalClient(st)),
    deleteClient: ({ id }) => {
      st.getItem('clients', id, 'client');
      const hasProjects = [...st.items.projects.values()].some((p) => p.clientId === id);
      const hasOther =
        [...st.items.signals.values()].some((s) => s.clientId === id) || [...st.items.letters.values()].some((l) => l.clientId === id);
      if (hasProjects || hasOther) {
        throw refuse('client-has-history', {}, 'This client has projects, signals or letters. Archive it instead (status "past"), so its history stays.');
      }
      return deleteRecord(st, 'clients', id, 'client');
    },
  } satisfies SomeHandlers;
}
