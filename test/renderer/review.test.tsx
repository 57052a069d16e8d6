import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Review } from '../../renderer/src/screens/Review';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Client, type Dataset, type TimeEntry } from '#shared/model';
import { client, dataset, invoice, logged, project } from '../support/builders';

/** `hours` of work on a project, in 10-hour days from `from`. */
const hours = (projectId: string, from: string, total: number): TimeEntry[] => logged(projectId, total, from, true, 10);

// Good: 12,000 for 150 h (80/h). Costly: 2,000 for 100 h (20/h, under the 40/h minimum).
const data: Dataset = dataset({
  clients: [
    client('faro', { name: 'Editorial Faro', source: 'referral', createdAt: '2025-02-01', lastContactAt: '2026-11-01' }),
    client('brida', { name: 'Grupo Brida', createdAt: '2026-08-01', lastContactAt: '2026-11-15' }),
    client('brisa', { name: 'Taller Brisa', source: 'referral', referredBy: 'faro', status: 'past', createdAt: '2026-05-10', lastContactAt: '2026-11-01' }),
  ],
  projects: [
    project('p-faro', 'faro', { title: 'Colección', pricing: { mode: 'fixed', amount: 1200000 }, status: 'closed', createdAt: '2026-04-01', invoices: [invoice('i1', { issuedAt: '2026-06-01', amount: 1200000, paidAt: '2026-06-20' })] }),
    project('p-brida', 'brida', { title: 'Web', kind: 'web', pricing: { mode: 'fixed', amount: 200000 }, createdAt: '2026-08-05', invoices: [invoice('i2', { issuedAt: '2026-09-01', amount: 200000, paidAt: '2026-09-20' })] }),
    project('p-brisa', 'brisa', { title: 'Carteles', kind: 'illustration', pricing: { mode: 'fixed', amount: 90000 }, status: 'closed', createdAt: '2026-05-12', invoices: [invoice('i3', { issuedAt: '2026-06-01', amount: 90000, paidAt: '2026-06-10' })] }),
  ],
  timeEntries: [...hours('p-faro', '2026-04-01', 150), ...hours('p-brida', '2026-09-01', 100), ...hours('p-brisa', '2026-05-12', 15)],
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00'));
  await i18n.changeLanguage('en');
  useApp.setState({
    status: 'ready',
    data,
    // A year of fixed costs: 12 x 1,000 = 12,000; the clients brought 15,100 in the last 12 months.
    settings: { ...DEFAULT_SETTINGS, language: 'en', targetHourlyRate: 6000, minimumHourlyRate: 4000, monthlyFixedCosts: 100000 },
    toasts: [],
    route: { name: 'review' },
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the clean-house review', () => {
  it('suggests the costly client only, and marks it let go after saying its history is kept', async () => {
    const updateClient = vi.fn(async (p: Partial<Client> & { id: string }) => ({
      ok: true,
      value: { ...useApp.getState().data.clients.find((c) => c.id === p.id)!, ...p },
    }));
    (window as unknown as { api: unknown }).api = { updateClient };
    const user = userEvent.setup();
    render(<Review />);

    const suggestions = screen.getByRole('list', { name: 'Suggestions' });
    const items = within(suggestions).getAllByRole('listitem', { name: /./ });
    expect(items.map((li) => li.getAttribute('aria-label'))).toEqual(['Grupo Brida']);
    expect(items[0]).toHaveTextContent('Let go');

    await user.click(within(items[0]!).getByRole('button', { name: 'Mark as let go' }));
    const dialog = screen.getByRole('dialog', { name: 'Mark Grupo Brida as let go?' });
    expect(dialog).toHaveTextContent('Its history is kept');
    // Cancel first: nothing happens.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(updateClient).not.toHaveBeenCalled();

    await user.click(within(items[0]!).getByRole('button', { name: 'Mark as let go' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Mark as let go' }));
    expect(updateClient).toHaveBeenCalledWith({ id: 'brida', status: 'let-go' });
    expect(screen.getByTestId('no-suggestions')).toBeInTheDocument();

    await act(async () => useApp.getState().toasts.at(-1)!.action!.run());
    expect(updateClient).toHaveBeenLastCalledWith({ id: 'brida', status: 'active' });
  });

  it('says to wait, and by how much, when losing the client would put survival at risk', () => {
    // A year of fixed costs: 12 x 1,200 = 14,400. Without Brida: 12,000 (Faro) + 900 (Brisa) = 12,900, so 1,500 short.
    useApp.setState({ settings: { ...useApp.getState().settings, monthlyFixedCosts: 120000 } });
    render(<Review />);
    const item = within(screen.getByRole('list', { name: 'Suggestions' })).getByRole('listitem', { name: 'Grupo Brida' });
    expect(item).toHaveTextContent('Wait: €1,500 short');
    expect(item).toHaveTextContent('You cannot afford to let this one go yet');
    // A farewell letter is still one click away, in the composer.
    expect(within(item).getByRole('button', { name: 'Write a farewell letter' })).toBeInTheDocument();
  });

  it('writes the farewell in the letter composer', async () => {
    const user = userEvent.setup();
    render(<Review />);
    await user.click(screen.getByRole('button', { name: 'Write a farewell letter' }));
    expect(useApp.getState().route).toEqual({ name: 'letter', kind: 'farewell', clientId: 'brida' });
  });
});

describe('stars and twins', () => {
  it('explains how to begin when nobody is starred, and stars from here', async () => {
    const updateClient = vi.fn(async (p: Partial<Client> & { id: string }) => ({
      ok: true,
      value: { ...useApp.getState().data.clients.find((c) => c.id === p.id)!, ...p },
    }));
    (window as unknown as { api: unknown }).api = { updateClient };
    const user = userEvent.setup();
    render(<Review />);
    expect(screen.getByRole('heading', { name: 'Star the clients you would want ten more of' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Star Editorial Faro' }));
    expect(updateClient).toHaveBeenCalledWith({ id: 'faro', star: true });
    // The profile is now drawn from the star.
    const stars = document.getElementById('stars')!;
    expect(within(stars).getByRole('heading', { name: 'What they share' })).toBeInTheDocument();
    expect(stars).toHaveTextContent('Referral');
    expect(within(stars).getByRole('button', { name: 'Unstar Editorial Faro' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('referrals', () => {
  it('shows the share of new clients by referral per year, and what each referrer brought', () => {
    render(<Review />);
    const years = screen.getByRole('table', { name: 'New clients by referral, per year' });
    const rows = within(years).getAllByRole('row').slice(1).map((r) => r.textContent);
    // 2026: Brida (web) and Brisa (referral) -> 50 %; 2025: Faro (referral) -> 100 %.
    expect(rows).toEqual(['20262150 %', '202511100 %']);
    const who = screen.getByRole('table', { name: 'Who referred whom' });
    expect(within(who).getAllByRole('row')[1]).toHaveTextContent(/Editorial Faro.*Taller Brisa.*€900/);
  });
});
