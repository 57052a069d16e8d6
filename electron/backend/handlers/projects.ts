/** Projects: create, change (invoices included), delete (only with nothing attached). */
import { randomUUID } from 'node:crypto';
import { Project } from '#shared/model';
import type { State } from '../state';
import { refuse } from '../errors';
import { applyChanges, checkPaid, checkProjectDates, withInvoiceIds } from '../checks';
import type { SomeHandlers } from './types';

/** createProject, updateProject, deleteProject. */
export function projectHandlers(st: State) {
  return {
    createProject: (input) => {
      st.requireRef('clients', input.clientId, 'client');
      const project: Project = {
        ...input,
        id: randomUUID(),
        createdAt: input.createdAt ?? st.today(),
        invoices: withInvoiceIds(input.invoices),
      };
      checkPaid(project);
      checkProjectDates(project, input);
      return st.putItem('projects', project);
    },
    updateProject: ({ id, invoices, ...changes }) => {
      const current = st.getItem('projects', id, 'project');
      if (typeof changes.clientId === 'string') st.requireRef('clients', changes.clientId, 'client');
      const next = applyChanges(current, { ...changes, ...(invoices ? { invoices: withInvoiceIds(invoices) } : {}) }, Project);
      checkPaid(next);
      checkProjectDates(next, changes);
      return st.putItem('projects', next);
    },
    deleteProject: ({ id }) => {
      const project = st.getItem('projects', id, 'project');
      const entries = st.dataset().timeEntries.filter((e) => e.projectId === id).length;
      if (entries > 0) {
        throw refuse('project-has-entries', { count: entries }, `This project has ${entries} time entries. Delete them first, or mark the project lost or closed.`);
      }
      // Invoices, signals, letters and a running timer would be left pointing at nothing.
      const attached =
        project.invoices.length > 0 ||
        [...st.items.signals.values()].some((x) => x.projectId === id) ||
        [...st.items.letters.values()].some((l) => l.projectId === id) ||
        st.timer?.projectId === id;
      if (attached) {
        const message = 'This project has invoices, signals, letters or a running timer. Merge it into another project, or mark it lost or closed, so its history stays.';
        throw project.invoices.length > 0
          ? refuse('project-has-invoices', { count: project.invoices.length }, message)
          : refuse('project-has-records', {}, message);
      }
      st.removeItem('projects', id);
      return { id };
    },
  } satisfies SomeHandlers;
}
