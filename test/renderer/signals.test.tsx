import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignalsPanel } from '../../renderer/src/screens/client/SignalsPanel';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Dataset, type Signal } from '#shared/model';
import { client, dataset, invoice, project } from '../support/builders';

const data: Dataset = dataset({
  clients: [
    client('c1', { name: 'Bodega Norte', createdAt: '2026-01-10' }),
    client('c2', { name: 'Casa Lino', source: 'referral', referredBy: 'c1', createdAt: '2026-05-04' }),
  ],
  projects: [
    project('p1', 'c1', {
      title: 'Etiquetas',
      kind: 'packaging',
      pricing: { mode: 'fixed', amount: 300000 },
      createdAt: '2026-02-01',
      invoices: [
        // Due 3 March, paid 13 March: ten days late.
        invoice('i1', { issuedAt: '2026-02-01', amount: 150000, paidAt: '2026-03-13' }),
        // Due 31 October, still unpaid on 23 November: 23 days past due.
        invoice('i2', { issuedAt: '2026-10-01', amount: 150000 }),
      ],
    }),
  ],
  signals: [{ id: 's1', clientId: 'c1', projectId: 'p1', date: '2026-02-05', kind: 'asked-discount', note: 'Wanted 20 % off' }],
});

function stubApi(methods: Record<string, (payload: never) => unknown>) {
  const api = Object.fromEntries(Object.entries(methods).map(([k, fn]) => [k, vi.fn(async (p: never) => ({ ok: true, value: fn(p) }))]));
  (window as unknown as { api: unknown }).api = api;
  return api as Record<string, ReturnType<typeof vi.fn>>;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00'));
  await i18n.changeLanguage('en');
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language: 'en' }, toasts: [] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the signals panel', () => {
  it('shows the signals worked out from invoices and referrals, marked as derived and not editable', () => {
    render(<SignalsPanel clientId="c1" />);
    const log = screen.getByRole('list', { name: 'Signals' });
    const items = within(log).getAllByRole('listitem');
    // Recorded and derived, newest first: unpaid (today), referral (4 May), paid late (13 March), discount (5 February).
    expect(items.map((li) => li.querySelector('.pill')?.textContent)).toEqual(['▼Unpaid invoice', '▲Referred someone', '▼Paid late', '▼Asked for a discount']);

    const unpaid = items[0]!;
    expect(within(unpaid).getByText('derived')).toBeInTheDocument();
    expect(unpaid).toHaveTextContent('unpaid, 23 days past due');
    expect(within(unpaid).queryByRole('button', { name: /Edit|Delete/ })).toBeNull();

    expect(items[1]).toHaveTextContent('Referred Casa Lino');
    expect(within(items[1]!).getByText('derived')).toBeInTheDocument();
    expect(items[2]).toHaveTextContent('paid 10 days late');

    // The recorded one is the only one that can be edited or deleted.
    const recorded = items[3]!;
    expect(within(recorded).queryByText('derived')).toBeNull();
    expect(recorded).toHaveTextContent('Wanted 20 % off');
    expect(within(recorded).getByRole('button', { name: /Edit “Asked for a discount”/ })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Delete/ })).toHaveLength(1);

    // Colours carry the meaning: red signals bad, green good.
    expect(within(items[0]!).getByText('Unpaid invoice').closest('.pill')).toHaveClass('bad');
    expect(within(items[1]!).getByText('Referred someone').closest('.pill')).toHaveClass('good');
    expect(screen.getByTestId('signal-counts')).toHaveTextContent('3 red · 1 green');
  });

  it('records a signal dated today by default, from the keyboard', async () => {
    const api = stubApi({ createSignal: (p: Omit<Signal, 'id'>) => ({ id: 's-new', ...p }) });
    const user = userEvent.setup();
    render(<SignalsPanel clientId="c1" />);
    await user.click(screen.getByRole('button', { name: 'Record a signal' }));
    const dialog = screen.getByRole('dialog', { name: 'Record a signal' });
    expect(within(dialog).getByLabelText('Date')).toHaveValue('23/11/2026');
    // Kinds are grouped by what they mean.
    const kind = within(dialog).getByLabelText('What happened');
    expect(within(kind).getAllByRole('group').map((g) => g.getAttribute('label'))).toEqual(['Red signals', 'Green signals', 'Promises']);
    await user.selectOptions(kind, 'promised-to-buy');
    expect(dialog).toHaveTextContent('A promise is a signal, not money');
    await user.type(within(dialog).getByLabelText('Note'), 'Will order the spring line{Enter}');

    expect(api.createSignal).toHaveBeenCalledWith({ clientId: 'c1', date: '2026-11-23', kind: 'promised-to-buy', note: 'Will order the spring line', requestId: expect.any(String) });
    const added = await screen.findByText('Will order the spring line');
    const row = added.closest('li')!;
    expect(within(row).getByText('Promised to buy').closest('.pill')).toHaveClass('projection');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('deletes a recorded signal with Undo', async () => {
    const api = stubApi({ deleteSignal: (p: { id: string }) => p, createSignal: (p: Omit<Signal, 'id'>) => ({ id: 's-back', ...p }) });
    const user = userEvent.setup();
    render(<SignalsPanel clientId="c1" />);
    await user.click(screen.getByRole('button', { name: /^Delete “Asked for a discount”/ }));
    expect(api.deleteSignal).toHaveBeenCalledWith({ id: 's1' });
    expect(screen.queryByText('Wanted 20 % off')).toBeNull();

    const toast = useApp.getState().toasts.at(-1)!;
    expect(toast.message).toBe('Signal “Asked for a discount” deleted.');
    toast.action!.run();
    expect(await screen.findByText('Wanted 20 % off')).toBeInTheDocument();
    expect(api.createSignal).toHaveBeenCalledWith({ clientId: 'c1', projectId: 'p1', date: '2026-02-05', kind: 'asked-discount', note: 'Wanted 20 % off', requestId: expect.any(String) });
  });

  it('says what it is for when there is nothing yet', () => {
    render(<SignalsPanel clientId="c2" />);
    expect(screen.getByRole('heading', { name: 'No signals yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record a signal' })).toBeInTheDocument();
  });
});
