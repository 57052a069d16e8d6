import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Clients } from '../../renderer/src/screens/Clients';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Dataset } from '#shared/model';
import { client, dataset, project } from '../support/builders';

const data: Dataset = dataset({
  clients: [
    client('a', { name: 'Álvaro Studio', createdAt: '2026-01-01' }),
    client('b', { name: 'Bodega Norte', source: 'referral', star: true, createdAt: '2026-01-01' }),
  ],
  projects: [
    project('pa', 'a', { title: 'Logo', pricing: { mode: 'fixed', amount: 60000 }, status: 'closed', createdAt: '2026-01-02' }),
    project('pb', 'b', { title: 'Etiquetas', kind: 'packaging', pricing: { mode: 'fixed', amount: 300000 }, status: 'closed', createdAt: '2026-01-02' }),
  ],
  timeEntries: [
    { id: 't1', projectId: 'pa', date: '2026-02-01', minutes: 1200, billable: true },
    { id: 't2', projectId: 'pb', date: '2026-02-01', minutes: 2400, billable: true },
  ],
});

beforeEach(async () => {
  await i18n.changeLanguage('en');
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language: 'en', targetHourlyRate: 6000, minimumHourlyRate: 4000 } });
});

describe('the clients list', () => {
  it('shows each client with hours, revenue and the rate they really pay, coloured by band', () => {
    render(<Clients />);
    const rows = screen.getAllByRole('row').slice(1);
    // Sorted by revenue, highest first.
    expect(within(rows[0]!).getByText('Bodega Norte')).toBeInTheDocument();
    // 3,000 € over 40 h = 75 €/h: at or above target.
    expect(within(rows[0]!).getByText('€75/h')).toHaveClass('tone-good');
    // 600 € over 20 h = 30 €/h: under the minimum.
    expect(within(rows[1]!).getByText('€30/h')).toHaveClass('tone-bad');
  });

  it('searches ignoring accents and sorts by a column', async () => {
    const user = userEvent.setup();
    render(<Clients />);
    await user.type(screen.getByRole('searchbox', { name: 'Search clients' }), 'alvaro');
    // The list's own table (the charts below have tables of their own, naming every client too).
    const list = () => within(screen.getAllByRole('table')[0]!);
    expect(list().getAllByRole('row')).toHaveLength(2);
    expect(within(list().getAllByRole('row')[1]!).getByText('Álvaro Studio')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search clients' }));
    await user.click(screen.getByRole('button', { name: /Effective rate/ }));
    const first = list().getAllByRole('row')[1]!;
    expect(within(first).getByText('Bodega Norte')).toBeInTheDocument();
  });

  it('explains itself when empty', () => {
    useApp.setState({ data: { ...data, clients: [], projects: [], timeEntries: [] } });
    render(<Clients />);
    expect(screen.getByRole('heading', { name: 'No clients yet' })).toBeInTheDocument();
  });
});
