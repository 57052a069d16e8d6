/** The smaller records: signals, colleagues and letters. */
import { randomUUID } from 'node:crypto';
import { Colleague, Signal } from '#shared/model';
import type { State } from '../state';
import { applyChanges } from '../checks';
import type { CollectionName } from '../schemas';
import type { RecordKind } from '#shared/ipc/reasons';
import type { SomeHandlers } from './types';

/** Deletes one record that nothing else points to; an unknown id is `not-found`. */
export function deleteRecord(st: State, name: CollectionName, id: string, kind: RecordKind): { id: string } {
  st.getItem(name, id, kind);
  st.removeItem(name, id);
  return { id };
}

/** Create, update and delete of signals and colleagues; create and delete of letters. */
export function recordHandlers(st: State) {
  return {
    createSignal: (input) => {
      st.requireRef('clients', input.clientId, 'client');
      st.requireRef('projects', input.projectId, 'project');
      return st.putItem('signals', { ...input, id: randomUUID() });
    },
    updateSignal: ({ id, ...changes }) => {
      if (typeof changes.clientId === 'string') st.requireRef('clients', changes.clientId, 'client');
      if (typeof changes.projectId === 'string') st.requireRef('projects', changes.projectId, 'project');
      return st.putItem('signals', applyChanges(st.getItem('signals', id, 'signal'), changes, Signal));
    },
    deleteSignal: ({ id }) => deleteRecord(st, 'signals', id, 'signal'),

    createColleague: (input) => st.putItem('colleagues', { ...input, id: randomUUID() }),
    updateColleague: ({ id, ...changes }) => st.putItem('colleagues', applyChanges(st.getItem('colleagues', id, 'colleague'), changes, Colleague)),
    deleteColleague: ({ id }) => deleteRecord(st, 'colleagues', id, 'colleague'),

    createLetter: (input) => {
      st.requireRef('clients', input.clientId, 'client');
      st.requireRef('projects', input.projectId, 'project');
      return st.putItem('letters', { ...input, id: randomUUID(), createdAt: input.createdAt ?? st.today() });
    },
    deleteLetter: ({ id }) => deleteRecord(st, 'letters', id, 'letter'),
  } satisfies SomeHandlers;
}
