import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Pipeline } from '../../renderer/src/screens/Pipeline';
import { loadDrawings } from '../../renderer/src/screens/charts/chartKit';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Client, type Dataset } from '#shared/model';
import { client, dataset, invoice, project } from '../support/builders';

// Today is 23 November 2026; the forecast runs November to April.
const data: Dataset = dataset({
  clients: [
    client('ola', { name: 'Estudio Ola', createdAt: '2026-06-01', lastContactAt: '2026-11-20' }),
    client('norte', { name: 'Librería Norte', source: 'referral', createdAt: '2026-03-01', lastContactAt: '2026-11-10' }),
    client('lua', { name: 'Café Lúa', source: 'social', status: 'prospect', createdAt: '2026-10-01' }),
    client('mar', { name: 'Hotel Mar', source: 'event', status: 'prospect', createdAt: '2026-11-18' }),
  ],
  projects: [
    // Confirmed: 3,000 accepted, due in January.
    project('p-ola', 'ola', { title: 'Identidad Ola', pricing: { mode: 'fixed', amount: 300000 }, status: 'accepted', deadline: '2027-01-15', createdAt: '2026-11-02' }),
    // Confirmed: a 1,200 invoice due 1 December, unpaid.
    project('p-norte', 'norte', {
      title: 'Catálogo',
      kind: 'editorial',
      pricing: { mode: 'fixed', amount: 120000 },
      createdAt: '2026-09-01',
      invoices: [invoice('inv', { issuedAt: '2026-11-01', amount: 120000 })],
    }),
    // Not confirmed: a 5,000 quote.
    project('p-mar', 'mar', { title: 'Identidad Hotel Mar', pricing: { mode: 'fixed', amount: 500000 }, status: 'quoted', createdAt: '2026-11-18' }),
  ],
  signals: [{ id: 'promise-1', clientId: 'mar', projectId: 'p-mar', date: '2026-11-19', kind: 'promised-to-buy', note: 'Will sign in January' }],
});

// The recharts drawings load on their own after the app's first screen; here, once before the tests.
beforeAll(() => loadDrawings(), 30_000);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00'));
  await i18n.changeLanguage('en');
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language: 'en', checkInDays: 14 }, toasts: [], route: { name: 'pipeline' } });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the pipeline', () => {
  it('totals only confirmed money: promises and quotes are never added', async () => {
    render(<Pipeline />);
    // 3,000 accepted + 1,200 unpaid invoice; not the 5,000 quote, not the promise.
    expect(screen.getByTestId('confirmed-total')).toHaveTextContent('€4,200');

    // Month by month, as the chart draws it.
    const months = screen.getByRole('table', { name: 'Confirmed money, next 6 months' });
    const rows = within(months).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['November 2026€0', 'December 2026€1,200', 'January 2027€3,000', 'February 2027€0', 'March 2027€0', 'April 2027€0']);
    // The chart, drawn a frame after the numbers: a bar only where money is confirmed.
    const chart = screen.getByRole('figure', { name: 'Confirmed money, next 6 months' });
    await waitFor(() => expect(chart.querySelectorAll('.chart-bar-confirmed .recharts-bar-rectangle path')).toHaveLength(2));
    expect(chart.querySelector('svg.recharts-surface title')).toHaveTextContent('Confirmed money, next 6 months');

    // The promise is listed apart, in the neutral dashed style.
    const promises = screen.getByRole('list', { name: 'Promises to buy' });
    expect(promises).toHaveTextContent('Hotel Mar');
    expect(promises).toHaveTextContent('Will sign in January');
    expect(within(promises).getByText('Promised to buy')).toHaveClass('projection');

    // More promises, however large their words, leave the total where it was.
    act(() => {
      useApp.setState({
        data: {
          ...data,
          signals: [
            ...data.signals,
            { id: 'promise-2', clientId: 'lua', date: '2026-11-21', kind: 'promised-to-buy', note: 'A 10,000 rebrand next year' },
          ],
        },
      });
    });
    expect(within(screen.getByRole('list', { name: 'Promises to buy' })).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByTestId('confirmed-total')).toHaveTextContent('€4,200');
  });

  it('shows prospects and open inquiries by stage with their known amounts', () => {
    render(<Pipeline />);
    const quoted = screen.getByRole('region', { name: /^Quoted \d/ });
    expect(quoted).toHaveTextContent('Identidad Hotel Mar');
    expect(quoted).toHaveTextContent('€5,000');
    const prospects = screen.getByRole('region', { name: /^Prospect \d/ });
    expect(prospects).toHaveTextContent('Café Lúa');
    expect(prospects).toHaveTextContent('Amount not known yet');
    expect(screen.getByRole('region', { name: /^Accepted \d/ })).toHaveTextContent('€3,000');
  });

  it('lists silent prospects to touch ground with, a drafted check-in, and "Contacted today" with Undo', async () => {
    const saved: Client[] = [];
    const updateClient = vi.fn(async (p: Partial<Client> & { id: string }) => {
      const before = useApp.getState().data.clients.find((c) => c.id === p.id)!;
      const next = { ...before, ...p } as Client & { lastContactAt?: string | null };
      if (next.lastContactAt === null) delete next.lastContactAt;
      saved.push(next);
      return { ok: true, value: next };
    });
    (window as unknown as { api: unknown }).api = { updateClient };
    const user = userEvent.setup();
    render(<Pipeline />);

    const touch = screen.getByRole('list', { name: 'Touch ground' });
    // Café Lúa: silent since 1 October. Hotel Mar wrote five days ago and has an open quote.
    const lua = within(touch).getByRole('listitem', { name: 'Café Lúa' });
    expect(lua).toHaveTextContent('53 days silent');
    expect(within(touch).queryByRole('listitem', { name: 'Hotel Mar' })).toBeNull();
    // The drafted check-in greets nobody by name (Café Lúa has no contact person), never the café as a person.
    expect(lua.querySelector('.letter-preview')).toHaveTextContent(/Hello,/);
    expect(lua.querySelector('.letter-preview')).not.toHaveTextContent('Café Lúa');

    await user.click(within(lua).getByRole('button', { name: 'Write the letter to Café Lúa' }));
    expect(useApp.getState().route).toEqual({ name: 'letter', kind: 'check-in', clientId: 'lua' });

    await user.click(within(lua).getByRole('button', { name: 'Contacted today: Café Lúa' }));
    expect(updateClient).toHaveBeenCalledWith({ id: 'lua', lastContactAt: '2026-11-23' });
    expect(screen.queryByRole('list', { name: 'Touch ground' })).toBeNull();
    expect(screen.getByText(/Everyone in play has been in touch/)).toBeInTheDocument();

    await act(async () => useApp.getState().toasts.at(-1)!.action!.run());
    expect(updateClient).toHaveBeenLastCalledWith({ id: 'lua', lastContactAt: null });
    expect(await screen.findByRole('listitem', { name: 'Café Lúa' })).toBeInTheDocument();
  });

  it('says what each part is for when there is nothing yet', () => {
    useApp.setState({ data: { clients: [], projects: [], timeEntries: [], signals: [], colleagues: [], letters: [] } });
    render(<Pipeline />);
    expect(screen.getByRole('heading', { name: 'No confirmed money ahead yet' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Nobody in the pipeline' })).toBeInTheDocument();
    expect(screen.getByText(/No promises recorded/)).toBeInTheDocument();
    expect(screen.getByTestId('confirmed-total')).toHaveTextContent('€0');
  });
});
