import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClientDetail } from '../../renderer/src/screens/ClientDetail';
import { Toasts } from '../../renderer/src/components/Toasts';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { refusal, type Reason } from '#shared/ipc/reasons';
import type { ChannelName } from '#shared/ipc/contract';
import { DEFAULT_SETTINGS, type Dataset } from '#shared/model';
import { client, dataset, invoice, project } from '../support/builders';

const mine: Dataset = dataset({
  clients: [client('c1', { name: 'Bodega Norte', createdAt: '2026-01-10' }), client('c2', { name: 'Otra', createdAt: '2026-01-10' })],
  projects: [
    project('p1', 'c1', { title: 'Etiquetas', kind: 'packaging', pricing: { mode: 'fixed', amount: 300000 }, status: 'in-progress', createdAt: '2026-02-01' }),
    project('p9', 'c2', { title: 'Web', kind: 'web', pricing: { mode: 'fixed', amount: 100000 }, status: 'in-progress', createdAt: '2026-02-01' }),
  ],
});
/** The backend's truth: another window invoiced «Etiquetas» meanwhile. */
const theirs: Dataset = {
  ...mine,
  projects: mine.projects.map((p) => (p.id === 'p1' ? { ...p, invoices: [invoice('i1', { issuedAt: '2026-03-02', amount: 120000 })] } : p)),
};

/** A `window.api` whose `channel` refuses with `reason`, and that answers the reads from `theirs`. */
function backendRefusing(channel: ChannelName, reason: Reason, params: Record<string, string | number>): ChannelName[] {
  const calls: ChannelName[] = [];
  window.api = new Proxy({} as typeof window.api, {
    get: (_t, name: ChannelName) => async () => {
      calls.push(name);
      if (name === channel) return { ok: false, error: refusal(reason, params as never, 'refused') };
      if (name === 'getDataset') return { ok: true, value: theirs };
      if (name === 'getTimer') return { ok: true, value: null };
      return { ok: false, error: refusal('unknown-channel', { channel: name }, 'no answer') };
    },
  });
  return calls;
}

beforeEach(async () => {
  await i18n.changeLanguage('es');
  useApp.setState({ status: 'ready', data: mine, toasts: [], timer: null, settings: { ...DEFAULT_SETTINGS, language: 'es' } });
});

describe('a refusal caused by a change made elsewhere', () => {
  it('shows the message and, right after, the project as the backend has it: invoiced, no longer deletable', async () => {
    const calls = backendRefusing('deleteProject', 'project-has-invoices', { count: 1 });
    const user = userEvent.setup();
    render(
      <>
        <ClientDetail id="c1" />
        <Toasts />
      </>,
    );
    const projects = screen.getByRole('table', { name: 'Proyectos' });
    await user.click(within(projects).getByRole('button', { name: 'Eliminar Etiquetas' }));

    // The refusal, in Spanish, stays on screen…
    expect(await screen.findByRole('alert')).toHaveTextContent('Este proyecto tiene 1 factura, así que no se borra.');
    // …and the page already tells the truth: the invoice is there and Delete is no longer offered.
    expect(within(projects).queryByRole('button', { name: 'Eliminar Etiquetas' })).toBeNull();
    expect(useApp.getState().data.projects.find((p) => p.id === 'p1')!.invoices).toHaveLength(1);
    expect(screen.getAllByText(/1200,00\s€/).length).toBeGreaterThan(0);
    expect(calls).toEqual(['deleteProject', 'getDataset', 'getTimer']);
  });

  it('reads again only the records concerned: another client keeps its stored reference', async () => {
    backendRefusing('deleteProject', 'project-has-invoices', { count: 1 });
    const other = mine.projects[1];
    const clients = mine.clients;
    await expect(useApp.getState().deleteProject('p1')).rejects.toThrow('1 factura');
    const after = useApp.getState().data;
    expect(after.projects[1]).toBe(other);
    expect(after.clients).toBe(clients);
  });

  it('drops a record deleted elsewhere when an update is refused as not found', async () => {
    const gone: Dataset = { ...theirs, projects: theirs.projects.filter((p) => p.id !== 'p1') };
    window.api = new Proxy({} as typeof window.api, {
      get: (_t, name: ChannelName) => async () =>
        name === 'getDataset'
          ? { ok: true, value: gone }
          : name === 'getTimer'
            ? { ok: true, value: null }
            : { ok: false, error: refusal('record-not-found', { kind: 'project', id: 'p1' }, 'gone') },
    });
    await expect(useApp.getState().updateProject({ id: 'p1', title: 'Etiquetas 2' })).rejects.toThrow('No se encuentra');
    expect(useApp.getState().data.projects.map((p) => p.id)).toEqual(['p9']);
  });

  it('does not read anything again for a refusal about the input', async () => {
    const calls = backendRefusing('updateProject', 'paid-before-issued', {});
    await expect(useApp.getState().updateProject({ id: 'p1', title: 'x' })).rejects.toThrow();
    expect(calls).toEqual(['updateProject']);
    expect(useApp.getState().data).toBe(mine);
  });

  it('says it in English too', async () => {
    await i18n.changeLanguage('en');
    useApp.setState({ settings: { ...DEFAULT_SETTINGS, language: 'en' } });
    backendRefusing('deleteProject', 'project-has-invoices', { count: 1 });
    const user = userEvent.setup();
    render(
      <>
        <ClientDetail id="c1" />
        <Toasts />
      </>,
    );
    const projects = screen.getByRole('table', { name: 'Projects' });
    await user.click(within(projects).getByRole('button', { name: 'Delete Etiquetas' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This project has 1 invoice, so it is not deleted.');
    expect(within(projects).queryByRole('button', { name: 'Delete Etiquetas' })).toBeNull();
  });
});
